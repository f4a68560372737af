/**
 * Every tunable of Kroniek in one place, named and defaulted, with the reason for its value.
 * Modules take what they need from a `Settings` object; nothing reads magic numbers of its own.
 */
export interface Settings {
  /** SQLite file used when `--db` is not given. */
  readonly dbPath: string;
  /** Documents written per transaction: big enough to amortise commits, small enough that a
   * killed ingest loses little work. */
  readonly batchSize: number;
  /** Largest file read whole (HTML, text, feeds). A news article is far below this; anything
   * bigger is almost surely not an article and would cost memory. JSONL streams instead. */
  readonly maxFileBytes: number;
  /** Largest single JSONL line: one article, even with its HTML. */
  readonly maxLineBytes: number;
  /** A first line at most this long, with no closing punctuation, is a title. */
  readonly titleMaxChars: number;
  /** A run of repeated sentences is removed only when it is at least this long (in letters and
   * digits, and in sentences), so a recurring name or one repeated quote stays. */
  readonly repeatMinChars: number;
  readonly repeatMinSentences: number;
  /** Paragraphs with fewer letters than this are too short for reliable language id. */
  readonly languageMinLetters: number;
  /** Characters of context in a search snippet. */
  readonly snippetChars: number;
  /** Default number of search results. */
  readonly searchLimit: number;
  /** Worker threads that clean and annotate while the main thread reads and writes; `auto`
   * is one per core (at most 4), 0 runs everything on the main thread. */
  readonly workers: number | 'auto';
  /** Articles sent to a worker at once: enough to make a message worth its cost. */
  readonly workerChunk: number;
  /** Whether ingest runs the Dutch language core: the `tokens` and `sentences` layers with part
   * of speech, lemmas and syntax (docs/language-core.md). On by default; off only to measure
   * or run the foundation alone, since analysis costs most of an ingest's time. */
  readonly languageCore: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  dbPath: './kroniek.db',
  batchSize: 1000,
  maxFileBytes: 20 * 1024 * 1024,
  maxLineBytes: 20 * 1024 * 1024,
  titleMaxChars: 160,
  repeatMinChars: 70,
  repeatMinSentences: 2,
  languageMinLetters: 40,
  snippetChars: 220,
  searchLimit: 10,
  workers: 'auto',
  workerChunk: 50,
  languageCore: true,
};

/** Defaults with the given overrides, for tests and callers that tune one thing. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
