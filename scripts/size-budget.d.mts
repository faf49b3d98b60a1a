export interface Measured { bytes: number; files: string[] }
export const TARGET: { firstRender: number };
export const BUDGET: { firstRender: number; total: number };
/** Gzipped bytes of the default view's first render and of everything built, from dist/. */
export function measure(dist: string): { firstRender: Measured; total: Measured };
