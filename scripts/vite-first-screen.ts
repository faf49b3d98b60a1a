// The panels' chunks used to start downloading only once the entry
// script had run (entry → panel chunks → basemap: a waterfall). At build time
// this plugin writes, into index.html, which files each panel needs; the tiny
// public/first-screen.js reads the page's `view=` and preloads only those of
// the panels shown, while the entry script downloads. Panels not shown stay unloaded.
import type { Plugin } from 'vite';

type Kind = 'script' | 'style' | 'fetch';
const PANEL_MODULES: Record<string, string> = {
  map: 'src/adapters/map/ContactsMap.tsx',
  partners: 'src/adapters/charts/PartnersChart.tsx',
  timeline: 'src/adapters/charts/TimelineChart.tsx',
};

interface ChunkLike { type: 'chunk'; fileName: string; facadeModuleId: string | null; isEntry: boolean; imports: string[]; viteMetadata?: { importedCss: Set<string> } }
type Bundle = Record<string, ChunkLike | { type: 'asset'; fileName: string; names?: string[] }>;

function filesOf(bundle: Bundle, fileName: string, seen: Set<string>, out: Array<[string, Kind]>): void {
  const chunk = bundle[fileName];
  if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || seen.has(fileName)) return;
  seen.add(fileName);
  out.push([fileName, 'script']);
  for (const css of chunk.viteMetadata?.importedCss ?? []) out.push([css, 'style']);
  for (const dep of chunk.imports) filesOf(bundle, dep, seen, out);
}

export function firstScreenPreload(): Plugin {
  return {
    name: 'first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as unknown as Bundle | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
        const plan: Record<string, Array<[string, Kind]>> = { list: [] };
        for (const [panel, source] of Object.entries(PANEL_MODULES)) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(source));
          const files: Array<[string, Kind]> = [];
          if (chunk) filesOf(bundle, chunk.fileName, new Set(), files);
          plan[panel] = files.map(([f, kind]) => [`./${f}`, kind]);
        }
        const basemap = Object.values(bundle).find((a) => a.type === 'asset' && a.fileName.includes('countries-110m'));
        if (basemap) plan.map?.push([`./${basemap.fileName}`, 'fetch']);
        // A meta tag, not an inline script: the page keeps no script without src.
        const json = JSON.stringify(plan).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        const data = `<meta name="first-screen" content="${json}" />`;
        const tags = `${data}\n    <script src="./first-screen.js"></script>`;
        return html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${tags}`);
      },
    },
  };
}
