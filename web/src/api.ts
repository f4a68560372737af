/**
 * Typed access to Kroniek's REST API (docs: notes/api-contract.md, served as /api/openapi.json).
 * The dashboard talks to nothing else. Offsets are UTF-16 indices into a document's cleaned
 * `text`, start inclusive and end exclusive: the same unit as JavaScript's String#slice.
 */

export type Precision = 'day' | 'month' | 'year' | 'minute';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * A published date with its span: a month-only date covers `first..last`, never its first day.
 * Documents carry the span; the dates copied into quotes and figures may carry only the value.
 */
export interface PublishedDate {
  readonly value: string;
  readonly precision: Precision;
  readonly first?: string;
  readonly last?: string;
}

export interface Paged<T> {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly T[];
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Argument extends Range {
  readonly text: string;
  readonly mention?: number | null;
  readonly entity?: string | null;
}

export interface Sentence extends Range {
  readonly text: string;
}

export interface Stats {
  readonly documents: number;
  readonly sources: number;
  readonly entities: number;
  readonly stories: number;
  readonly duplicates: number;
  readonly dates: { readonly first: string; readonly last: string } | null;
  readonly undated: number;
  readonly byFormat: Readonly<Record<string, number>>;
  readonly removalsByReason: Readonly<Record<string, number>>;
  readonly segmentsByLanguage: Readonly<Record<string, number>>;
}

export interface ArticleBucket {
  readonly first: string;
  readonly last: string;
  readonly precision: Precision;
  readonly count: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string;
  readonly url: string | null;
  readonly format: string;
  readonly published: PublishedDate | null;
  readonly chars: number;
  readonly story: string | null;
  readonly duplicateOf: string | null;
}

export interface MentionSpan extends Range {
  readonly text: string;
  readonly type: EntityType;
  readonly producer: string;
  readonly entity?: string | null;
  readonly relation?: string;
  readonly role?: string;
}

export interface TimexSpan extends Range {
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly precision?: string;
  readonly producer: string;
}

export interface QuoteSpan extends Range {
  readonly text: string;
  readonly kind: string;
  readonly producer: string;
  readonly speaker: (Argument & { readonly resolution?: string }) | null;
  readonly cue: (Argument & { readonly lemma?: string }) | null;
}

export interface FigureSpan extends Range {
  readonly text: string;
  readonly value: number | null;
  readonly high?: number | null;
  readonly unit: string | null;
  readonly about?: string | null;
  readonly producer: string;
  readonly source?: Argument | null;
}

export interface SegmentSpan extends Range {
  readonly language: string;
  readonly kind: 'embed' | 'passage';
  readonly producer: string;
}

export interface Removal {
  readonly text: string;
  readonly reason: string;
  readonly start?: number;
}

export interface DocumentView {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly format: string;
  readonly published: PublishedDate | null;
  readonly title: string | null;
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly segments: readonly SegmentSpan[];
  readonly mentions?: readonly MentionSpan[];
  readonly timexes?: readonly TimexSpan[];
  readonly quotes?: readonly QuoteSpan[];
  readonly figures?: readonly FigureSpan[];
  readonly story: string | null;
  readonly duplicates: readonly { readonly document: string; readonly similarity: number }[];
}

export interface Snippet {
  readonly text: string;
  readonly offset: number;
  readonly highlights: readonly Range[];
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly source: string;
  readonly published: PublishedDate | null;
  readonly score: number;
  readonly snippet: Snippet;
}

export interface NameCount {
  readonly name: string;
  readonly count: number;
}

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mention_count: number;
  readonly documents: number;
  readonly variants: readonly NameCount[];
}

export interface EntityMention extends Range {
  readonly document: string;
  readonly text: string;
  readonly relation?: string | null;
  readonly role?: string | null;
  readonly sentence: Sentence;
}

export interface Cooccurrence {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly documents: number;
}

export interface QuoteView extends Range {
  readonly document: string;
  readonly text: string;
  readonly kind: string;
  readonly speaker: { readonly text: string; readonly entity: string | null; readonly name: string | null } | null;
  readonly cue: string | null;
  readonly published: PublishedDate | null;
  readonly title: string | null;
}

