import type { EntityType } from '../annotate/entities/mention.ts';
import type { Document } from '../doc/types.ts';
import type { Entity, EntityTable, MentionLink } from '../relate/entities/entity.ts';
import type { DuplicateLink } from '../relate/duplicates/near-duplicates.ts';
import type { SignatureIndex } from '../relate/duplicates/signature-index.ts';
import type { StoryAssignment, StoryChanges, StoryStreamState } from '../relate/stories/story-clusterer.ts';
import type { StorySnapshot } from '../relate/stories/active-story.ts';
import type { SearchQuery } from '../search/query.ts';
import type { Snippet } from '../search/snippet.ts';
import type { EncodedLayer } from './sqlite/layer-codec.ts';

/** What writing one document did. `unchanged` also covers identical content from another source. */
export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/** A document to write, keyed by the identity of its source. */
export interface DocumentWrite {
  readonly document: Document;
  readonly sourceKey: string;
  /** The document's layers already encoded for storage (encodeStoredLayers), made where the
   * document was built: a worker thread then sends a few strings instead of every span object,
   * and the writer only writes them. When given, they stand for `document.layers`. */
  readonly encodedLayers?: Readonly<Record<string, EncodedLayer>>;
}

export interface SearchOptions {
  /** First day (`YYYY-MM-DD`) a document's date may fall on. */
  readonly from?: string;
  /** Last day (`YYYY-MM-DD`). */
  readonly to?: string;
  readonly limit: number;
  readonly snippetChars: number;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly source: string;
  readonly published: Document['published'];
  /** Higher is better (negated bm25). */
  readonly score: number;
  readonly snippet: Snippet;
}

export interface StoreCounts {
  readonly documents: number;
  readonly sources: number;
}

/** What a corpus holds, for `kroniek stats` and the dashboard. */
export interface CorpusStats extends StoreCounts {
  readonly byFormat: Readonly<Record<string, number>>;
  /** First and last day any dated document may fall on; null without dated documents. */
  readonly dates: { readonly first: string; readonly last: string } | null;
  readonly undated: number;
  readonly removalsByReason: Readonly<Record<string, number>>;
  readonly segmentsByLanguage: Readonly<Record<string, number>>;
}

/** Which documents to list: a date span (`YYYY-MM-DD`, kept when the document may fall in it) and a source. */
export interface DocumentFilter {
  /** First day a document's date may fall on. */
  readonly from?: string;
  /** Last day. */
  readonly to?: string;
  /** Part of the document's source (a path or URL): `nos.nl` keeps every article from there. */
  readonly source?: string;
}

/** One page of documents, newest first (undated last). */
export interface DocumentListQuery extends DocumentFilter {
  readonly offset: number;
  readonly limit: number;
}

/** What a listing shows of a document, without its text and layers. */
export interface DocumentListing {
  readonly id: string;
  readonly title: string | null;
  readonly source: string;
  readonly url: string | null;
  readonly format: Document['format'];
  readonly published: Document['published'];
  /** Length of the cleaned text, in UTF-16 code units. */
  readonly chars: number;
}

/** How many documents have one published span (`first..last`, one day or a whole month or year). */
export interface PublishedCount {
  readonly first: string;
  readonly last: string;
  readonly count: number;
}

/** Which entities to list. */
export interface EntityQuery {
  readonly type?: EntityType;
}

/**
 * The entities of a corpus (docs/entities.md): written whole by the entity step after ingest,
 * read by the export, the CLI and the dashboard.
 */
export interface EntityStore {
  /** Replaces every entity and mention link in one transaction, and records what they were built from. */
  replaceAll(table: EntityTable): Promise<void>;
  /** Whether documents changed since the entities were built (or they never were). */
  isStale(): Promise<boolean>;
  /** Entities, most mentioned first. */
  list(query?: EntityQuery): Promise<Entity[]>;
  get(id: string): Promise<Entity | null>;
  /** Entities one of whose variants folds (or keys) to the same form as `name`. */
  find(name: string): Promise<Entity[]>;
  /** The links of one document's mentions, by mention index. */
  linksOfDocument(documentId: string): Promise<MentionLink[]>;
  /** Every mention of one entity, in corpus order (`mentionCount + demonymCount` of them). */
  linksOfEntity(entityId: string): Promise<MentionLink[]>;
}

