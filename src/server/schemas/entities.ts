import { Type } from 'typebox';
import { Nullable, PageParams } from './common.ts';
import { QuoteView } from './facts.ts';

const EntityType = Type.Union(['PER', 'ORG', 'LOC', 'MISC'].map((t) => Type.Literal(t)));
const NameCount = Type.Object({ name: Type.String(), count: Type.Integer() });

export const EntityListQuery = Type.Object({
  type: Type.Optional(EntityType),
  q: Type.Optional(Type.String({ minLength: 1, description: 'any spelling: case, diacritics and transliteration do not matter' })),
  ...PageParams,
});

export const EntitySummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: EntityType,
  mention_count: Type.Integer(),
  documents: Type.Integer(),
  variants: Type.Array(NameCount),
});

export const MentionInContext = Type.Object({
  document: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  relation: Type.Union([Type.Literal('name'), Type.Literal('demonym')]),
  role: Nullable(Type.String()),
  sentence: Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() }),
});

export const EntityView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: EntityType,
  variants: Type.Array(NameCount),
  roles: Type.Array(NameCount),
  mention_count: Type.Integer(),
  documents: Type.Array(Type.String()),
  lexicon_id: Nullable(Type.String()),
  demonym_count: Type.Integer(),
  mentions: Type.Array(MentionInContext),
  mentionsTotal: Type.Integer(),
  cooccurrences: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: EntityType, documents: Type.Integer() })),
  quotes: Type.Array(QuoteView),
});

export const TimelineEntry = Type.Object(
  {
    kind: Type.Union([Type.Literal('article'), Type.Literal('event')]),
    first: Nullable(Type.String()),
    last: Nullable(Type.String()),
    precision: Nullable(Type.String()),
    document: Type.String(),
    text: Type.String(),
    start: Type.Integer(),
    end: Type.Integer(),
  },
  { additionalProperties: true },
);

export const Timeline = Type.Object({ items: Type.Array(TimelineEntry) });
