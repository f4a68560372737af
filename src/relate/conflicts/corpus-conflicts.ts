import { FIGURES_LAYER, type FigureSpan } from '../../annotate/figures/figure.ts';
import type { DocumentStore } from '../../store/store.ts';
import type { Conflict, ConflictDocument } from './conflict.ts';
import { findConflicts } from './find-conflicts.ts';

/**
 * The conflicts of a stored corpus: every document's figures, with its story and date, through
 * findConflicts. Reads the corpus once and holds only its figures; stories must be up to date
 * (updateStories) for figures of different stories to stay apart.
 */
export async function corpusConflicts(store: DocumentStore): Promise<Conflict[]> {
  const documents: ConflictDocument[] = [];
  for await (const document of store.iterateDocuments()) {
    const figures = (document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[];
    if (figures.length === 0) continue;
    documents.push({ id: document.id, figures, story: await store.stories.storyOfDocument(document.id), date: document.published?.value ?? null });
  }
  return findConflicts(documents);
}
