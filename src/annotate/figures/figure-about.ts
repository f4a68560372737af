import type { DutchTokenSpan } from '../syntax/syntax-spans.ts';
import { formAt, tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import { QUANTITIES_TABLE, readTable, type TableRow } from './figure-tables.ts';
import { subtreeRange } from './sentence-tree.ts';

/** How far up the tree the predicate of a counted noun is looked for. */
const MAX_CLIMB = 4;
/** A separable particle is an adposition or adverb ("kwamen om"); anything else so labelled is a parse error. */
const PARTICLE_UPOS: ReadonlySet<string> = new Set(['ADP', 'ADV']);
const SUBJECTS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);
const RELATIVE_CLAUSES: ReadonlySet<string> = new Set(['acl:relcl', 'acl']);

/**
 * Reads what a figure counts (`about`): the counted noun's lemma and the predicate's, normalised
 * by data/figure-quantities-nl.tsv so that wordings of one quantity match ("zeven mensen die
 * zijn omgekomen", "tien mensen omgekomen" and "vijftien doden" are all `mens omkomen`).
 *
 * The predicate is the verb of a relative clause on the noun ("mensen die ... zijn omgekomen"),
 * else the first verb up the tree from the noun; a copular noun gives its prepositional phrase
 * ("26 jaar aan de macht is": `jaar aan de macht`). A light or reporting verb (zijn, vallen,
 * spreken van) is no predicate: then a noun that names the whole quantity ("doden") gives it.
 */
export class AboutReader {
  private readonly nouns = new Map<string, string>();
  private readonly predicates = new Map<string, string>();
  /** Predicate phrases of several words, by their last word (the verb's lemma). */
  private readonly phrases = new Map<string, { words: readonly string[]; normalised: string }[]>();
  private readonly quantities = new Map<string, string>();
  private readonly light = new Set<string>();

  constructor(rows: readonly TableRow[]) {
    for (const { cells } of rows) {
      const word = cells.word!;
      const normalised = cells.normalised!;
      if (cells.kind === 'noun') this.nouns.set(word, normalised);
      else if (cells.kind === 'quantity') this.quantities.set(word, normalised);
      else if (cells.kind === 'light') this.light.add(word);
      else if (cells.kind === 'predicate') {
        const words = word.split(' ');
        if (words.length === 1) this.predicates.set(word, normalised);
        else {
          const last = words[words.length - 1]!;
          this.phrases.set(last, [...(this.phrases.get(last) ?? []), { words, normalised }]);
        }
      }
    }
  }

  /** The `about` of a candidate whose counted noun is `noun` (or null), in a sentence with these dependents. */
  about(view: SentenceView, children: readonly number[][], candidate: FigureCandidate, noun: number | null): string {
    if (candidate.age) return ageAbout(view, candidate, noun);
    if (noun === null) {
      const subject = this.subjectQuantity(view, children, candidate);
      if (subject !== null) return subject;
    }
    const counted = noun ?? (candidate.unit !== null ? candidate.end - 1 : null);
    const nounWord = counted === null ? null : this.noun(tokenAt(view, counted)!);
    const start = counted ?? candidate.end - 1;
    const predicate = this.predicate(view, children, start, candidate);
    if (predicate === null && nounWord !== null && this.quantities.has(nounWord)) return this.quantities.get(nounWord)!;
    return [nounWord, predicate].filter((part) => part !== null && part !== '').join(' ');
  }

  /**
   * For a figure with no counted noun, the quantity its clause's subject names: "Het dodental is
   * opgelopen tot 920" (`mens omkomen`), "De opkomst lag op 84 procent" (`opkomst`). Only
   * subjects of the table's `quantity` rows count, by lemma or by form (the lemmatiser makes
   * "dodental" `dodetal`); null otherwise.
   */
  subjectQuantity(view: SentenceView, children: readonly number[][], candidate: FigureCandidate): string | null {
    let at: number | null = candidate.end - 1;
    for (let step = 0; step <= MAX_CLIMB && at !== null; step++) {
      const token = tokenAt(view, at);
      if (!token) return null;
      const subject = children[at - view.sentence.firstToken]!.find((k) => SUBJECTS.has(tokenAt(view, k)!.deprel) && (k < candidate.first || k >= candidate.end));
      if (subject !== undefined) return this.quantities.get(this.noun(tokenAt(view, subject)!)) ?? this.quantities.get(formAt(view, subject)) ?? null;
      at = token.head;
    }
    return null;
  }