/** A story as stored: what listings show, and its clustering state. */
export interface StoredStory {
  readonly id: string;
  readonly label: string;
  /** Its documents, in the order they joined. */
  readonly documents: readonly string[];
  /** First and last day (`YYYY-MM-DD`) its dated articles may fall on; null when none is dated. */
  readonly first: string | null;
  readonly last: string | null;
  /** Whether it still takes articles (its last article is within the clustering window). */
  readonly open: boolean;
  readonly state: StorySnapshot;
}

/**
 * Near-duplicates and stories (docs/stories.md), grown one article at a time by the story
 * step after ingest (src/relate/stories/update-stories.ts).
 */
export interface StoryStore {
  /** Ids of documents no story holds yet, oldest publication first (undated last, in ingest order). */
  unassignedDocuments(): Promise<string[]>;
  /** The open stories and the stream's frequencies, to go on clustering. */
  loadStream(): Promise<StoryStreamState>;
  /** The stored signatures, for finding near-duplicates; writes happen in `saveBatch`'s transaction. */
  readonly signatures: SignatureIndex;
  /** Writes what clustering `assign` did in one transaction (signatures, duplicates, stories, frequencies). */
  saveBatch(assign: () => { assignments: readonly StoryAssignment[]; changes: StoryChanges }): Promise<void>;
  /** Stories, largest first. */
  list(): Promise<StoredStory[]>;
  get(id: string): Promise<StoredStory | null>;
  storyOfDocument(documentId: string): Promise<string | null>;
  /** Earlier near-duplicates of a document, most similar first. */
  duplicatesOf(documentId: string): Promise<DuplicateLink[]>;
  /** Every near-duplicate pair: the later document and the earlier one it copies. */
  allDuplicates(): Promise<{ readonly document: string; readonly duplicateOf: string; readonly similarity: number }[]>;
}

/** What of a document `getDocument` reads. */
export interface DocumentRead {
  /** The layers to read by name; all of them when absent. */
  readonly layers?: readonly string[];
}

/**
 * The store behind Kroniek: SQLite (src/store/sqlite/) and PostgreSQL implement it. Every
 * method is asynchronous so that a server across the network implements the same interface
 * (SQLite answers at once); `stories.signatures` stays synchronous, as clustering needs it, and
 * a networked backend holds the window's signatures in memory.
 */
export interface DocumentStore {
  /** Writes a batch atomically: afterwards all of it is stored, or (on a crash) none of it. */
  writeBatch(writes: readonly DocumentWrite[]): Promise<WriteOutcome[]>;
  /**
   * One document; with `layers`, only those layers are read and decoded (the others absent):
   * views that show a few layers of many documents do not pay for the token layer.
   */
  getDocument(id: string, read?: DocumentRead): Promise<Document | null>;
  /** Every document in date order, one at a time, so an export never holds the corpus; with
   * `layers`, only those layers of each. */
  iterateDocuments(read?: DocumentRead): AsyncIterableIterator<Document>;
  search(query: SearchQuery, options: SearchOptions): Promise<SearchHit[]>;
  /** How many documents `search` would find with no limit (for a page's total). */
  countSearch(query: SearchQuery, options: Pick<SearchOptions, 'from' | 'to'>): Promise<number>;
  /** One page of documents, newest first (undated last), and how many pass the filter. */
  listDocuments(query: DocumentListQuery): Promise<{ readonly total: number; readonly items: DocumentListing[] }>;
  /** Dated documents that pass the filter, counted per published span, earliest first. */
  countByPublished(filter: DocumentFilter): Promise<PublishedCount[]>;
  counts(): Promise<StoreCounts>;
  /** Near-duplicate pairs, as `stories.allDuplicates()` lists them, counted without reading them. */
  countDuplicates(): Promise<number>;
  /** The corpus's entities (docs/entities.md). */
  readonly entities: EntityStore;
  /** Near-duplicates and stories (docs/stories.md). */
  readonly stories: StoryStore;
  stats(): Promise<CorpusStats>;
  close(): Promise<void>;
}
