import type pg from 'pg';
import { KroniekError } from '../../errors.ts';
import type { StorySnapshot } from '../../relate/stories/active-story.ts';
import type { DuplicateLink } from '../../relate/duplicates/near-duplicates.ts';
import { dayNumberToIso } from '../../relate/stories/story-article.ts';
import type { StoryAssignment, StoryChanges, StoryStreamState } from '../../relate/stories/story-clusterer.ts';
import type { StoredStory, StoryStore } from '../store.ts';
import { chunks, insertRows } from './bulk-insert.ts';
import type { PgDatabase } from './pg-database.ts';
import { SignatureWindow, type StoredSignature } from './signature-window.ts';

interface StoryRow {
  readonly id: string;
  readonly label: string;
  readonly first_day: string | null;
  readonly last_day: string | null;
  readonly open: boolean;
  readonly state: string;
}

const STORY_COLUMNS = 'id, label, first_day, last_day, open, state';
/** Largest first; undated stories before dated ones of the same size, as SQLite sorts NULL. */
const STORY_ORDER = 'ORDER BY articles DESC, first_day NULLS FIRST, id';
/** Held by each saveBatch transaction while it checks that no other process clustered since this one loaded the stream. */
const SAVE_LOCK = 0x6b727374; // 'krst'

/** Near-duplicates and stories in PostgreSQL (migration 4). */
export class PgStoryRepository implements StoryStore {
  readonly signatures = new SignatureWindow();
  /** The stream's membership when this process loaded or last saved it (streamVersion). */
  private loadedVersion: string | null = null;

  constructor(private readonly db: PgDatabase) {}

