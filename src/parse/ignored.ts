// What the parser left out, told once per kind: "Marp class "cols2_ol_ci" ignored (3 places: lines 27, 45, 80)"
// rather than one warning per place — decks written for Marp or Slidev are full of such constructs.
import type { Diagnostics } from '../errors.js';

export class Ignored {
  private kinds = new Map<string, { lines: number[]; why: string; details: Set<string> }>();

  /**
   * @param kind what was left out ("HTML <div>", "Marp classes"); @param why the reason, said once
   * @param detail which one (a class name, a key): the distinct ones are listed
   */
  note(kind: string, line: number, why: string, detail?: string): void {
    let k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, (k = { lines: [], why, details: new Set() }));
    if (!k.lines.includes(line)) k.lines.push(line);
    if (detail) k.details.add(detail);
  }

  has(kind: string): boolean {
    return this.kinds.has(kind);
  }

  /** One warning per kind, at its first line, in the order the kinds were first met. */
  flush(diag: Diagnostics): void {
    for (const [kind, { lines, why, details }] of this.kinds) {
      const sorted = [...lines].sort((a, b) => a - b);
      const n = sorted.length;
      const where = n === 1 ? '' : ` (${n} places: lines ${sorted.slice(0, 6).join(', ')}${n > 6 ? ', …' : ''})`;
      const names = [...details];
      const which = names.length ? ` (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''})` : '';
      diag.warn(`${kind}${which} ${why}${where}`, sorted[0]);
    }
    this.kinds.clear();
  }
}
