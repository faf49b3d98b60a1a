// The bundled dataset as its file holds it (before any validation), and the
// texts of its sources, for the tests of the validator and its repairs.
import { readFileSync } from 'node:fs';

export type Json = Record<string, unknown>;

const root = new URL('../../', import.meta.url);
export const bundledText: string = readFileSync(new URL('data/contacts.json', root), 'utf8');
/** A fresh copy each call, for a test to corrupt. */
export const bundled = (): Json => JSON.parse(bundledText) as Json;

const texts = new Map<string, string | undefined>();
/** A source's text from data/sources/, or undefined when there is no such file. */
export function sourceText(name: string): string | undefined {
  if (!texts.has(name)) {
    try { texts.set(name, readFileSync(new URL(`data/sources/${name}`, root), 'utf8')); } catch { texts.set(name, undefined); }
  }
  return texts.get(name);
}
