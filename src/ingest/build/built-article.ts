import type { ReadFailure, RawArticle } from '../raw-article.ts';
import { DocumentBuilder } from '../../annotate/document-builder.ts';
import { KroniekError, formatLocation } from '../../errors.ts';
import { encodeStoredLayers } from '../../store/sqlite/layer-codec.ts';
import type { DocumentWrite } from '../../store/store.ts';

/** One raw article after cleaning and annotation: ready to write, or why it could not be. */
export type BuiltArticle = { readonly kind: 'write'; readonly write: DocumentWrite } | ReadFailure;

/** Builds a batch of raw articles; runs on the main thread or in a worker thread. */
export function buildArticles(builder: DocumentBuilder, articles: readonly RawArticle[]): BuiltArticle[] {
  return articles.map((article) => {
    try {
      const { layers, ...rest } = builder.build(article);
      // Encoded here, in the worker: the writer then gets a few strings per document instead
      // of every span as an object to clone, collect and encode on the main thread.
      return { kind: 'write', write: { document: { ...rest, layers: {} }, sourceKey: article.sourceKey, encodedLayers: encodeStoredLayers(layers) } };
    } catch (error) {
      return processingFailure(article, error);
    }
  });
}

function processingFailure(article: RawArticle, error: unknown): ReadFailure {
  const code = error instanceof KroniekError ? error.code : 'processing';
  return { kind: 'failure', location: article.location, code, message: `${formatLocation(article.location)}: ${(error as Error).message}` };
}
