import type { Document, Span } from '../doc/types.ts';

/** What an annotator sees: the cleaned document and the layers made before it. */
export type AnnotationInput = Pick<Document, 'text' | 'title' | 'published' | 'layers'>;

/**
 * Makes one named layer. Declares the layers it needs so the pipeline can check the order at
 * start-up; `prepare` loads models or tables once, before the first document.
 */
export interface Annotator<S extends Span = Span> {
  readonly layer: string;
  readonly needs: readonly string[];
  prepare?(): Promise<void>;
  annotate(input: AnnotationInput): readonly S[];
}
