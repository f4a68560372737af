import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/clean/sentence-split.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('Wij zijn Slaven. Wij hebben een hart! Waarom? Daarom.')).toEqual([
      'Wij zijn Slaven.', 'Wij hebben een hart!', 'Waarom?', 'Daarom.',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(sentences('Dhr. J. de Vries sprak o.a. met mevr. Jansen. Daarna ging hij naar huis.')).toEqual([
      'Dhr. J. de Vries sprak o.a. met mevr. Jansen.', 'Daarna ging hij naar huis.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('‘Maar ik zal dat niet eens onderzoeken.’ Loekasjenko lachte.')).toEqual([
      '‘Maar ik zal dat niet eens onderzoeken.’', 'Loekasjenko lachte.',
    ]);
  });

  it('does not split inside numbers or before lower case', () => {
    expect(sentences('Ruim 1.000 mensen, ca. 3,5 procent. en zo verder')).toEqual(['Ruim 1.000 mensen, ca. 3,5 procent. en zo verder']);
  });
});
