import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/annotate/entities/mention.ts';
import type { EntityDocument } from '../../../src/relate/entities/entity-input.ts';
import { resolveEntities } from '../../../src/relate/entities/resolve-entities.ts';
import { givenNamesAgree, parsePersonName } from '../../../src/relate/entities/person-name.ts';
import { isNearSpelling } from '../../../src/relate/entities/typo-distance.ts';
import { isRoleWord } from '../../../src/annotate/entities/role-words.ts';

/** A hand-made document: sentences of text, names marked [like this|PER]. */
function doc(id: string, ...sentences: string[]): EntityDocument {
  let text = '';
  const mentions: EntityDocument['mentions'][number][] = [];
  sentences.forEach((sentence, s) => {
    if (text) text += ' ';
    for (const piece of sentence.split(/(\[[^\]]+\])/)) {
      const marked = /^\[(.+)\|(PER|ORG|LOC|MISC)\]$/.exec(piece);
      if (!marked) {
        text += piece;
        continue;
      }
      mentions.push({ start: text.length, end: text.length + marked[1]!.length, type: marked[2] as EntityType, sentence: s });
      text += marked[1];
    }
  });
  return { id, text, mentions };
}

function entityOf(table: ReturnType<typeof resolveEntities>, document: string, text: string): string {
  const link = table.links.find((l) => l.document === document && l.text === text);
  if (!link) throw new Error(`no link for ${text} in ${document}`);
  return link.entity;
}

describe('within one document', () => {
  const table = resolveEntities([
    doc('a', '[Alexandr Loekasjenko|PER] sprak met [Angela Merkel|PER].', '[Loekasjenko|PER] belde.', 'Volgens [Merkel|ORG] niet.', 'Verzet tegen [Loekaskeno|PER].'),
  ]);

  it('joins a surname to its full name, whatever the model typed it', () => {
    expect(entityOf(table, 'a', 'Loekasjenko')).toBe(entityOf(table, 'a', 'Alexandr Loekasjenko'));
    expect(entityOf(table, 'a', 'Merkel')).toBe(entityOf(table, 'a', 'Angela Merkel'));
    expect(table.entities.find((e) => e.name === 'Angela Merkel')!.type).toBe('PER');
  });

  it('joins a rarer near spelling of a surname in the same article', () => {
    expect(entityOf(table, 'a', 'Loekaskeno')).toBe(entityOf(table, 'a', 'Loekasjenko'));
  });

  it('keeps the two people apart', () => {
    expect(entityOf(table, 'a', 'Merkel')).not.toBe(entityOf(table, 'a', 'Loekasjenko'));
  });

  it('leaves a surname alone when two people in the article carry it', () => {
    const t = resolveEntities([doc('b', '[Hans Merkel|PER] en [Angela Merkel|PER] kwamen.', '[Merkel|PER] zweeg.')]);
    expect(new Set([entityOf(t, 'b', 'Hans Merkel'), entityOf(t, 'b', 'Angela Merkel'), entityOf(t, 'b', 'Merkel')]).size).toBe(3);
  });

  it('splits two surnames run together into two people', () => {
    const t = resolveEntities([doc('c', '[Vladimir Poetin|PER] en [Aleksandr Loekasjenko|PER] spraken.', 'Men hoopt dat [Poetin Loekasjenko|PER] overtuigt.')]);
    expect(entityOf(t, 'c', 'Poetin')).toBe(entityOf(t, 'c', 'Vladimir Poetin'));
    expect(entityOf(t, 'c', 'Loekasjenko')).toBe(entityOf(t, 'c', 'Aleksandr Loekasjenko'));
  });

  it('keeps a role word as a role and links a demonym to its place', () => {
    const t = resolveEntities([doc('d', 'zei [Kremlinwoordvoerder Dmitri Peskov|PER].', 'De [Wit-Russische|MISC] leider en [Kremlinleider|MISC] zwegen.')]);
    const peskov = t.entities.find((e) => e.name === 'Dmitri Peskov')!;
    expect(peskov.roles.map((r) => r.name)).toEqual(['Kremlinwoordvoerder']);
    const demonym = t.links.find((l) => l.text === 'Wit-Russische')!;
    expect(demonym.relation).toBe('demonym');
    expect(t.entities.find((e) => e.id === demonym.entity)!.name).toBe('Wit-Rusland');
    expect(t.links.some((l) => l.text === 'Kremlinleider')).toBe(false);
    expect(t.entities.some((e) => e.name === 'Wit-Russische')).toBe(false);
  });
});

