import type { MentionSpan } from '../entities/mention.ts';
import { isAnalysed, type DutchTokenSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import type { EventArgument } from './event-span.ts';

/** Relations whose subtree is not part of an argument's phrase: clauses, asides, punctuation. */
const PHRASE_CUT: ReadonlySet<string> = new Set(['acl', 'acl:relcl', 'advcl', 'punct', 'parataxis', 'mark', 'ccomp', 'xcomp', 'dep']);
/** Prepositions whose nmod is about something else, not part of who: "Poetin over de onlusten". */
const PHRASE_CUT_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'tijdens', 'na', 'sinds']);
/** Words a phrase never starts or ends with: punctuation, prepositions, conjunctions, the quote cue "aldus". */
const EDGE_UPOS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ']);
const EDGE_LEMMAS: ReadonlySet<string> = new Set(['aldus']);
/**
 * Nouns of time: "Maandag bezoekt Loekasjenko", "zijn de afgelopen dagen opgepakt" are parsed
 * as subjects, but a day is never who did or underwent an event. Compounds ending in one
 * ("zaterdagochtend") count too.
 */
const TEMPORAL_LEMMAS: ReadonlySet<string> = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'dag', 'week', 'maand', 'jaar', 'ochtend', 'middag', 'avond', 'nacht', 'weekend', 'eeuw', 'moment', 'keer', 'tijd', 'zomer', 'winter', 'lente', 'herfst',
]);
const TEMPORAL_SUFFIXES = ['dag', 'ochtend', 'middag', 'avond', 'nacht', 'week'];
/** Mention types that name an argument; MISC is mostly adjectives ("Wit-Russische"). */
const NAMING_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);

/**
 * The dependency trees of one document, read for events: each token's children and the
 * phrase an argument head spans. Built once per document, in one pass over the tokens.
 */
export class DependencyView {
  /** Children of token i: `childIndex[childStart[i] .. childStart[i + 1])`, in text order. */
  private readonly childStart: Int32Array;
  private readonly childIndex: Int32Array;
  /** `childrenOf` views, made on first use: most tokens are never asked for. */
  private readonly childViews: (Int32Array | undefined)[] = [];
  private readonly lemmas: string[];
  private readonly mentionOf: Int32Array;
  private readonly inTimex: Uint8Array;

