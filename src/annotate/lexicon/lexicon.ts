import { decodeAnalysis, LOWER_CASE_SPELLING, type LexiconAnalysis } from './lexicon-format.ts';
import { tagBit, type LexiconTag } from './lexicon-tags.ts';

export type { LexiconAnalysis } from './lexicon-format.ts';
export type { LexiconTag } from './lexicon-tags.ts';

/** What the lexicon knows about one lower-cased word form. */
export interface LexiconEntry {
  /** The form, NFKC-normalised and lower-cased (`ĳ` is `ij`). */
  readonly form: string;
  /** How the dictionary writes it: `['poetin']`, `['Poetin']`, `['bos', 'Bos']`, `['NAVO']`. */
  readonly spellings: readonly string[];
  /** Known only with capitals (proper names, acronyms): Poetin, Minsk, NAVO. */
  readonly onlyCapitalised: boolean;
  /** Every analysis: the class and the base form it was derived from. */
  readonly analyses: readonly LexiconAnalysis[];
  /** The analyses' tags as a bit mask (see `hasTag`). */
  readonly tagMask: number;
}

/** Whether an entry has an analysis with this tag. */
export function hasTag(entry: LexiconEntry, tag: LexiconTag): boolean {
  return (entry.tagMask & tagBit(tag)) !== 0;
}

const NEWLINE = 0x0a;
const ASCII_END = 0x80;
const MAX_UTF8_PER_UNIT = 3;
/** Room for the UTF-8 of any ordinary word form. */
const SCRATCH_BYTES = 1024;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= ASCII_END) return false;
  return true;
}

const TAB = 0x09;
/** Entries kept after their first lookup: the words (and lemma candidates) of a few thousand news articles. */
const CACHE_LIMIT = 100_000;

/**
 * A Dutch lexicon searched in place: the file's sorted lines stay one UTF-8 buffer with an
 * index of line starts, so loading is a gunzip and one scan, and memory is about the size of
 * the text (no object per form). A lookup is a binary search over the bytes; found entries are
 * cached. Build it with `loadLexicon` (load-lexicon.ts).
 */
export class Lexicon {
  private readonly cache = new Map<string, LexiconEntry | null>();
  private readonly encoder = new TextEncoder();
  private readonly scratch = new Uint8Array(SCRATCH_BYTES);

  constructor(
    private readonly text: Buffer,
    private readonly lineStarts: Uint32Array,
    private readonly source: string,
  ) {}

  /** Number of forms. */
  get size(): number {
    return this.lineStarts.length;
  }

  /**
   * The entry of a form, whatever its case and Unicode form (`Poetin`, `POETIN`, `poetin` and
   * `poetin` all find the same entry), or undefined when the dictionary does not know it.
   */
  lookup(form: string): LexiconEntry | undefined {
    const cached = this.cache.get(form);
    if (cached !== undefined) return cached ?? undefined;
    const entry = this.search(isAscii(form) ? form.toLowerCase() : form.normalize('NFKC').toLowerCase());
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(form, entry ?? null);
    return entry;
  }

  /** Whether the dictionary knows the form in any case. */
  has(form: string): boolean {
    return this.lookup(form) !== undefined;
  }

  private search(key: string): LexiconEntry | undefined {
    // Encoded into a reused buffer: no allocation per look-up (a form's UTF-8 is at most 3
    // bytes per UTF-16 unit; a longer one than the buffer holds gets its own).
    const query = key.length * MAX_UTF8_PER_UNIT <= this.scratch.length ? this.scratch : new Uint8Array(key.length * MAX_UTF8_PER_UNIT);
    const length = this.encoder.encodeInto(key, query).written;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareAt(this.lineStarts[middle]!, query, length);
      if (order === 0) return this.parseLine(middle);
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Byte order of the form at `start` against the query: negative when the form sorts first. */
  private compareAt(start: number, query: Uint8Array, length: number): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const byte = text[start + i]!;
      const atEnd = byte === TAB;
      if (i === length) return atEnd ? 0 : 1;
      if (atEnd) return -1;
      const difference = byte - query[i]!;
      if (difference !== 0) return difference;
    }
  }

  private parseLine(index: number): LexiconEntry {
    const start = this.lineStarts[index]!;
    let end = this.text.indexOf(NEWLINE, start);
    if (end < 0) end = this.text.length;
    const [form = '', spellingField = '', analysisField = ''] = this.text.toString('utf8', start, end).split('\t');
    const where = `${this.source}: form ${JSON.stringify(form)}`;
    const spellings = spellingField === '' ? [form] : spellingField.split(',').map((spelling) => (spelling === LOWER_CASE_SPELLING ? form : spelling));
    const analyses = analysisField.split(' ').map((field) => decodeAnalysis(form, field, where));
    let tagMask = 0;
    for (const analysis of analyses) tagMask |= tagBit(analysis.tag);
    return { form, spellings, onlyCapitalised: !spellings.includes(form), analyses, tagMask };
  }
}
