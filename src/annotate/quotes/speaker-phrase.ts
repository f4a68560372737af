import { readFileSync } from 'node:fs';
import { isRoleOnly, isRoleWord } from '../entities/role-words.ts';
import type { QuoteDocument } from './quote-document.ts';

/** The person nouns beyond data/roles-nl.txt that can stand for a speaker ("aldus de politica"). */
export const SPEAKER_NOUNS_TABLE = new URL('../../../data/speaker-nouns-nl.txt', import.meta.url);

/** Third-person pronouns that name a speaker to be resolved to an earlier person. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'hijzelf', 'zijzelf']);
/** Pronouns that can be a speech verb's subject without naming a speaker ("Dat meldde ...", "zei het Kremlin"). */
export const NON_SPEAKER_PRONOUNS = new Set(['het', 'dat', 'dit', 'die', 'er', 'wat', 'wie', 'welke', 'zich']);
/** Determiners of a new referent: "aldus een woordvoerder" introduces a speaker, it does not point back. */
const INDEFINITE = new Set(['een', 'enkele', 'sommige', 'veel', 'twee', 'drie']);
/** Articles, whatever their tag: "zei het Kremlin" (the tagger may call `het` a pronoun). */
export const ARTICLES = new Set(['de', 'het', 'een']);
/** Words that end a speaker phrase although tagged as names or nouns: the time of the speech. */
const TIME_WORDS = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vandaag', 'eerder', 'later', 'zaterdagavond', 'vrijdagavond', 'woensdagavond']);
/** A phrase after an inverted verb or a cue word is read at most this many tokens far: a speaker's name with its role fits. */
export const MAX_PHRASE_TOKENS = 12;
/** Tags a noun phrase is made of (a participle may modify its noun: "de verbannen oppositieleider"). */
export const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X']);

/** What kind of words name the speaker. */
export type SpeakerForm = 'name' | 'pronoun' | 'role' | 'other';

/** A speaker as the words of one attribution give it, before pronouns and roles are resolved. */
export interface SpeakerPhrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The mention the phrase names directly (null for a pronoun, a role noun or another phrase). */
  readonly mention: number | null;
  readonly form: SpeakerForm;
  /** The token the phrase is about: the name's first token, the pronoun, the role noun. */
  readonly token: number;
  /** Whether a pronoun's verb is plural ("zeggen ze"): it then stands for no single person. */
  readonly plural: boolean;
}

let speakerNouns: ReadonlySet<string> | undefined;
/** Answers of isPersonNoun, kept: a role check tries every role noun as a compound's end. */
const personNouns = new Map<string, boolean>();