describe('organisations', () => {
  it('joins an acronym and a name after an adjective of place to the name in the same article', () => {
    const t = resolveEntities([
      doc('1', '[General Motors Corporation|ORG] en [Toyota|ORG].', '[GM|ORG] en het [Japanse Toyota|ORG].'),
      doc('2', '[GM|ORG] zei niets.', 'Ook [Amerikaanse Senaat|ORG] niet.'),
      doc('3', '[General Motors|ORG] en de [Senaat|ORG].'),
    ]);
    const gm = entityOf(t, '1', 'General Motors Corporation');
    for (const [d, name] of [['1', 'GM'], ['2', 'GM'], ['3', 'General Motors']] as const) expect(entityOf(t, d, name), name).toBe(gm);
    expect(entityOf(t, '1', 'Japanse Toyota')).toBe(entityOf(t, '1', 'Toyota'));
    // Not named alone in its own article: the American Senate is not any Senaat.
    expect(entityOf(t, '2', 'Amerikaanse Senaat')).not.toBe(entityOf(t, '3', 'Senaat'));
  });

  it('does not let an acronym pick between two names it abbreviates', () => {
    const t = resolveEntities([doc('1', '[General Motors|ORG] en [Great Mills|ORG] en [GM|ORG].')]);
    expect(entityOf(t, '1', 'GM')).not.toBe(entityOf(t, '1', 'General Motors'));
    expect(entityOf(t, '1', 'GM')).not.toBe(entityOf(t, '1', 'Great Mills'));
  });
});

