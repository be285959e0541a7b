// Placeholders for text we write ourselves: pptxgenjs draws the shape, the post-processor swaps its text body
// for ours. Tokens are ASCII and never come from user text (user text never reaches pptxgenjs).

import type { Placeholder } from './placeholders.js';

export class TokenTable {
  private readonly bodies = new Map<string, string>();
  private readonly placeholders = new Map<string, Placeholder>();
  private n = 0;

  /** A fresh token whose text body will be `xml`; with `ph`, its shape becomes that placeholder. */
  add(xml: string, ph?: Placeholder): string {
    const token = `HBTOKEN${++this.n}X`;
    this.bodies.set(token, xml);
    if (ph) this.placeholders.set(token, ph);
    return token;
  }

  /** The placeholder the shape holding `token` is, if any. */
  placeholder(token: string): Placeholder | undefined {
    return this.placeholders.get(token);
  }

  /** How many shapes are placeholders (the post-processor checks it marked them all). */
  get placeholderCount(): number {
    return this.placeholders.size;
  }

  get(token: string): string | undefined {
    return this.bodies.get(token);
  }

  get size(): number {
    return this.bodies.size;
  }
}

export const TOKEN_RE = /HBTOKEN\d+X/;
