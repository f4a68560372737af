import { cueAt, tokenContent, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import { subjectOf } from './verb-subject.ts';

/** A reported clause may start this many tokens after its verb: an object, a time and a place fit ("verweet vrijdag vooral krachten in Polen, ... dat"). */
const MAX_CLAUSE_GAP = 18;
/** A te-infinitive follows its verb closely: "zeggen te zijn mishandeld", "beweert over bewijs te beschikken". */
const MAX_TE_GAP = 4;
/** Words that negate the speech act: "zei niet dat", "heeft nooit beweerd dat". */
const NEGATIONS = new Set(['niet', 'nooit', 'geenszins']);
/** A negation this many tokens before the verb still negates it ("wil niet zeggen dat"). */
const NEGATION_REACH = 3;

/**
 * Reported speech in a clause: a speech verb with a dat- or of-clause ("zei dat ...",
 * "ontkent in het interview dat ...", "geeft Loekasjenko toe dat ...") or a te-infinitive
 * ("zeggen te zijn mishandeld"). The content runs from the clause to the sentence's end;
 * the speaker is the verb's subject. A negated verb reports nothing.
 */
export class ReportedClauseParser implements QuoteParser {
  readonly name = 'reported-clause';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    for (const v of doc.cueTokens) {
      const sentence = doc.sentenceOf(v);
      {
        const entry = doc.cueEntry(v, 'dat') ?? doc.cueEntry(v, 'te');
        if (!entry || this.negated(doc, v, sentence.firstToken)) continue;
        const start = this.clauseStart(doc, v, sentence.endToken, entry.uses.has('dat'), entry.uses.has('te'));
        if (start < 0) continue;
        const range = tokenContent(doc, start, sentence.endToken - 1);
        if (!range) continue;
        found.push({
          ...range, kind: 'indirect', cue: cueAt(doc, v, entry.lemma), cueToken: v, speaker: subjectOf(doc, v),
          attribution: 'subject', standalone: false, continuesPrevious: false, producer: this.name,
        });
      }
    }
    return found;
  }

  /** The first token of the reported clause after verb `v`, or -1 when another clause's verb comes first. */
  private clauseStart(doc: QuoteDocument, v: number, end: number, dat: boolean, te: boolean): number {
    if (te) {
      // The infinitive clause holds what stands between: "beweert [over bewijs te beschikken]", "liet weten [‘zeer bezorgd’ te zijn]".
      for (let j = v + 1, words = 0; j < end - 1 && words <= MAX_TE_GAP; j++) {
        if (doc.upos(j) === 'PUNCT') continue;
        if ((doc.dutch(j)?.feats ?? '').includes('VerbForm=Fin')) break;
        if (doc.lower(j) === 'te' && /^(VERB|AUX)$/.test(doc.upos(j + 1))) return v + 1;
        words++;
      }
    }
    if (!dat) return -1;
    for (let j = v + 1; j < end && j - v <= MAX_CLAUSE_GAP; j++) {
      const word = doc.lower(j);
      if ((word === 'dat' || word === 'of') && this.complementiser(doc, j)) return j + 1;
      const tag = doc.upos(j);
      if ((tag === 'VERB' || tag === 'AUX') && !doc.deprel(j).startsWith('amod')) return -1;
      if (tag === 'SCONJ' || doc.word(j) === ':' || doc.word(j) === ';') return -1;
    }
    return -1;
  }

  /** Whether `dat`/`of` opens a clause: tagged so, or a `dat` the tagger took for a relative pronoun with no noun before it ("verklaarde Duda dat"). */
  private complementiser(doc: QuoteDocument, j: number): boolean {
    if (doc.upos(j) === 'SCONJ' || doc.deprel(j) === 'mark') return true;
    return doc.lower(j) === 'dat' && doc.upos(j - 1) !== 'NOUN';
  }

  private negated(doc: QuoteDocument, v: number, first: number): boolean {
    for (let j = Math.max(first, v - NEGATION_REACH); j <= v + 2 && j < doc.sentenceOf(v).endToken; j++) {
      if (NEGATIONS.has(doc.lower(j)) && (doc.head(j) === v || Math.abs(j - v) <= 1)) return true;
    }
    return false;
  }
}
