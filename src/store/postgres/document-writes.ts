import type pg from 'pg';
import { dayRange } from '../../doc/published.ts';
import type { Document } from '../../doc/types.ts';
import { encodeStoredLayers, type EncodedLayer } from '../sqlite/layer-codec.ts';
import type { DocumentWrite, WriteOutcome } from '../store.ts';

/**
 * Writes one document inside the batch's transaction, with the outcomes SQLite gives
 * (sqlite-store.ts): a known source with the same content (and every layer) is unchanged,
 * with new content it is updated in place under its id; new content under a new source is
 * new; content already stored under another source is recorded as that source, not stored twice.
 * The full-text column is generated from the row, so no index is written by hand.
 */
export async function writeDocument(client: pg.ClientBase, { document, sourceKey, encodedLayers }: DocumentWrite, now: string): Promise<WriteOutcome> {
  const layers = (): Readonly<Record<string, EncodedLayer>> => encodedLayers ?? encodeStoredLayers(document.layers);
  const known = await client.query<{ id: string; content_hash: string }>(
    `SELECT d.id, d.content_hash FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE s.source_key = $1`,
    [sourceKey],
  );
  const stored = known.rows[0];
  if (stored) {
    if (stored.content_hash === document.contentHash && !(await lacksLayers(client, stored.id, Object.keys(encodedLayers ?? document.layers)))) {
      return 'unchanged';
    }
    await client.query(
      `UPDATE documents SET source = $2, format = $3, url = $4, title = $5, published_value = $6, published_precision = $7,
         published_first = $8, published_last = $9, text = $10, removed = $11, content_hash = $12, updated_at = $13
       WHERE id = $1`,
      [stored.id, ...documentValues(document), now],
    );
    await client.query('DELETE FROM layers WHERE document_id = $1', [stored.id]);
    await writeLayers(client, stored.id, layers());
    return 'updated';
  }
  const twin = await client.query<{ id: string }>('SELECT id FROM documents WHERE content_hash = $1 LIMIT 1', [document.contentHash]);
  if (twin.rows[0]) {
    await client.query('INSERT INTO document_sources (source_key, document_id) VALUES ($1, $2)', [sourceKey, twin.rows[0].id]);
    return 'unchanged';
  }
  await client.query(
    `INSERT INTO documents (id, source, format, url, title, published_value, published_precision, published_first,
       published_last, text, removed, content_hash, ingested_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
    [document.id, ...documentValues(document), now],
  );
  await client.query('INSERT INTO document_sources (source_key, document_id) VALUES ($1, $2)', [sourceKey, document.id]);
  await writeLayers(client, document.id, layers());
  return 'new';
}

/** Whether the stored document lacks a layer this ingest makes (stored by an older Kroniek). */
async function lacksLayers(client: pg.ClientBase, id: string, names: readonly string[]): Promise<boolean> {
  const { rows } = await client.query<{ name: string }>('SELECT name FROM layers WHERE document_id = $1', [id]);
  const stored = new Set(rows.map((row) => row.name));
  return names.some((name) => !stored.has(name));
}

/** Every layer of a document in one statement. */
async function writeLayers(client: pg.ClientBase, id: string, layers: Readonly<Record<string, EncodedLayer>>): Promise<void> {
  const entries = Object.entries(layers);
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO layers (document_id, name, encoding, spans) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])`,
    [id, entries.map(([name]) => name), entries.map(([, layer]) => layer.encoding), entries.map(([, layer]) => layer.json)],
  );
}

/** The document's columns after its id, in the order both statements above list them. */
function documentValues(document: Document): (string | null)[] {
  const range = document.published ? dayRange(document.published) : null;
  return [
    document.source,
    document.format,
    document.url,
    document.title,
    document.published?.value ?? null,
    document.published?.precision ?? null,
    range?.first ?? null,
    range?.last ?? null,
    document.text,
    JSON.stringify(document.removed),
    document.contentHash,
  ];
}
