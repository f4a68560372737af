import { hashString } from '../../annotate/linear/hashing.ts';
import { addAndFindDuplicates, type DuplicateLink } from '../duplicates/near-duplicates.ts';
import { signatureOfShingles } from '../duplicates/minhash.ts';
import { shinglesOfWords } from '../duplicates/shingles.ts';
import { MemorySignatureIndex, type SignatureIndex } from '../duplicates/signature-index.ts';
import { foldedWordsOf } from '../../search/terms.ts';
import { stemCounts } from './article-terms.ts';
import { DocumentFrequencies, type FrequencySnapshot } from './document-frequencies.ts';
import { daySpan, daysApart, type DaySpan, type StoryArticle } from './story-article.ts';
import { ActiveStory, type StorySnapshot } from './active-story.ts';
import { unitTermVector, type TermVector } from './story-vectors.ts';

/**
 * The tunables of story clustering (docs/stories.md has how they were chosen on
 * eval/stories/stream.jsonl).
 */
export interface StoryOptions {
  /** A new article joins the best story scoring at least this, else it starts one. */
  readonly joinSimilarity: number;
  /** Share of the score from the text (TF-IDF cosine); the rest from shared entities. */
  readonly termShare: number;
  /** The time factor halves after this many days between the article and the story's dates. */
  readonly decayDays: number;
  /** Stories not updated for this many days (of the stream's latest date) leave memory and stop taking articles. */
  readonly windowDays: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { joinSimilarity: 0.06, termShare: 0.8, decayDays: 60, windowDays: 240 };

/** Stemmed terms of an article's vector: enough for its topic, few enough to stay fast. */
const ARTICLE_TERMS = 40;
/** Terms an article looks stories up by (its heaviest). */
const LOOKUP_TERMS = 12;
/** An entity shared by more open stories than this (Rutte, Poetin in a year of news) finds no
 * candidates by itself: looking up every story it is in would compare each article with most
 * open stories. It still counts in the score of the stories its terms find. */
const ENTITY_LOOKUP_LIMIT = 50;

/** What a stream of stories needs to go on later: its active stories and frequencies. */
export interface StoryStreamState {
  readonly stories: readonly StorySnapshot[];
  readonly terms: FrequencySnapshot;
  readonly entities: FrequencySnapshot;
  /** The latest day any article of the stream may fall on (day number), or null. */
  readonly latestDay: number | null;
}

/** An article's distinct entity keys and their inverse document frequencies, in one order. */
interface EntityWeights {
  readonly keys: readonly string[];
  readonly idf: readonly number[];
}

/** What changed since the last `takeChanges`: for a store that saves the stream as it goes. */
export interface StoryChanges extends StoryStreamState {
  /** Stories that left the window: final, no longer in memory. */
  readonly closed: readonly StorySnapshot[];
}

/** Where one article went. */
export interface StoryAssignment {
  readonly document: string;
  readonly story: string;
  /** The score it joined with; 1 for an article that started its story. */
  readonly similarity: number;
  readonly created: boolean;
  /** Earlier near-duplicates of the article, most similar first. */
  readonly duplicates: readonly DuplicateLink[];
}

/**
 * Streaming story clustering: each article joins the best active story or starts a new one
 * (single pass, like the topic detection and tracking systems behind Europe Media Monitor).
 * A story is scored by the cosine of its TF-IDF centroid with the article, the share of the
 * article's entity weight the story shares, and a time factor; a near-duplicate of an
 * earlier article joins that article's story. Memory holds the active stories only.
 */
export class StoryClusterer {
  private readonly active = new Map<string, ActiveStory>();
  private readonly storyOf = new Map<string, ActiveStory>();
  /** Each centroid term's stories, with its weight in their centroids: an article's cosines
   * with every story are summed over its own terms' lists, not over each candidate's map. */
  private readonly byTerm = new Map<string, Map<ActiveStory, number>>();
  private readonly byEntity = new Map<string, Set<ActiveStory>>();
  private readonly terms: DocumentFrequencies;
  private readonly entities: DocumentFrequencies;
  private latestDay = Number.NEGATIVE_INFINITY;
  private readonly changed = new Set<ActiveStory>();
  /** Articles by the last day they may fall on, oldest first: their signatures leave memory with the window. */
  private readonly seen: { readonly day: number; readonly id: string }[] = [];
  private seenFrom = 0;
  private closed: StorySnapshot[] = [];

