import { formAt, tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';

/** Words between a number and its noun that do not stop the search: "zeven andere mensen". */
const MAX_MODIFIERS = 2;
/** Units after which the counted thing follows with "van": "80 procent van de stemmen". */
const PART_OF = 'van';

/**
 * The noun a figure counts: the first noun after it, past at most two adjectives ("zeker zeven
 * mensen", "duizenden nieuwe betogers", "vijftien doden" even when tagged as a nominalised
 * adjective); after a percentage, a vague plural or a scale word the noun of "van
 * (de) ..." ("ruim 80 procent van de stemmen", "tientallen van de gewonden"). Null when none
 * follows: then the unit, if any, is what it counts ("zowat 50 minuten").
 */
export function countedNoun(view: SentenceView, candidate: FigureCandidate): number | null {
  const direct = nounAfter(view, candidate.end);
  if (direct !== null) return direct;
  if ((candidate.unit === 'procent' || candidate.high !== null || candidate.scale > 1) && formAt(view, candidate.end) === PART_OF) {
    const skip = tokenAt(view, candidate.end + 1)?.upos === 'DET' ? 2 : 1;
    return nounAfter(view, candidate.end + skip);
  }
  return null;
}

/** A nominalised adjective ("vijftien doden", "tien gewonden": ADJ|nom in the CGN tag) is a noun here. */
function isNominal(xpos: string): boolean {
  return xpos.startsWith('ADJ|nom');
}

function nounAfter(view: SentenceView, from: number): number | null {
  for (let i = from; i <= from + MAX_MODIFIERS; i++) {
    const token = tokenAt(view, i);
    if (!token) return null;
    if (token.upos === 'NOUN' || token.upos === 'PROPN' || isNominal(token.xpos)) return i;
    if (token.upos !== 'ADJ') return null;
  }
  return null;
}
