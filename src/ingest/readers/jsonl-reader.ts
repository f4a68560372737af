import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Settings } from '../../config/settings.ts';
import { InputError, KroniekError } from '../../errors.ts';
import type { ReadResult } from '../raw-article.ts';
import { readRecordArticle } from './record-article.ts';

/**
 * Streams a JSON Lines file one record at a time: memory holds one line, never the file.
 * A broken line is reported with its number and the rest of the file is still read.
 */
export async function* readJsonLines(
  lines: Readable,
  file: string,
  settings: Settings,
): AsyncGenerator<ReadResult> {
  const reader = createInterface({ input: lines, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const location = { file, line: lineNumber };
    try {
      if (line.length > settings.maxLineBytes) {
        throw new InputError('too-large', location, `line is longer than ${settings.maxLineBytes} characters`);
      }
      const record = parseRecord(line, location);
      yield { kind: 'article', article: readRecordArticle(record, location, settings) };
    } catch (error) {
      yield failureFrom(error, location);
    }
  }
}

function parseRecord(line: string, location: { file: string; line: number }): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError('bad-json', location, `broken JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('bad-record', location, 'each line must be one JSON object');
  }
  return value as Record<string, unknown>;
}

/** Any error while reading one article, as a failure that names the file and line. */
export function failureFrom(error: unknown, location: { file: string; line?: number }): ReadResult {
  if (error instanceof InputError) {
    return { kind: 'failure', location: error.location, code: error.code, message: error.message };
  }
  const code = error instanceof KroniekError ? error.code : 'unreadable';
  const where = location.line === undefined ? location.file : `${location.file}:${location.line}`;
  return { kind: 'failure', location, code, message: `${where}: ${(error as Error).message}` };
}
