import { Type } from 'typebox';
import { DateParams, PageParams, Published, Nullable } from './common.ts';

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 1000, description: 'words (all must match), "a phrase", prefix*, -excluded, a OR b' }),
  ...DateParams,
  ...PageParams,
});

export const SearchHit = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  source: Type.String(),
  published: Published,
  score: Type.Number(),
  snippet: Type.Object({
    text: Type.String(),
    offset: Type.Integer({ description: 'where text starts in the cleaned text' }),
    highlights: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() }), { description: 'offsets into snippet.text' }),
  }),
});