export interface EntityView {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly variants: readonly NameCount[];
  readonly roles: readonly NameCount[];
  readonly mention_count: number;
  readonly documents: readonly string[];
  readonly lexicon_id: string | null;
  readonly demonym_count: number;
  readonly mentions: readonly EntityMention[];
  readonly mentionsTotal: number;
  readonly cooccurrences: readonly Cooccurrence[];
  readonly quotes: readonly QuoteView[];
}

/** A dated entry of a timeline; undated entries (null dates) come last. */
export interface TimelineEntry extends Range {
  readonly kind: 'article' | 'event';
  readonly first: string | null;
  readonly last: string | null;
  readonly precision: Precision | null;
  readonly document: string;
  readonly text: string;
}

export interface StorySummary {
  readonly id: string;
  readonly label: string;
  readonly articles: number;
  readonly start: string | null;
  readonly end: string | null;
  readonly open: boolean;
  readonly entities: readonly { readonly name: string; readonly articles: number }[];
}

export interface FigureView extends Range {
  readonly document: string;
  readonly text: string;
  readonly value: number | null;
  readonly high: number | null;
  readonly unit: string | null;
  readonly about: string | null;
  readonly source: { readonly text: string; readonly entity: string | null } | null;
  readonly sentence: Sentence;
}

export interface ConflictFigure extends Range {
  readonly document: string;
  readonly text: string;
  readonly value: number | null;
  readonly high: number | null;
  readonly unit: string | null;
  readonly source: { readonly text: string; readonly entity?: string | null } | string | null;
  readonly title: string | null;
  readonly published: PublishedDate | null;
  readonly sentence: Sentence;
}

export interface ConflictView {
  readonly about: string;
  readonly unit: string | null;
  readonly figures: readonly ConflictFigure[];
}

export interface StoryView {
  readonly id: string;
  readonly label: string;
  readonly documents: readonly string[];
  readonly start: string | null;
  readonly end: string | null;
  readonly open: boolean;
  readonly entities: readonly { readonly name: string; readonly articles: number; readonly key?: string }[];
  readonly timeline: readonly TimelineEntry[];
  readonly articles: readonly DocumentSummary[];
  readonly quotes: readonly QuoteView[];
  readonly figures: readonly FigureView[];
  readonly conflicts: readonly ConflictView[];
}

/** An error reply of the API (`{ error: { code, message } }`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = object;

/** GET a path under /api/ with the query's non-empty values. */
async function get<T>(path: string, query: Query = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const encoded = params.toString();
  const search = encoded ? `?${encoded}` : '';
  let reply: Response;
  try {
    reply = await fetch(`api/${path}${search}`, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  const body: unknown = await reply.json().catch(() => null);
  if (!reply.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(reply.status, error?.code ?? String(reply.status), error?.message ?? reply.statusText);
  }
  return body as T;
}

const id = (value: string): string => encodeURIComponent(value);

export interface PageQuery {
  readonly offset?: number;
  readonly limit?: number;
}

/** The API's endpoints, one function each. */
export const api = {
  stats: () => get<Stats>('stats'),
  articleTimeline: (query: { from?: string; to?: string } = {}) =>
    get<{ items: readonly ArticleBucket[] }>('timeline/articles', query),
  documents: (query: PageQuery & { from?: string; to?: string; source?: string } = {}) =>
    get<Paged<DocumentSummary>>('documents', query),
  document: (documentId: string) => get<DocumentView>(`documents/${id(documentId)}`),
  search: (query: PageQuery & { q: string; from?: string; to?: string }) => get<Paged<SearchHit>>('search', query),
  entities: (query: PageQuery & { type?: EntityType; q?: string } = {}) => get<Paged<EntitySummary>>('entities', query),
  entity: (entityId: string) => get<EntityView>(`entities/${id(entityId)}`),
  entityTimeline: (entityId: string) => get<{ items: readonly TimelineEntry[] }>(`entities/${id(entityId)}/timeline`),
  stories: (query: PageQuery = {}) => get<Paged<StorySummary>>('stories', query),
  story: (storyId: string) => get<StoryView>(`stories/${id(storyId)}`),
  conflicts: (query: { story?: string } = {}) => get<{ items: readonly ConflictView[] }>('conflicts', query),
  quotes: (query: PageQuery & { speaker?: string; document?: string } = {}) => get<Paged<QuoteView>>('quotes', query),
};
