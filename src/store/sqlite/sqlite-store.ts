import type { Statement } from 'better-sqlite3';
import { dayRange } from '../../doc/published.ts';
import type { Document, Layers } from '../../doc/types.ts';
import { toFts5, highlightMatcher, type SearchQuery } from '../../search/query.ts';
import { makeSnippet } from '../../search/snippet.ts';
import { decodeLayer, encodeStoredLayers, type EncodedLayer } from './layer-codec.ts';
import { WordFormIndex } from './word-forms.ts';
import { SqliteEntityRepository } from './entity-repository.ts';
import { SqliteStoryRepository } from './story-repository.ts';
import { documentFromRow, publishedOf, type DocumentRow as StoredDocumentRow } from '../stored-rows.ts';
import type { CorpusStats, DocumentFilter, DocumentListing, DocumentListQuery, DocumentRead, DocumentStore, DocumentWrite, PublishedCount, SearchHit, SearchOptions, StoreCounts, WriteOutcome } from '../store.ts';
import { openDatabase, type SqliteDatabase } from './open-database.ts';

interface DocumentRow extends StoredDocumentRow {
  readonly seq: number;
}

/** What re-ingest needs of a stored document: its identity, hash and the text it was indexed with. */
interface KnownDocument {
  readonly seq: number;
  readonly id: string;
  readonly content_hash: string;
  readonly title: string | null;
  readonly text: string;
}

const DOCUMENT_COLUMNS =
  'seq, id, source, format, url, title, published_value, published_precision, text, removed, content_hash';

/** The SQLite store: one file, WAL, FTS5 over Dutch stems. */
export class SqliteStore implements DocumentStore {
  private readonly db: SqliteDatabase;
  private readonly statements;
  private readonly wordForms: WordFormIndex;
  /** Search and listing statements by SQL: a few shapes each (with or without each filter). */
  private readonly searchStatements = new Map<string, Statement>();
  readonly entities: SqliteEntityRepository;
  readonly stories: SqliteStoryRepository;

