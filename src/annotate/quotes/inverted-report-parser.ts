import { attributionAt } from './attribution-after.ts';
import { tokenContent, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';

/** Commas: where an inverted attribution may start. */
const COMMA = /,/g;

/**
 * Reported speech before an inverted attribution, without quotation marks: "De heren hebben
 * gesproken over ..., zo melden staatsmedia in Minsk", "..., zei het Kremlin zaterdag",
 * "..., meldt het Kremlin", "Poetin houdt een afwachtende houding aan, ziet Tichanovskaja",
 * "..., aldus de minister". The content is the sentence up to the comma, and must hold a verb.
 * Content in quotation marks is AttributedQuoteParser's; a sentence opening with `volgens` is
 * VolgensParser's.
 */
export class InvertedReportParser implements QuoteParser {
  readonly name = 'inverted-report';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    let done = -1;
    for (const c of doc.tokensMatching(COMMA)) {
      const s = doc.tokens[c]!.sentence;
      const sentence = doc.sentences[s]!;
      if (s === done || sentence.language !== undefined || doc.lower(sentence.firstToken) === 'volgens') continue;
      if (c < sentence.firstToken + 2 || c >= sentence.endToken - 1) continue;
      {
        if (/[’”'"»]\s*$/.test(doc.text.slice(sentence.start, doc.tokens[c]!.start))) continue;
        const attribution = attributionAt(doc, c + 1, 'invert');
        if (!attribution || this.clauseFollows(doc, attribution.cueToken, attribution.last, sentence.endToken)) continue;
        // A subordinate clause before the comma is an adverbial ("Terwijl ..., zei hij dat ..."), not the content.
        if (doc.upos(sentence.firstToken) === 'SCONJ') continue;
        if (!this.hasVerb(doc, sentence.firstToken, c)) continue;
        const range = tokenContent(doc, sentence.firstToken, c - 1);
        if (!range) continue;
        found.push({
          ...range, kind: 'indirect', cue: attribution.cue, cueToken: attribution.cueToken, speaker: attribution.speaker,
          attribution: attribution.attribution, standalone: false, continuesPrevious: false, producer: this.name,
        });
        done = s;
      }
    }
    return found;
  }

  /** Whether a reported clause follows the attribution ("In reactie op ..., zei Jobs dat ..."): then the clause is the content, ReportedClauseParser's. */
  private clauseFollows(doc: QuoteDocument, cue: number, last: number, end: number): boolean {
    for (let i = cue + 1; i <= Math.min(last + 1, end - 1); i++) if (doc.lower(i) === 'dat' || (doc.lower(i) === 'of' && doc.upos(i) === 'SCONJ')) return true;
    return false;
  }

  private hasVerb(doc: QuoteDocument, first: number, end: number): boolean {
    for (let i = first; i < end; i++) if (/^(VERB|AUX)$/.test(doc.upos(i))) return true;
    return false;
  }
}
