import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** Runs the CLI as `npm run check-data` would, from the repository root. */
function run(...args: string[]): Promise<{ status: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/check-data.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 30_000 }, (err, stdout) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, lines: stdout.trim().split('\n') });
    });
  });
}

// Each case starts its own tsx process; run them side by side.
describe.concurrent('npm run check-data', { timeout: 30_000 }, () => {
  it('passes the bundled dataset, quotes checked against data/sources/', async () => {
    const { status, lines } = await run();
    expect(lines).toEqual(['data/contacts.json: no problems, 15 events.']);
    expect(status).toBe(0);
  });

  it('fails a broken file, names each location and says what was done', async () => {
    const { status, lines } = await run('test-fixtures/datasets/mixed-valid-invalid.json');
    expect(status).toBe(1);
    expect(lines).toContain('events[1] (id "bad-day"), field "date": "2025-02-30" is not a real calendar date — write YYYY, YYYY-MM or YYYY-MM-DD → contact left out');
    expect(lines).toContain('places[2] (id "north-pole-plus"), field "lat": 95 is out of range (-90 … 90) → its contacts stay in the list and charts, off the map');
    expect(lines).toContain('events[5] (id "dangling-partner"), field "partner": "ZZ" is not in the list "partners" → 1 contact kept: named from its country code');
    expect(lines.some((l) => l.startsWith('events[8] (id "valid-kremlin-talks"), field "id"'))).toBe(true);
    expect(lines.every((l) => l.length < 300)).toBe(true);
    expect(lines.at(-1)).toBe('test-fixtures/datasets/mixed-valid-invalid.json: 5 errors, 4 warnings; 6 events shown, 5 left out.');
  });

  it('speaks French on request', async () => {
    const { status, lines } = await run('test-fixtures/datasets/wrong-schema.json', '--lang', 'fr');
    expect(status).toBe(1);
    expect(lines[0]).toBe('champ « schema » : trouvé 2, or ce tableau de bord lit le schéma 1 → rien ne peut être affiché');
  });

  it.each(['not-json.json', 'missing-arrays.json'])('fails %s', async (name) => {
    expect((await run(`test-fixtures/datasets/${name}`)).status).toBe(1);
  });

  it('passes a file with warnings alone (a field repaired), unless --strict', async () => {
    const plain = await run('test-fixtures/datasets/hostile.json');
    expect(plain.lines).toContain('sources[0] (id "evil-source"), field "url": "javascript:alert(1)" is not in the expected form — write a web address starting with https:// → shown without a link');
    expect(plain.lines.at(-1)).toBe('test-fixtures/datasets/hostile.json: 0 errors, 1 warning; 2 events shown, 0 left out.');
    expect(plain.status).toBe(0);
    expect((await run('test-fixtures/datasets/hostile.json', '--strict')).status).toBe(1);
  });

  it('prints its usage for --help, and reads no file of that name', async () => {
    const { status, lines } = await run('--help');
    expect(lines).toEqual([expect.stringMatching(/^usage: npm run check-data -- \[file\.json \| events\.csv\]/)]);
    expect(status).toBe(0);
  });

  it('checks a CSV of events against a base, by row and column', async () => {
    const { status, lines } = await run('test-fixtures/datasets/bad-date-cell.csv');
    expect(lines).toContain('row 4, column date: "2025-06-31" is not a real calendar date — write YYYY, YYYY-MM or YYYY-MM-DD → contact left out');
    expect(status).toBe(1);
  });

  it('reads a CSV that Excel saved in Windows-1252, says so, and keeps every event (--strict fails on the warning)', async () => {
    const { status, lines } = await run('test-fixtures/datasets/contacts-excel-1252.csv');
    expect(lines).toEqual([
      'the file: not in UTF-8, the encoding a dataset is written in (Excel saves its plain “CSV” in Windows-1252) → read as Windows-1252: check the accents, or save it as “CSV UTF-8”',
      'test-fixtures/datasets/contacts-excel-1252.csv: 0 errors, 1 warning; 15 events shown, 0 left out.',
    ]);
    expect(status).toBe(0);
    expect((await run('test-fixtures/datasets/contacts-excel-1252.csv', '--strict')).status).toBe(1);
  });

  it('says in one line that a file is missing', async () => {
    const { status, lines } = await run('no/such/file.json');
    expect(lines).toEqual(['Cannot read "no/such/file.json": no such file']);
    expect(status).toBe(1);
  });
});