  /** A new stream, or one going on from a saved state (the store's). */
  constructor(
    private readonly options: StoryOptions = DEFAULT_STORY_OPTIONS,
    private readonly signatures: SignatureIndex = new MemorySignatureIndex(),
    state?: StoryStreamState,
  ) {
    this.terms = new DocumentFrequencies(state?.terms);
    this.entities = new DocumentFrequencies(state?.entities);
    this.latestDay = state?.latestDay ?? Number.NEGATIVE_INFINITY;
    for (const snapshot of state?.stories ?? []) {
      const story = ActiveStory.restore(snapshot);
      this.active.set(story.id, story);
      for (const document of story.articles) this.storyOf.set(document, story);
      this.index(story);
    }
  }

  /** Assigns one article to a story; articles come in stream order. */
  add(article: StoryArticle): StoryAssignment {
    const range = daySpan(article.published);
    if (range && range.last > this.latestDay) this.advanceTo(range.last);
    const textWords = foldedWordsOf(article.text);
    const { counts, words } = stemCounts(article.title, textWords);
    const vector = this.vectorOf(counts, this.terms.addDistinct(counts.keys()));
    const entityKeys = [...new Set(article.entities)];
    const entityWeights: EntityWeights = { keys: entityKeys, idf: this.entities.addDistinct(entityKeys).map((count) => this.entities.idfOfCount(count)) };
    const signature = signatureOfShingles(shinglesOfWords(textWords.folded));
    const { duplicates } = addAndFindDuplicates(this.signatures, article.id, signature);
    const copied = duplicates.map((d) => this.storyOf.get(d.document)).find((story) => story !== undefined);
    const best = copied ? { story: copied, score: duplicates[0]!.similarity } : this.bestStory(vector, entityWeights, range);
    const created = !best || best.score < this.options.joinSimilarity;
    const story = created ? this.startStory(article.id) : best.story;
    this.reindex(story, article.entities, vector, () => story.add(article, vector, words, range));
    this.storyOf.set(article.id, story);
    this.changed.add(story);
    this.seen.push({ day: range?.last ?? this.latestDay, id: article.id });
    return { document: article.id, story: story.id, similarity: created ? 1 : best.score, created, duplicates };
  }

  /** The active stories, for labels and tests. */
  activeStories(): readonly ActiveStory[] {
    return [...this.active.values()];
  }

  /** The stories and frequencies changed since the last call (active ones changed, closed ones final). */
  takeChanges(): StoryChanges {
    const stories = [...this.changed].filter((story) => this.active.has(story.id)).map((story) => story.snapshot());
    const closed = this.closed;
    this.changed.clear();
    this.closed = [];
    return {
      stories,
      closed,
      terms: this.terms.takeChanges(),
      entities: this.entities.takeChanges(),
      latestDay: Number.isFinite(this.latestDay) ? this.latestDay : null,
    };
  }

  /** The article's TF-IDF unit vector; `documentCounts` are its terms' document frequencies, in the order of `counts`. */
  private vectorOf(counts: Map<string, number>, documentCounts: readonly number[]): TermVector {
    const weights = new Map<string, number>();
    let i = 0;
    for (const [stem, count] of counts) weights.set(stem, (1 + Math.log(count)) * this.terms.idfOfCount(documentCounts[i++]!));
    return unitTermVector(weights, ARTICLE_TERMS);
  }

  private bestStory(vector: TermVector, entityWeights: EntityWeights, range: DaySpan | null): { story: ActiveStory; score: number } | null {
    const candidates = new Set<ActiveStory>();
    // Dot products with every story sharing a term, each summed in the article's term order
    // (the order a cosine over the article's terms would add them in).
    const dots = new Map<ActiveStory, number>();
    for (let i = 0; i < vector.terms.length; i++) {
      const stories = this.byTerm.get(vector.terms[i]!);
      if (!stories) continue;
      const weight = vector.weights[i]!;
      for (const [story, centroidWeight] of stories) dots.set(story, (dots.get(story) ?? 0) + weight * centroidWeight);
      if (i < LOOKUP_TERMS) for (const story of stories.keys()) candidates.add(story);
    }
    for (const key of entityWeights.keys) {
      const stories = this.byEntity.get(key);
      if (stories && stories.size <= ENTITY_LOOKUP_LIMIT) for (const story of stories) candidates.add(story);
    }
    let best: { story: ActiveStory; score: number } | null = null;
    for (const story of candidates) {
      const text = story.centroidNorm === 0 ? 0 : (dots.get(story) ?? 0) / story.centroidNorm;
      const score = this.score(story, text, entityWeights, range);
      if (!best || score > best.score || (score === best.score && story.id < best.story.id)) best = { story, score };
    }
    return best;
  }

