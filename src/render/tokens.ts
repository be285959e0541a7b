// Placeholders for text we write ourselves: pptxgenjs draws the shape, the post-processor swaps its text body
// for ours. Tokens are ASCII and never come from user text (user text never reaches pptxgenjs).

export class TokenTable {
  private readonly bodies = new Map<string, string>();
  private n = 0;

  /** A fresh token whose text body will be `xml`. */
  add(xml: string): string {
    const token = `HBTOKEN${++this.n}X`;
    this.bodies.set(token, xml);
    return token;
  }

  get(token: string): string | undefined {
    return this.bodies.get(token);
  }

  get size(): number {
    return this.bodies.size;
  }
}

export const TOKEN_RE = /HBTOKEN\d+X/;
