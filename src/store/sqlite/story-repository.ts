import type { Statement } from 'better-sqlite3';
import type { StorySnapshot } from '../../relate/stories/active-story.ts';
import type { DuplicateLink } from '../../relate/duplicates/near-duplicates.ts';
import type { SignatureIndex } from '../../relate/duplicates/signature-index.ts';
import { dayNumberToIso } from '../../relate/stories/story-article.ts';
import type { StoryAssignment, StoryChanges, StoryStreamState } from '../../relate/stories/story-clusterer.ts';
import type { StoredStory, StoryStore } from '../store.ts';
import type { SqliteDatabase } from './open-database.ts';

interface StoryRow {
  readonly id: string;
  readonly label: string;
  readonly first_day: string | null;
  readonly last_day: string | null;
  readonly open: number;
  readonly state: string;
}

/** Signatures and band keys in the tables of migration 4. */
class SqliteSignatureIndex implements SignatureIndex {
  private readonly s: Record<string, Statement>;

  constructor(db: SqliteDatabase) {
    this.s = {
      inBand: db.prepare('SELECT document_id FROM document_bands WHERE band_key = ?').pluck(),
      signature: db.prepare('SELECT signature FROM document_signatures WHERE document_id = ?').pluck(),
      insertSignature: db.prepare('INSERT OR REPLACE INTO document_signatures (document_id, signature) VALUES (?, ?)'),
      insertBand: db.prepare('INSERT OR IGNORE INTO document_bands (band_key, document_id) VALUES (?, ?)'),
    };
  }

  candidates(keys: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.s.inBand!.all(key) as string[]) found.add(id);
    return found;
  }

  signature(id: string): Uint32Array | null {
    const blob = this.s.signature!.get(id) as Buffer | undefined;
    return blob ? new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength)) : null;
  }

  add(id: string, signature: Uint32Array, keys: readonly number[]): void {
    this.s.insertSignature!.run(id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    for (const key of keys) this.s.insertBand!.run(key, id);
  }

  /** A stored corpus keeps every signature: old articles can still be copied. */
  remove(): void {}
}

