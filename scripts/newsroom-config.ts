// The newsroom's own look, set once without touching code (docs/newsroom.md):
// accent colour per theme, body and heading font stacks, self-hosted font
// files, and a credit line. Every problem is listed, each with its place.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { wcagContrast } from 'culori';
import { z } from 'zod';
import { PALETTES, type Look, type ThemeName } from '../src/theme.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;
// A font stack: family names, quoted or bare, comma-separated; no url(), no CSS beyond it.
const STACK = /^\s*(?:"[^"\\;{}]+"|'[^'\\;{}]+'|[A-Za-z][\w -]*)(?:\s*,\s*(?:"[^"\\;{}]+"|'[^'\\;{}]+'|[A-Za-z][\w -]*))*\s*$/;
const FAMILY = /^[A-Za-z0-9][A-Za-z0-9 -]{0,60}$/;

const fontFile = z.object({
  family: z.string().regex(FAMILY, 'a family name: letters, digits, spaces, hyphens'),
  file: z.string().regex(/^fonts\/[\w.-]+\.woff2?$/, 'a .woff2 or .woff file under public/fonts/ (self-hosted: no other origin)'),
  weight: z.union([z.number().int().min(100).max(900), z.string().regex(/^\d{3}( \d{3})?$/)]).optional(),
  style: z.enum(['normal', 'italic']).optional(),
}).strict();

const schema = z.object({
  $comment: z.string().optional(),
  accent: z.object({ light: z.string().regex(HEX, 'a colour as #rrggbb').optional(), dark: z.string().regex(HEX, 'a colour as #rrggbb').optional() }).strict().optional(),
  fontFamily: z.string().regex(STACK, 'a font stack such as "Source Sans 3", Arial, sans-serif').optional(),
  headingFontFamily: z.string().regex(STACK, 'a font stack such as Georgia, serif').optional(),
  fonts: z.array(fontFile).max(8).optional(),
  credit: z.object({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict().optional(),
}).strict();

export type NewsroomConfig = z.infer<typeof schema> & Look;
export type ConfigResult = { ok: true; config: NewsroomConfig } | { ok: false; problems: string[] };

function accentProblems(accent: NewsroomConfig['accent']): string[] {
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as ThemeName[]) {
    const colour = accent?.[theme];
    if (!colour) continue;
    for (const ground of ['bg', 'panel'] as const) {
      const ratio = wcagContrast(colour, PALETTES[theme][ground]);
      if (ratio < 4.5) problems.push(`accent.${theme}: ${colour} has ${ratio.toFixed(2)}:1 on the ${theme} theme's ${ground === 'bg' ? 'page' : 'panel'} (${PALETTES[theme][ground]}); links need 4.5:1`);
    }
  }
  return problems;
}

/** Parses and checks the config's text; `root` is where public/ is, to check font files exist. */
export function readNewsroomConfig(text: string, root: string): ConfigResult {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { return { ok: false, problems: [`not JSON: ${(e as Error).message}`] }; }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`) };
  }
  const config = parsed.data;
  const problems = accentProblems(config.accent);
  config.fonts?.forEach((f, i) => {
    if (!existsSync(join(root, 'public', f.file))) problems.push(`fonts.${i}.file: public/${f.file} does not exist`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, config };
}

/** @font-face rules for the self-hosted files (served from public/, relative to the built CSS). */
export function fontFaces(config: NewsroomConfig): string {
  return (config.fonts ?? []).map((f) => `@font-face { font-family: "${f.family}"; src: url("../${f.file}") format("${f.file.endsWith('2') ? 'woff2' : 'woff'}"); font-weight: ${f.weight ?? 400}; font-style: ${f.style ?? 'normal'}; font-display: swap; }\n`).join('');
}
