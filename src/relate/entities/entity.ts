import type { EntityType } from '../../annotate/entities/mention.ts';
import type { MentionPlace } from './entity-input.ts';

/** One spelling of an entity's name and how often it was written so. */
export interface NameCount {
  readonly name: string;
  readonly count: number;
}

/** One real-world person, organisation, place or other named thing, across the corpus. */
export interface Entity {
  /** Stable while its canonical name and type are: `e` and 12 hex digits. */
  readonly id: string;
  /** The lexicon's display name, else the most complete frequent spelling. */
  readonly name: string;
  readonly type: EntityType;
  /** Its exonym-lexicon entry (`BY`, `org:navo`), or null. */
  readonly lexiconId: string | null;
  /** Every spelling seen, most frequent first. */
  readonly variants: readonly NameCount[];
  /** Roles and titles tied to it (`Wit-Russische president`), most frequent first. */
  readonly roles: readonly NameCount[];
  /** Name mentions that refer to it (demonyms are not counted: see `demonymCount`). */
  readonly mentionCount: number;
  /** Adjectives and demonyms that point to it as a place (Wit-Russische -> Wit-Rusland). */
  readonly demonymCount: number;
  /** Ids of the documents that mention it (by name or demonym), in corpus order. */
  readonly documents: readonly string[];
}

/** Where one NER mention (or part of one) points: an entity, or a place by its demonym. */
export interface MentionLink extends MentionPlace {
  /** `name`: the text names the entity; `demonym`: an adjective or demonym of the place entity. */
  readonly relation: 'name' | 'demonym';
  readonly entity: string;
  readonly role: string | null;
}

/** The result of entity resolution over a corpus. */
export interface EntityTable {
  readonly entities: readonly Entity[];
  readonly links: readonly MentionLink[];
}
