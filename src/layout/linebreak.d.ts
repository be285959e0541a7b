// Types for linebreak 1.1.0 (UAX #14), which ships none.
declare module 'linebreak' {
  interface Break {
    /** Index (UTF-16) where the next line may start. */
    position: number;
    /** A mandatory break (after a newline character). */
    required: boolean;
  }
  class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
  export default LineBreaker;
}
