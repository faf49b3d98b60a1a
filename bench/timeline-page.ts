// The TimelineJS comparison page: the same default events (data/contacts.json)
// in TimelineJS's JSON form, its dist JS/CSS self-hosted, no web fonts from
// elsewhere (a local font CSS with system faces), written to bench/dist-timeline/.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/model/schema.ts';
import { parsePartialDate } from '../src/model/dates.ts';

interface TlDate { year: number; month?: number; day?: number }
interface TlEvent { unique_id: string; start_date: TlDate; end_date?: TlDate; text: { headline: string; text: string }; group?: string }

function tlDate(text: string): TlDate {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`bad date ${text}`);
  return { year: d.year, ...(d.month !== null ? { month: d.month } : {}), ...(d.day !== null ? { day: d.day } : {}) };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dataset's events in TimelineJS's JSON format, French text as our default view. */
function toTimelineJson(data: Pick<Dataset, 'title' | 'events'>): { title: { text: { headline: string; text: string } }; events: TlEvent[] } {
  return {
    title: { text: { headline: escapeHtml(data.title?.fr ?? ''), text: '' } },
    events: data.events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      group: e.type,
      text: { headline: escapeHtml(e.title.fr), text: escapeHtml(e.summary?.fr ?? e.people.join(', ')) },
    })),
  };
}

const PAGE = (json: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline{height:650px}</style>
</head><body><div id="timeline"></div>
<script src="js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline('timeline', ${json}, {
  language: 'fr', script_path: new URL('js/', location.href).href,
  font: new URL('css/fonts/font.local.css', location.href).href,
});
</script></body></html>`;

/** Builds the page folder; returns its path. */
export function buildTimelinePage(root: string): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  const out = join(root, 'bench', 'dist-timeline');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'js'), { recursive: true });
  copyFileSync(join(pkg, 'dist/js/timeline.js'), join(out, 'js/timeline.js'));
  cpSync(join(pkg, 'dist/js/locale'), join(out, 'js/locale'), { recursive: true });
  cpSync(join(pkg, 'dist/css'), join(out, 'css'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  // The default font CSS pulls faces from fonts.gstatic.com; keep its family names, drop the remote faces.
  const fonts = readFileSync(join(pkg, 'dist/css/fonts/font.default.css'), 'utf8').replace(/@font-face\s*{[^}]*}/g, '');
  writeFileSync(join(out, 'css/fonts/font.local.css'), fonts);
  const data = JSON.parse(readFileSync(join(root, 'data/contacts.json'), 'utf8')) as Dataset;
  writeFileSync(join(out, 'index.html'), PAGE(JSON.stringify(toTimelineJson(data)).replace(/</g, '\\u003c')));
  return out;
}
