// Errors a user can cause, and warnings: each names a file and a line so the CLI can print `file:line: message`.

export class HuibaoError extends Error {
  readonly file?: string;
  readonly line?: number;
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number;

  constructor(message: string, where: { file?: string; line?: number } = {}, exitCode = 1) {
    super(message);
    this.name = 'HuibaoError';
    this.file = where.file;
    this.line = where.line;
    this.exitCode = exitCode;
  }

  /** `file:line: message`, the form editors and terminals make clickable. */
  format(): string {
    return formatWhere(this.file, this.line) + this.message;
  }
}

export interface Warning {
  file?: string;
  line?: number;
  message: string;
}

export function formatWhere(file?: string, line?: number): string {
  if (!file) return line ? `line ${line}: ` : '';
  return line ? `${file}:${line}: ` : `${file}: `;
}

export function formatWarning(w: Warning): string {
  return formatWhere(w.file, w.line) + 'warning: ' + w.message;
}

/** Collects warnings from every stage; stages take one instead of printing. */
export class Diagnostics {
  readonly warnings: Warning[] = [];
  constructor(readonly file?: string) {}

  warn(message: string, line?: number, file = this.file): void {
    this.warnings.push({ file, line, message });
  }
}
