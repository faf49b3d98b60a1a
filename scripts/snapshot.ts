// npm run snapshot -- "<query>" --out file.png|file.svg [--size social|page] [--width N] [--data file.json]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs, fail } from './cli.ts';
import { SOCIAL, snapshot } from './snapshot-core.ts';
import { loadCountries, loadDataset, ROOT } from './static-inputs.ts';
import { credits } from './newsroom-config.ts';
import { loadNewsroom } from './vite-theme.ts';

const USAGE = 'npm run snapshot -- "country=RU&lang=en" --out ru.png [--size social|page] [--width 960] [--data data/contacts.json]';

const { values, positionals } = cliArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, size: { type: 'string', default: 'social' }, width: { type: 'string' }, data: { type: 'string' } },
}, USAGE);

const out = values.out ?? fail(`--out is required\nusage: ${USAGE}`);
const format = out.toLowerCase().endsWith('.svg') ? 'svg' : out.toLowerCase().endsWith('.png') ? 'png' : fail(`--out must end in .png or .svg\nusage: ${USAGE}`);
if (values.size !== 'social' && values.size !== 'page') fail(`--size is social (1200×675) or page\nusage: ${USAGE}`);
const width = values.width ? Number(values.width) : values.size === 'page' ? 960 : SOCIAL.width;
if (!Number.isFinite(width) || width < 320 || width > 4000) fail(`--width must be a number of pixels from 320 to 4000\nusage: ${USAGE}`);
const query = (positionals[0] ?? '').replace(/^\?/, '');
const data = loadDataset(values.data ?? join(ROOT, 'data/contacts.json'));
const bytes = snapshot({ data, countries: loadCountries(), query, format, width, credits: credits(loadNewsroom(ROOT)), height: values.size === 'page' && !values.width ? null : values.size === 'social' ? SOCIAL.height : null });
writeFileSync(out, bytes);
console.log(`snapshot: ${out} (${format.toUpperCase()}, ${(bytes.length / 1024).toFixed(1)} KiB)`);
