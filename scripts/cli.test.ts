import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** Runs a data-upkeep command as npm would, from the repository root. */
function run(script: string, ...args: string[]): Promise<{ status: number | null; stderr: string[] }> {
  return new Promise((resolve) => {
    execFile(tsx, [`scripts/${script}.ts`, ...args], { cwd: repo, encoding: 'utf8', timeout: 30_000 }, (err, _stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stderr: stderr.trim().split('\n') });
    });
  });
}

// A mistyped path or option is the commonest bad input: one line, no stack trace.
describe.concurrent('bad input to the data-upkeep commands', { timeout: 30_000 }, () => {
  it('extract names a missing article', async () => {
    expect(await run('extract', 'no-such-article.txt', '--published', '2026-12-01')).toEqual({ status: 2, stderr: ['no-such-article.txt: cannot read (no such file)'] });
  });

  it('extract tells an unknown option with the usage', async () => {
    const { status, stderr } = await run('extract', 'data/extract-eval/lavrov-bamako.txt', '--publish', '2026-12-01');
    expect(status).toBe(2);
    expect(stderr[0]).toMatch(/^Unknown option '--publish'/);
    expect(stderr[1]).toMatch(/^usage: npm run extract -- article\.txt --published/);
  });

  it('import-csv names a base that is not JSON, and a folder given as the CSV', async () => {
    expect(await run('import-csv', 'x.csv', '--base', 'README.md')).toMatchObject({ status: 2, stderr: [expect.stringMatching(/^README\.md: not JSON \(/)] });
    expect(await run('import-csv', 'data')).toEqual({ status: 2, stderr: ['data: cannot read (a folder, not a file)'] });
  });

  it('export-csv names a missing dataset', async () => {
    expect(await run('export-csv', 'no-such.json')).toEqual({ status: 2, stderr: ['no-such.json: cannot read (no such file)'] });
  });
});
