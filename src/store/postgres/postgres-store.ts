import Cursor from 'pg-cursor';
import type { Document, Layers } from '../../doc/types.ts';
import type { SearchQuery } from '../../search/query.ts';
import { decodeLayer } from '../sqlite/layer-codec.ts';
import type {
  CorpusStats, DocumentFilter, DocumentListing, DocumentListQuery, DocumentRead, DocumentStore, DocumentWrite, PublishedCount, SearchHit,
  SearchOptions, StoreCounts, WriteOutcome,
} from '../store.ts';
import { documentFromRow, publishedOf, type DocumentRow as StoredDocumentRow } from '../stored-rows.ts';
import { writeDocument } from './document-writes.ts';
import { PgEntityRepository } from './entity-repository.ts';
import { PG_TYPES, PgDatabase, type OpenMode } from './pg-database.ts';
import { RANK_NORMALISATION, RANK_WEIGHTS, TEXT_SEARCH_CONFIG, headlineOptions, snippetFromHeadline, toTsquery } from './search.ts';
import { PgStoryRepository } from './story-repository.ts';
import { PgWorkQueue } from './work-queue.ts';

interface DocumentRow extends StoredDocumentRow {
  readonly layer_names: string[];
  readonly layer_encodings: string[];
  readonly layer_spans: string[];
}

/** Documents read per trip while iterating: bounded memory, few round trips. */
const CURSOR_BATCH = 50;

/** A document row with its layers gathered alongside (by name in byte order, as SQLite reads
 * them); `layerFilter` narrows the layers (getDocument's `layers`). */
const documentSelect = (layerFilter = ''): string => `
  SELECT d.id, d.source, d.format, d.url, d.title, d.published_value, d.published_precision, d.text, d.removed, d.content_hash,
    coalesce(l.names, '{}') AS layer_names, coalesce(l.encodings, '{}') AS layer_encodings, coalesce(l.spans, '{}') AS layer_spans
  FROM documents d LEFT JOIN LATERAL (
    SELECT array_agg(name ORDER BY name) AS names, array_agg(encoding ORDER BY name) AS encodings, array_agg(spans ORDER BY name) AS spans
    FROM layers WHERE document_id = d.id ${layerFilter}
  ) l ON true`;
const DOCUMENT_SELECT = documentSelect();
const DOCUMENT_WITH_LAYERS = `${documentSelect('AND name = ANY($2)')} WHERE d.id = $1`;
/** Date order, undated last, then ingest order: the export's order on both backends. */
const DOCUMENT_ORDER = 'ORDER BY d.published_first IS NULL, d.published_first, d.seq';

/**
 * The PostgreSQL store (docs/postgres.md): the same tables and migrations as SQLite, search
 * on PostgreSQL's own full text (the dutch configuration with unaccent, a GIN index, ts_rank
 * and ts_headline), a connection pool, and a cursor for reading the corpus.
 */
export class PostgresStore implements DocumentStore {
  private readonly db: PgDatabase;
  readonly entities: PgEntityRepository;
  readonly stories: PgStoryRepository;
  /** The ingest work queue on this database (`kroniek ingest --queue`, `kroniek worker`). */
  readonly queue: PgWorkQueue;

  /** Opens `url` (postgres://user@host/db); `existing` refuses a database Kroniek never made. */
  constructor(url: string, mode: OpenMode = 'create') {
    this.db = new PgDatabase(url, mode);
    this.entities = new PgEntityRepository(this.db);
    this.stories = new PgStoryRepository(this.db);
    this.queue = new PgWorkQueue(this.db);
  }

  async writeBatch(writes: readonly DocumentWrite[]): Promise<WriteOutcome[]> {
    const now = new Date().toISOString();
    return this.db.transaction(async (client) => {
      const outcomes: WriteOutcome[] = [];
      for (const write of writes) outcomes.push(await writeDocument(client, write, now));
      return outcomes;
    });
  }

