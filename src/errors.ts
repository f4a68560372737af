/** Where input was at fault: the file (or `-` for standard input) and, when known, the line. */
export interface InputLocation {
  readonly file: string;
  readonly line?: number;
}

/** Base class of every error Kroniek raises on purpose; `code` is stable for scripts. */
export class KroniekError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that could not be read or parsed; the message names the file and line. */
export class InputError extends KroniekError {
  constructor(
    code: InputErrorCode,
    readonly location: InputLocation,
    reason: string,
  ) {
    super(code, `${formatLocation(location)}: ${reason}`);
  }
}

export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'binary'
  | 'empty'
  | 'too-large'
  | 'bad-json'
  | 'bad-record'
  | 'bad-xml'
  | 'no-text'
  | 'bad-date';

/** A search query Kroniek cannot understand. */
export class QueryError extends KroniekError {
  constructor(message: string) {
    super('bad-query', message);
  }
}

/** A command-line option with a value that makes no sense. */
export class UsageError extends KroniekError {
  constructor(message: string) {
    super('usage', message);
  }
}

export function formatLocation(location: InputLocation): string {
  return location.line === undefined ? location.file : `${location.file}:${location.line}`;
}