  async unassignedDocuments(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.document_id = d.id)
       ORDER BY published_first IS NULL, published_first, seq`,
    );
    return rows.map((row) => row.id);
  }

  async loadStream(): Promise<StoryStreamState> {
    const [stream] = await this.db.query<{ term_articles: number; entity_articles: number; latest_day: number | null }>(
      'SELECT term_articles, entity_articles, latest_day FROM story_stream WHERE id = 1',
    );
    const stories = await this.db.query<{ state: string }>('SELECT state FROM stories WHERE open ORDER BY seq');
    const frequencies = async (kind: string): Promise<[string, number][]> =>
      (await this.db.query<{ key: string; articles: number }>('SELECT key, articles FROM story_frequencies WHERE kind = $1', [kind])).map((row) => [row.key, row.articles]);
    this.signatures.load(await this.windowSignatures());
    this.loadedVersion = await streamVersion(this.db.pool);
    return {
      stories: stories.map((row) => JSON.parse(row.state) as StorySnapshot),
      terms: { articles: stream?.term_articles ?? 0, counts: await frequencies('term') },
      entities: { articles: stream?.entity_articles ?? 0, counts: await frequencies('entity') },
      latestDay: stream?.latest_day ?? null,
    };
  }

  /** The signatures of the open stories' articles: what a new article may be a copy of. */
  private async windowSignatures(): Promise<StoredSignature[]> {
    const rows = await this.db.query<{ document_id: string; signature: Buffer; keys: string[] }>(
      `SELECT s.document_id, s.signature, array(SELECT b.band_key FROM document_bands b WHERE b.document_id = s.document_id) AS keys
       FROM stories st JOIN story_documents sd ON sd.story_id = st.id JOIN document_signatures s ON s.document_id = sd.document_id
       WHERE st.open ORDER BY sd.seq`,
    );
    return rows.map((row) => ({
      id: row.document_id,
      signature: new Uint32Array(row.signature.buffer.slice(row.signature.byteOffset, row.signature.byteOffset + row.signature.byteLength)),
      keys: row.keys.map(Number),
    }));
  }

  /** Clusters (`assign` runs first: it is synchronous and only touches memory), then writes
   * its signatures, stories, members, duplicates and frequencies in one transaction. */
  async saveBatch(assign: () => { assignments: readonly StoryAssignment[]; changes: StoryChanges }): Promise<void> {
    const { assignments, changes } = assign();
    const added = this.signatures.takeAdded();
    await this.db.transaction(async (client) => {
      // Optimistic: clustering ran in memory from the state loaded; if another process saved
      // stories since (a worker, a reading command that found new articles), this batch is
      // not written over its work, and the caller runs again from the new state.
      await client.query('SELECT pg_advisory_xact_lock($1)', [SAVE_LOCK]);
      if (this.loadedVersion !== null && (await streamVersion(client)) !== this.loadedVersion) {
        this.loadedVersion = null;
        throw new KroniekError('stories-busy', `${this.db.location}: another process clustered stories meanwhile; run again`);
      }
      for (const chunk of chunks(added)) {
        await insertRows(client, 'document_signatures', 'document_id, signature', ['text', 'bytea'], [
          chunk.map((s) => s.id), chunk.map((s) => Buffer.from(s.signature.buffer, s.signature.byteOffset, s.signature.byteLength)),
        ], 'ON CONFLICT (document_id) DO UPDATE SET signature = excluded.signature');
      }
      const bands = added.flatMap((s) => s.keys.map((key) => [key, s.id] as const));
      for (const chunk of chunks(bands)) {
        await insertRows(client, 'document_bands', 'band_key, document_id', ['bigint', 'text'], [chunk.map(([key]) => key), chunk.map(([, id]) => id)], 'ON CONFLICT DO NOTHING');
      }
      await writeStories(client, changes.stories, true);
      await writeStories(client, changes.closed, false);
      const [next] = (await client.query<{ seq: number }>('SELECT coalesce(max(seq), 0) + 1 AS seq FROM story_documents')).rows;
      let first = next!.seq;
      for (const chunk of chunks(assignments)) {
        await insertRows(client, 'story_documents', 'document_id, story_id, similarity, seq', ['text', 'text', 'float8', 'int'], [
          chunk.map((a) => a.document), chunk.map((a) => a.story), chunk.map((a) => a.similarity), chunk.map((_, i) => first + i),
        ], 'ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, similarity = excluded.similarity, seq = excluded.seq');
        first += chunk.length;
      }
      const duplicates = assignments.flatMap((a) => a.duplicates.map((d) => [a.document, d.document, d.similarity] as const));
      for (const chunk of chunks(duplicates)) {
        await insertRows(client, 'document_duplicates', 'document_id, duplicate_of, similarity', ['text', 'text', 'float8'], [
          chunk.map(([document]) => document), chunk.map(([, of]) => of), chunk.map(([, , similarity]) => similarity),
        ], 'ON CONFLICT (document_id, duplicate_of) DO UPDATE SET similarity = excluded.similarity');
      }
      for (const [kind, counts] of [['term', changes.terms.counts], ['entity', changes.entities.counts]] as const) {
        for (const chunk of chunks([...counts])) {
          await insertRows(client, 'story_frequencies', 'kind, key, articles', ['text', 'text', 'int'], [
            chunk.map(() => kind), chunk.map(([key]) => key), chunk.map(([, articles]) => articles),
          ], 'ON CONFLICT (kind, key) DO UPDATE SET articles = excluded.articles');
        }
      }
      await client.query(
        `INSERT INTO story_stream (id, term_articles, entity_articles, latest_day) VALUES (1, $1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET term_articles = excluded.term_articles, entity_articles = excluded.entity_articles, latest_day = excluded.latest_day`,
        [changes.terms.articles, changes.entities.articles, changes.latestDay],
      );
      this.loadedVersion = await streamVersion(client);
    });
  }

  async list(): Promise<StoredStory[]> {
    return (await this.db.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories ${STORY_ORDER}`)).map(toStory);
  }

  async get(id: string): Promise<StoredStory | null> {
    const [row] = await this.db.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`, [id]);
    return row ? toStory(row) : null;
  }

  async storyOfDocument(documentId: string): Promise<string | null> {
    const [row] = await this.db.query<{ story_id: string }>('SELECT story_id FROM story_documents WHERE document_id = $1', [documentId]);
    return row?.story_id ?? null;
  }

  async duplicatesOf(documentId: string): Promise<DuplicateLink[]> {
    return this.db.query<DuplicateLink & Record<string, unknown>>(
      'SELECT duplicate_of AS document, similarity FROM document_duplicates WHERE document_id = $1 ORDER BY similarity DESC, duplicate_of',
      [documentId],
    );
  }

  async allDuplicates(): Promise<{ document: string; duplicateOf: string; similarity: number }[]> {
    return this.db.query<{ document: string; duplicateOf: string; similarity: number }>(
      'SELECT document_id AS document, duplicate_of AS "duplicateOf", similarity FROM document_duplicates ORDER BY document_id, similarity DESC',
    );
  }
}

/** What changes whenever a process saves a story batch: the members and their last sequence number. */
async function streamVersion(client: pg.Pool | pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ members: string; last: string | null }>('SELECT count(*)::text AS members, max(seq)::text AS last FROM story_documents');
  return `${rows[0]!.members}:${rows[0]!.last ?? ''}`;
}

/** Upserts stories: their listing columns and clustering state. */
async function writeStories(client: pg.ClientBase, stories: readonly StorySnapshot[], open: boolean): Promise<void> {
  for (const chunk of chunks(stories)) {
    await insertRows(client, 'stories', 'id, label, articles, first_day, last_day, open, state', ['text', 'text', 'int', 'text', 'text', 'boolean', 'text'], [
      chunk.map((s) => s.id), chunk.map((s) => s.label), chunk.map((s) => s.articles.length),
      chunk.map((s) => (s.range ? dayNumberToIso(s.range.first) : null)), chunk.map((s) => (s.range ? dayNumberToIso(s.range.last) : null)),
      chunk.map(() => open), chunk.map((s) => JSON.stringify(s)),
    ], `ON CONFLICT (id) DO UPDATE SET label = excluded.label, articles = excluded.articles, first_day = excluded.first_day,
        last_day = excluded.last_day, open = excluded.open, state = excluded.state`);
  }
}

function toStory(row: StoryRow): StoredStory {
  const state = JSON.parse(row.state) as StorySnapshot;
  return { id: row.id, label: row.label, documents: state.articles, first: row.first_day, last: row.last_day, open: row.open, state };
}
