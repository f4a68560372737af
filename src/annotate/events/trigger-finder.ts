import type { SentenceSpan } from '../syntax/syntax-spans.ts';
import type { DependencyView } from './dependency-view.ts';
import type { EventLexicon, EventTrigger } from './event-lexicon.ts';

/** Parts of speech a verb row may match: participles are often tagged ADJ or NOUN ("Vrijgelaten demonstranten"). */
const VERB_UPOS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ']);
const NOUN_UPOS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Parts of speech any row may match; other tokens are skipped before the lexicon is asked. */
const TRIGGER_UPOS: ReadonlySet<string> = new Set([...VERB_UPOS, ...NOUN_UPOS]);
/** Relations a separable verb's particle comes with: "geeft ... toe" (compound:prt), "liet ... vrij" (xcomp). */
const PARTICLE_RELATIONS: ReadonlySet<string> = new Set(['compound:prt', 'xcomp']);
/** Verbs that take sanctions away. */
const LIFTING_VERBS: ReadonlySet<string> = new Set(['verlichten', 'opheffen', 'intrekken', 'versoepelen', 'schrappen', 'afschaffen']);
/** An intertitle ("Steun", "Mishandeling en marteling") is a heading of this many words at most, with no verb. */
const MAX_HEADING_WORDS = 3;

/** A token the lexicon names as an event trigger, with the row that applies. */
export interface FoundTrigger {
  readonly token: number;
  readonly row: EventTrigger;
  /** The lemma the row matched: "toegeven" for "geeft ... toe". */
  readonly lemma: string;
}

/**
 * Finds the trigger tokens of one sentence: lemma lookup (with a particle child glued on for
 * separable verbs, and compound heads for nouns), the first row whose conditions hold.
 * `HeadingFilter`: a short verbless sentence is an intertitle and holds no event.
 */
export function findTriggers(view: DependencyView, lexicon: EventLexicon, sentence: SentenceSpan): FoundTrigger[] {
  if (isHeading(view, sentence)) return [];
  const found: FoundTrigger[] = [];
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = view.token(t);
    if (!token || !TRIGGER_UPOS.has(token.upos)) continue;
    const lemma = view.lemma(t);
    const particles = hasParticle(view, t) ? particleLemmas(view, t, lemma, lexicon) : NO_PARTICLES;
    const candidates = particles.length > 0 ? [...particles, lemma] : [lemma];
    for (const candidate of candidates) {
      // A noun token takes a noun row before a verb row ("het optreden" against "trad op").
      const rows = lexicon.triggersOf(candidate);
      const preferred = NOUN_UPOS.has(token.upos) ? 'noun' : 'verb';
      const row = rows.find((r) => r.pos === preferred && fits(view, t, token.upos, r)) ?? rows.find((r) => fits(view, t, token.upos, r));
      if (row && isLifted(view, t, row)) break;
      if (row) {
        found.push({ token: t, row, lemma: candidate });
        break;
      }
    }
  }
  return found;
}

const NO_PARTICLES: string[] = [];

function hasParticle(view: DependencyView, t: number): boolean {
  for (const c of view.childrenOf(t)) if (PARTICLE_RELATIONS.has(view.deprel(c))) return true;
  return false;
}

function particleLemmas(view: DependencyView, t: number, lemma: string, lexicon: EventLexicon): string[] {
  const lemmas: string[] = [];
  for (const c of view.childrenOf(t)) {
    if (!PARTICLE_RELATIONS.has(view.deprel(c))) continue;
    const particle = view.lemma(c);
    const glued = particle + lemma;
    if (lexicon.has(glued)) lemmas.push(glued);
    // The lemmatiser sometimes glues a preposition that is no particle: "daar om had verzocht" -> "omverzoeken".
    else if (!lexicon.has(lemma) && lemma.startsWith(particle) && lexicon.has(lemma.slice(particle.length))) lemmas.push(lemma.slice(particle.length));
  }
  return lemmas;
}

function fits(view: DependencyView, t: number, upos: string, row: EventTrigger): boolean {
  if (!(row.pos === 'verb' ? VERB_UPOS : NOUN_UPOS).has(upos)) return false;
  return row.conditions.every((condition) => {
    if (condition === 'compound') return true;
    if (condition === 'clause') return view.childrenOf(t).some((c) => view.deprel(c) === 'ccomp' || view.deprel(c) === 'parataxis');
    // "tegen" within two steps: "het optreden van de politie tegen demonstranten".
    return view.childrenOf(t).some((c) => view.caseOf(c) === 'tegen' || view.childrenOf(c).some((d) => view.caseOf(d) === 'tegen'));
  });
}

/**
 * `LiftedSanctionFilter`: "om sancties te verlichten" is easing sanctions (CAMEO 081), not
 * imposing them; the noun of a lifting verb is no sanction event.
 */
function isLifted(view: DependencyView, t: number, row: EventTrigger): boolean {
  if (row.type !== 'sanction') return false;
  const head = view.head(t);
  return head !== null && LIFTING_VERBS.has(view.lemma(head));
}

function isHeading(view: DependencyView, sentence: SentenceSpan): boolean {
  let words = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = view.token(t);
    if (!token) return false;
    if (token.upos === 'VERB' || token.upos === 'AUX') return false;
    if (token.upos !== 'PUNCT') words++;
  }
  return words <= MAX_HEADING_WORDS;
}
