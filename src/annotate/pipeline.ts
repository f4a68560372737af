import { KroniekError } from '../errors.ts';
import type { Layers, Span } from '../doc/types.ts';
import type { AnnotationInput, Annotator } from './annotator.ts';

/**
 * Annotators in the order they run. Creating one checks that every layer is made once and
 * only after the layers it needs, so a wrong order fails at start-up, not on the 1000th
 * article.
 */
export class AnnotationPipeline {
  private constructor(private readonly annotators: readonly Annotator[]) {}

  static async create(annotators: readonly Annotator[]): Promise<AnnotationPipeline> {
    const made = new Set<string>();
    for (const annotator of annotators) {
      for (const need of annotator.needs) {
        if (!made.has(need)) {
          throw new KroniekError('pipeline-order', `layer "${annotator.layer}" needs "${need}", which no earlier annotator makes`);
        }
      }
      if (made.has(annotator.layer)) {
        throw new KroniekError('pipeline-order', `layer "${annotator.layer}" is made twice`);
      }
      made.add(annotator.layer);
    }
    for (const annotator of annotators) await annotator.prepare?.();
    return new AnnotationPipeline(annotators);
  }

  /** The layers the pipeline makes, in order. */
  get layerNames(): readonly string[] {
    return this.annotators.map((annotator) => annotator.layer);
  }

  /** Runs every annotator over one cleaned document; each sees the layers before it. */
  annotate(input: Omit<AnnotationInput, 'layers'>): Layers {
    const layers: Record<string, readonly Span[]> = {};
    for (const annotator of this.annotators) {
      layers[annotator.layer] = annotator.annotate({ ...input, layers });
    }
    return layers;
  }
}
