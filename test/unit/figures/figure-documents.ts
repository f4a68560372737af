import { DocumentBuilder } from '../../../src/annotate/document-builder.ts';
import { FIGURES_LAYER, type FigureSpan } from '../../../src/annotate/figures/figure.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { Document } from '../../../src/doc/types.ts';

let builder: Promise<DocumentBuilder> | null = null;

/** A document built from Dutch text by the default pipeline, as ingest would (one shared builder). */
export async function buildText(text: string, id = 'test'): Promise<Document> {
  builder ??= DocumentBuilder.create(DEFAULT_SETTINGS);
  return (await builder).build({
    source: id, sourceKey: `id:${id}`, location: { file: id }, format: 'text', url: null, title: null,
    published: { value: '2021-11', precision: 'month' }, body: text, bodyOffset: 0, removed: [],
  });
}

/** The figures layer of a document. */
export function figuresOf(document: Document): readonly FigureSpan[] {
  return (document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[];
}

/** The figures of one text, each checked to be the slice of the text it claims. */
export async function figures(text: string): Promise<readonly FigureSpan[]> {
  const document = await buildText(text);
  const found = figuresOf(document);
  for (const figure of found) {
    if (document.text.slice(figure.start, figure.end) !== figure.text) throw new Error(`figure ${JSON.stringify(figure.text)} is not its slice`);
    if (figure.source && document.text.slice(figure.source.start, figure.source.end) !== figure.source.text) throw new Error(`source ${figure.source.text} is not its slice`);
  }
  return found;
}
