import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAnnotators } from '../../../src/annotate/document-builder.ts';
import { MENTIONS_LAYER, type MentionSpan } from '../../../src/annotate/entities/mention.ts';
import { AnnotationPipeline } from '../../../src/annotate/pipeline.ts';
import { QUOTES_LAYER, type QuoteSpan } from '../../../src/annotate/quotes/quote-span.ts';
import { makeSettings } from '../../../src/config/settings.ts';

let pipeline: AnnotationPipeline;

beforeAll(async () => {
  pipeline = await AnnotationPipeline.create(defaultAnnotators(makeSettings()));
});

/** The quotes of a text, each checked against the text, with the name its speaker resolves to. */
function quotesOf(text: string): (QuoteSpan & { name: string | null })[] {
  const layers = pipeline.annotate({ text, title: null, published: null });
  const mentions = layers[MENTIONS_LAYER] as readonly MentionSpan[];
  return (layers[QUOTES_LAYER] as readonly QuoteSpan[]).map((quote) => {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    const name = quote.speaker?.mention != null ? mentions[quote.speaker.mention]!.text : (quote.speaker?.text ?? null);
    return { ...quote, name };
  });
}

describe('QuoteAnnotator', () => {
  it('splits a quote around its attribution and gives both parts the speaker', () => {
    const quotes = quotesOf(
      'De Wit-Russische president Aleksandr Loekasjenko gaf de BBC een interview.\n\n‘Wij zijn Slaven. Wij hebben een hart. Onze troepen weten dat de migranten naar Duitsland gaan’, zei Loekasjenko aan de BBC. ‘Misschien heeft iemand hen geholpen. Maar ik zal dat niet eens onderzoeken.’',
    );
    expect(quotes.map((q) => [q.kind, q.text.slice(0, 16), q.name, q.speaker?.resolution, q.cue?.lemma])).toEqual([
      ['direct', 'Wij zijn Slaven.', 'Loekasjenko', 'subject', 'zeggen'],
      ['direct', 'Misschien heeft ', 'Loekasjenko', 'continued', 'zeggen'],
    ]);
    expect(quotes[1]!.continues).toBe(0);
  });

  it('resolves "zei hij" to the subject of the sentence before, not to its last name', () => {
    const [quote] = quotesOf(
      "Eerder op woensdag had een Poolse regeringswoordvoerder Piotr Mueller het gesprek tussen Loekasjenko en Merkel nog gehekeld. Het is 'op een bepaalde manier een aanvaarding van zijn verkiezing', zei hij.",
    );
    expect(quote).toMatchObject({ kind: 'direct', name: 'Piotr Mueller', speaker: { text: 'hij', resolution: 'pronoun' } });
    expect(quote!.text).toBe("Het is 'op een bepaalde manier een aanvaarding van zijn verkiezing'");
  });

  it('reads the speaker of a colon introduction', () => {
    const [quote] = quotesOf('Minister Wopke Hoekstra sprak woensdag in de Kamer. Hij zei: „Nederland erkent de uitslag niet. Daar moet geen misverstand over bestaan.”');
    expect(quote).toMatchObject({ kind: 'direct', name: 'Wopke Hoekstra', cue: { lemma: 'zeggen' } });
    expect(quote!.text).toBe('Nederland erkent de uitslag niet. Daar moet geen misverstand over bestaan.');
  });

  it('takes the speaker after aldus, and a role noun back to the person it describes', () => {
    const quotes = quotesOf(
      "Poetin houdt een afwachtende houding aan, ziet Svetlana Tichanovskaja. 'Hij heeft geen soldaten gestuurd, hij staat aan de kant en observeert', aldus de politica.",
    );
    expect(quotes.map((q) => [q.kind, q.name, q.speaker?.resolution, q.cue?.lemma])).toEqual([
      ['indirect', 'Svetlana Tichanovskaja', 'subject', 'zien'],
      ['direct', 'Svetlana Tichanovskaja', 'role', 'aldus'],
    ]);
  });

  it('reads volgens at the start and inside a sentence, with a pronoun resolved', () => {
    const quotes = quotesOf(
      'Het verzet tegen zijn herverkiezing is volgens president Loekasjenko een bedreiging voor de hele regio. Volgens hem wordt er vanuit het buitenland gewerkt aan een staatsgreep.',
    );
    expect(quotes.map((q) => [q.kind, q.text.slice(0, 20), q.name, q.speaker?.resolution])).toEqual([
      ['indirect', 'Het verzet tegen zij', 'Loekasjenko', 'volgens'],
      ['indirect', 'wordt er vanuit het ', 'Loekasjenko', 'pronoun'],
    ]);
  });

  it('reads indirect speech with dat, and not a negated verb or a verb in another sense', () => {
    const quotes = quotesOf(
      'De Litouwse president Gitanas Nauseda verklaarde donderdag dat zijn land de grens verder zal versterken. Hij zei niet dat er militairen naar de grens gaan. Geen enkele lidstaat erkent hem als legitieme leider.',
    );
    expect(quotes.map((q) => [q.kind, q.text, q.name, q.cue?.lemma])).toEqual([
      ['indirect', 'zijn land de grens verder zal versterken', 'Gitanas Nauseda', 'verklaren'],
    ]);
  });

  it('reads "Dat meldde X" as a report of the sentence before', () => {
    const [quote] = quotesOf('Loekasjenko en Merkel willen praten over de migratiecrisis. Dat meldde het kabinet van Loekasjenko woensdag.');
    expect(quote).toMatchObject({ kind: 'indirect', text: 'Loekasjenko en Merkel willen praten over de migratiecrisis', name: 'kabinet van Loekasjenko', cue: { lemma: 'melden' } });
  });

  it('leaves a quote with no attributable speaker without one, and a scare quote out', () => {
    const quotes = quotesOf(
      "Na de 'megaoverwinning' van Loekasjenko gingen duizenden de straat op. Kinderen slapen in tentjes naast het hek. ‘Help ons, alstublieft.’ \"We zijn niet bang meer\", klonk het uit de menigte.",
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.cue?.lemma ?? null])).toEqual([
      ['Help ons, alstublieft.', null, null],
      ['We zijn niet bang meer', null, 'klinken'],
    ]);
  });

  it('drops the quote inside a quote', () => {
    const quotes = quotesOf("'Ik zie dat Poetin hem steunt, maar niet overdreven actief', aldus Svetlana Tichanovskaja.");
    expect(quotes.map((q) => [q.kind, q.name])).toEqual([['direct', 'Svetlana Tichanovskaja']]);
  });
});
