// Reading the user's input file: the checks and decodings that make "it would not open" a clear message.
import { HuibaoError } from '../errors.js';
import { readFileCapped, readStdinCapped, ReadRefused } from '../read.js';

import { MAX_INPUT_BYTES } from '../limits.js';

export { MAX_INPUT_BYTES };

export interface InputText {
  text: string;
  /** A notice for the user when the encoding was not plain UTF-8 (e.g. GB18030 from a Chinese office PC). */
  notice?: string;
}

/** `-` is standard input (read up to the same limit as a file). */
export function readInput(file: string): InputText {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readStdinCapped(MAX_INPUT_BYTES) : readFileCapped(file, MAX_INPUT_BYTES);
  } catch (e) {
    if (!(e instanceof ReadRefused)) throw e;
    const where = { file: file === '-' ? 'stdin' : file };
    if (e.reason === 'folder') throw new HuibaoError('is a folder, not a Markdown or text file', where);
    if (e.reason === 'special') throw new HuibaoError('is not a regular file (a device, pipe or socket); to read standard input, give - as the input', where);
    if (e.reason === 'too-large') throw new HuibaoError(e.message.startsWith('is ') ? `the file ${e.message}` : `the input is ${e.message}`, where);
    throw new HuibaoError(e.message, where);
  }
  return decodeInput(bytes, file === '-' ? 'stdin' : file);
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
