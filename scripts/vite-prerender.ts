// Runs scripts/prerender.ts once the build is written (issue 19). A child
// process (tsx), so the renderer runs as plain Node code, as `npm run snapshot` does.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function prerenderViews(root: string): Plugin {
  return {
    name: 'contacts-prerender-views',
    apply: 'build',
    closeBundle() {
      const tsx = createRequire(join(root, 'package.json')).resolve('tsx/cli');
      const r = spawnSync(process.execPath, [tsx, join(root, 'scripts/prerender.ts')], { cwd: root, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('prerender failed (scripts/prerender.ts)');
    },
  };
}
