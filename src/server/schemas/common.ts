import { Type, type TSchema } from 'typebox';

/** Largest page a list returns (docs/api.md): big enough for a table, small enough to answer fast. */
export const MAX_PAGE = 200;
/** Page size when the query gives none. */
export const DEFAULT_PAGE = 20;

/** `T` or JSON null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Every error reply: a stable code and a message that names the field or id at fault. */
export const ErrorReply = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) }, { description: 'An error' });

/** The error replies every route may give. */
export const ERRORS = { 400: ErrorReply, 404: ErrorReply, 500: ErrorReply } as const;

/** `offset` and `limit` of a paged list. */
export const PageParams = {
  offset: Type.Integer({ minimum: 0, default: 0, description: 'items to skip' }),
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE, description: `items to return, at most ${MAX_PAGE}` }),
};

/** A day, month or year as a query parameter (`2021-11-17`, `2021-11`, `2021`). */
const DateParam = (description: string) => Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description });

/** `from` and `to`: a document is kept when the days it may fall on overlap the range (a month-only date covers its month). */
export const DateParams = {
  from: Type.Optional(DateParam('first day, month or year a document may fall on')),
  to: Type.Optional(DateParam('last day, month or year a document may fall on')),
};

/** A paged reply of `items`. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer(), items: Type.Array(item) });

/** `:id` in a path. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

/** A publication date with its precision (src/doc/types.ts). */
export const Published = Nullable(
  Type.Object({ value: Type.String(), precision: Type.Union([Type.Literal('year'), Type.Literal('month'), Type.Literal('day'), Type.Literal('minute')]) }),
);

/** A sentence by its offsets: `text` is `document.text.slice(start, end)`. */
export const Sentence = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() });

/** Words of the text that name an entity: a speaker, an agent, a figure's source. */
export const Argument = Type.Object(
  { start: Type.Integer(), end: Type.Integer(), text: Type.String(), mention: Nullable(Type.Integer()), entity: Type.Optional(Nullable(Type.String())) },
  { additionalProperties: true },
);

/** Any span of a layer: its offsets and producer; each layer's own fields pass through whole. */
export const AnySpan = Type.Object({ start: Type.Integer(), end: Type.Integer(), producer: Type.Optional(Type.String()) }, { additionalProperties: true });
