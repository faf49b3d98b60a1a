// Modules made at build by scripts/vite-theme.ts.
declare module 'virtual:theme.css';
declare module 'virtual:newsroom' {
  /** The newsroom's credit line (newsroom.config.json), or null for the default. */
  export const credit: { fr: string; en: string } | null;
}
