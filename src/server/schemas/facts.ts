import { Type } from 'typebox';
import { Argument, Nullable, PageParams, Published, Sentence } from './common.ts';

export const QuoteView = Type.Object({
  document: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  kind: Type.Union([Type.Literal('direct'), Type.Literal('indirect')]),
  speaker: Nullable(Type.Object({ text: Type.String(), entity: Nullable(Type.String()), name: Nullable(Type.String()) })),
  cue: Nullable(Type.String()),
  published: Published,
  title: Nullable(Type.String()),
});

export const QuoteListQuery = Type.Object({
  speaker: Type.Optional(Type.String({ minLength: 1, description: 'an entity id: only what it said' })),
  document: Type.Optional(Type.String({ minLength: 1, description: 'a document id: only its quotes' })),
  ...PageParams,
});

const Qualifier = Nullable(Type.Object({ word: Type.String(), kind: Type.String() }));

/** The fields every figure view has: where it is and what it says (src/query/figure-views.ts). */
const FIGURE_FIELDS = {
  document: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  value: Type.Number(),
  high: Nullable(Type.Number()),
  unit: Nullable(Type.String()),
  qualifier: Qualifier,
};

export const FigureView = Type.Object({
  ...FIGURE_FIELDS,
  about: Type.String(),
  source: Nullable(Argument),
  sentence: Sentence,
});

export const ConflictView = Type.Object({
  about: Type.String(),
  unit: Nullable(Type.String()),
  figures: Type.Array(
    Type.Object({
      ...FIGURE_FIELDS,
      source: Nullable(Argument),
      title: Nullable(Type.String()),
      published: Published,
      sentence: Sentence,
    }),
    { minItems: 2 },
  ),
});

export const ConflictListQuery = Type.Object({ story: Type.Optional(Type.String({ minLength: 1, description: 'a story id: only conflicts among its articles' })) });
export const ConflictList = Type.Object({ items: Type.Array(ConflictView) });
