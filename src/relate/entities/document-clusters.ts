import { ENTITY_TYPES, type EntityType } from '../../annotate/entities/mention.ts';
import type { ExonymLexicon } from './exonym-lexicon.ts';
import type { NamePart } from './entity-input.ts';
import { nameWords } from './fold-name.ts';
import { nameKey, wordKey } from './name-key.ts';
import { givenNamesAgree, parsePersonName, type PersonName } from './person-name.ts';
import { splitPart } from './read-mention.ts';
import { acronymOf, afterDemonym, isAcronym, organisationKey } from './organisation-names.ts';
import { isNearSpelling, type SurnameForm } from './typo-distance.ts';
import { UnionFind } from './union-find.ts';

/** A one-word name's key and folded spelling, for near-spelling tests. */
function surnameForm(word: string): SurnameForm {
  return { key: nameKey(word).replace(/ /g, ''), folded: nameWords(word).join('') };
}

/** The names of one document that refer to one thing, with what cross-document merging needs. */
export interface DocumentCluster {
  readonly document: string;
  readonly parts: readonly NamePart[];
  /** The lexicon entry every part names, or null. */
  readonly lexiconId: string | null;
  /** The full name of a person (its most complete PER part), or null. */
  readonly person: PersonName | null;
  /** The name key of every part. */
  readonly keys: ReadonlySet<string>;
  /** Whether every part is one word (a surname alone, `Loekasjenko`). */
  readonly singleWord: boolean;
  /** Indices (in the document's list) of the clusters named in one sentence with this one. */
  readonly sameSentence: readonly number[];
}

/**
 * Clusters the names of one document, in this order (each step sees what the one before left):
 * 1. a span holding two people's surnames side by side (`Poetin Loekasjenko`, where both are
 *    surnames of full names in the document) is split into two names;
 * 2. names the lexicon knows group by lexicon entry (Wit-Rusland = Belarus), others by key
 *    (for non-persons without legal forms: Chrysler LLC = Chrysler); then an acronym joins the
 *    one name in the article it abbreviates (GM, General Motors) and a name after an adjective
 *    of place joins that name when it stands alone in the article (Japanse Toyota, Toyota);
 * 3. full names of people with the same surname and agreeing given names join (Aleksandr
 *    Loekasjenko, Alexandr Loekasjenko);
 * 4. a one-word name joins the one full name in the document whose surname it is (Loekasjenko
 *    after Aleksandr Loekasjenko); with two such full names (two Merkels) it joins neither.
 * 5. a one-word near spelling of the one full name's surname joins it when it is rarer and not
 *    in one sentence with it (typo-distance.ts): the article is the shared context.
 * Full names in one sentence never join by step 3 (two people); a surname may join its full
 * name in the same sentence, which names one person twice.
 */
export function clusterDocument(names: readonly NamePart[], lexicon: ExonymLexicon): DocumentCluster[] {
  const parts = splitRunTogether(names, lexicon);
  const lexiconIds = parts.map((part) => lexicon.name(part.text)?.id ?? null);
  const keys = parts.map((part) => (part.type === 'PER' ? nameKey(part.text) : organisationKey(part.text)));
  const words = parts.map((part) => nameWords(part.text).length);
  const sets = new UnionFind(parts.length);
  const byKey = new Map<string, number>();
  parts.forEach((_, i) => {
    const key = lexiconIds[i] ? `lexicon:${lexiconIds[i]}` : `key:${keys[i]}`;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else sets.union(first, i);
  });
  joinAliases(parts, lexiconIds, byKey, sets, lexicon);
  const persons = new Map<number, PersonName>();
  parts.forEach((part, i) => {
    if (!lexiconIds[i] && part.type === 'PER' && words[i]! > 1) persons.set(i, parsePersonName(part.text));
  });
  const sentenceOf = (i: number): number => parts[i]!.sentence;
  // The sentences each set has a name in, kept up to date as sets join.
  const sentencesOfSet = new Map<number, Set<number>>();
  parts.forEach((_, i) => {
    const root = sets.find(i);
    sentencesOfSet.set(root, (sentencesOfSet.get(root) ?? new Set()).add(sentenceOf(i)));
  });
  const inOneSentence = (a: number, b: number): boolean => {
    const sa = sentencesOfSet.get(sets.find(a))!;
    for (const sentence of sentencesOfSet.get(sets.find(b))!) if (sa.has(sentence)) return true;
    return false;
  };
  const join = (a: number, b: number): void => {
    const merged = new Set([...sentencesOfSet.get(sets.find(a))!, ...sentencesOfSet.get(sets.find(b))!]);
    sentencesOfSet.set(sets.union(a, b), merged);
  };
  const full = [...persons.keys()];
  for (let x = 0; x < full.length; x++) {
    for (let y = x + 1; y < full.length; y++) {
      const a = full[x]!;
      const b = full[y]!;
      const pa = persons.get(a)!;
      const pb = persons.get(b)!;
      if (pa.surname === pb.surname && givenNamesAgree(pa, pb) && sets.find(a) !== sets.find(b) && !inOneSentence(a, b)) join(a, b);
    }
  }
  parts.forEach((_, i) => {
    if (lexiconIds[i] || words[i] !== 1) return;
    const owners = new Set(full.filter((f) => persons.get(f)!.surname === keys[i]).map((f) => sets.find(f)));
    if (owners.size !== 1) return;
    const owner = [...owners][0]!;
    if (sets.find(i) !== owner) join(i, owner);
  });
  // Step 5: a one-word near spelling of the one full name's surname (Loekaskeno beside
  // Aleksander Loekasjenko), rarer than that person, not in a sentence with them.
  const size = (i: number): number => parts.filter((_, j) => sets.find(j) === sets.find(i)).length;
  parts.forEach((part, i) => {
    if (lexiconIds[i] || words[i] !== 1 || sets.find(i) !== i) return;
    const form = surnameForm(part.text);
    const owners = new Set(full.filter((f) => isNearSpelling(form, surnameForm(parts[f]!.text.split(/\s+/).at(-1)!))).map((f) => sets.find(f)));
    if (owners.size !== 1) return;
    const owner = [...owners][0]!;
    if (sets.find(i) !== owner && size(i) < size(owner) && !inOneSentence(i, owner)) join(i, owner);
  });
  const groups = [...sets.groups().values()];
  const clusterOf = new Map<number, number>();
  groups.forEach((members, c) => members.forEach((i) => clusterOf.set(i, c)));
  const sentences = new Map<number, Set<number>>();
  parts.forEach((_, i) => {
    const set = sentences.get(sentenceOf(i)) ?? new Set<number>();
    set.add(clusterOf.get(i)!);
    sentences.set(sentenceOf(i), set);
  });
  return groups.map((members, c) => {
    const own = members.map((i) => parts[i]!);
    const fullNames = members.filter((i) => persons.has(i)).sort((a, b) => words[b]! - words[a]!);
    const together = new Set<number>();
    for (const i of members) for (const other of sentences.get(sentenceOf(i))!) if (other !== c) together.add(other);
    return {
      document: own[0]!.document,
      parts: own,
      lexiconId: lexiconIds[members[0]!] ?? null,
      person: fullNames.length > 0 ? persons.get(fullNames[0]!)! : null,
      keys: new Set(members.map((i) => keys[i]!)),
      singleWord: members.every((i) => words[i] === 1),
      sameSentence: [...together].sort((a, b) => a - b),
    };
  });
}

