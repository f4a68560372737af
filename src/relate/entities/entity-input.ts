import type { EntityType } from '../../annotate/entities/mention.ts';
import type { TokenSpan } from '../../annotate/syntax/syntax-spans.ts';

/** One NER mention as the entity step reads it: its range, its model type and its sentence. */
export interface InputMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Index of its sentence in the document, for the one-sentence rule. */
  readonly sentence: number;
  /** Its tokens `[firstToken, endToken)` when the document has a tokens layer. */
  readonly firstToken?: number;
  readonly endToken?: number;
}

/** What the entity step needs of one document: its text, its mentions and (if any) its tokens. */
export interface EntityDocument {
  readonly id: string;
  readonly text: string;
  readonly mentions: readonly InputMention[];
  readonly tokens?: readonly TokenSpan[];
}

/** Where a name stands: its document, its NER mention, which part of it, its range and text. */
export interface MentionPlace {
  readonly document: string;
  /** Index of the NER mention in the document's `mentions` layer. */
  readonly mention: number;
  /** 0, or which name when one NER span holds two (`Poetin Loekasjenko`). */
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of its sentence in the document. */
  readonly sentence: number;
}

/** A name the clustering works with: a whole NER mention or the part of one that is a name. */
export interface NamePart extends MentionPlace {
  readonly type: EntityType;
  /** The role or title tied to this name (`Wit-Russische president`), if any. */
  role?: string;
}

/** What one NER mention turned out to be. */
export type MentionReading =
  | { readonly kind: 'name'; readonly parts: NamePart[] }
  /** A demonym or adjective of place (Wit-Russische, Poolse): linked to its place, no entity. */
  | { readonly kind: 'demonym'; readonly place: string }
  /** A role alone (Kremlinleider): kept as text, no entity. */
  | { readonly kind: 'role'; readonly role: string }
  /** Not a name at all (no capital letter: `straat`, `interview`): a model error, no entity. */
  | { readonly kind: 'not-a-name' };
