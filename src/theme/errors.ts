// The error a theme file causes: every problem found, one line each (`<file>:<line>: <key.path>: <what was expected>`).
import { HuibaoError } from '../errors.js';

export class ThemeError extends HuibaoError {
  /** One line per problem, each naming the theme file (and line, when known) and the key path. */
  readonly problems: string[];

  constructor(problems: string[], file?: string) {
    super(problems.join('\n'), { file });
    this.name = 'ThemeError';
    this.problems = problems;
  }

  /** Each problem already names its file and line. */
  override format(): string {
    return this.message;
  }
}