/** Whether a noun can stand for a person named earlier: a role or title, or a person noun of data/speaker-nouns-nl.txt. */
export function isPersonNoun(word: string): boolean {
  speakerNouns ??= new Set(
    readFileSync(SPEAKER_NOUNS_TABLE, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  const lower = word.toLowerCase();
  let known = personNouns.get(lower);
  if (known === undefined) {
    known = isRoleWord(lower) || speakerNouns.has(lower);
    personNouns.set(lower, known);
  }
  return known;
}

/**
 * The speaker named in tokens `[first, last]` (the words after `aldus`, after an inverted
 * verb, or a subject): a third-person pronoun at its start; else the first person mention in
 * it (then any other mention) that is not the object of a preposition (`naar Litouwen`, `van
 * Loekasjenko`) and not an adjective (`Wit-Russische`); else the noun phrase at its start (a
 * role noun such as `de politica`, or `staatsmedia`). Null when the words name nobody (`het`).
 */
export function speakerIn(doc: QuoteDocument, first: number, last: number, plural = false): SpeakerPhrase | null {
  if (first > last) return null;
  if (SPEAKER_PRONOUNS.has(doc.lower(first)) && doc.upos(first) === 'PRON') {
    return phrase(doc, first, first, null, 'pronoun', first, plural);
  }
  const mention = nameIn(doc, first, last);
  if (mention !== null) {
    const span = doc.mentions[mention]!;
    const form = span.endToken - span.firstToken === 1 && isRoleOnly(span.text) ? 'role' : 'name';
    return phrase(doc, span.firstToken, span.endToken - 1, form === 'name' ? mention : null, form, span.firstToken, false);
  }
  return nounPhrase(doc, first, last);
}

function nameIn(doc: QuoteDocument, first: number, last: number): number | null {
  let fallback: number | null = null;
  for (let i = first; i <= last; i++) {
    const m = doc.mentionOf(i);
    if (m < 0) continue;
    const mention = doc.mentions[m]!;
    i = mention.endToken - 1;
    if (mention.firstToken < first || mention.endToken - 1 > last) continue;
    if (allTagged(doc, mention.firstToken, mention.endToken, 'ADJ') || governedByPreposition(doc, mention.firstToken, first)) continue;
    if (mention.type === 'PER') return m;
    fallback ??= m;
  }
  return fallback;
}

function allTagged(doc: QuoteDocument, first: number, end: number, tag: string): boolean {
  for (let i = first; i < end; i++) if (doc.upos(i) !== tag) return false;
  return true;
}

/** Whether a preposition comes right before a name (determiners, adjectives and nouns between): `naar Litouwen`, `van de EU`, `tegen persbureau Interfax`. */
function governedByPreposition(doc: QuoteDocument, token: number, first: number): boolean {
  for (let i = token - 1; i >= first; i--) {
    const tag = doc.upos(i);
    if (tag === 'ADP') return true;
    if (tag !== 'DET' && tag !== 'ADJ' && tag !== 'NOUN') return false;
  }
  return false;
}

/** The noun phrase at the start of tokens `[first, last]`, its determiners left out: `Wit-Russische president`, `kabinet van Loekasjenko`. */
function nounPhrase(doc: QuoteDocument, first: number, last: number): SpeakerPhrase | null {
  let i = first;
  while (i <= last && doc.upos(i) === 'DET') i++;
  const start = i;
  let headNoun = -1;
  let end = -1;
  for (; i <= last; i++) {
    const tag = doc.upos(i);
    if (TIME_WORDS.has(doc.lower(i))) break;
    if (doc.lower(i) === 'van' && headNoun >= 0 && i < last && NP_TAGS.has(doc.upos(i + 1))) continue;
    const participle = tag === 'VERB' && doc.deprel(i).startsWith('amod');
    const pronoun = tag === 'PRON' && !NON_SPEAKER_PRONOUNS.has(doc.lower(i));
    if (!NP_TAGS.has(tag) && !participle && !pronoun) break;
    if (tag === 'DET' && end >= 0 && doc.lower(i - 1) !== 'van') break;
    if ((tag === 'NOUN' || tag === 'PROPN' || pronoun) && !afterVan(doc, start, i)) headNoun = i;
    end = i;
  }
  if (end < 0 || headNoun < 0) return null;
  // Only a definite singular noun points back at a person named before: "een woordvoerder" and "diplomaten" are new speakers.
  const definite = first === start || !INDEFINITE.has(doc.lower(first));
  const singular = !(doc.dutch(headNoun)?.feats ?? '').includes('Number=Plur');
  const person = isPersonNoun(doc.word(headNoun)) || isPersonNoun(doc.lemma(headNoun));
  const form = person && definite && singular ? 'role' : 'other';
  return phrase(doc, start, end, null, form, headNoun, false);
}

/** Whether a `van` lies between the phrase start and a token: `kabinet van Loekasjenko` keeps `kabinet` as its head. */
function afterVan(doc: QuoteDocument, start: number, token: number): boolean {
  for (let i = start; i < token; i++) if (doc.lower(i) === 'van') return true;
  return false;
}

function phrase(doc: QuoteDocument, first: number, last: number, mention: number | null, form: SpeakerForm, token: number, plural: boolean): SpeakerPhrase {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { start, end, text: doc.text.slice(start, end), mention, form, token, plural };
}

/** The tokens after `from` up to the phrase's end: punctuation, a verb, a conjunction, or the limit. */
export function phraseAfter(doc: QuoteDocument, from: number): [number, number] {
  const sentence = doc.sentenceOf(from);
  let last = from - 1;
  for (let i = from; i < sentence.endToken && i - from < MAX_PHRASE_TOKENS; i++) {
    const tag = doc.upos(i);
    if (tag === 'PUNCT' || tag === 'AUX' || tag === 'SCONJ' || tag === 'CCONJ') break;
    if (tag === 'VERB' && !doc.deprel(i).startsWith('amod') && !doc.deprel(i).startsWith('acl')) break;
    last = i;
  }
  return [from, last];
}
