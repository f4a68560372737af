/**
 * The JSONL record shape and the aliases accepted for each field, first match wins.
 * Documented in docs/input-formats.md; keep the two in step.
 */
export const RECORD_FIELD_ALIASES = {
  id: ['id', 'guid', 'uuid', '_id', 'doc_id'],
  url: ['url', 'link', 'canonical_url', 'uri', 'source_url'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'pubDate', 'datePublished', 'date_published'],
  title: ['title', 'headline'],
  text: ['text', 'content', 'body', 'maintext', 'article'],
  html: ['html', 'content_html', 'raw_html'],
} as const;

export type RecordField = keyof typeof RECORD_FIELD_ALIASES;

/** The first alias of `field` present in `record` with a usable value. */
export function pickField(record: Readonly<Record<string, unknown>>, field: RecordField): string | number | null {
  for (const name of RECORD_FIELD_ALIASES[field]) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}
