// The docs a clone has stay true: every relative link and named path of the
// README and docs/ exists, and docs/dataset.md names every field the
// validator knows, and every CSV column the export writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXED_COLUMNS } from '../src/model/csv-export.ts';
import { configFields } from './newsroom-config.ts';
import { EventSchema, HeaderSchema, PartnerSchema, PlaceSchema, SourceSchema } from '../src/model/schema.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const docs = ['README.md', ...readdirSync(join(repo, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'data/extract-eval/ROUNDS.md'];
const read = (file: string) => readFileSync(join(repo, file), 'utf8');

describe('links and named files', () => {
  it.each(docs)('%s: every relative link exists', (file) => {
    const targets = [...read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.filter((t) => !existsSync(join(repo, dirname(file), t)))).toEqual([]);
  });

  it('README: every path it names in code quotes exists', () => {
    const named = [...read('README.md').matchAll(/`((?:\.?[\w-]+\/)+[\w.-]*)`/g)].map((m) => m[1] as string).filter((p) => !p.startsWith('/'));
    expect(named.length).toBeGreaterThan(3);
    // What `npm run build` writes (dist/) is not in a clone: those paths must be ones the build names.
    const built = named.filter((p) => p.startsWith('dist/'));
    expect(built.filter((p) => !/^dist\/(?:index\.html|views\/[a-z0-9-]*\/?(?:index\.html)?|og\/[\w.-]*)$/.test(p))).toEqual([]);
    expect(named.filter((p) => !p.startsWith('dist/') && !existsSync(join(repo, p)))).toEqual([]);
  });
});

describe('docs/dataset.md', () => {
  const text = read('docs/dataset.md');
  const fields = [HeaderSchema, SourceSchema, PartnerSchema, PlaceSchema, EventSchema].flatMap((s) => Object.keys(s.shape));
  it('names every field of the schema', () => {
    expect(fields.filter((f) => !text.includes(`\`${f}\``))).toEqual([]);
  });
  it('names every CSV column the export writes', () => {
    expect(FIXED_COLUMNS.filter((c) => !text.includes(`\`${c}\``))).toEqual([]);
  });
});

describe('docs/newsroom.md', () => {
  it('names every field of newsroom.config.json', () => {
    const text = read('docs/newsroom.md');
    expect(configFields().length).toBeGreaterThan(8);
    expect(configFields().filter((f) => !text.includes(`\`${f}\``))).toEqual([]);
  });
});
