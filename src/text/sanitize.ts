// Strings that reach the XML must be legal XML 1.0 characters: pptxgenjs escapes only & < > " ' and writes raw
// control characters, which makes PowerPoint refuse the file (pitfalls A5). Every stage that takes outside text
// uses these.

// C0 controls except TAB/LF/CR, the non-characters U+FFFE/U+FFFF, and unpaired surrogates.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove XML-illegal characters; `\v` (PowerPoint's own soft break) must be handled by the caller before this. */
export function stripIllegal(s: string): string {
  return s.replace(ILLEGAL, '');
}

export function hasIllegal(s: string): boolean {
  ILLEGAL.lastIndex = 0;
  const found = ILLEGAL.test(s);
  ILLEGAL.lastIndex = 0;
  return found;
}

/** Normalise line endings to \n. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
