import type { QuoteDocument } from './quote-document.ts';
import { ARTICLES, MAX_PHRASE_TOKENS, NON_SPEAKER_PRONOUNS, NP_TAGS, phraseAfter, speakerIn, type SpeakerPhrase } from './speaker-phrase.ts';

/** Whether a subject token can name a speaker: a noun, a name, or a pronoun other than `het`, `dat`, `die`. */
function canName(doc: QuoteDocument, i: number): boolean {
  const tag = doc.upos(i);
  if (tag === 'NOUN' || tag === 'PROPN') return true;
  return tag === 'PRON' && !NON_SPEAKER_PRONOUNS.has(doc.lower(i));
}

/** Whether a verb token is plural (`zeggen ze`): its features say so, or its form ends like a plural. */
function isPlural(doc: QuoteDocument, verb: number): boolean {
  const feats = doc.dutch(verb)?.feats ?? '';
  if (feats.includes('Number=Plur')) return true;
  if (feats.includes('Number=Sing')) return false;
  return /en$/.test(doc.lower(verb));
}

/**
 * The speaker of a speech verb: its syntactic subject first (`nsubj` of the verb or of its
 * auxiliary; for a relative clause, the noun it modifies: "De president, die ..., zei"), then
 * word order, which the parser's errors leave intact more often: the phrase right after the
 * finite verb when the clause is inverted ("zei het Kremlin", "meldt het Kremlin"), else the
 * phrase from the sentence's start.
 */
export function subjectOf(doc: QuoteDocument, verb: number, from = doc.sentenceOf(verb).firstToken): SpeakerPhrase | null {
  const sentence = doc.sentenceOf(verb);
  const quoted = doc.passageAround(doc.tokens[verb]!.start);
  const finite = finiteOf(doc, verb, from);
  const plural = isPlural(doc, finite);
  const heads = [verb, ...doc.childrenOf(verb).filter((c) => /^(aux|cop)/.test(doc.deprel(c)))];
  // "liet de NAVO weten": the subject belongs to the verb the cue completes.
  const governor = doc.head(verb);
  if (doc.deprel(verb) === 'xcomp' && governor !== null) heads.push(governor);
  // A subject inside other quoted words, or inside the content an inverted attribution follows, is the parser's error.
  const subjects = heads
    .flatMap((h) => doc.childrenOf(h))
    .filter((c) => doc.deprel(c).startsWith('nsubj') && c >= from && doc.passageAround(doc.tokens[c]!.start) === quoted)
    .sort((a, b) => a - b);
  for (const subject of subjects) {
    if (canName(doc, subject)) return speakerIn(doc, ...subjectWindow(doc, subject, verb), plural);
    const head = doc.head(verb);
    if (['die', 'dat', 'wie'].includes(doc.lower(subject)) && doc.deprel(verb) === 'acl:relcl' && head !== null && canName(doc, head)) {
      return speakerIn(doc, ...subjectWindow(doc, head, verb), plural);
    }
  }
  let after = finite + 1;
  while (after < sentence.endToken && doc.upos(after) === 'ADV' && after - finite <= 2) after++;
  if (after < sentence.endToken && after !== verb && (canName(doc, after) || ['DET', 'ADJ'].includes(doc.upos(after)) || ARTICLES.has(doc.lower(after)))) {
    const before = finite - 1;
    const inverted = before >= sentence.firstToken && !(['NOUN', 'PROPN'].includes(doc.upos(before)) || (doc.upos(before) === 'PRON' && canName(doc, before)));
    if (inverted) return speakerIn(doc, ...phraseAfter(doc, after), plural);
  }
  if (finite > from) return speakerIn(doc, ...phraseAfter(doc, sentence.firstToken), plural);
  return null;
}

/** The finite verb of a cue's clause: the cue itself, or its finite auxiliary ("heeft ... gezegd"). */
export function finiteOf(doc: QuoteDocument, verb: number, from = doc.sentenceOf(verb).firstToken): number {
  const isFinite = (i: number): boolean => (doc.dutch(i)?.feats ?? '').includes('VerbForm=Fin');
  if (isFinite(verb)) return verb;
  const aux = doc.childrenOf(verb).find((c) => doc.deprel(c).startsWith('aux') && isFinite(c));
  if (aux !== undefined) return aux;
  // Else the clause's first finite verb before the cue: "Dat heeft ze maandag ... laten weten".
  for (let i = from; i < verb; i++) if (isFinite(i)) return i;
  return verb;
}

/** The words of a subject: its own subtree around it, stopped at a verb, a conjunction or a relative clause, never reaching the verb. */
function subjectWindow(doc: QuoteDocument, subject: number, verb: number): [number, number] {
  const sentence = doc.sentenceOf(subject);
  let first = subject;
  while (first - 1 >= sentence.firstToken && first - 1 !== verb && NP_TAGS.has(doc.upos(first - 1)) && dependsOn(doc, first - 1, subject)) first--;
  let last = subject;
  for (let i = subject + 1; i < sentence.endToken && i !== verb && i - subject < MAX_PHRASE_TOKENS; i++) {
    const tag = doc.upos(i);
    if (tag === 'AUX' || tag === 'SCONJ' || (tag === 'VERB' && !doc.deprel(i).startsWith('amod'))) break;
    if (tag === 'PUNCT' && doc.word(i) !== ',') break;
    if (doc.word(i) === ',' && ['die', 'dat', 'wie', 'welke'].includes(doc.lower(i + 1))) break;
    if (!dependsOn(doc, i, subject)) break;
    last = i;
  }
  while (last > first && doc.upos(last) === 'PUNCT') last--;
  return [first, last];
}

function dependsOn(doc: QuoteDocument, token: number, ancestor: number): boolean {
  let current: number | null = token;
  for (let steps = 0; current !== null && steps < 8; steps++) {
    if (current === ancestor) return true;
    current = doc.head(current);
  }
  return false;
}