  async getDocument(id: string, read: DocumentRead = {}): Promise<Document | null> {
    const [row] = read.layers
      ? await this.db.query<DocumentRow>(DOCUMENT_WITH_LAYERS, [id, read.layers])
      : await this.db.query<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.id = $1`, [id]);
    return row ? toDocument(row) : null;
  }

  async *iterateDocuments(read: DocumentRead = {}): AsyncIterableIterator<Document> {
    const client = await this.db.connect();
    const sql = read.layers ? `${documentSelect('AND name = ANY($1)')} ${DOCUMENT_ORDER}` : `${DOCUMENT_SELECT} ${DOCUMENT_ORDER}`;
    const cursor = client.query(new Cursor<DocumentRow>(sql, read.layers ? [read.layers] : [], { types: PG_TYPES }));
    try {
      for (let rows = await cursor.read(CURSOR_BATCH); rows.length > 0; rows = await cursor.read(CURSOR_BATCH)) {
        for (const row of rows) yield toDocument(row);
      }
    } finally {
      await cursor.close().catch(() => {});
      client.release();
    }
  }

  async search(query: SearchQuery, options: SearchOptions): Promise<SearchHit[]> {
    const { where, params } = filterSql(options, ['d.search @@ q.query'], 3);
    // Rank and limit first; the headline is made for the hits shown only.
    const rows = await this.db.query<DocumentRow & { rank: number; headline: string }>(
      `WITH q AS (SELECT to_tsquery('${TEXT_SEARCH_CONFIG}', $1) AS query),
       hits AS (
         SELECT d.seq, ts_rank('${RANK_WEIGHTS}', d.search, q.query, ${RANK_NORMALISATION}) AS rank
         FROM documents d, q ${where} ORDER BY rank DESC, d.seq LIMIT $2
       )
       SELECT d.id, d.title, d.source, d.published_value, d.published_precision, d.text, hits.rank,
         ts_headline('${TEXT_SEARCH_CONFIG}', d.text, q.query, $3) AS headline
       FROM hits JOIN documents d ON d.seq = hits.seq, q ORDER BY hits.rank DESC, hits.seq`,
      [toTsquery(query), options.limit, headlineOptions(options.snippetChars), ...params],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      source: row.source,
      published: publishedOf(row),
      score: row.rank,
      snippet: snippetFromHeadline(row.text, row.headline),
    }));
  }

  async countSearch(query: SearchQuery, options: Pick<SearchOptions, 'from' | 'to'>): Promise<number> {
    const { where, params } = filterSql(options, [`d.search @@ to_tsquery('${TEXT_SEARCH_CONFIG}', $1)`], 1);
    const [row] = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, [toTsquery(query), ...params]);
    return row!.n;
  }

  async countDuplicates(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*) AS n FROM document_duplicates');
    return row!.n;
  }

  async listDocuments(query: DocumentListQuery): Promise<{ total: number; items: DocumentListing[] }> {
    const { where, params } = filterSql(query);
    const [count] = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, params);
    const rows = await this.db.query<DocumentRow & { chars: number }>(
      `SELECT id, source, format, url, title, published_value, published_precision, length(text) AS chars FROM documents d ${where}
       ORDER BY published_first DESC NULLS LAST, published_last DESC NULLS LAST, seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    const items = rows.map((row) => ({ id: row.id, title: row.title, source: row.source, url: row.url, format: row.format, published: publishedOf(row), chars: row.chars }));
    return { total: count!.n, items };
  }

  async countByPublished(filter: DocumentFilter): Promise<PublishedCount[]> {
    const { where, params } = filterSql(filter, ['published_first IS NOT NULL']);
    return this.db.query<PublishedCount & Record<string, unknown>>(
      `SELECT published_first AS first, published_last AS last, count(*)::integer AS count FROM documents d ${where}
       GROUP BY published_first, published_last ORDER BY published_first, published_last`,
      params,
    );
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.db.query<{ documents: number; sources: number }>(
      'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM document_sources) AS sources',
    );
    return { documents: row!.documents, sources: row!.sources };
  }

  async stats(): Promise<CorpusStats> {
    const tally = async (sql: string): Promise<Record<string, number>> =>
      Object.fromEntries((await this.db.query<{ name: string; n: number }>(sql)).map((row) => [row.name, row.n]));
    const [dates] = await this.db.query<{ first: string | null; last: string | null; undated: number }>(
      'SELECT min(published_first) AS first, max(published_last) AS last, count(*) - count(published_first) AS undated FROM documents',
    );
    return {
      ...(await this.counts()),
      byFormat: await tally('SELECT format AS name, count(*) AS n FROM documents GROUP BY format ORDER BY n DESC, format COLLATE "C"'),
      dates: dates!.first && dates!.last ? { first: dates!.first, last: dates!.last } : null,
      undated: dates!.undated,
      removalsByReason: await tally(
        `SELECT r ->> 'reason' AS name, count(*) AS n FROM documents, jsonb_array_elements(documents.removed::jsonb) AS r
         GROUP BY 1 ORDER BY n DESC, (r ->> 'reason') COLLATE "C"`,
      ),
      segmentsByLanguage: await this.tallyField('segments', 'language'),
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** How often each value of one field occurs over every span of the layers with this name,
   * most frequent first; decoded here, since a `columns` layer is not rows SQL can walk. */
  private async tallyField(layer: string, field: string): Promise<Record<string, number>> {
    const counts = new Map<string, number>();
    const client = await this.db.connect();
    const cursor = client.query(new Cursor<{ encoding: string; spans: string }>('SELECT encoding, spans FROM layers WHERE name = $1', [layer]));
    try {
      for (let rows = await cursor.read(CURSOR_BATCH * 10); rows.length > 0; rows = await cursor.read(CURSOR_BATCH * 10)) {
        for (const row of rows) {
          for (const span of decodeLayer(row.encoding, row.spans) as Record<string, unknown>[]) {
            const value = span[field];
            if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
          }
        }
      }
    } finally {
      await cursor.close().catch(() => {});
      client.release();
    }
    const sorted = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(sorted);
  }
}

function toDocument(row: DocumentRow): Document {
  const layers: Record<string, Layers[string]> = {};
  row.layer_names.forEach((name, i) => {
    layers[name] = decodeLayer(row.layer_encodings[i]!, row.layer_spans[i]!) as unknown as Layers[string];
  });
  return documentFromRow(row, layers);
}


/** The WHERE clause of a document filter (a document is kept when its span of days overlaps
 * the range), its parameters numbered after the `before` ones the caller passes first. */
function filterSql(filter: DocumentFilter, conditions: string[] = [], before = 0): { where: string; params: string[] } {
  const params: string[] = [];
  const param = (value: string): string => {
    params.push(value);
    return `$${before + params.length}`;
  };
  if (filter.from) conditions.push(`d.published_last >= ${param(filter.from)}`);
  if (filter.to) conditions.push(`d.published_first <= ${param(filter.to)}`);
  if (filter.source) conditions.push(`strpos(d.source, ${param(filter.source)}) > 0`);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
