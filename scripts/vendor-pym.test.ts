// The embed code a newsroom pastes loads pym.js from beside the dashboard
// (public/vendor, docs/embed.md). That copy is committed so the dev server and
// the build serve it alike; this keeps it the very file of the pinned package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const vendored = (name: string) => readFileSync(new URL(`../public/vendor/${name}`, import.meta.url));

describe('public/vendor', () => {
  it('serves the pinned pym.js byte for byte', () => {
    expect(vendored('pym.v1.min.js').equals(readFileSync(require.resolve('pym.js/dist/pym.v1.min.js')))).toBe(true);
  });
  it('serves its licence beside it', () => {
    expect(vendored('pym.LICENSE.txt').equals(readFileSync(require.resolve('pym.js/LICENSE')))).toBe(true);
  });
});
