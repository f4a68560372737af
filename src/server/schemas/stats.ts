import { Type } from 'typebox';
import { DateParams, Nullable } from './common.ts';

const Counts = Type.Record(Type.String(), Type.Integer());

export const Stats = Type.Object({
  documents: Type.Integer(),
  sources: Type.Integer(),
  entities: Type.Integer(),
  stories: Type.Integer(),
  duplicates: Type.Integer(),
  dates: Nullable(Type.Object({ first: Type.String(), last: Type.String() })),
  undated: Type.Integer(),
  byFormat: Counts,
  removalsByReason: Counts,
  segmentsByLanguage: Counts,
});

export const ArticlesTimelineQuery = Type.Object({ ...DateParams });

export const ArticlesTimeline = Type.Object({
  items: Type.Array(
    Type.Object({
      first: Type.String(),
      last: Type.String(),
      precision: Type.Union([Type.Literal('day'), Type.Literal('month'), Type.Literal('year')]),
      count: Type.Integer(),
    }),
  ),
});