/** Near-duplicates and stories in SQLite (migration 4). */
export class SqliteStoryRepository implements StoryStore {
  readonly signatures: SignatureIndex;
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: SqliteDatabase) {
    this.signatures = new SqliteSignatureIndex(db);
    this.s = {
      unassigned: db.prepare(
        `SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM story_documents)
         ORDER BY published_first IS NULL, published_first, seq`,
      ).pluck(),
      openStories: db.prepare('SELECT state FROM stories WHERE open = 1 ORDER BY rowid').pluck(),
      frequencies: db.prepare('SELECT key, articles FROM story_frequencies WHERE kind = ?').raw(),
      stream: db.prepare('SELECT term_articles, entity_articles, latest_day FROM story_stream WHERE id = 1'),
      writeStory: db.prepare(
        `INSERT INTO stories (id, label, articles, first_day, last_day, open, state) VALUES (@id, @label, @articles, @first_day, @last_day, @open, @state)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, articles = excluded.articles, first_day = excluded.first_day,
           last_day = excluded.last_day, open = excluded.open, state = excluded.state`,
      ),
      writeMember: db.prepare('INSERT OR REPLACE INTO story_documents (document_id, story_id, similarity, seq) VALUES (?, ?, ?, ?)'),
      writeDuplicate: db.prepare('INSERT OR REPLACE INTO document_duplicates (document_id, duplicate_of, similarity) VALUES (?, ?, ?)'),
      writeFrequency: db.prepare(
        `INSERT INTO story_frequencies (kind, key, articles) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET articles = excluded.articles`,
      ),
      writeStream: db.prepare(
        `INSERT INTO story_stream (id, term_articles, entity_articles, latest_day) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET term_articles = excluded.term_articles, entity_articles = excluded.entity_articles, latest_day = excluded.latest_day`,
      ),
      nextSeq: db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM story_documents').pluck(),
      all: db.prepare('SELECT id, label, first_day, last_day, open, state FROM stories ORDER BY articles DESC, first_day, id'),
      byId: db.prepare('SELECT id, label, first_day, last_day, open, state FROM stories WHERE id = ?'),
      storyOf: db.prepare('SELECT story_id FROM story_documents WHERE document_id = ?').pluck(),
      duplicatesOf: db.prepare('SELECT duplicate_of AS document, similarity FROM document_duplicates WHERE document_id = ? ORDER BY similarity DESC, duplicate_of'),
      allDuplicates: db.prepare('SELECT document_id AS document, duplicate_of AS duplicateOf, similarity FROM document_duplicates ORDER BY document_id, similarity DESC'),
    };
  }

  async unassignedDocuments(): Promise<string[]> {
    return this.s.unassigned!.all() as string[];
  }

  async loadStream(): Promise<StoryStreamState> {
    const stream = this.s.stream!.get() as { term_articles: number; entity_articles: number; latest_day: number | null } | undefined;
    return {
      stories: (this.s.openStories!.all() as string[]).map((state) => JSON.parse(state) as StorySnapshot),
      terms: { articles: stream?.term_articles ?? 0, counts: this.s.frequencies!.all('term') as [string, number][] },
      entities: { articles: stream?.entity_articles ?? 0, counts: this.s.frequencies!.all('entity') as [string, number][] },
      latestDay: stream?.latest_day ?? null,
    };
  }

  async saveBatch(assign: () => { assignments: readonly StoryAssignment[]; changes: StoryChanges }): Promise<void> {
    this.db.transaction(() => {
      const { assignments, changes } = assign();
      let seq = this.s.nextSeq!.get() as number;
      for (const story of changes.stories) this.writeStory(story, true);
      for (const story of changes.closed) this.writeStory(story, false);
      for (const a of assignments) {
        this.s.writeMember!.run(a.document, a.story, a.similarity, seq++);
        for (const d of a.duplicates) this.s.writeDuplicate!.run(a.document, d.document, d.similarity);
      }
      for (const [key, articles] of changes.terms.counts) this.s.writeFrequency!.run('term', key, articles);
      for (const [key, articles] of changes.entities.counts) this.s.writeFrequency!.run('entity', key, articles);
      this.s.writeStream!.run(changes.terms.articles, changes.entities.articles, changes.latestDay);
    })();
  }

  async list(): Promise<StoredStory[]> {
    return (this.s.all!.all() as StoryRow[]).map(toStory);
  }

  async get(id: string): Promise<StoredStory | null> {
    const row = this.s.byId!.get(id) as StoryRow | undefined;
    return row ? toStory(row) : null;
  }

  async storyOfDocument(documentId: string): Promise<string | null> {
    return (this.s.storyOf!.get(documentId) as string | undefined) ?? null;
  }

  async duplicatesOf(documentId: string): Promise<DuplicateLink[]> {
    return this.s.duplicatesOf!.all(documentId) as DuplicateLink[];
  }

  async allDuplicates(): Promise<{ document: string; duplicateOf: string; similarity: number }[]> {
    return this.s.allDuplicates!.all() as { document: string; duplicateOf: string; similarity: number }[];
  }

  private writeStory(story: StorySnapshot, open: boolean): void {
    this.s.writeStory!.run({
      id: story.id,
      label: story.label,
      articles: story.articles.length,
      first_day: story.range ? dayNumberToIso(story.range.first) : null,
      last_day: story.range ? dayNumberToIso(story.range.last) : null,
      open: open ? 1 : 0,
      state: JSON.stringify(story),
    });
  }
}

function toStory(row: StoryRow): StoredStory {
  const state = JSON.parse(row.state) as StorySnapshot;
  return { id: row.id, label: row.label, documents: state.articles, first: row.first_day, last: row.last_day, open: row.open === 1, state };
}
