// Modules made at build by scripts/vite-theme.ts.
declare module 'virtual:theme.css';
declare module 'virtual:newsroom' {
  /**
   * Each look's credit line (newsroom.config.json), by look name: '' is the
   * newsroom's default look; null where no credit line is set.
   */
  export const credits: Record<string, { fr: string; en: string } | null>;
}
