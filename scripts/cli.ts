// What the data-upkeep commands share: a bad argument or an unreadable file is
// one line on stderr (and the usage), exit 2, never a stack trace.
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { decodeSpreadsheet, type TextEncodingName } from '../src/model/text-encoding.ts';

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The file's text, or one line saying why it cannot be read. */
export function readText(file: string): string {
  return readBytes(file).toString('utf8');
}

/** A spreadsheet's text: UTF-8, or Windows-1252 when its bytes are not UTF-8 (src/model/text-encoding.ts). */
export function readSpreadsheet(file: string): { text: string; encoding: TextEncodingName } {
  return decodeSpreadsheet(readBytes(file));
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(code ?? err);
    return fail(`${file}: cannot read (${why})`);
  }
}

/** A JSON file's value, or one line saying why it is not JSON. */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    return fail(`${file}: not JSON (${(err as Error).message})`);
  }
}

/** node:util parseArgs, with an unknown or ill-formed option told with the usage. */
export function cliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    return fail(`${(err as Error).message}\nusage: ${usage}`);
  }
}
