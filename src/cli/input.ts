// Reading the user's input file: the checks and decodings that make "it would not open" a clear message.
import { readFileSync, statSync } from 'node:fs';
import { HuibaoError } from '../errors.js';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputText {
  text: string;
  /** A notice for the user when the encoding was not plain UTF-8 (e.g. GB18030 from a Chinese office PC). */
  notice?: string;
}

export function readInput(file: string): InputText {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new HuibaoError('no such file', { file });
  }
  if (st.isDirectory()) throw new HuibaoError('is a folder, not a Markdown or text file', { file });
  if (st.size > MAX_INPUT_BYTES) throw new HuibaoError(`the file is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, { file });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new HuibaoError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  return decodeInput(bytes, file);
}

export function decodeInput(bytes: Uint8Array, file?: string): InputText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: 'read as UTF-16 (little-endian)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: 'read as UTF-16 (big-endian)' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = countLines(bytes, nul);
    throw new HuibaoError('this looks like a binary file (it contains NUL bytes), not Markdown or text', { file, line });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: Chinese Windows tools save GBK/GB18030 ("ANSI"). GB18030 decodes every byte sequence, so check
    // the result looks like text before trusting it.
    const text = new TextDecoder('gb18030').decode(bytes);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > Math.max(2, text.length / 200)) {
      throw new HuibaoError('the file is neither UTF-8 nor GB18030 text; save it as UTF-8 and try again', { file });
    }
    return { text, notice: 'not UTF-8: read as GB18030 (GBK); save as UTF-8 to silence this notice' };
  }
}

function countLines(bytes: Uint8Array, upto: number): number {
  let n = 1;
  for (let i = 0; i < upto; i++) if (bytes[i] === 0x0a) n++;
  return n;
}
