import { setImmediate as nextTurn } from 'node:timers/promises';
import { FIGURES_LAYER, type FigureSpan } from '../../annotate/figures/figure.ts';
import type { Document } from '../../doc/types.ts';
import type { DocumentStore } from '../../store/store.ts';
import type { Conflict, ConflictDocument } from './conflict.ts';
import { findConflicts } from './find-conflicts.ts';

/** Documents read between two turns of the event loop: a server scanning the corpus for its
 * conflicts goes on answering other requests meanwhile. */
const SCAN_CHUNK = 200;

/**
 * The conflicts of a stored corpus: every document's figures, with its story and date, through
 * findConflicts. Reads the corpus once and holds only its figures; stories must be up to date
 * (updateStories) for figures of different stories to stay apart.
 */
export async function corpusConflicts(store: DocumentStore): Promise<Conflict[]> {
  const documents: ConflictDocument[] = [];
  let read = 0;
  for await (const document of store.iterateDocuments({ layers: [FIGURES_LAYER] })) {
    if (++read % SCAN_CHUNK === 0) await nextTurn();
    const input = await conflictDocument(store, document);
    if (input.figures.length > 0) documents.push(input);
  }
  return findConflicts(documents);
}

/** A stored document as findConflicts reads it: its figures, story and date. */
export async function conflictDocument(store: DocumentStore, document: Document): Promise<ConflictDocument> {
  const figures = (document.layers[FIGURES_LAYER] ?? []) as readonly FigureSpan[];
  const story = figures.length > 0 ? await store.stories.storyOfDocument(document.id) : null;
  return { id: document.id, figures, story, date: document.published?.value ?? null };
}
