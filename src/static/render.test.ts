// The static view holds the whole view, drawn from the same series as the live one (issue 19).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCountries, loadDataset, ROOT } from '../../scripts/static-inputs.ts';
import { partnersAxisWidth } from '../adapters/charts/geometry.ts';
import { decodeViewState } from '../model/url-state.ts';
import { countTicks } from './charts-svg.ts';
import { renderViewImage } from './image.ts';
import { renderStaticView } from './render.ts';
import { staticModel } from './view-model.ts';

const data = loadDataset(`${ROOT}/data/contacts.json`);
const countries = loadCountries();
const hrefFor = () => 'x';
const render = (query: string, width = 1280) => renderStaticView(data, decodeViewState(query).state, { width, countries, hrefFor });
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('renderStaticView', () => {
  it('shows the counter, every contact with its quotes and source links, and the credit', () => {
    const html = render('');
    expect(html).toContain('15 sur 15 contacts');
    expect(count(html, /<article class="event-card/g)).toBe(15);
    for (const e of data.events) {
      expect(html).toContain(`data-event="${e.id}"`);
      for (const cite of e.sources) expect(html).toContain(cite.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/>/g, '&gt;'));
    }
    const linked = new Set(data.events.flatMap((e) => e.sources.map((c) => data.sources.find((s) => s.id === c.source)?.url ?? '')).filter((u) => u.startsWith('http')));
    for (const url of linked) expect(html).toContain(`href="${new URL(url).href.replace(/&/g, '&amp;')}"`);
    expect(html).toContain('Données : ');
  });

  it('draws the map with shading, the focus hatched, one marker per place and the labels that fit', () => {
    const m = staticModel(data, decodeViewState('').state);
    const html = render('');
    expect(html).toMatch(/data-iso="ML"[^>]*class="static-country static-focus"/);
    expect(html).toMatch(/data-iso="RU"[^>]*class="static-country static-shade-4"/);
    expect(count(html, /class="static-place"/g)).toBe(m.map.places.length);
    expect(count(html, /class="static-route"/g)).toBe(m.map.routes.length);
    expect(html).toContain('data-label="moscow"');
    // Crimea is drawn as Ukraine's (scripts/basemap-borders.ts): one shape each.
    expect(count(html, /data-iso="UA"/g)).toBe(1);
  });

  it('draws one bar per partner row with its total, and one bucket per period', () => {
    const m = staticModel(data, decodeViewState('country=RU').state);
    const html = render('country=RU');
    for (const row of m.partners.rows) expect(html).toContain(`data-partner="${row.id ?? ''}" data-total="${row.total}"`);
    expect(count(html, /class="static-bucket"/g)).toBe(m.timeline.rows.length);
    expect(html).toContain('5 sur 15 contacts');
    expect(count(html, /<article class="event-card/g)).toBe(5);
  });

  it('shows only the panels of view= and says in English what an English view says', () => {
    const html = render('view=timeline&embed=1&lang=en');
    expect(html).not.toContain('static-map-svg');
    expect(html).not.toContain('static-bar');
    expect(html).toContain('Contacts over time');
    expect(html).toContain('Open the full dashboard');
  });

  it('never writes a style attribute (the CSP of docs/embed.md blocks them) nor a script', () => {
    for (const q of ['', 'country=RU&embed=1', 'view=timeline&embed=1', 'q=Poutine&lang=en']) {
      const html = render(q, 360);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('lays the partner names in the live chart\'s column and ticks the counts as recharts does', () => {
    expect(partnersAxisWidth(400)).toBe(140);
    expect(countTicks(6)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(2)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(5)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('renderViewImage', () => {
  it('carries the title, the filter line, the source credit and the record date, at the asked size', () => {
    const { svg, width, height } = renderViewImage(data, decodeViewState('country=RU&lang=en').state, { width: 1200, height: 675, countries, theme: 'dark' });
    expect([width, height]).toEqual([1200, 675]);
    expect(svg).toContain("Mali&#39;s diplomatic contacts, 2025");
    expect(svg).toContain('Filters: Russia');
    expect(svg).toContain('Source: ');
    expect(svg).toContain('Data as of 23 November 2026');
    expect(svg).not.toContain('var(--'); // no stylesheet reaches a downloaded file
    expect(svg).toContain(readFileSync(`${ROOT}/src/theme.ts`, 'utf8').match(/dark: \{\s*types: \{ visit: '(#[0-9a-f]+)'/)?.[1] ?? 'missing');
  });

  it('draws the panels the view shows: a timeline view gets the timeline alone, grown to fill a social card; a list view gets all three', () => {
    const panels = (query: string) => {
      const { svg } = renderViewImage(data, decodeViewState(query).state, { width: 1200, height: 675, countries });
      return { map: svg.includes('image-map-credit'), partners: svg.includes('static-bar'), timeline: svg.includes('static-bucket'), svg };
    };
    const timeline = panels('view=timeline&embed=1');
    expect(timeline).toMatchObject({ map: false, partners: false, timeline: true });
    // Drawn at half the width and placed at the full width: its text is twice its size.
    expect(timeline.svg).toMatch(/<svg x="16" y="84" width="1168" height="\d+" preserveAspectRatio="xMidYMin meet" [^>]*viewBox="0 0 584 /);
    expect(panels('view=map,list')).toMatchObject({ map: true, partners: false, timeline: false });
    expect(panels('view=list')).toMatchObject({ map: true, partners: true, timeline: true });
    expect(panels('view=table')).toMatchObject({ map: true, partners: true, timeline: true });
    expect(panels('')).toMatchObject({ map: true, partners: true, timeline: true });
  });

  it('gives an embed’s charts a second copy drawn for a phone, which a phone would otherwise shrink to half size', () => {
    const embed = render('embed=1', 640);
    expect(count(embed, /class="static-plot static-plot-wide"/g)).toBe(2);
    expect(count(embed, /class="static-plot static-plot-phone"/g)).toBe(2);
    expect(embed).toMatch(/static-plot-phone"><svg [^>]*viewBox="0 0 334 /);
    // The map's markers and labels: a second set, drawn 614/334 times larger about the same points, without the data-* the takeover reads.
    expect(embed).toMatch(/<g class="static-marks-phone"><g transform="translate\([\d.]+ [\d.]+\) scale\(1\.8\) /);
    expect(embed).toMatch(/class="static-label-phone" font-size="22\.1"/);
    expect(count(embed, /data-label=/g)).toBe(count(embed, /class="static-label"/g));
    // The default page's charts are drawn 438 px wide: a phone shows them at 74%, still readable, with no copy.
    expect(render('')).not.toContain('static-plot-phone');
  });

  it('wraps the title, the filter line and the footer at a phone’s width instead of cutting them off', () => {
    const { svg, height } = renderViewImage(data, decodeViewState('view=timeline').state, { width: 360, height: null, countries });
    const tspans = (re: RegExp) => (svg.match(re)?.[1]?.match(/<tspan/g) ?? []).length;
    const lines = (cls: string) => tspans(new RegExp(`<text[^>]*${cls}[^>]*>(.*?)</text>`));
    // « Les contacts diplomatiques du Mali, 2025 » is about 480 px of 22 px bold: it takes more than one line of 328.
    expect(tspans(/<text x="16" y="32"[^>]*>(.*?)<\/text>/)).toBeGreaterThan(1);
    expect(lines('image-credit')).toBeGreaterThan(1);
    expect(svg).toContain('Données du 23 novembre 2026');
    // Nothing drawn below the image's bottom edge.
    const baselines = [...svg.matchAll(/<text x="16" y="(\d+)"[^>]*class="image-credit"/g)].map((m) => Number(m[1]));
    expect(Math.max(...baselines) + 16 * (lines('image-credit') - 1)).toBeLessThan(height);
  });

  it('credits the basemap and states its border policy on the page and on the image, in the view’s language', () => {
    expect(render('')).toContain('<p class="static-map-credit">Fond de carte : Natural Earth ; la Crimée figure en Ukraine (ONU, rés. 68/262)</p>');
    expect(render('view=timeline')).not.toContain('static-map-credit');
    const { svg } = renderViewImage(data, decodeViewState('lang=en').state, { width: 1200, height: 675, countries });
    expect(svg).toMatch(/class="image-map-credit">Basemap: Natural Earth; Crimea shown in Ukraine \(UN res\. 68\/262\)<\/text>/);
  });

  it('puts the newsroom’s credit line first in the footer, on the image and on the page, escaped', () => {
    const state = decodeViewState('lang=en').state;
    const { svg } = renderViewImage(data, state, { width: 1200, height: 675, countries, credit: 'The Echo & Co · graphics' });
    expect(svg).toMatch(/class="image-credit"><tspan x="16" dy="0">The Echo &amp; Co · graphics · Source: /);
    const page = renderStaticView(data, state, { width: 1280, countries, hrefFor, credit: 'The Echo & Co' });
    expect(page).toMatch(/<footer class="frame-credit"><span class="frame-newsroom">The Echo &amp; Co<\/span> · <span>Data: /);
    expect(render('lang=en')).not.toContain('frame-newsroom');
  });
});
