/**
 * An error in a content file. Its message starts with `file:line` so editors
 * and terminals link straight to the place that needs fixing.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Path of the content file, relative to the project root. */
  readonly file: string;
  /** 1-based line, or 0 when the problem has no single line. */
  readonly line: number;
  /** The message without its location. */
  readonly problem: string;

  constructor(file: string, line: number, problem: string) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${problem}`);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
