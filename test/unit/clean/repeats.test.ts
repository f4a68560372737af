import { describe, expect, it } from 'vitest';
import { defaultBoilerplateRules } from '../../../src/clean/boilerplate.ts';
import { cleanArticle } from '../../../src/clean/clean-article.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { RawArticle } from '../../../src/ingest/raw-article.ts';

function clean(body: string) {
  const raw: RawArticle = {
    source: 'test', sourceKey: 'test', location: { file: 'test' }, format: 'text', url: null,
    title: null, published: null, body, bodyOffset: 0, removed: [],
  };
  return cleanArticle(raw, defaultBoilerplateRules(), DEFAULT_SETTINGS);
}

const P1 = 'Loekasjenko reist maandag naar Moskou voor crisisgesprekken met Poetin, meldt het Kremlin.';
const P2 = 'Het is niet de bedoeling documenten te ondertekenen. Er is ook geen persconferentie gepland.';
const P3 = 'Poetin had Loekasjenko gefeliciteerd met zijn verkiezingsoverwinning in augustus.';

describe('repeated content', () => {
  it('removes a repeated paragraph pair pasted as separate paragraphs', () => {
    const cleaned = clean([P1, P2, P3, P2].join('\n\n'));
    expect(cleaned.text).toBe([P1, P2, P3].join('\n\n'));
    expect(cleaned.removed).toHaveLength(1);
    expect(cleaned.removed[0]!.reason).toBe('repeated-content');
  });

  it('removes a repeated block glued into one paragraph after new text', () => {
    const cleaned = clean([P1, P2, `${P3} ${P1} ${P2}`].join('\n\n'));
    expect(cleaned.text).toBe([P1, P2, P3].join('\n\n'));
    expect(cleaned.removed[0]!.text).toBe(`${P1} ${P2}`);
  });

  it('keeps a single repeated sentence, like a quote repeated in a caption', () => {
    const quote = '‘Ik zie dat Poetin hem steunt, maar niet overdreven actief’, aldus Tichanovskaja.';
    const body = [P1, quote, P3, quote].join('\n\n');
    expect(clean(body).text).toBe(body);
  });

  it('keeps a short recurring phrase', () => {
    const body = ['Wit-Rusland. Minsk.', P1, 'Wit-Rusland. Minsk.'].join('\n\n');
    expect(clean(body).removed).toEqual([]);
  });

  it('ignores case and punctuation differences when comparing', () => {
    const cleaned = clean([P1, P2, P3, P2.toUpperCase().replace(/\./g, '!')].join('\n\n'));
    expect(cleaned.text).toBe([P1, P2, P3].join('\n\n'));
  });
});