  constructor(path: string) {
    this.db = openDatabase(path);
    const db = this.db;
    this.wordForms = new WordFormIndex(db);
    this.entities = new SqliteEntityRepository(db);
    this.stories = new SqliteStoryRepository(db);
    this.statements = {
      findBySource: db.prepare(
        `SELECT d.seq, d.id, d.content_hash, d.title, d.text
         FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE s.source_key = ?`,
      ),
      findByContent: db.prepare('SELECT id FROM documents WHERE content_hash = ? LIMIT 1'),
      insertDocument: db.prepare(
        `INSERT INTO documents (id, source, format, url, title, published_value, published_precision,
           published_first, published_last, text, removed, content_hash, ingested_at, updated_at)
         VALUES (@id, @source, @format, @url, @title, @published_value, @published_precision,
           @published_first, @published_last, @text, @removed, @content_hash, @now, @now)`,
      ),
      updateDocument: db.prepare(
        `UPDATE documents SET source = @source, format = @format, url = @url, title = @title,
           published_value = @published_value, published_precision = @published_precision,
           published_first = @published_first, published_last = @published_last, text = @text,
           removed = @removed, content_hash = @content_hash, updated_at = @now
         WHERE id = @id`,
      ),
      insertSource: db.prepare('INSERT INTO document_sources (source_key, document_id) VALUES (?, ?)'),
      deleteLayers: db.prepare('DELETE FROM layers WHERE document_id = ?'),
      insertLayer: db.prepare('INSERT INTO layers (document_id, name, encoding, spans) VALUES (?, ?, ?, ?)'),
      layersOf: db.prepare('SELECT name, encoding, spans FROM layers WHERE document_id = ? ORDER BY name'),
      layersNamedOf: db.prepare('SELECT name, encoding, spans FROM layers WHERE document_id = ? AND name IN (SELECT value FROM json_each(?)) ORDER BY name'),
      layerNamesOf: db.prepare('SELECT name FROM layers WHERE document_id = ?').pluck(),
      layersNamed: db.prepare('SELECT encoding, spans FROM layers WHERE name = ?'),
      deleteIndex: db.prepare(`INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', ?, ?, ?)`),
      insertIndex: db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)'),
      byId: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`),
      all: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY published_first IS NULL, published_first, seq`),
      countDocuments: db.prepare('SELECT count(*) AS n FROM documents'),
      countSources: db.prepare('SELECT count(*) AS n FROM document_sources'),
    };
  }

  async writeBatch(writes: readonly DocumentWrite[]): Promise<WriteOutcome[]> {
    const now = new Date().toISOString();
    return this.db.transaction(() => writes.map((write) => this.writeOne(write, now)))();
  }

  private writeOne({ document, sourceKey, encodedLayers }: DocumentWrite, now: string): WriteOutcome {
    const s = this.statements;
    const known = s.findBySource.get(sourceKey) as KnownDocument | undefined;
    const layers = (): Readonly<Record<string, EncodedLayer>> => encodedLayers ?? encodeStoredLayers(document.layers);
    if (known) {
      if (known.content_hash === document.contentHash && !this.lacksLayers(known.id, Object.keys(encodedLayers ?? document.layers))) return 'unchanged';
      s.deleteIndex.run(known.seq, known.title ?? '', known.text);
      s.updateDocument.run(documentParams({ ...document, id: known.id }, now));
      s.deleteLayers.run(known.id);
      this.writeLayersAndIndex(known.id, known.seq, document, layers());
      return 'updated';
    }
    const twin = s.findByContent.get(document.contentHash) as { id: string } | undefined;
    if (twin) {
      s.insertSource.run(sourceKey, twin.id);
      return 'unchanged';
    }
    const { lastInsertRowid } = s.insertDocument.run(documentParams(document, now));
    s.insertSource.run(sourceKey, document.id);
    this.writeLayersAndIndex(document.id, Number(lastInsertRowid), document, layers());
    return 'new';
  }

  /** Whether the stored document lacks a layer this ingest makes (it was stored by an older
   * Kroniek): then its layers are rewritten although its content is the same. */
  private lacksLayers(id: string, names: readonly string[]): boolean {
    const stored = new Set(this.statements.layerNamesOf.all(id) as string[]);
    return names.some((name) => !stored.has(name));
  }

  private writeLayersAndIndex(id: string, seq: number, document: Document, layers: Readonly<Record<string, EncodedLayer>>): void {
    const s = this.statements;
    for (const [name, { encoding, json }] of Object.entries(layers)) s.insertLayer.run(id, name, encoding, json);
    s.insertIndex.run(seq, document.title ?? '', document.text);
  }

  async getDocument(id: string, read: DocumentRead = {}): Promise<Document | null> {
    const row = this.statements.byId.get(id) as DocumentRow | undefined;
    return row ? this.toDocument(row, read.layers) : null;
  }

  async *iterateDocuments(read: DocumentRead = {}): AsyncIterableIterator<Document> {
    for (const row of this.statements.all.iterate() as IterableIterator<DocumentRow>) yield this.toDocument(row, read.layers);
  }

  async search(query: SearchQuery, options: SearchOptions): Promise<SearchHit[]> {
    const { where, params } = filterSql({ from: options.from, to: options.to }, ['search_index MATCH @match'], 'd.');
    // Rank and limit inside the index first; whole documents are read for the top hits only.
    const ranked =
      options.from || options.to
        ? `SELECT s.rowid AS seq, s.rank FROM search_index s JOIN documents d ON d.seq = s.rowid ${where} ORDER BY s.rank LIMIT @limit`
        : `SELECT rowid AS seq, rank FROM search_index ${where} ORDER BY rank LIMIT @limit`;
    const rows = this.prepared(
      `WITH hits AS (${ranked})
       SELECT ${DOCUMENT_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ')}, hits.rank
       FROM hits JOIN documents d ON d.seq = hits.seq ORDER BY hits.rank`,
    ).all({ ...params, match: toFts5(query, this.wordForms.forms), limit: options.limit }) as (DocumentRow & { rank: number })[];
    const matches = highlightMatcher(query);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      source: row.source,
      published: publishedOf(row),
      score: -row.rank,
      snippet: makeSnippet(row.text, matches, options.snippetChars),
    }));
  }

  async countSearch(query: SearchQuery, options: Pick<SearchOptions, 'from' | 'to'>): Promise<number> {
    const { where, params } = filterSql(options, ['search_index MATCH @match']);
    const sql = options.from || options.to
      ? `SELECT count(*) AS n FROM search_index JOIN documents ON documents.seq = search_index.rowid ${where}`
      : `SELECT count(*) AS n FROM search_index ${where}`;
    return (this.prepared(sql).get({ ...params, match: toFts5(query, this.wordForms.forms) }) as { n: number }).n;
  }

  async countDuplicates(): Promise<number> {
    return (this.prepared('SELECT count(*) AS n FROM document_duplicates').get() as { n: number }).n;
  }

  async listDocuments(query: DocumentListQuery): Promise<{ total: number; items: DocumentListing[] }> {
    const { where, params } = filterSql(query);
    const total = (this.prepared(`SELECT count(*) AS n FROM documents ${where}`).get(params) as { n: number }).n;
    // Newest first along documents_by_date, read backwards: undated rows (NULL) come last.
    const rows = this.prepared(
      `SELECT id, source, format, url, title, published_value, published_precision, length(text) AS chars FROM documents ${where}
       ORDER BY published_first DESC, published_last DESC, seq DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.limit, offset: query.offset }) as (DocumentRow & { chars: number })[];
    const items = rows.map((row) => ({ id: row.id, title: row.title, source: row.source, url: row.url, format: row.format, published: publishedOf(row), chars: row.chars }));
    return { total, items };
  }

  async countByPublished(filter: DocumentFilter): Promise<PublishedCount[]> {
    const { where, params } = filterSql(filter, ['published_first IS NOT NULL']);
    return this.prepared(
      `SELECT published_first AS first, published_last AS last, count(*) AS count FROM documents ${where}
       GROUP BY published_first, published_last ORDER BY published_first, published_last`,
    ).all(params) as PublishedCount[];
  }

  async counts(): Promise<StoreCounts> {
    const count = (statement: Statement): number => (statement.get() as { n: number }).n;
    return { documents: count(this.statements.countDocuments), sources: count(this.statements.countSources) };
  }

  async stats(): Promise<CorpusStats> {
    const tally = (sql: string): Record<string, number> =>
      Object.fromEntries((this.db.prepare(sql).all() as { name: string; n: number }[]).map((row) => [row.name, row.n]));
    const dates = this.db
      .prepare('SELECT min(published_first) AS first, max(published_last) AS last, count(*) - count(published_first) AS undated FROM documents')
      .get() as { first: string | null; last: string | null; undated: number };
    return {
      ...(await this.counts()),
      byFormat: tally('SELECT format AS name, count(*) AS n FROM documents GROUP BY format ORDER BY n DESC'),
      dates: dates.first && dates.last ? { first: dates.first, last: dates.last } : null,
      undated: dates.undated,
      removalsByReason: tally(
        `SELECT json_extract(r.value, '$.reason') AS name, count(*) AS n
         FROM documents, json_each(documents.removed) AS r GROUP BY name ORDER BY n DESC, name`,
      ),
      segmentsByLanguage: this.tallyField('segments', 'language'),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** How often each value of one field occurs over every span of the layers with this name,
   * most frequent first. Decoded here, since a `columns` layer is not rows SQL can walk. */
  private tallyField(layer: string, field: string): Record<string, number> {
    const counts = new Map<string, number>();
    for (const row of this.statements.layersNamed.iterate(layer) as IterableIterator<{ encoding: string; spans: string }>) {
      for (const span of decodeLayer(row.encoding, row.spans) as Record<string, unknown>[]) {
        const value = span[field];
        if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    const sorted = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(sorted);
  }

  private prepared(sql: string): Statement {
    let statement = this.searchStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.searchStatements.set(sql, statement);
    }
    return statement;
  }

  private toDocument(row: DocumentRow, names?: readonly string[]): Document {
    const layers: Record<string, Layers[string]> = {};
    const stored = names ? this.statements.layersNamedOf.all(row.id, JSON.stringify(names)) : this.statements.layersOf.all(row.id);
    for (const layer of stored as { name: string; encoding: string; spans: string }[]) {
      layers[layer.name] = decodeLayer(layer.encoding, layer.spans) as unknown as Layers[string];
    }
    return documentFromRow(row, layers);
  }
}


/** The WHERE clause of a document filter: a document is kept when its span of days overlaps the
 * range. `table` prefixes the documents table's columns (`d.`) where the query aliases it. */
function filterSql(filter: DocumentFilter, conditions: string[] = [], table = ''): { where: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  if (filter.from) {
    conditions.push(`${table}published_last >= @from`);
    params.from = filter.from;
  }
  if (filter.to) {
    conditions.push(`${table}published_first <= @to`);
    params.to = filter.to;
  }
  if (filter.source) {
    conditions.push(`instr(${table}source, @source) > 0`);
    params.source = filter.source;
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function documentParams(document: Document, now: string): Record<string, string | null> {
  const range = document.published ? dayRange(document.published) : null;
  return {
    id: document.id,
    source: document.source,
    format: document.format,
    url: document.url,
    title: document.title,
    published_value: document.published?.value ?? null,
    published_precision: document.published?.precision ?? null,
    published_first: range?.first ?? null,
    published_last: range?.last ?? null,
    text: document.text,
    removed: JSON.stringify(document.removed),
    content_hash: document.contentHash,
    now,
  };
}
