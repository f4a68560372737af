import type { ExonymLexicon } from './exonym-lexicon.ts';
import type { EntityDocument, InputMention, MentionReading, NamePart } from './entity-input.ts';
import { isRoleOnly, isRoleWord } from '../../annotate/entities/role-words.ts';

/** A name has a capital somewhere (Dutch writes names, demonyms too, with one). */
const HAS_CAPITAL = /\p{Lu}/u;
/** Words between a role and the organisation it belongs to: secretaris-generaal van de Navo. */
const ROLE_CONNECTOR = /^(?:van|bij|voor)(?:\s+(?:de|het|der))?\s+/i;
/** A stance before a demonym still points to the place: pro-Russische, anti-Amerikaanse. */
const STANCE_PREFIX = /^(?:pro|anti)-/i;
/** One whitespace-separated word and where it starts. */
const WORD = /\S+/g;

/**
 * Reads one NER mention: a name (its role word split off: `Kremlinwoordvoerder Dmitri Peskov`
 * is the name `Dmitri Peskov` with the role `Kremlinwoordvoerder`), a demonym linked to its
 * place (`Wit-Russische` -> Wit-Rusland), a role alone (`Kremlinleider`), or not a name.
 * A form the lexicon knows as a name is a name whatever the model's type (`Polen` as MISC).
 */
export function readMention(document: EntityDocument, index: number, lexicon: ExonymLexicon): MentionReading {
  const mention = document.mentions[index]!;
  const text = document.text.slice(mention.start, mention.end);
  if (!HAS_CAPITAL.test(text)) return { kind: 'not-a-name' };
  if (lexicon.name(text)) return { kind: 'name', parts: [part(document, index, mention, mention.start, mention.end)] };
  const place = lexicon.demonym(text) ?? lexicon.demonym(text.replace(STANCE_PREFIX, ''));
  if (place) return { kind: 'demonym', place: place.id };
  const words = [...text.matchAll(WORD)];
  if (words.length === 1 && isRoleOnly(text)) return { kind: 'role', role: text };
  const first = words[0]!;
  if (words.length > 1 && isRoleWord(first[0])) {
    // Kremlinwoordvoerder Dmitri Peskov; secretaris-generaal van de Navo.
    let rest = text.slice(first[0].length).trimStart();
    const connector = ROLE_CONNECTOR.exec(rest);
    if (connector) rest = rest.slice(connector[0].length);
    if (!HAS_CAPITAL.test(rest.charAt(0))) return { kind: 'role', role: text };
    const start = mention.end - rest.length;
    const name = part(document, index, mention, start, mention.end);
    if (!connector) name.role = first[0];
    return { kind: 'name', parts: [name] };
  }
  return { kind: 'name', parts: [part(document, index, mention, mention.start, mention.end)] };
}

function part(document: EntityDocument, index: number, mention: InputMention, start: number, end: number): NamePart {
  return {
    document: document.id,
    mention: index,
    part: 0,
    start,
    end,
    text: document.text.slice(start, end),
    type: mention.type,
    sentence: mention.sentence,
  };
}

/**
 * Splits a name part at its words into one part per run, for a span that holds two names
 * written side by side (`Poetin Loekasjenko`): `cuts` are word indices where a new name starts.
 */
export function splitPart(name: NamePart, cuts: readonly number[]): NamePart[] {
  const words = [...name.text.matchAll(WORD)];
  const bounds = [0, ...cuts, words.length];
  const parts: NamePart[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const firstWord = words[bounds[i]!]!;
    const lastWord = words[bounds[i + 1]! - 1]!;
    const start = name.start + firstWord.index;
    const end = name.start + lastWord.index + lastWord[0].length;
    parts.push({ ...name, part: i, start, end, text: name.text.slice(firstWord.index, lastWord.index + lastWord[0].length), role: undefined });
  }
  return parts;
}
