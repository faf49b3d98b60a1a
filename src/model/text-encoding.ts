// A spreadsheet's bytes as text. Excel's "CSV (séparateur : point-virgule)" on
// a French Windows saves in Windows-1252, not UTF-8: read as UTF-8, every accent
// would be garbled. Bytes that are not valid UTF-8 are read as Windows-1252,
// and the problems say so (docs/dataset.md, "Repairs"). JSON is always UTF-8.
import type { Problem } from './problem-codes.ts';

export type TextEncodingName = 'utf-8' | 'windows-1252';

// Windows-1252's 0x80–0x9F, as the WHATWG Encoding Standard maps them (browsers
// do; Node 20 reads them as Latin-1's control characters). The five bytes it leaves undefined stay as they are.
const C1 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

/** Decodes chunk by chunk as UTF-8, keeping the bytes until the end in case they are not. */
export function spreadsheetDecoder(): { push: (chunk: Uint8Array) => void; end: () => { text: string; encoding: TextEncodingName } } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const chunks: Uint8Array[] = [];
  const parts: string[] = [];
  let valid = true;
  const tryDecode = (decode: () => string) => {
    if (!valid) return;
    try { parts.push(decode()); } catch { valid = false; }
  };
  return {
    push(chunk) {
      chunks.push(chunk);
      tryDecode(() => utf8.decode(chunk, { stream: true }));
    },
    end() {
      tryDecode(() => utf8.decode());
      if (valid) return { text: parts.join(''), encoding: 'utf-8' };
      const legacy = new TextDecoder('windows-1252');
      const text = chunks.map((c, i) => legacy.decode(c, { stream: i < chunks.length - 1 })).join('');
      return { text: text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80] ?? c), encoding: 'windows-1252' };
    },
  };
}

/** The whole file at once (the command-line tools). */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoder = spreadsheetDecoder();
  decoder.push(bytes);
  return decoder.end();
}

/** The warning a file read as Windows-1252 gets (its accents are right only if it was), before the file's own problems. */
export function withEncoding<T extends { problems: Problem[] }>(result: T, encoding: TextEncodingName): T {
  if (encoding === 'utf-8') return result;
  return { ...result, problems: [{ severity: 'warning', action: 'decoded_as', section: 'file', field: '', code: 'not_utf8', detail: encoding }, ...result.problems] };
}
