import { InputError } from '../../errors.ts';
import { NUMBER_WORDS_TABLE, readTable, type TableRow } from './figure-tables.ts';

/** The kinds of data/number-words-nl.tsv. */
export const NUMBER_WORD_KINDS = ['unit', 'teen', 'ten', 'hundred', 'thousand', 'scale', 'fraction', 'vague', 'approx'] as const;
export type NumberWordKind = (typeof NUMBER_WORD_KINDS)[number];

/** One Dutch number word. */
export interface NumberWord {
  readonly word: string;
  readonly value: number;
  readonly kind: NumberWordKind;
  /** The top of the range a vague plural means ("duizenden": 9999); null otherwise. */
  readonly high: number | null;
}

/**
 * The Dutch number words of data/number-words-nl.tsv, and the compounds made of them
 * ("vijfentwintig", "drieëntwintig", "tweehonderdvijftig", "drieduizend").
 */
export class NumberWords {
  private readonly words: ReadonlyMap<string, NumberWord>;

  constructor(rows: readonly TableRow[], file = 'number-words') {
    const words = new Map<string, NumberWord>();
    for (const { line, cells } of rows) {
      const kind = cells.kind as NumberWordKind;
      const value = Number(cells.value);
      const high = cells.high === '' ? null : Number(cells.high);
      if (!NUMBER_WORD_KINDS.includes(kind) || !Number.isFinite(value) || (high !== null && !Number.isFinite(high))) {
        throw new InputError('bad-record', { file, line }, `bad number word row ${JSON.stringify(cells)}`);
      }
      words.set(cells.word!, { word: cells.word!, value, kind, high });
    }
    this.words = words;
  }

  /** Every word of the table. */
  all(): NumberWord[] {
    return [...this.words.values()];
  }

  /** The word as the table has it (lower case), or null. */
  word(lower: string): NumberWord | null {
    return this.words.get(lower) ?? null;
  }

  /**
   * The value of a cardinal written as one word: a table word of kind unit, teen, ten, hundred
   * or thousand, or a compound of them. "een" alone is the article and has none.
   * @example cardinal('vijfentwintig') // 25
   */
  cardinal(lower: string): number | null {
    if (lower === 'een') return null;
    const word = this.words.get(lower);
    if (word) return CARDINAL_KINDS.has(word.kind) ? word.value : null;
    // Every compound has a ten (-tig), honderd or duizend in it: most words are out at once.
    if (!(lower.includes('tig') || lower.includes('honderd') || lower.includes('duizend'))) return null;
    return this.belowMillion(lower);
  }

  /** [X]duizend[Y]: X and Y below a thousand. */
  private belowMillion(s: string): number | null {
    const at = s.indexOf('duizend');
    if (at < 0) return this.belowThousand(s);
    const left = at === 0 ? 1 : this.belowThousand(s.slice(0, at));
    const rest = s.slice(at + 'duizend'.length);
    const right = rest === '' ? 0 : (this.belowThousand(rest) ?? this.belowThousand(withoutJoiner(rest)));
    return left === null || right === null ? null : left * 1000 + right;
  }

  /** [X]honderd[Y]: X a unit or teen ("zeventienhonderd"), Y below a hundred. */
  private belowThousand(s: string): number | null {
    const at = s.indexOf('honderd');
    if (at < 0) return this.belowHundred(s);
    const left = at === 0 ? 1 : this.belowHundred(s.slice(0, at));
    const rest = s.slice(at + 'honderd'.length);
    const right = rest === '' ? 0 : (this.belowHundred(rest) ?? this.belowHundred(withoutJoiner(rest)));
    return left === null || right === null || left >= 100 ? null : left * 100 + right;
  }

  /** A unit, teen or ten, or unit + "en"/"ën" + ten ("eenentwintig", "drieëntwintig"). */
  private belowHundred(s: string): number | null {
    const word = this.words.get(s);
    if (word && (word.kind === 'unit' || word.kind === 'teen' || word.kind === 'ten')) return word.value;
    for (const joiner of ['en', 'ën']) {
      for (let at = s.indexOf(joiner, 1); at > 0; at = s.indexOf(joiner, at + 1)) {
        const unit = this.words.get(s.slice(0, at));
        const ten = this.words.get(s.slice(at + joiner.length));
        if (unit?.kind === 'unit' && ten?.kind === 'ten') return unit.value + ten.value;
      }
    }
    return null;
  }
}

const CARDINAL_KINDS: ReadonlySet<NumberWordKind> = new Set(['unit', 'teen', 'ten', 'hundred', 'thousand']);

/** An "en" may join the parts after duizend or honderd: "honderdenvijf", "duizendentwee". */
function withoutJoiner(rest: string): string {
  return rest.startsWith('en') ? rest.slice(2) : rest;
}

let shared: NumberWords | null = null;

/** The shipped table, read once. */
export function numberWords(): NumberWords {
  shared ??= new NumberWords(readTable(NUMBER_WORDS_TABLE, ['word', 'value', 'kind', 'high']), NUMBER_WORDS_TABLE.pathname);
  return shared;
}
