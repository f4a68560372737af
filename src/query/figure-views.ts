import { FIGURES_LAYER, type FigureSource, type FigureSpan } from '../annotate/figures/figure.ts';
import type { Document } from '../doc/types.ts';
import { linkArguments, linksByMention } from '../export/entity-record.ts';
import type { ConflictFigure } from '../relate/conflicts/index.ts';
import type { MentionLink } from '../relate/entities/entity.ts';
import { sentenceSpan, type SentenceContext } from './sentence-span.ts';

/** A figure's source with the entity its name refers to (or null). */
export type LinkedFigureSource = FigureSource & { readonly entity: string | null };

/** A figure's fields as a conflict names them, its source linked to its entity, and its sentence. */
export interface LinkedFigure extends Omit<ConflictFigure, 'source'> {
  readonly source: LinkedFigureSource | null;
  readonly sentence: SentenceContext;
}

/** A figure as the API lists it: the number, what it counts, who gives it, and its sentence. */
export interface FigureView extends LinkedFigure {
  readonly about: string;
}

/** The source of a figure with its entity, from the document's links by mention. */
export function linkedSource(figure: Pick<FigureSpan, 'source'>, byMention: ReturnType<typeof linksByMention>): LinkedFigureSource | null {
  if (!figure.source) return null;
  return (linkArguments({ source: figure.source }, byMention) as { source: LinkedFigureSource }).source;
}

/** The figures of one document as views. */
export function figureViews(document: Document, links: readonly MentionLink[]): FigureView[] {
  const byMention = linksByMention(links);
  return ((document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[]).map((figure) => ({
    document: document.id,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    value: figure.value,
    high: figure.high,
    unit: figure.unit,
    qualifier: figure.qualifier,
    about: figure.about,
    source: linkedSource(figure, byMention),
    sentence: sentenceSpan(document, figure.start, figure.end),
  }));
}
