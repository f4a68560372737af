/** The words of a sentence as the tagger sees them, and the tags already chosen to the left. */
export interface TaggingContext {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

const START = '<s>';
const END = '</s>';

/** Words looked at for a participle to the right. */
const LOOK_AHEAD = 8;
const PARTICIPLE = /^(?:ge|be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$/u;
const CLAUSE_END = /^[.,;:!?]$/;

function lookAhead(words: readonly string[], i: number): string | null {
  for (let j = i + 1; j < Math.min(words.length, i + 1 + LOOK_AHEAD); j++) {
    const word = words[j]!.toLowerCase();
    if (CLAUSE_END.test(word)) return null;
    if (PARTICIPLE.test(word)) return 'participle';
  }
  return null;
}

/** Letters become X/x, digits d, everything else stays; runs collapse: "Wit-Rusland" -> "Xx-Xx". */
export function wordShape(word: string): string {
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape;
}

/**
 * Features of word `i`: the word and its affixes (Dutch inflection and derivation live in
 * suffixes: -en, -de, -te, -heid, -ische), its shape, its neighbours, and the two tags chosen
 * before it. Chosen for a small training set: affixes and shapes carry over to unseen words.
 */
export function taggerFeatures(context: TaggingContext, i: number): string[] {
  const { words, tags } = context;
  const word = words[i]!;
  const lower = word.toLowerCase();
  const previous = i > 0 ? words[i - 1]!.toLowerCase() : START;
  const next = i + 1 < words.length ? words[i + 1]!.toLowerCase() : END;
  const tag1 = i > 0 ? tags[i - 1]! : START;
  const tag2 = i > 1 ? tags[i - 2]! : START;
  const features = [
    'b',
    `w=${lower}`,
    `s1=${lower.slice(-1)}`,
    `s2=${lower.slice(-2)}`,
    `s3=${lower.slice(-3)}`,
    `s4=${lower.slice(-4)}`,
    `p1=${lower.slice(0, 1)}`,
    `p3=${lower.slice(0, 3)}`,
    `sh=${wordShape(word)}`,
    `t1=${tag1}`,
    `t12=${tag1}|${tag2}`,
    `t1w=${tag1}|${lower}`,
    `pw=${previous}`,
    `ps3=${previous.slice(-3)}`,
    `nw=${next}`,
    `ns3=${next.slice(-3)}`,
    `pwnw=${previous}|${next}`,
  ];
  const next2 = i + 2 < words.length ? words[i + 2]!.toLowerCase() : END;
  features.push(`n2w=${next2}`, `ns3n2s3=${next.slice(-3)}|${next2.slice(-3)}`);
  // A finite verb is an auxiliary when a participle follows later in the clause, which a
  // left-to-right tagger cannot see through tags: look ahead at word forms.
  const ahead = lookAhead(words, i);
  if (ahead) features.push(`ahead=${ahead}`, `ahead|w=${ahead}|${lower}`);
  if (i === 0) features.push(`first|sh=${wordShape(word)}`);
  if (word.includes('-')) features.push('hyphen');
  if (word !== lower && i > 0) features.push('capital-inside');
  return features;
}
