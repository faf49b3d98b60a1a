// After `vite build` (scripts/vite-prerender.ts): writes the static form of
// the default view into dist/index.html and of each published view into
// dist/views/<name>/index.html, with its share card and its og:image PNG
// (issue 19). The live page then takes each over in place (src/main.tsx).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from '../src/static/html.ts';
import { renderStaticView } from '../src/static/render.ts';
import { staticModel } from '../src/static/view-model.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../src/model/url-state.ts';
import { canonicalQuery, readViews, type PublishedView } from './published-views.ts';
import { SOCIAL, snapshot } from './snapshot-core.ts';
import { loadCountries, loadDataset, ROOT } from './static-inputs.ts';
import { credits as creditsOf } from './newsroom-config.ts';
import { loadNewsroom } from './vite-theme.ts';
import { creditFor } from '../src/theme.ts';

const dist = join(ROOT, 'dist');
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const data = loadDataset(join(ROOT, 'data/contacts.json'));
const countries = loadCountries();
const views: PublishedView[] = [{ name: '', query: '' }, ...readViews(JSON.parse(readFileSync(join(ROOT, 'data/views.json'), 'utf8')))];
const newsroom = loadNewsroom(ROOT);
const credits = creditsOf(newsroom);
const site = process.env.SITE_URL?.replace(/\/?$/, '/') ?? null;

/** Where a page of this view lives, from the site's root. */
const pathOf = (v: PublishedView) => (v.name === '' ? '' : `views/${v.name}/`);

function hrefFrom(rootRel: string) {
  return (state: ViewState): string => {
    const query = encodeViewState(state);
    const published = views.find((v) => v.query === canonicalQuery(query));
    return published ? `${rootRel}${pathOf(published)}` : `${rootRel}index.html${query ? `?${query}` : ''}`;
  };
}

function meta(name: string, content: string, property = false): string {
  return `<meta ${property ? 'property' : 'name'}="${name}" content="${esc(content)}" />`;
}

function page(v: PublishedView): string {
  const rootRel = v.name === '' ? './' : '../../';
  const state = decodeViewState(v.query).state;
  if (state.look !== null && !newsroom.looks?.[state.look]) {
    throw new Error(`data/views.json: the view "${v.name}" asks for look=${state.look}, which newsroom.config.json does not define (docs/newsroom.md)`);
  }
  const m = staticModel(data, state);
  const width = v.width ?? (state.embed ? 640 : 1280);
  const credit = creditFor(credits, state.look, state.lang);
  const poster = renderStaticView(data, state, { width, countries, hrefFor: hrefFrom(rootRel), credit });
  const image = `og/${v.name || 'index'}.png`;
  writeFileSync(join(dist, image), snapshot({ data, countries, query: v.query, format: 'png', ...SOCIAL, credits }));
  const description = `${m.filterLine} · ${m.i18n.t('frame.shown', { shown: m.filtered.length, total: m.total })}`;
  const head = [
    meta('static-query', v.query),
    meta('published-views', JSON.stringify(views.filter((x) => x.name !== '').map(({ name, query }) => ({ name, query })))),
    meta('app-root', rootRel),
    meta('description', description),
    meta('og:type', 'website', true),
    meta('og:title', m.title, true),
    meta('og:description', description, true),
    meta('og:image', `${site ?? rootRel}${image}`, true),
    meta('og:image:width', String(SOCIAL.width), true),
    meta('og:image:height', String(SOCIAL.height), true),
    ...(site ? [meta('og:url', `${site}${pathOf(v)}`, true)] : []),
    meta('twitter:card', 'summary_large_image'),
  ].join('\n    ');
  let html = template
    // The theme and look paint before any script, and without one (theme=auto: the stylesheet's media query).
    .replace(/<html lang="[^"]*"/, `<html lang="${state.lang}" data-theme="${state.theme}"${state.look ? ` data-look="${state.look}"` : ''}`)
    // Before first-screen.js, which reads static-query as it runs.
    .replace(/(<meta charset[^>]*>)/i, `$1\n    ${head}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${esc(m.title)}</title>`)
    .replace('<div id="root"></div>', `${poster}\n    <div id="root"></div>`);
  // A page two folders down reaches the same assets (and the first-screen plan's) from there.
  if (rootRel !== './') html = html.replace(/(["']|&quot;)\.\//g, `$1${rootRel}`);
  return html;
}

mkdirSync(join(dist, 'og'), { recursive: true });
for (const v of views) {
  const dir = join(dist, pathOf(v));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page(v));
}
console.log(`prerender: ${views.length} pages (index.html${views.slice(1).map((v) => `, views/${v.name}/`).join('')})`);
