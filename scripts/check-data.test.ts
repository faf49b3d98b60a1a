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

  it('fails a broken file and names each location', async () => {
    const { status, lines } = await run('test-fixtures/datasets/mixed-valid-invalid.json');
    expect(status).toBe(1);
    expect(lines).toContain('events[1] (id "bad-day"), field "date": "2025-02-30" is not a real calendar date — write YYYY, YYYY-MM or YYYY-MM-DD');
    expect(lines).toContain('places[2] (id "north-pole-plus"), field "lat": 95 is out of range (-90 … 90)');
    expect(lines).toContain('events[5] (id "dangling-partner"), field "partner": "ZZ" is not in the list "partners"');
    expect(lines.some((l) => l.startsWith('events[8] (id "valid-kremlin-talks"), field "id"'))).toBe(true);
    expect(lines.every((l) => l.length < 300)).toBe(true);
    expect(lines.at(-1)).toBe('test-fixtures/datasets/mixed-valid-invalid.json: 10 problems; 3 of 11 events can be shown.');
  });

  it('speaks French on request', async () => {
    const { status, lines } = await run('test-fixtures/datasets/wrong-schema.json', '--lang', 'fr');
    expect(status).toBe(1);
    expect(lines[0]).toBe('champ « schema » : trouvé 2, or ce tableau de bord lit le schéma 1');
  });

  it.each(['not-json.json', 'missing-arrays.json', 'hostile.json'])('fails %s', async (name) => {
    expect((await run(`test-fixtures/datasets/${name}`)).status).toBe(1);
  });

  it('says in one line that a file is missing', async () => {
    const { status, lines } = await run('no/such/file.json');
    expect(lines).toEqual(['Cannot read "no/such/file.json": no such file']);
    expect(status).toBe(1);
  });
});
