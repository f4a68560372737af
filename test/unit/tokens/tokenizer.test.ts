import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/annotate/tokens/sentence-splitter.ts';
import { tokenize } from '../../../src/annotate/tokens/tokenizer.ts';

/** Tokens as text, after checking that every offset points at exactly that text. */
function tokens(text: string): string[] {
  return tokenize(text).map(({ start, end }) => {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    return text.slice(start, end);
  });
}

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map(({ start, end }) => text.slice(start, end));
}

describe('tokenize', () => {
  it.each(['o.a.', 'bijv.', 'd.w.z.', 'dhr.', 'mevr.', 'mr.', 'dr.', 'prof.', 'jl.', 'nr.', 'ca.', 'resp.'])(
    'keeps the abbreviation %s whole',
    (abbreviation) => {
      expect(tokens(`Hij sprak ${abbreviation} met haar.`)).toEqual(['Hij', 'sprak', abbreviation, 'met', 'haar', '.']);
    },
  );

  it('keeps initials with their full stop', () => {
    expect(tokens('J. de Vries en M.C. Escher')).toEqual(['J.', 'de', 'Vries', 'en', 'M.C.', 'Escher']);
  });

  it("keeps elided forms: 's, zo'n, m'n, d'r", () => {
    expect(tokens("'s Avonds zag ik zo'n man met m'n broer en d'r zus.")).toEqual([
      "'s", 'Avonds', 'zag', 'ik', "zo'n", 'man', 'met', "m'n", 'broer', 'en', "d'r", 'zus', '.',
    ]);
    expect(tokens("Loekasjenko's auto's")).toEqual(["Loekasjenko's", "auto's"]);
  });

  it('keeps hyphenated names and compounds whole', () => {
    expect(tokens('De Wit-Russische en pro-Russische leiders in het Midden-Oosten.')).toEqual([
      'De', 'Wit-Russische', 'en', 'pro-Russische', 'leiders', 'in', 'het', 'Midden-Oosten', '.',
    ]);
  });

  it('keeps numbers whole: 1.000, 3,5, 80%, 26-jarige', () => {
    expect(tokens('Ruim 1.000 mensen, 3,5 procent, 80 procent of 80% en een 26-jarige.')).toEqual([
      'Ruim', '1.000', 'mensen', ',', '3,5', 'procent', ',', '80', 'procent', 'of', '80%', 'en', 'een', '26-jarige', '.',
    ]);
  });

  it('splits dates into day and month', () => {
    expect(tokens('de verkiezingen van 9 augustus.')).toEqual(['de', 'verkiezingen', 'van', '9', 'augustus', '.']);
  });

  it.each([
    ['‘', '’'],
    ["'", "'"],
    ['"', '"'],
    ['„', '”'],
    ['«', '»'],
    ['“', '”'],
    [',,', "''"],
  ])('separates the quotation marks %s %s', (open, close) => {
    expect(tokens(`${open}Wij zijn Slaven.${close}, zei hij.`)).toEqual([open, 'Wij', 'zijn', 'Slaven', '.', close, ',', 'zei', 'hij', '.']);
  });

  it('keeps URLs, hashtags and handles whole', () => {
    expect(tokens('In #Minsk, zie https://t.co/anBMCAs5V5 — Alex (@AlexKokcharov) August')).toEqual([
      'In', '#Minsk', ',', 'zie', 'https://t.co/anBMCAs5V5', '—', 'Alex', '(', '@AlexKokcharov', ')', 'August',
    ]);
    expect(tokens('killed on 10 August:https://t.co/x1')).toEqual(['killed', 'on', '10', 'August', ':', 'https://t.co/x1']);
  });

  it('keeps offsets into the given text, also from an offset', () => {
    const text = 'Poetin  belt.';
    expect(tokenize(text, 100)).toEqual([
      { start: 100, end: 106 },
      { start: 108, end: 112 },
      { start: 112, end: 113 },
    ]);
  });
});

describe('splitSentences', () => {
  it('keeps a quote that spans sentences attached to its first and last sentence', () => {
    expect(sentences('‘Wij zijn Slaven. Wij hebben een hart’, zei Loekasjenko aan de BBC. ‘Misschien. Maar niet.’')).toEqual([
      '‘Wij zijn Slaven.',
      'Wij hebben een hart’, zei Loekasjenko aan de BBC.',
      '‘Misschien.',
      'Maar niet.’',
    ]);
  });

  it('gives a straight quote to the sentence it is written against', () => {
    expect(sentences('Poetin steunt hem. "Hij zei niets." Daarna "stilte".')).toEqual([
      'Poetin steunt hem.',
      '"Hij zei niets."',
      'Daarna "stilte".',
    ]);
  });

  it('does not end a sentence at an abbreviation or initial', () => {
    expect(sentences('Dhr. J. de Vries sprak o.a. met mevr. Jansen. Daarna niets.')).toEqual([
      'Dhr. J. de Vries sprak o.a. met mevr. Jansen.',
      'Daarna niets.',
    ]);
  });

  it('ends a sentence at a paragraph break, also without punctuation', () => {
    expect(sentences('Doden\n\nDe Poolse grenswacht telt zeven doden. Volgens anderen tien.')).toEqual([
      'Doden',
      'De Poolse grenswacht telt zeven doden.',
      'Volgens anderen tien.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('Hij zei... en toen niets.')).toEqual(['Hij zei... en toen niets.']);
  });
});
