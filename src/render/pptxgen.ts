// pptxgenjs' typings use `export default` in a .d.ts that NodeNext reads as CJS (pitfalls A10): this is the one
// place that knows, everything else imports the class and types from here.
import JSZip from 'jszip';
import P from 'pptxgenjs';

export const PptxGenJS = P as unknown as typeof P.default;
export type Pptx = InstanceType<typeof PptxGenJS>;
export type PptxSlide = ReturnType<Pptx['addSlide']>;
export type TableRow = P.default.TableRow;
export type TableCell = P.default.TableCell;
export type ShapeProps = P.default.ShapeProps;

/** One file of the package as pptxgenjs made it: its XML as a string, anything else (images) as bytes. */
export interface PackagePart {
  name: string;
  data: string | Uint8Array;
}

/**
 * The package's files, in pptxgenjs' order, without zipping them. pptxgenjs puts every part into a JSZip object and
 * zips it (STORE) only for the post-processor to unzip it again — at 1000 slides that round trip was three quarters
 * of `write`. So write() is asked for a private output type that JSZip's generateAsync, wrapped once here, answers
 * with the JSZip object itself; every other call reaches JSZip unchanged. pptxgenjs and JSZip are pinned exactly
 * (package.json); if either ever stops going through this path, render fails loudly in every test.
 */
export async function packageParts(pptx: Pptx): Promise<PackagePart[]> {
  installPartsOutput();
  const zip = (await pptx.write({ outputType: PARTS as never })) as unknown;
  if (!(zip instanceof JSZip)) throw new Error('internal: pptxgenjs did not hand over its JSZip object');
  return Promise.all(
    Object.entries(zip.files)
      .filter(([, file]) => !file.dir)
      .map(async ([name, file]) => {
        // JSZip keeps what pptxgenjs gave it: a promise of the XML string. Reading it directly skips JSZip's stream
        // workers (as costly as the zipping); anything else goes through JSZip's public reader.
        const own = file as unknown as { _data?: unknown; _dataBinary?: boolean };
        const value = own._dataBinary ? undefined : await own._data;
        return { name, data: typeof value === 'string' ? value : await file.async('uint8array') };
      }),
  );
}

const PARTS = 'huibao-parts';
let installed = false;

function installPartsOutput(): void {
  if (installed) return;
  installed = true;
  const proto = JSZip.prototype as unknown as { generateAsync: (this: JSZip, options?: { type?: string }, onUpdate?: unknown) => Promise<unknown> };
  const generate = proto.generateAsync;
  proto.generateAsync = function (this: JSZip, options, onUpdate) {
    return options?.type === PARTS ? Promise.resolve(this) : generate.call(this, options, onUpdate);
  };
}
