// The themes' stylesheet, made at build from src/theme.ts and the newsroom's
// look (newsroom.config.json, see docs/newsroom.md): `import 'virtual:theme.css'`.
// A config that does not validate fails the build with the list of problems.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { themeCss } from '../src/theme.ts';
import { credits, fontFaces, readNewsroomConfig, type NewsroomConfig } from './newsroom-config.ts';

const CSS_ID = 'virtual:theme.css';
const NEWSROOM_ID = 'virtual:newsroom';
const resolved = (id: string) => `\0${id}`;
export const CONFIG_FILE = 'newsroom.config.json';

export function loadNewsroom(root: string): NewsroomConfig {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return {};
  const result = readNewsroomConfig(readFileSync(file, 'utf8'), root);
  if (!result.ok) throw new Error(`${CONFIG_FILE} is not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  return result.config;
}

export function newsroomTheme(root: string): Plugin {
  let config: NewsroomConfig = {};
  return {
    name: 'newsroom-theme',
    buildStart() {
      config = loadNewsroom(root);
      this.addWatchFile(join(root, CONFIG_FILE));
    },
    resolveId(id) {
      return id === CSS_ID || id === NEWSROOM_ID ? resolved(id) : undefined;
    },
    load(id) {
      if (id === resolved(CSS_ID)) return fontFaces(config) + themeCss(config, config.looks);
      if (id === resolved(NEWSROOM_ID)) return `export const credits = ${JSON.stringify(credits(config))};`;
      return undefined;
    },
  };
}
