import { isAnalysed, type TokenSpan } from '../../annotate/syntax/syntax-spans.ts';
import type { NamePart } from './entity-input.ts';
import { isRoleWord } from '../../annotate/entities/role-words.ts';

/** A role phrase longer than this many tokens is cut to its noun and what precedes it. */
const MAX_ROLE_TOKENS = 6;
/** Dependents of a role noun that belong to the role: Wit-Russische president, Russisch staatshoofd. */
const ROLE_MODIFIERS = new Set(['amod', 'compound', 'flat']);

/**
 * The role or title the syntax ties to a name, as written: the noun the name is in apposition
 * to (`de Wit-Russische president Aleksander Loekasjenko`: the name is `appos` of `president`),
 * a role noun in apposition to the name (`Jens Stoltenberg, secretaris-generaal van de Navo`),
 * or else a role noun right before the name (`oppositieleider Navalni`). Determiners stay out;
 * adjectives before the noun and a `van ...` phrase after it stay in.
 *
 * @example roleOf(part, tokens, text) // 'Wit-Russische president'
 */
export function roleOf(name: NamePart, tokens: readonly TokenSpan[], text: string, firstToken: number, endToken: number): string | null {
  const inside = (i: number): boolean => tokens[i]!.start >= name.start && tokens[i]!.end <= name.end;
  const nameTokens: number[] = [];
  for (let i = firstToken; i < endToken; i++) if (inside(i)) nameTokens.push(i);
  if (nameTokens.length === 0) return null;
  const isRole = (i: number | null | undefined): i is number => {
    if (i === null || i === undefined || i < 0 || i >= tokens.length || inside(i)) return false;
    const token = tokens[i]!;
    return isAnalysed(token) && token.upos === 'NOUN' && isRoleWord(text.slice(token.start, token.end));
  };
  for (const i of nameTokens) {
    const token = tokens[i]!;
    if (isAnalysed(token) && token.deprel === 'appos' && isRole(token.head)) return phrase(token.head!, tokens, text, inside);
  }
  const sentence = tokens[nameTokens[0]!]!.sentence;
  for (let i = nameTokens.at(-1)! + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const token = tokens[i]!;
    if (isAnalysed(token) && token.deprel === 'appos' && token.head !== null && inside(token.head) && isRole(i)) return phrase(i, tokens, text, inside);
  }
  const before = nameTokens[0]! - 1;
  if (isRole(before) && tokens[before]!.sentence === sentence) return phrase(before, tokens, text, inside);
  return null;
}

/** The role noun with its modifiers before it and a `van ...` phrase after it, as written. */
function phrase(noun: number, tokens: readonly TokenSpan[], text: string, inside: (i: number) => boolean): string {
  const sentence = tokens[noun]!.sentence;
  const dependsOn = (i: number, head: number): boolean => {
    for (let j: number | null = i, steps = 0; j !== null && steps < MAX_ROLE_TOKENS; steps++) {
      const token: TokenSpan = tokens[j]!;
      if (!isAnalysed(token)) return false;
      if (token.head === head) return true;
      j = token.head;
    }
    return false;
  };
  let first = noun;
  while (first - 1 >= 0 && tokens[first - 1]!.sentence === sentence && !inside(first - 1)) {
    const token = tokens[first - 1]!;
    if (!isAnalysed(token) || !ROLE_MODIFIERS.has(token.deprel) || token.head !== noun) break;
    first -= 1;
  }
  let last = noun;
  const next = tokens[noun + 1];
  if (next && next.sentence === sentence && isAnalysed(next) && next.deprel === 'case' && text.slice(next.start, next.end).toLowerCase() === 'van') {
    for (let i = noun + 1; i < tokens.length && i - first < MAX_ROLE_TOKENS && tokens[i]!.sentence === sentence && !inside(i); i++) {
      const token = tokens[i]!;
      if (!isAnalysed(token) || token.upos === 'PUNCT') break;
      if (dependsOn(i, noun) || (token.head !== null && dependsOn(token.head, noun))) last = i;
      else break;
    }
  }
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}
