import { SEPARABLE_PARTICLES } from './edit-script.ts';

/** The UD relation of a separable verb particle to its verb ("spoorde ... aan"). */
export const PARTICLE_RELATION = 'compound:prt';
/**
 * The same without its subtype, as a parser of universal relations gives it: UD Dutch has no
 * other `compound` than `compound:prt`.
 */
const UNIVERSAL_PARTICLE_RELATION = 'compound';

function isParticleRelation(deprel: string | undefined): boolean {
  return deprel === PARTICLE_RELATION || deprel === UNIVERSAL_PARTICLE_RELATION;
}

/**
 * Words that join their verb's lemma when attached as `compound:prt`: the separable particles,
 * and the nouns and adjectives of common separable verbs (deelnemen, plaatsvinden). The
 * treebanks also attach the prepositions of fixed phrases this way ("tot stand komen", "ten
 * tonele verschijnen", "in beslag nemen"), and those stay out of the lemma.
 */
const JOINING_PARTICLES = new Set([...SEPARABLE_PARTICLES, 'deel', 'kennis', 'les', 'bekend', 'plaats', 'teweeg', 'bijeen', 'overeen', 'voort', 'vooraf', 'mede']);
/** Older spellings of particles, as the lemma writes them: "deelt mij mede" -> meedelen. */
const PARTICLE_SPELLING: Readonly<Record<string, string>> = { mede: 'mee' };
/**
 * A particle followed by one of these opens a phrase ("aan de stok krijgen", "in conflict
 * brengen", "op gang komen"): it is a preposition there, whatever its relation says.
 */
const PHRASE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * The particle of each word, for the words that have one: for every word attached with
 * `compound:prt` or `compound` (heads are 1-based, 0 is the root), its lower-cased form goes
 * to its head.
 */
function particlesByHead(words: readonly string[], heads: readonly number[], deprels: readonly string[], upos: readonly string[] | undefined): Map<number, string> {
  const particles = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    if (!isParticleRelation(deprels[i])) continue;
    const head = heads[i]! - 1;
    const particle = words[i]!.toLowerCase();
    if (head < 0 || head >= words.length || head === i || !JOINING_PARTICLES.has(particle)) continue;
    if (upos && i + 1 < words.length && i + 1 !== head && PHRASE_OPENERS.has(upos[i + 1]!)) continue;
    particles.set(head, (particles.get(head) ?? '') + (PARTICLE_SPELLING[particle] ?? particle));
  }
  return particles;
}

/**
 * Gives a verb whose particle stands apart the lemma with the particle, as the current UD
 * Dutch treebanks do ("Moeder spoorde haar aan": `spoorde` -> `aansporen`; "om op te stappen":
 * `stappen` -> `opstappen`). A lemma that already starts with its particle is left alone, and
 * so are prepositions of fixed phrases (JOINING_PARTICLES, PHRASE_OPENERS; the latter need the
 * UPOS tags). Returns a new array.
 *
 * @example attachParticles(['moeder', 'sporen', 'haar', 'aan'], ['Moeder', 'spoorde', 'haar', 'aan'], [2, 0, 2, 2], ['nsubj', 'root', 'obj', 'compound:prt'])
 *   // ['moeder', 'aansporen', 'haar', 'aan']
 */
export function attachParticles(lemmas: readonly string[], words: readonly string[], heads: readonly number[], deprels: readonly string[], upos?: readonly string[]): string[] {
  const result = lemmas.slice();
  for (const [head, particle] of particlesByHead(words, heads, deprels, upos)) {
    const lemma = result[head]!;
    if (!lemma.toLowerCase().startsWith(particle)) result[head] = particle + lemma;
  }
  return result;
}

/**
 * The reverse, for training: the treebank's lemma of a verb with a `compound:prt` dependent,
 * without that particle (`aan_sporen` of `spoorde` -> `sporen`), so the lemmatiser learns
 * what it can know from the word alone and attachParticles adds the rest. Lemmas are given
 * without underscores; the word itself must not contain the particle.
 */
export function detachParticles(lemmas: readonly string[], words: readonly string[], heads: readonly number[], deprels: readonly string[]): string[] {
  const result = lemmas.slice();
  for (let i = 0; i < words.length; i++) {
    if (!isParticleRelation(deprels[i])) continue;
    const head = heads[i]! - 1;
    if (head < 0 || head >= words.length || head === i) continue;
    const raw = words[i]!.toLowerCase();
    const particle = PARTICLE_SPELLING[raw] ?? raw;
    const lemma = result[head]!;
    if (lemma.length > particle.length && lemma.toLowerCase().startsWith(particle) && !words[head]!.toLowerCase().startsWith(particle)) result[head] = lemma.slice(particle.length);
  }
  return result;
}
