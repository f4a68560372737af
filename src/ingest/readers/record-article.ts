import type { Settings } from '../../config/settings.ts';
import { parsePublished } from '../../doc/published.ts';
import { InputError, type InputLocation } from '../../errors.ts';
import type { RawArticle } from '../raw-article.ts';
import { readHtmlArticle } from './html-reader.ts';
import { htmlToParagraphs } from './html-text.ts';
import { pickField } from './record-fields.ts';

const WHOLE_PAGE = /<html[\s>]|<body[\s>]/i;

/**
 * One structured record (a JSONL line, an API request body) as an article. `text` wins over
 * `html`; a whole HTML page goes through Readability, an HTML fragment is only flattened.
 */
export function readRecordArticle(
  record: Readonly<Record<string, unknown>>,
  location: InputLocation,
  settings: Settings,
): RawArticle {
  const id = pickField(record, 'id');
  const url = stringOrNull(pickField(record, 'url'));
  const text = stringOrNull(pickField(record, 'text'));
  const html = stringOrNull(pickField(record, 'html'));
  const rawDate = pickField(record, 'published');
  const published = parsePublished(rawDate);
  if (rawDate !== null && published === null) {
    throw new InputError('bad-date', location, `"${String(rawDate)}" is not a date Kroniek can read`);
  }
  const source = url ?? (id !== null ? `${location.file}#${id}` : `${location.file}:${location.line}`);
  const sourceKey = id !== null ? `id:${id}` : url ? `url:${url}` : `file:${source}`;
  const title = stringOrNull(pickField(record, 'title'))?.trim() ?? null;
  const base = { source, sourceKey, location, format: 'jsonl' as const, url, published };

  if (text !== null) return { ...base, title, body: text, bodyOffset: 0, removed: [] };
  if (html !== null) {
    if (WHOLE_PAGE.test(html)) {
      const page = readHtmlArticle({ html, source, file: location.file }, settings);
      return { ...base, title: title ?? page.title, body: page.body, bodyOffset: 0, removed: page.removed };
    }
    const { body, removed } = htmlToParagraphs(html);
    return { ...base, title, body, bodyOffset: 0, removed };
  }
  throw new InputError('bad-record', location, 'the record has no "text" or "html" field (or an alias)');
}

function stringOrNull(value: string | number | null): string | null {
  return value === null ? null : String(value);
}