  /** The score of a story for an article whose cosine with its centroid is `text`. */
  private score(story: ActiveStory, text: number, entityWeights: EntityWeights, range: DaySpan | null): number {
    let shared = 0;
    let total = 0;
    for (let i = 0; i < entityWeights.keys.length; i++) {
      const weight = entityWeights.idf[i]!;
      total += weight;
      shared += weight * Math.sqrt(story.entityShare(entityWeights.keys[i]!));
    }
    const entity = total === 0 ? 0 : shared / total;
    const gap = range && story.range ? daysApart(range, story.range) : 0;
    const time = 1 / (1 + gap / this.options.decayDays);
    return (this.options.termShare * text + (1 - this.options.termShare) * entity) * time;
  }

  private startStory(firstDocument: string): ActiveStory {
    const story = new ActiveStory(`s${hashString(firstDocument).toString(16).padStart(8, '0')}`);
    this.active.set(story.id, story);
    return story;
  }

  /**
   * Moves the stream's clock: stories left behind by the window leave memory, and so do the
   * near-duplicate signatures of articles older than the window (a copy comes within days), so
   * memory holds the window, whatever the stream's length.
   */
  private advanceTo(day: number): void {
    this.latestDay = day;
    const horizon = day - this.options.windowDays;
    while (this.seenFrom < this.seen.length && this.seen[this.seenFrom]!.day < horizon) {
      const { id } = this.seen[this.seenFrom++]!;
      this.signatures.remove(id);
      this.storyOf.delete(id);
    }
    if (this.seenFrom > 4096 && this.seenFrom * 2 > this.seen.length) {
      this.seen.splice(0, this.seenFrom);
      this.seenFrom = 0;
    }
    for (const story of this.active.values()) {
      if (story.range && story.range.last < day - this.options.windowDays) {
        this.unindex(story);
        this.active.delete(story.id);
        this.closed.push(story.snapshot());
        for (const document of story.articles) {
          this.storyOf.delete(document);
          this.signatures.remove(document);
        }
      }
    }
  }

  private index(story: ActiveStory): void {
    for (const [term, weight] of story.centroid) setIn(this.byTerm, term, story, weight);
    for (const key of story.entityKeys()) addTo(this.byEntity, key, story);
  }

  /** Runs `change` (an article joining) on a story and updates the look-ups by what it changed:
   * the centroid terms it dropped, the article's terms (only their weights changed), and the
   * article's entities (a story never loses one). Walking only that keeps a large story's
   * update as cheap as a small one's. */
  private reindex(story: ActiveStory, entities: readonly string[], vector: TermVector, change: () => void): void {
    const before = story.centroid;
    change();
    for (const term of before.keys()) if (!story.centroid.has(term)) removeFrom(this.byTerm, term, story);
    for (const term of vector.terms) {
      const weight = story.centroid.get(term);
      if (weight !== undefined) setIn(this.byTerm, term, story, weight);
    }
    for (const key of entities) addTo(this.byEntity, key, story);
  }

  private unindex(story: ActiveStory): void {
    for (const term of story.centroid.keys()) removeFrom(this.byTerm, term, story);
    for (const key of story.entityKeys()) removeFrom(this.byEntity, key, story);
  }
}

/** Removes a value from a look-up, and the key once nothing is left under it, so the look-up
 * holds the open stories' terms, not every term the stream ever had. */
function removeFrom<K, V>(index: Map<K, Set<V> | Map<V, unknown>>, key: K, value: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

function setIn<K, V, W>(index: Map<K, Map<V, W>>, key: K, value: V, weight: W): void {
  const map = index.get(key);
  if (map) map.set(value, weight);
  else index.set(key, new Map([[value, weight]]));
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}
