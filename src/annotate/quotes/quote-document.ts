import type { MentionSpan } from '../entities/mention.ts';
import { isAnalysed, type DutchTokenSpan, type SentenceSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import { quotedPassages, type QuotedPassage } from './quotation-marks.ts';
import type { SpeechCueEntry, CueUse, SpeechVerbs } from './speech-verbs.ts';

/** A token can be a speech verb only with one of these parts of speech (lemmatiser's tags are noisy on nouns). */
const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * What the quote rules read of one document: its text, tokens, sentences, mentions and quoted
 * passages, with the look-ups they share (a token's word and lemma, the sentence of a token,
 * the children of a token, whether a range lies inside quotation marks). Built once per document.
 */
export class QuoteDocument {
  readonly passages: readonly QuotedPassage[];
  /** The tokens that may be speech verbs (a verb whose lemma is in the table), in order. */
  readonly cueTokens: readonly number[];
  private readonly mentionAt: Int32Array;
  private readonly cueRows = new Map<number, readonly SpeechCueEntry[]>();
  // Words and lemmas are cut from the text when first asked for: most tokens never are.
  private readonly words: (string | undefined)[];
  private readonly lowers: (string | undefined)[];
  private readonly lemmas: (string | undefined)[];

  constructor(
    readonly text: string,
    readonly tokens: readonly TokenSpan[],
    readonly sentences: readonly SentenceSpan[],
    readonly mentions: readonly MentionSpan[],
    readonly verbs: SpeechVerbs,
  ) {
    this.passages = quotedPassages(text);
    this.words = new Array<string | undefined>(tokens.length);
    this.lowers = new Array<string | undefined>(tokens.length);
    this.lemmas = new Array<string | undefined>(tokens.length);
    const cueTokens: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!isAnalysed(token) || !VERB_TAGS.has(token.upos)) continue;
      const rows = verbs.get(this.lemma(i));
      if (!rows) continue;
      this.cueRows.set(i, rows);
      cueTokens.push(i);
    }
    this.cueTokens = cueTokens;
    this.mentionAt = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((mention, m) => {
      for (let t = mention.firstToken; t < mention.endToken; t++) this.mentionAt[t] = m;
    });
  }

  /** The tokens that start where a pattern (global, case-insensitive) matches the text: `volgens`, commas. */
  tokensMatching(pattern: RegExp): number[] {
    const found: number[] = [];
    for (const match of this.text.matchAll(pattern)) {
      const token = this.tokenAt(match.index);
      if (token < this.tokens.length && this.tokens[token]!.start === match.index) found.push(token);
    }
    return found;
  }

  /** The token, when it was analysed as Dutch. */
  dutch(i: number): DutchTokenSpan | null {
    const token = this.tokens[i];
    return token && isAnalysed(token) ? token : null;
  }

  word(i: number): string {
    const token = this.tokens[i];
    if (!token) return '';
    return (this.words[i] ??= this.text.slice(token.start, token.end));
  }

  lower(i: number): string {
    return (this.lowers[i] ??= this.word(i).toLowerCase());
  }

  upos(i: number): string {
    const token = this.tokens[i];
    return token && isAnalysed(token) ? token.upos : '';
  }

  lemma(i: number): string {
    const cached = this.lemmas[i];
    if (cached !== undefined) return cached;
    const token = this.tokens[i];
    const lemma = token && isAnalysed(token) && token.lemma !== '_' ? token.lemma.toLowerCase() : this.lower(i);
    this.lemmas[i] = lemma;
    return lemma;
  }

  deprel(i: number): string {
    return this.dutch(i)?.deprel ?? '';
  }

  head(i: number): number | null {
    return this.dutch(i)?.head ?? null;
  }

  /** The tokens whose head is token `i` (heads never cross a sentence, so only its sentence is read). */
  childrenOf(i: number): readonly number[] {
    const token = this.tokens[i];
    if (!token) return [];
    const sentence = this.sentences[token.sentence]!;
    const children: number[] = [];
    for (let j = sentence.firstToken; j < sentence.endToken; j++) if (this.head(j) === i) children.push(j);
    return children;
  }

  sentenceOf(i: number): SentenceSpan {
    return this.sentences[this.tokens[i]!.sentence]!;
  }

  /** The index of the mention a token belongs to, or -1. */
  mentionOf(i: number): number {
    return this.mentionAt[i] ?? -1;
  }

  /** The first token that starts at or after a character offset (tokens.length when none). */
  tokenAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The quoted passage whose marks enclose a character offset, or null. */
  passageAround(offset: number): QuotedPassage | null {
    let low = 0;
    let high = this.passages.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.passages[mid]!.open <= offset) low = mid + 1;
      else high = mid;
    }
    const passage = this.passages[low - 1];
    return passage && offset <= passage.close ? passage : null;
  }

  /** Whether the paragraph break (a blank line) lies between two offsets. */
  paragraphBreakBetween(from: number, to: number): boolean {
    return this.text.slice(from, to).includes('\n\n');
  }

  /**
   * The speech-verb entry of a token for one construction: its lemma is in the table with that
   * use, it is tagged a verb, and a two-word lemma's first word comes earlier in its sentence.
   */
  cueEntry(i: number, use: CueUse): SpeechCueEntry | null {
    const rows = this.cueRows.get(i);
    if (!rows) return null;
    for (const entry of rows) {
      if (!entry.uses.has(use)) continue;
      if (entry.companion !== null && !this.companionBefore(i, entry.companion)) continue;
      return entry;
    }
    return null;
  }

  private companionBefore(i: number, companion: string): boolean {
    const first = this.sentenceOf(i).firstToken;
    for (let j = i - 1; j >= first; j--) if (this.lemma(j) === companion) return true;
    return false;
  }
}