  /** `timexes`: the character ranges of the time expressions, when that layer was made. */
  constructor(
    readonly text: string,
    readonly tokens: readonly TokenSpan[],
    readonly mentions: readonly MentionSpan[],
    timexes: readonly { start: number; end: number }[] = [],
  ) {
    const n = tokens.length;
    this.childStart = new Int32Array(n + 1);
    this.lemmas = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      const analysed = isAnalysed(token);
      this.lemmas[i] = analysed ? token.lemma.toLowerCase() : '';
      if (analysed && token.head !== null && token.head < n) this.childStart[token.head + 1]!++;
    }
    for (let i = 0; i < n; i++) this.childStart[i + 1]! += this.childStart[i]!;
    this.childIndex = new Int32Array(this.childStart[n]!);
    const fill = this.childStart.slice(0, n);
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      if (isAnalysed(token) && token.head !== null && token.head < n) this.childIndex[fill[token.head]!++] = i;
    }
    this.mentionOf = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((mention, m) => {
      for (let t = mention.firstToken; t < mention.endToken; t++) this.mentionOf[t] = m;
    });
    this.inTimex = new Uint8Array(tokens.length);
    if (timexes.length > 0) {
      tokens.forEach((token, i) => {
        if (timexes.some((timex) => token.start >= timex.start && token.end <= timex.end)) this.inTimex[i] = 1;
      });
    }
  }

  /** Whether a token names a time ("Maandag", "de afgelopen dagen", a timex's head), never an argument. */
  isTemporal(i: number): boolean {
    if (this.inTimex[i] === 1) return true;
    if (this.isTemporalWord(i)) return true;
    // "van 9 augustus": the parser makes the number the head.
    return this.token(i)?.upos === 'NUM' && this.childrenOf(i).some((c) => this.isTemporalWord(c));
  }

  private isTemporalWord(i: number): boolean {
    const lemma = this.lemma(i);
    return TEMPORAL_LEMMAS.has(lemma) || TEMPORAL_SUFFIXES.some((suffix) => lemma.length > suffix.length + 2 && lemma.endsWith(suffix));
  }

  /** The mention a token is part of, or null. */
  mentionAt(i: number): number | null {
    const m = this.mentionOf[i]!;
    return m >= 0 ? m : null;
  }

  token(i: number): DutchTokenSpan | null {
    const token = this.tokens[i];
    return token && isAnalysed(token) ? token : null;
  }

  /** The lowercased lemma; empty for a token not analysed as Dutch. */
  lemma(i: number): string {
    return this.lemmas[i] ?? '';
  }

  form(i: number): string {
    const token = this.tokens[i]!;
    return this.text.slice(token.start, token.end);
  }

  deprel(i: number): string {
    return this.token(i)?.deprel ?? '';
  }

  head(i: number): number | null {
    return this.token(i)?.head ?? null;
  }

  childrenOf(i: number): Int32Array {
    let children = this.childViews[i];
    if (children === undefined) {
      children = this.childIndex.subarray(this.childStart[i] ?? 0, this.childStart[i + 1] ?? 0);
      this.childViews[i] = children;
    }
    return children;
  }

  /** The children of `i` whose relation is `deprel` or a subtype of it (`obl` finds `obl:agent`). */
  childrenBy(i: number, deprel: string): number[] {
    const found: number[] = [];
    const prefix = `${deprel}:`;
    for (const c of this.childrenOf(i)) {
      const rel = this.deprel(c);
      if (rel === deprel || rel.startsWith(prefix)) found.push(c);
    }
    return found;
  }

  /** The lemma of the preposition a nominal dependent carries ("met de EU": "met"), or null. */
  caseOf(i: number): string | null {
    for (const c of this.childrenOf(i)) if (this.deprel(c) === 'case') return this.lemma(c);
    return null;
  }

  /** Whether the token is a participle ("gearresteerd", "geslagen"). */
  isParticiple(i: number): boolean {
    const token = this.token(i);
    return token !== null && (token.feats.includes('VerbForm=Part') || /\bvd\b/.test(token.xpos));
  }

  /**
   * The noun phrase an argument head spans: its subtree without relative clauses, other
   * clauses and punctuation, then without a leading preposition; `solo` leaves out the head's
   * conjuncts too ("Merkel" of "Merkel en Loekasjenko").
   */
  phrase(headToken: number, solo = false): EventArgument {
    let first = headToken;
    let last = headToken;
    const stack = [headToken];
    while (stack.length > 0) {
      const t = stack.pop()!;
      for (const c of this.childrenOf(t)) {
        if (PHRASE_CUT.has(this.deprel(c)) || this.isTemporal(c)) continue;
        const preposition = this.deprel(c) === 'nmod' ? this.caseOf(c) : null;
        if (preposition !== null && PHRASE_CUT_PREPOSITIONS.has(preposition)) continue;
        if (t === headToken && (this.deprel(c) === 'case' || (solo && (this.deprel(c) === 'conj' || this.deprel(c) === 'cc')))) continue;
        if (c < first) first = c;
        if (c > last) last = c;
        stack.push(c);
      }
    }
    while (first < last && this.isEdge(first)) first++;
    while (last > first && this.isEdge(last)) last--;
    const start = this.tokens[first]!.start;
    const end = this.tokens[last]!.end;
    return { start, end, text: this.text.slice(start, end), mention: this.mentionIn(headToken, first, last) };
  }

  /** The mention of the head token, else the first PER/ORG/LOC mention in the phrase. */
  private mentionIn(headToken: number, first: number, last: number): number | null {
    const own = this.mentionOf[headToken]!;
    if (own >= 0) return own;
    for (let t = first; t <= last; t++) {
      const m = this.mentionOf[t]!;
      if (m >= 0 && NAMING_TYPES.has(this.mentions[m]!.type)) return m;
    }
    return null;
  }

  private isEdge(i: number): boolean {
    return EDGE_UPOS.has(this.token(i)?.upos ?? '') || EDGE_LEMMAS.has(this.lemma(i));
  }
}
