import { FIGURES_LAYER } from '../annotate/figures/figure.ts';
import { SENTENCES_LAYER } from '../annotate/syntax/syntax-spans.ts';
import type { Document, PublishedDate } from '../doc/types.ts';
import { linksByMention } from '../export/entity-record.ts';
import { conflictDocument, corpusConflicts, findConflicts, type Conflict, type ConflictDocument } from '../relate/conflicts/index.ts';
import type { DocumentStore } from '../store/store.ts';
import { linkedSource, type LinkedFigure } from './figure-views.ts';
import { sentenceSpan } from './sentence-span.ts';

/** One side of a conflict: the figure, its source and sentence, and its article's title and date. */
export interface ConflictFigureView extends LinkedFigure {
  readonly title: string | null;
  readonly published: PublishedDate | null;
}

/** Figures that report one quantity differently, each with what a reader needs to compare them. */
export interface ConflictView {
  readonly about: string;
  readonly unit: string | null;
  readonly figures: readonly ConflictFigureView[];
}

/** The layers conflictsAmong needs of its documents: their figures, and sentences to show. */
export const CONFLICT_LAYERS: readonly string[] = [FIGURES_LAYER, SENTENCES_LAYER];

/** The conflicts among some documents (their figures compared within each story, src/relate/conflicts). */
export async function conflictsAmong(store: DocumentStore, documents: readonly Document[]): Promise<ConflictView[]> {
  const inputs: ConflictDocument[] = [];
  for (const document of documents) inputs.push(await conflictDocument(store, document));
  return conflictViews(store, findConflicts(inputs.filter((d) => d.figures.length > 0)), new Map(documents.map((d) => [d.id, d])));
}

/**
 * Every conflict of the corpus (corpusConflicts: one read of every document, yielding to the
 * event loop as it goes; a caller caches the result until the corpus changes).
 */
export async function corpusConflictViews(store: DocumentStore): Promise<ConflictView[]> {
  return conflictViews(store, await corpusConflicts(store), new Map());
}

/** Conflicts with each figure's article, sentence and linked source (documents read once each). */
async function conflictViews(store: DocumentStore, conflicts: readonly Conflict[], known: Map<string, Document>): Promise<ConflictView[]> {
  const links = new Map<string, ReturnType<typeof linksByMention>>();
  const views: ConflictView[] = [];
  for (const conflict of conflicts) {
    const figures: ConflictFigureView[] = [];
    for (const figure of conflict.figures) {
      let document = known.get(figure.document) ?? null;
      if (!document) {
        document = await store.getDocument(figure.document, { layers: [SENTENCES_LAYER] });
        if (document) known.set(document.id, document);
      }
      if (!links.has(figure.document)) links.set(figure.document, linksByMention(await store.entities.linksOfDocument(figure.document)));
      const { document: id, start, end, text, value, high, unit, qualifier } = figure;
      figures.push({
        document: id, start, end, text, value, high, unit, qualifier,
        source: linkedSource(figure, links.get(id)!),
        title: document?.title ?? null,
        published: document?.published ?? null,
        sentence: document ? sentenceSpan(document, start, end) : { start, end, text },
      });
    }
    views.push({ about: conflict.about, unit: conflict.unit, figures });
  }
  return views;
}