/** Step 2's aliases: acronyms and names after an adjective of place, both within the article. */
function joinAliases(parts: readonly NamePart[], lexiconIds: readonly (string | null)[], byKey: ReadonlyMap<string, number>, sets: UnionFind, lexicon: ExonymLexicon): void {
  const acronyms = new Map<string, Set<number>>();
  parts.forEach((part, i) => {
    const acronym = lexiconIds[i] || part.type === 'PER' ? null : acronymOf(part.text);
    if (acronym) acronyms.set(acronym, (acronyms.get(acronym) ?? new Set()).add(i));
  });
  parts.forEach((part, i) => {
    if (lexiconIds[i] || part.type === 'PER') return;
    if (isAcronym(part.text)) {
      const owners = new Set([...(acronyms.get(part.text) ?? [])].map((o) => sets.find(o)));
      if (owners.size === 1) sets.union(i, [...owners][0]!);
      return;
    }
    const rest = afterDemonym(part.text, lexicon);
    const alone = rest === null ? undefined : byKey.get(`key:${organisationKey(rest)}`);
    if (alone !== undefined) sets.union(i, alone);
  });
}

/**
 * Step 1: a PER span of two or more words whose first word is the surname of another full name
 * in the document, and whose other words are another full name's surname too, holds two names
 * (`dat Poetin Loekasjenko tot aftreden kan bewegen`). A true full name never starts with
 * another person's surname in the same article, so this costs little.
 */
function splitRunTogether(names: readonly NamePart[], lexicon: ExonymLexicon): NamePart[] {
  const surnames = new Map<string, Set<string>>();
  for (const name of names) {
    if (name.type !== 'PER' || lexicon.name(name.text)) continue;
    const person = parsePersonName(name.text);
    if (person.given.length > 0) surnames.set(person.surname, (surnames.get(person.surname) ?? new Set()).add(nameKey(name.text)));
  }
  const result: NamePart[] = [];
  for (const name of names) {
    const written = name.text.split(/\s+/);
    const split =
      name.type === 'PER' &&
      written.length === 2 &&
      isOtherSurname(surnames, wordKey(written[0]!), nameKey(name.text)) &&
      isOtherSurname(surnames, wordKey(written[1]!), nameKey(name.text));
    if (split) result.push(...splitPart(name, [1]));
    else result.push(name);
  }
  return result;
}

function isOtherSurname(surnames: ReadonlyMap<string, ReadonlySet<string>>, key: string, ownKey: string): boolean {
  const owners = surnames.get(key);
  return owners !== undefined && [...owners].some((owner) => owner !== ownKey);
}

/** The majority model type of some names; ties go to the order of ENTITY_TYPES (PER first). */
export function majorityType(parts: readonly { readonly type: EntityType }[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const part of parts) counts.set(part.type, (counts.get(part.type) ?? 0) + 1);
  let best: EntityType = parts[0]!.type;
  let most = 0;
  for (const type of ENTITY_TYPES) {
    const count = counts.get(type) ?? 0;
    if (count > most) [best, most] = [type, count];
  }
  return best;
}
