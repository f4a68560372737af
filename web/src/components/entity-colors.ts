import type { EntityType } from '../api.ts';

/** One colour per entity type, shared by the text marks (styles.css), the graph and the legends. */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  PER: '#c0392b',
  ORG: '#2471a3',
  LOC: '#1e8449',
  MISC: '#8e44ad',
};
