import type { Span } from '../../doc/types.ts';

/** Name of the layer of mentions. */
export const MENTIONS_LAYER = 'mentions';

/** The entity types of the CoNLL-2002 scheme. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A named-entity mention: the `mentions` layer, one span per name in the cleaned text, made by
 * the NER model from the `tokens` layer. Which real-world entity it refers to is decided later,
 * across documents (src/relate/), and is not part of the span.
 */
export interface MentionSpan extends Span {
  /** `text.slice(start, end)`, kept for readers of the export. */
  readonly text: string;
  readonly type: EntityType;
  /** Its tokens in the document's `tokens` layer: `[firstToken, endToken)`. */
  readonly firstToken: number;
  readonly endToken: number;
}
