import type { MentionSpan } from '../entities/mention.ts';
import type { DutchTokenSpan } from '../syntax/syntax-spans.ts';
import { tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import type { FigureSource } from './figure.ts';
import { SOURCE_CUES_TABLE, readTable, type TableRow } from './figure-tables.ts';
import { ancestors } from './sentence-tree.ts';

/** Parts of speech a source's noun phrase is made of ("de verbannen Wit-Russische oppositieleider Svetlana Tichanovskaja"). */
const PHRASE_UPOS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** The noun a "volgens" governs lies this close behind it; farther, the parse is not trusted and the next word is taken. */
const MAX_CUE_DISTANCE = 8;
/** Dependents of an ancestor of the figure that are a clause of their own but still report it: ", meldt de politie". */
const SIDE_CLAUSES: ReadonlySet<string> = new Set(['conj', 'parataxis', 'advcl']);
const SUBJECTS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);
const NAME_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG']);

/**
 * Finds who gives a figure, in the figure's sentence (data/figure-source-cues-nl.tsv):
 * - a preposition cue: the noun phrase after "volgens" or "aldus" ("Volgens
 *   mensenrechtenorganisatie zijn al zeker tien mensen omgekomen");
 * - a reporting verb above the figure in the tree, or beside it (", meldt de politie"): its
 *   subject, or its auxiliary's ("De Poolse grenswacht heeft weet van zeker zeven mensen"), or
 *   for an inverted verb its first noun to the right. A relative pronoun is never a source: the
 *   figure is then in the relative clause, not in what the verb reports.
 * A preposition cue wins: it names the source of the sentence's claim outright.
 */
export class SourceFinder {
  private readonly prepositions = new Set<string>();
  private readonly verbs = new Set<string>();

  constructor(rows: readonly TableRow[]) {
    for (const { cells } of rows) (cells.kind === 'preposition' ? this.prepositions : this.verbs).add(cells.word!);
  }

  find(view: SentenceView, children: readonly number[][], candidate: FigureCandidate, anchor: number, mentions: readonly MentionSpan[]): FigureSource | null {
    const { firstToken, endToken } = view.sentence;
    for (let i = firstToken; i < endToken; i++) {
      if (i >= candidate.first && i < candidate.end) continue;
      if (this.prepositions.has(view.lower[i - firstToken]!)) {
        const governed = tokenAt(view, i)!.head;
        const head = governed !== null && governed > i && governed < endToken && governed < i + MAX_CUE_DISTANCE ? governed : i + 1;
        const inFigure = head >= candidate.first && head <= Math.max(anchor, candidate.end - 1);
        if (tokenAt(view, head) && !inFigure) return this.source(view, phraseAround(view, head, i + 1), mentions);
      }
    }
    const chain = ancestors(view, anchor);
    for (let i = firstToken; i < endToken; i++) {
      const verb = tokenAt(view, i)!;
      if (verb.upos !== 'VERB' || !this.verbs.has(verb.lemma.toLowerCase())) continue;
      const above = chain.includes(i) || (verb.head !== null && chain.includes(verb.head) && SIDE_CLAUSES.has(verb.deprel));
      if (!above) continue;
      const subject = this.subjectOf(view, children, i, anchor, candidate);
      if (subject !== null) return this.source(view, phraseAround(view, subject, firstToken), mentions);
    }
    return null;
  }

  private subjectOf(view: SentenceView, children: readonly number[][], verb: number, anchor: number, candidate: FigureCandidate): number | null {
    const first = view.sentence.firstToken;
    const ok = (k: number): boolean => k !== anchor && (k < candidate.first || k >= candidate.end) && !tokenAt(view, k)!.feats.includes('PronType=Rel');
    const subjectAmong = (index: number): number | undefined => children[index - first]!.find((k) => SUBJECTS.has(tokenAt(view, k)!.deprel) && ok(k));
    const own = subjectAmong(verb);
    if (own !== undefined) return own;
    const head = tokenAt(view, verb)!.head;
    if (head !== null && tokenAt(view, head)) {
      const auxiliary = subjectAmong(head);
      if (auxiliary !== undefined && auxiliary < verb) return auxiliary;
    }
    const right = children[verb - first]!.find((k) => k > verb && ok(k) && ['NOUN', 'PROPN'].includes(tokenAt(view, k)!.upos) && !ancestors(view, anchor).includes(k));
    return right ?? null;
  }

  private source(view: SentenceView, range: { first: number; last: number; head: number }, mentions: readonly MentionSpan[]): FigureSource {
    const start = view.tokens[range.first]!.start;
    const end = view.tokens[range.last]!.end;
    const covering = mentions.findIndex((m) => m.firstToken <= range.head && range.head < m.endToken && NAME_TYPES.has(m.type));
    let mention: number | null = covering >= 0 ? covering : null;
    if (mention === null) {
      for (let m = mentions.length - 1; m >= 0; m--) {
        const candidate = mentions[m]!;
        if (NAME_TYPES.has(candidate.type) && candidate.firstToken >= range.first && candidate.endToken <= range.last + 1) {
          mention = m;
          break;
        }
      }
    }
    return { start, end, text: view.text.slice(start, end), mention };
  }
}

/** The noun phrase around a source's head token, not left of `leftmost`: determiners and adjectives to its left, names and nouns to its right. */
function phraseAround(view: SentenceView, head: number, leftmost: number): { first: number; last: number; head: number } {
  const token = tokenAt(view, head)!;
  if (token.upos === 'PRON') return { first: head, last: head, head };
  let first = head;
  while (first - 1 >= leftmost && isPhrase(tokenAt(view, first - 1))) first--;
  let last = head;
  while (isPhrase(tokenAt(view, last + 1))) last++;
  let main = head;
  for (let i = first; i <= last; i++) {
    const h = tokenAt(view, i)!.head;
    if (h === null || h < first || h > last) {
      main = i;
      break;
    }
  }
  return { first, last, head: main };
}

function isPhrase(token: DutchTokenSpan | null): boolean {
  return token !== null && (PHRASE_UPOS.has(token.upos) || (token.upos === 'VERB' && token.deprel === 'amod'));
}

/** The shipped table. */
export function sourceFinder(): SourceFinder {
  return new SourceFinder(readTable(SOURCE_CUES_TABLE, ['kind', 'word']));
}
