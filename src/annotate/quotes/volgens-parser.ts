import { cueAt, tokenContent, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import { speakerIn } from './speaker-phrase.ts';

/** Nouns after `volgens` that are a rule or an estimate, not a source of speech: "volgens plan", "volgens de wet". */
const NOT_A_SOURCE = new Set([
  'plan', 'planning', 'schema', 'wet', 'regel', 'regels', 'afspraak', 'afspraken', 'traditie', 'protocol', 'verwachting',
  'verwachtingen', 'schatting', 'schattingen', 'berekening', 'berekeningen', 'peiling', 'peilingen', 'prognose', 'prognoses',
  'verdrag', 'grondwet', 'richtlijn', 'richtlijnen', 'norm', 'normen', 'model', 'boekje', 'prijs', 'catalogusprijs', 'tarief',
]);
/** Relative pronouns that open a clause on the source. */
const RELATIVES = new Set(['die', 'dat', 'wie']);
/** Where `volgens` is written. */
const VOLGENS = /\bvolgens\b/giu;
/** Words that may stand before a sentence-opening `volgens`: "Maar volgens ...", "Ook volgens ...". */
const OPENERS = new Set(['maar', 'en', 'ook', 'want', 'toch', 'dan']);
/** Tags of a source phrase after `volgens` (a participle may modify its noun: "de verbannen oppositieleider"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'X']);

/**
 * A sentence attributed with `volgens X`: opening the sentence ("Volgens de EU-landen is
 * Wit-Rusland verantwoordelijk"), the content is the rest of it up to an inverted attribution
 * ("..., zo zei ze"); inside it ("Het verzet is volgens Loekasjenko niet alleen ..."), the
 * whole sentence. A `volgens` after a speech verb names where the report comes from, not the
 * speaker ("zei Peskov volgens het persbureau Interfax"), and is left alone.
 */
export class VolgensParser implements QuoteParser {
  readonly name = 'volgens';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    let done = -1;
    for (const v of doc.tokensMatching(VOLGENS)) {
      const sentence = doc.sentenceOf(v);
      {
        if (doc.tokens[v]!.sentence === done || sentence.language !== undefined || v >= sentence.endToken - 2) continue;
        if (doc.passageAround(doc.tokens[v]!.start)) continue;
        if (this.afterSpeechVerb(doc, sentence.firstToken, v)) continue;
        let last = v;
        while (last + 1 < sentence.endToken && (PHRASE_TAGS.has(doc.upos(last + 1)) || doc.deprel(last + 1) === 'amod' || this.ofPhrase(doc, last + 1)) && doc.upos(last + 1) !== 'PUNCT') {
          // A determiner after a noun opens the next phrase: "volgens Boeings verwachtingen | een groeimarkt".
          if (doc.upos(last + 1) === 'DET' && last > v && /^(NOUN|PROPN)$/.test(doc.upos(last))) break;
          last++;
        }
        const speaker = speakerIn(doc, v + 1, last);
        if (!speaker || last === v) continue;
        if (this.isRule(doc, v + 1, last)) continue;
        const opening = v === sentence.firstToken || (v === sentence.firstToken + 1 && OPENERS.has(doc.lower(sentence.firstToken)));
        const from = this.afterRelative(doc, last + 1, sentence.endToken);
        const range = opening ? tokenContent(doc, from, this.contentEnd(doc, from, sentence.endToken)) : tokenContent(doc, sentence.firstToken, sentence.endToken - 1);
        if (!range) continue;
        found.push({
          ...range, kind: 'indirect', cue: cueAt(doc, v, 'volgens'), cueToken: v, speaker,
          attribution: 'volgens', standalone: false, continuesPrevious: false, producer: this.name,
        });
        done = doc.tokens[v]!.sentence;
      }
    }
    return found;
  }

  /** `van` with a name or noun after it stays in the source phrase: "volgens Jaime Perez-Guerra van Airbus". */
  private ofPhrase(doc: QuoteDocument, i: number): boolean {
    return doc.lower(i) === 'van' && /^(DET|PROPN|NOUN)$/.test(doc.upos(i + 1));
  }

  /** Past a relative clause on the source ("Volgens Generaal Lichte, die ... staat, hoopt men"): the token after its comma. */
  private afterRelative(doc: QuoteDocument, from: number, end: number): number {
    const at = doc.lower(from) === ',' ? from + 1 : from;
    if (!RELATIVES.has(doc.lower(at)) || doc.upos(at) !== 'PRON') return from;
    for (let i = at + 1; i < end - 1; i++) if (doc.lower(i) === ',') return i + 1;
    return from;
  }

  /** The content's last token: before ", zo zei ze" or ", aldus ...", else the sentence's last. */
  private contentEnd(doc: QuoteDocument, from: number, end: number): number {
    for (let c = from; c < end - 1; c++) {
      if (doc.word(c) === ',' && (doc.lower(c + 1) === 'zo' || doc.lower(c + 1) === 'aldus' || doc.cueEntry(c + 1, 'invert'))) return c - 1;
    }
    return end - 1;
  }

  /** Whether the phrase after `volgens` names a rule or an estimate: any of its words in NOT_A_SOURCE ("volgens plan", "volgens Boeings verwachtingen"). */
  private isRule(doc: QuoteDocument, first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (NOT_A_SOURCE.has(doc.lower(i)) || NOT_A_SOURCE.has(doc.lemma(i))) return true;
    return false;
  }

  private afterSpeechVerb(doc: QuoteDocument, first: number, v: number): boolean {
    for (let i = first; i < v; i++) if (doc.cueEntry(i, 'invert') || doc.cueEntry(i, 'dat')) return true;
    return false;
  }
}
