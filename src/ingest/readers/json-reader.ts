import type { Settings } from '../../config/settings.ts';
import { InputError } from '../../errors.ts';
import type { ReadResult } from '../raw-article.ts';
import { failureFrom } from './jsonl-reader.ts';
import { readRecordArticle } from './record-article.ts';

export interface JsonInput {
  readonly text: string;
  readonly file: string;
}

/**
 * Reads a `.json` file: one record, an array of records, or a Kroniek export
 * (`{ "documents": [...] }`), so an export can be ingested again. Records have the JSONL shape.
 */
export function* readJsonDocument(input: JsonInput, settings: Settings): Generator<ReadResult> {
  const value = parseJson(input);
  const records = Array.isArray(value) ? value : isExport(value) ? value.documents : [value];
  for (const [index, record] of records.entries()) {
    const location = { file: `${input.file}#${index + 1}` };
    try {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new InputError('bad-record', location, 'each record must be a JSON object');
      }
      yield { kind: 'article', article: readRecordArticle(record as Record<string, unknown>, location, settings) };
    } catch (error) {
      yield failureFrom(error, location);
    }
  }
}

function parseJson(input: JsonInput): unknown {
  try {
    return JSON.parse(input.text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : input.text.slice(0, Number(position)).split('\n').length;
    throw new InputError('bad-json', { file: input.file, ...(line ? { line } : {}) }, `broken JSON: ${message}`);
  }
}

function isExport(value: unknown): value is { documents: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { documents?: unknown }).documents);
}
