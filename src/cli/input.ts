// Reading the user's input file: the checks and decodings that make "it would not open" a clear message.
import { HuibaoError, type Warning } from '../errors.js';
import { decideEncoding } from './encoding.js';
import { readFileCapped, readStdinCapped, ReadRefused } from '../read.js';

import { MAX_INPUT_BYTES } from '../limits.js';

export { MAX_INPUT_BYTES };

export interface InputText {
  text: string;
  /** A notice for the user when the encoding was not plain UTF-8 (e.g. GB18030 from a Chinese office PC). */
  notice?: string;
  /** Bytes that are not UTF-8 in a file that otherwise is: each with its line (and column in the message). */
  warnings?: Warning[];
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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: 'read as UTF-16 (little-endian)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: 'read as UTF-16 (big-endian)' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const line = countLines(body, nul);
    throw new HuibaoError('this looks like a binary file (it contains NUL bytes), not Markdown or text', { file, line });
  }
  // A BOM says UTF-8, but the bytes after it decide (a BOM followed by GBK text is GBK text).
  const d = decideEncoding(body);
  if (d.kind === 'utf8') return { text: new TextDecoder('utf-8').decode(body) };
  if (d.kind === 'legacy') {
    return { text: d.text, notice: `not UTF-8${bom ? ' (despite its UTF-8 mark)' : ''}: read as ${d.name}; save as UTF-8 to silence this notice` };
  }
  if (d.kind === 'refuse') {
    throw new HuibaoError('the file is not UTF-8, and not plausible as GB18030, Big5 or Shift_JIS text either; save it as UTF-8 and try again', { file });
  }
  const shown = d.bad.slice(0, MAX_BAD_LISTED).map((b) => ({
    file,
    line: b.line,
    message: `column ${b.column}: byte 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8 (a damaged character?); shown as \uFFFD`,
  }));
  if (d.bad.length > MAX_BAD_LISTED) {
    shown.push({ file, line: d.bad[MAX_BAD_LISTED].line, message: `and ${d.bad.length - MAX_BAD_LISTED} more bytes that are not valid UTF-8` });
  }
  return { text: new TextDecoder('utf-8').decode(body), warnings: shown };
}

const MAX_BAD_LISTED = 10;

function countLines(bytes: Uint8Array, upto: number): number {
  let n = 1;
  for (let i = 0; i < upto; i++) if (bytes[i] === 0x0a) n++;
  return n;
}
