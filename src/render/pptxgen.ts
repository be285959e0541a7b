// pptxgenjs' typings use `export default` in a .d.ts that NodeNext reads as CJS (pitfalls A10): this is the one
// place that knows, everything else imports the class and types from here.
import P from 'pptxgenjs';

export const PptxGenJS = P as unknown as typeof P.default;
export type Pptx = InstanceType<typeof PptxGenJS>;
export type PptxSlide = ReturnType<Pptx['addSlide']>;
export type TableRow = P.default.TableRow;
export type TableCell = P.default.TableCell;
export type ShapeProps = P.default.ShapeProps;