  private noun(token: DutchTokenSpan): string {
    const lemma = lemmaOf(token);
    return this.nouns.get(lemma) ?? lemma;
  }

  private predicate(view: SentenceView, children: readonly number[][], start: number, candidate: FigureCandidate): string | null {
    const first = view.sentence.firstToken;
    const kids = children[start - first]!;
    const relative = kids.find((k) => RELATIVE_CLAUSES.has(tokenAt(view, k)!.deprel) && tokenAt(view, k)!.upos === 'VERB');
    if (relative !== undefined) return this.verb(view, children, relative);
    const copula = kids.some((k) => tokenAt(view, k)!.deprel === 'cop');
    if (copula) {
      const phrase = kids.find((k) => /^(nmod|obl)/.test(tokenAt(view, k)!.deprel) && k > start);
      if (phrase !== undefined) {
        const { first: from, last } = subtreeRange(children, first, phrase);
        return view.lower.slice(from - first, last - first + 1).join(' ');
      }
    }
    let at = tokenAt(view, start)!.head;
    for (let step = 0; step < MAX_CLIMB && at !== null; step++) {
      const token = tokenAt(view, at);
      if (!token) return null;
      if (token.upos === 'VERB' && (at < candidate.first || at >= candidate.end)) return this.verb(view, children, at);
      at = token.head;
    }
    return null;
  }

  /** A verb's predicate: lemma with its separable particle ("kwamen om": omkomen) and its xcomp ("raakten gewond": gewond raken), normalised. */
  private verb(view: SentenceView, children: readonly number[][], index: number): string | null {
    const token = tokenAt(view, index)!;
    let lemma = lemmaOf(token);
    const kids = children[index - view.sentence.firstToken]!.map((k) => tokenAt(view, k)!);
    const particle = kids.find((k) => k.deprel === 'compound:prt' && PARTICLE_UPOS.has(k.upos));
    if (particle && !lemma.startsWith(lemmaOf(particle))) lemma = lemmaOf(particle) + lemma;
    const phrase = this.phrases.get(lemma)?.find(({ words }) => containsWords(view, words.slice(0, -1)));
    if (phrase) return phrase.normalised;
    const xcomp = kids.find((k) => k.deprel === 'xcomp' && (k.upos === 'ADJ' || k.upos === 'VERB'));
    if (xcomp) {
      const joined = `${lemmaOf(xcomp)} ${lemma}`;
      if (this.predicates.has(joined)) return this.predicates.get(joined)!;
    }
    if (this.light.has(lemma)) return null;
    return this.predicates.get(lemma) ?? lemma;
  }
}

/** `leeftijd president` for "de 66-jarige president", `leeftijd Tichanovskaja` for "Tichanovskaja (38)". */
function ageAbout(view: SentenceView, candidate: FigureCandidate, noun: number | null): string {
  if (formAt(view, candidate.first - 1) === '(') {
    const name = tokenAt(view, candidate.first - 2);
    return name ? `leeftijd ${view.text.slice(name.start, name.end)}` : 'leeftijd';
  }
  return noun === null ? 'leeftijd' : `leeftijd ${lemmaOf(tokenAt(view, noun)!)}`;
}

function lemmaOf(token: DutchTokenSpan): string {
  const lemma = token.lemma === '_' ? '' : token.lemma;
  return token.upos === 'PROPN' ? lemma : lemma.toLowerCase();
}

/** Whether the sentence has these lower-case words in a row. */
function containsWords(view: SentenceView, words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= view.lower.length; i++) {
    if (words.every((word, w) => view.lower[i + w] === word)) return true;
  }
  return false;
}

/** The shipped table. */
export function aboutReader(): AboutReader {
  return new AboutReader(readTable(QUANTITIES_TABLE, ['kind', 'word', 'normalised']));
}
