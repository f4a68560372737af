import type { MentionSpan } from '../entities/mention.ts';
import { isAnalysed, type DutchTokenSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import type { EventArgument } from './event-span.ts';

/** Relations whose subtree is not part of an argument's phrase: clauses, asides, punctuation. */
const PHRASE_CUT: ReadonlySet<string> = new Set(['acl', 'acl:relcl', 'advcl', 'punct', 'parataxis', 'mark', 'ccomp', 'xcomp', 'dep']);
/** Mention types that name an argument; MISC is mostly adjectives ("Wit-Russische"). */
const NAMING_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);

/**
 * The dependency trees of one document, read for events: each token's children and the
 * phrase an argument head spans. Built once per document, in one pass over the tokens.
 */
export class DependencyView {
  private readonly children: number[][];
  private readonly mentionOf: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly TokenSpan[],
    readonly mentions: readonly MentionSpan[],
  ) {
    this.children = tokens.map(() => []);
    tokens.forEach((token, i) => {
      if (isAnalysed(token) && token.head !== null) this.children[token.head]?.push(i);
    });
    this.mentionOf = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((mention, m) => {
      for (let t = mention.firstToken; t < mention.endToken; t++) this.mentionOf[t] = m;
    });
  }

  token(i: number): DutchTokenSpan | null {
    const token = this.tokens[i];
    return token && isAnalysed(token) ? token : null;
  }

  lemma(i: number): string {
    return this.token(i)?.lemma.toLowerCase() ?? '';
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

  childrenOf(i: number): readonly number[] {
    return this.children[i] ?? [];
  }

  /** The children of `i` whose relation is `deprel` or a subtype of it (`obl` finds `obl:agent`). */
  childrenBy(i: number, deprel: string): number[] {
    return this.childrenOf(i).filter((c) => {
      const rel = this.deprel(c);
      return rel === deprel || rel.startsWith(`${deprel}:`);
    });
  }

  /** The lemma of the preposition a nominal dependent carries ("met de EU": "met"), or null. */
  caseOf(i: number): string | null {
    const marker = this.childrenOf(i).find((c) => this.deprel(c) === 'case');
    return marker === undefined ? null : this.lemma(marker);
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
        if (PHRASE_CUT.has(this.deprel(c))) continue;
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
    const upos = this.token(i)?.upos;
    return upos === 'PUNCT' || upos === 'ADP' || upos === 'CCONJ';
  }
}