describe('across documents', () => {
  it('joins spellings of one person and surnames alone, but not different first names', () => {
    const t = resolveEntities([
      doc('1', '[Aleksandr Loekasjenko|PER] reist.', '[Loekasjenko|PER] zei.'),
      doc('2', '[Alexander Lukashenko|PER] sprak.'),
      doc('3', '[Lukashenko|PER] zweeg.'),
      doc('4', '[Viktor Loekasjenko|PER], zijn zoon.'),
    ]);
    const aleksandr = entityOf(t, '1', 'Aleksandr Loekasjenko');
    expect(entityOf(t, '2', 'Alexander Lukashenko')).toBe(aleksandr);
    expect(entityOf(t, '4', 'Viktor Loekasjenko')).not.toBe(aleksandr);
    // Two people named Loekasjenko in the corpus: a bare Lukashenko elsewhere joins neither.
    expect(entityOf(t, '3', 'Lukashenko')).not.toBe(aleksandr);
    expect(entityOf(t, '3', 'Lukashenko')).not.toBe(entityOf(t, '4', 'Viktor Loekasjenko'));
  });

  it('joins a surname alone to the one person of that surname', () => {
    const t = resolveEntities([doc('1', '[Vladimir Poetin|PER] belde.'), doc('2', '[Poetin|PER] zweeg.'), doc('3', '[Poetin|PER] zei.')]);
    expect(new Set(t.links.map((l) => l.entity)).size).toBe(1);
  });

  it('never joins names that stood in one sentence as two', () => {
    const t = resolveEntities([
      doc('1', 'Gesprek tussen [Loekasjenko|PER] en [Loekaskeno|PER].'),
      doc('2', '[Loekasjenko|PER] en [Loekaskeno|PER] samen.'),
    ]);
    expect(entityOf(t, '1', 'Loekasjenko')).not.toBe(entityOf(t, '1', 'Loekaskeno'));
  });

  it('joins a typo only with shared context, and never across types', () => {
    const lone = resolveEntities([doc('1', '[Loekasjenko|PER] sprak.'), doc('2', '[Loekaskeno|PER] zweeg.')]);
    expect(entityOf(lone, '1', 'Loekasjenko')).not.toBe(entityOf(lone, '2', 'Loekaskeno'));
    const shared = resolveEntities([
      doc('1', '[Loekasjenko|PER] sprak met [Poetin|PER] in [Minsk|LOC].'),
      doc('2', '[Loekaskeno|PER] zweeg.', '[Poetin|PER] in [Minsk|LOC].'),
    ]);
    expect(entityOf(shared, '1', 'Loekasjenko')).toBe(entityOf(shared, '2', 'Loekaskeno'));
    const types = resolveEntities([
      doc('1', '[Loekasjenko|PER] sprak met [Poetin|PER] in [Minsk|LOC].'),
      doc('2', '[Loekaskeno|ORG] zweeg.', '[Poetin|PER] in [Minsk|LOC].'),
    ]);
    expect(entityOf(types, '1', 'Loekasjenko')).not.toBe(entityOf(types, '2', 'Loekaskeno'));
  });

  it('keeps Merkel from Macron, Poetin from Loekasjenko, Rusland from Wit-Rusland', () => {
    const t = resolveEntities([
      doc('1', '[Merkel|PER] en [Macron|PER] in [Rusland|LOC].', '[Poetin|PER] en [Loekasjenko|PER] in [Wit-Rusland|LOC].'),
      doc('2', '[Makron|PER] zei iets in [Belarus|LOC].'),
    ]);
    expect(entityOf(t, '1', 'Merkel')).not.toBe(entityOf(t, '1', 'Macron'));
    expect(entityOf(t, '1', 'Poetin')).not.toBe(entityOf(t, '1', 'Loekasjenko'));
    expect(entityOf(t, '1', 'Rusland')).not.toBe(entityOf(t, '1', 'Wit-Rusland'));
    expect(entityOf(t, '2', 'Belarus')).toBe(entityOf(t, '1', 'Wit-Rusland'));
    expect(entityOf(t, '2', 'Makron')).toBe(entityOf(t, '1', 'Macron'));
  });

  it('gives a lexicon entry its type and display name over the model', () => {
    const t = resolveEntities([doc('1', 'Het [Kremlin|LOC] en de [NATO|ORG].'), doc('2', 'De [Navo|MISC] en [Minsk|PER].')]);
    const kremlin = t.entities.find((e) => e.name === 'Kremlin')!;
    expect(kremlin.type).toBe('ORG');
    const navo = t.entities.find((e) => e.name === 'Navo')!;
    expect(navo.type).toBe('ORG');
    expect(navo.mentionCount).toBe(2);
    expect(t.entities.find((e) => e.name === 'Minsk')!.type).toBe('LOC');
  });
});

describe('the rules one by one', () => {
  it('agrees on given names that are spellings of one name, not on others', () => {
    const agree = (a: string, b: string): boolean => givenNamesAgree(parsePersonName(a), parsePersonName(b));
    expect(agree('Aleksandr Loekasjenko', 'Aleksander Loekasjenko')).toBe(true);
    expect(agree('Alexandr Loekasjenko', 'Alexander Lukashenko')).toBe(true);
    expect(agree('A. Loekasjenko', 'Aleksandr Loekasjenko')).toBe(true);
    expect(agree('Angela Merkel', 'Hans Merkel')).toBe(false);
    expect(agree('V. Poetin', 'A. Poetin')).toBe(false);
    expect(parsePersonName('Mark van Rooij').surname).toBe('van roi');
  });

  it('counts near spellings by the length of the name', () => {
    const form = (word: string) => ({ key: word.toLowerCase(), folded: word.toLowerCase() });
    expect(isNearSpelling({ key: 'lukaskeno', folded: 'loekaskeno' }, { key: 'lukaxenko', folded: 'loekasjenko' })).toBe(true);
    expect(isNearSpelling(form('Merkel'), form('Makron'))).toBe(false);
    expect(isNearSpelling(form('Kok'), form('Kik'))).toBe(false);
  });

  it('knows role words and their compounds', () => {
    for (const word of ['president', 'Kremlinwoordvoerder', 'oppositieleider', 'bondskanselier', 'regeringswoordvoerder']) expect(isRoleWord(word), word).toBe(true);
    for (const word of ['Loekasjenko', 'Merkel', 'Poetin']) expect(isRoleWord(word), word).toBe(false);
  });
});
