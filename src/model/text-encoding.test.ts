import { describe, expect, it } from 'vitest';
import { decodeSpreadsheet, spreadsheetDecoder } from './text-encoding.ts';

// "Ségou;Côte d’Ivoire;Œuvre" as Excel saves it on a French Windows.
const WINDOWS_1252 = Uint8Array.from([0x53, 0xe9, 0x67, 0x6f, 0x75, 0x3b, 0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x3b, 0x8c, 0x75, 0x76, 0x72, 0x65]);
const TEXT = 'Ségou;Côte d’Ivoire;Œuvre';

describe('decodeSpreadsheet', () => {
  it('reads UTF-8 as UTF-8, dropping a BOM', () => {
    expect(decodeSpreadsheet(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeSpreadsheet(new TextEncoder().encode(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with its curly apostrophe and Œ', () => {
    expect(decodeSpreadsheet(WINDOWS_1252)).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('maps all of 0x80–0x9F as the Encoding Standard does, whatever the runtime', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeSpreadsheet(Uint8Array.from([0xe9, ...bytes])).text).toBe('é€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('gives the same text whatever the chunks, even with a UTF-8 character split across two', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    for (const bytes of [utf8, WINDOWS_1252]) {
      for (let cut = 1; cut < bytes.length; cut++) {
        const decoder = spreadsheetDecoder();
        decoder.push(bytes.slice(0, cut));
        decoder.push(bytes.slice(cut));
        expect(decoder.end().text, `cut at ${cut}`).toBe(TEXT);
      }
    }
  });

  it('notices bytes cut off in the middle of a character at the very end', () => {
    const utf8 = new TextEncoder().encode('Ségou é');
    expect(decodeSpreadsheet(utf8.slice(0, -1)).encoding).toBe('windows-1252');
  });
});
