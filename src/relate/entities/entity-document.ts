import { MENTIONS_LAYER, type MentionSpan } from '../../annotate/entities/mention.ts';
import { TOKENS_LAYER, type TokenSpan } from '../../annotate/syntax/syntax-spans.ts';
import type { Document } from '../../doc/types.ts';
import type { EntityDocument } from './entity-input.ts';

/** The layers `entityDocument` reads: a store reads no others for the entity step. */
export const ENTITY_LAYERS = [MENTIONS_LAYER, TOKENS_LAYER] as const;

/** What the entity step reads of a stored document: its text, `mentions` and `tokens` layers. */
export function entityDocument(document: Pick<Document, 'id' | 'text' | 'layers'>): EntityDocument {
  const mentions = (document.layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[];
  const tokens = (document.layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
  return {
    id: document.id,
    text: document.text,
    tokens,
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      sentence: tokens[m.firstToken]?.sentence ?? 0,
      firstToken: m.firstToken,
      endToken: m.endToken,
    })),
  };
}
