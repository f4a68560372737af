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
  private readonly children: number[][];
  private readonly mentionAt: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly TokenSpan[],
    readonly sentences: readonly SentenceSpan[],
    readonly mentions: readonly MentionSpan[],
    readonly verbs: SpeechVerbs,
  ) {
    this.passages = quotedPassages(text);
    this.children = tokens.map(() => []);
    tokens.forEach((token, i) => {
      if (isAnalysed(token) && token.head !== null && token.head >= 0 && token.head < tokens.length) this.children[token.head]!.push(i);
    });
    this.mentionAt = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((mention, m) => {
      for (let t = mention.firstToken; t < mention.endToken; t++) this.mentionAt[t] = m;
    });
  }

  /** The token, when it was analysed as Dutch. */
  dutch(i: number): DutchTokenSpan | null {
    const token = this.tokens[i];
    return token && isAnalysed(token) ? token : null;
  }

  word(i: number): string {
    const token = this.tokens[i];
    return token ? this.text.slice(token.start, token.end) : '';
  }

  lower(i: number): string {
    return this.word(i).toLowerCase();
  }

  upos(i: number): string {
    return this.dutch(i)?.upos ?? '';
  }

  lemma(i: number): string {
    const token = this.dutch(i);
    return token && token.lemma !== '_' ? token.lemma.toLowerCase() : this.lower(i);
  }

  deprel(i: number): string {
    return this.dutch(i)?.deprel ?? '';
  }

  head(i: number): number | null {
    return this.dutch(i)?.head ?? null;
  }

  childrenOf(i: number): readonly number[] {
    return this.children[i] ?? [];
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
    for (const passage of this.passages) {
      if (passage.open <= offset && offset <= passage.close) return passage;
      if (passage.open > offset) break;
    }
    return null;
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
    if (!VERB_TAGS.has(this.upos(i))) return null;
    for (const entry of this.verbs.get(this.lemma(i)) ?? []) {
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

  /** Whether a token is sentence-final punctuation (or a closing mark after it). */
  isFinalPunct(i: number): boolean {
    return this.upos(i) === 'PUNCT' || /^[.!?’”'"»…]+$/.test(this.word(i));
  }

  /** The character range of tokens `[first, last]`, trimmed of punctuation at either end. */
  contentRange(first: number, last: number): { start: number; end: number } | null {
    while (last >= first && /^[.,;:!?’”'"»›…—–-]+$/.test(this.word(last))) last--;
    while (first <= last && /^[,;:‘“„'"«‚‹—–-]+$/.test(this.word(first))) first++;
    if (first > last) return null;
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }
}
