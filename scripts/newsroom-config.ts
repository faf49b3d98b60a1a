// The newsroom's own look, set once without touching code (docs/newsroom.md):
// accent colour per theme, body and heading font stacks, self-hosted font
// files and a credit line; and, for a group with several titles, named looks
// a link picks with `look=`. Every problem is listed, each with its place.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { wcagContrast } from 'culori';
import { z } from 'zod';
import { PALETTES, type Look, type Palette, type ThemeName } from '../src/theme.ts';
import { LOOK_NAME } from '../src/model/patterns.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;
// A font stack: family names, quoted or bare, comma-separated; no url(), no CSS beyond it.
const FAMILY_IN_STACK = String.raw`(?:"[^"\\;{}]+"|'[^'\\;{}]+'|[A-Za-z][\w -]*)`;
const STACK = new RegExp(String.raw`^\s*${FAMILY_IN_STACK}(?:\s*,\s*${FAMILY_IN_STACK})*\s*$`);
const FAMILY = /^[A-Za-z0-9][A-Za-z0-9 -]{0,60}$/;
const FONT_FILE = /^fonts\/[\w.-]+\.woff2?$/;

const fontFile = z.object({
  family: z.string().regex(FAMILY, 'a family name: letters, digits, spaces, hyphens'),
  file: z.string().regex(FONT_FILE, 'a .woff2 or .woff file under public/fonts/ (self-hosted: no other origin)'),
  weight: z.union([z.number().int().min(100).max(900), z.string().regex(/^\d{3}( \d{3})?$/, 'a weight such as 400, or a range such as "200 900"')]).optional(),
  style: z.enum(['normal', 'italic']).optional(),
}).strict();

const colour = z.string().regex(HEX, 'a colour as #rrggbb');
const text = z.string({ error: (issue) => (issue.input === undefined ? 'missing: a credit line is given in both languages' : 'a line of text') })
  .trim().min(1, 'a line of text').max(200, 'at most 200 characters');
const LOOK_NAME_RULE = 'a look name in lower case: letters, digits and hyphens, such as "echo-du-sahel"';

// Where the accent is drawn: links on the page, panels and popups, and under
// the pressed controls' text. Each needs 4.5:1, as text does.
const GROUNDS: Array<[keyof Palette, string]> = [['bg', 'page'], ['panel', 'panel'], ['selected', 'selected card'], ['onAccent', 'pressed control text']];

/** Why an accent cannot be read in a theme, or null when it can. */
function tooFaint(value: string, theme: ThemeName): string | null {
  const short = GROUNDS.flatMap(([ground, name]) => {
    const against = PALETTES[theme][ground] as string;
    const ratio = wcagContrast(value, against);
    return ratio < 4.5 ? [`${ratio.toFixed(2)}:1 against the ${name} (${against})`] : [];
  });
  return short.length ? `${value} is too faint in the ${theme} theme, ${short.join(', ')}; links and pressed controls need 4.5:1` : null;
}

const accent = z.object({ light: colour.optional(), dark: colour.optional() }).strict().superRefine((a, ctx) => {
  for (const theme of ['light', 'dark'] as ThemeName[]) {
    const value = a[theme];
    // A value that is not a colour has its own problem already; zod runs this refinement anyway.
    const problem = value && HEX.test(value) ? tooFaint(value, theme) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [theme] });
  }
});

const look = z.object({
  accent: accent.optional(),
  fontFamily: z.string().regex(STACK, 'a font stack such as "Source Sans 3", Arial, sans-serif').optional(),
  headingFontFamily: z.string().regex(STACK, 'a font stack such as Georgia, serif').optional(),
  credit: z.object({ fr: text, en: text }).strict().optional(),
});

/** The file's form; `root` is where public/ is, to check that each font file is there. */
const schemaFor = (root: string) => look.extend({
  $comment: z.string().optional(),
  fonts: z.array(fontFile.superRefine((f, ctx) => {
    const file = `public/${f.file}`;
    if (FONT_FILE.test(f.file) && !existsSync(join(root, file))) ctx.addIssue({ code: 'custom', path: ['file'], message: `${file} does not exist` });
  })).max(8, 'at most 8 font files').optional(),
  looks: z.record(z.string().regex(LOOK_NAME, LOOK_NAME_RULE), look.strict())
    .refine((looks) => Object.keys(looks).length <= 8, 'at most 8 named looks').optional(),
}).strict();

type Credit = { fr: string; en: string };
export type NewsroomLook = Look & { credit?: Credit };
export type NewsroomConfig = NewsroomLook & { fonts?: Array<z.infer<typeof fontFile>>; looks?: Record<string, NewsroomLook> };
export type ConfigResult = { ok: true; config: NewsroomConfig } | { ok: false; problems: string[] };

/** A zod issue as "looks.echo.accent.dark: a colour as #rrggbb". */
function where(issue: z.core.$ZodIssue): string {
  // A record's bad key is reported as "Invalid key in record", without the key's own rule.
  return `${issue.path.map(String).join('.') || '(top)'}: ${issue.code === 'invalid_key' ? LOOK_NAME_RULE : issue.message}`;
}

/** Parses and checks the config's text; `root` is where public/ is, to check font files exist. */
export function readNewsroomConfig(source: string, root: string): ConfigResult {
  let raw: unknown;
  try { raw = JSON.parse(source); } catch (e) { return { ok: false, problems: [`not JSON: ${(e as Error).message}`] }; }
  const parsed = schemaFor(root).safeParse(raw);
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, problems: parsed.error.issues.map(where) };
}

/**
 * @font-face rules for the self-hosted files: a public/ path, which Vite checks
 * at build and rewrites relative to the built CSS (the build's base is relative).
 */
export function fontFaces(config: NewsroomConfig): string {
  return (config.fonts ?? []).map((f) => `@font-face { font-family: "${f.family}"; src: url("/${f.file}") format("${f.file.endsWith('2') ? 'woff2' : 'woff'}"); font-weight: ${f.weight ?? 400}; font-style: ${f.style ?? 'normal'}; font-display: swap; }\n`).join('');
}

/** What the page needs at run time: each look's credit line, by name ('' is the newsroom's default). */
export function credits(config: NewsroomConfig): Record<string, Credit | null> {
  const out: Record<string, Credit | null> = { '': config.credit ?? null };
  for (const [name, named] of Object.entries(config.looks ?? {})) out[name] = named.credit ?? config.credit ?? null;
  return out;
}

/** Every field name the file may hold, at any depth: docs/newsroom.md names each (scripts/docs.test.ts). */
export function configFields(): string[] {
  return [...new Set([...Object.keys(schemaFor('').shape), ...Object.keys(fontFile.shape)])];
}
