import { Type } from 'typebox';
import { AnySpan, DateParams, Nullable, PageParams, Published } from './common.ts';

export const DocumentListQuery = Type.Object({
  ...DateParams,
  source: Type.Optional(Type.String({ minLength: 1, description: 'part of the source (path or URL), e.g. nos.nl' })),
  ...PageParams,
});

const Format = Type.Union(['seed', 'text', 'html', 'jsonl', 'rss', 'atom'].map((f) => Type.Literal(f)));

export const DocumentSummary = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  source: Type.String(),
  url: Nullable(Type.String()),
  format: Format,
  published: Published,
  chars: Type.Integer({ description: 'length of the cleaned text in UTF-16 code units' }),
  story: Nullable(Type.String()),
  duplicateOf: Nullable(Type.String()),
});

const Layer = Type.Array(AnySpan);

/** The export record of a document (docs/export-format.md) with its story and near-duplicates; every layer passes through. */
export const DocumentView = Type.Object(
  {
    id: Type.String(),
    source: Type.String(),
    url: Nullable(Type.String()),
    format: Format,
    published: Published,
    title: Nullable(Type.String()),
    text: Type.String(),
    removed: Type.Array(Type.Object({ text: Type.String(), reason: Type.String(), start: Type.Integer() }, { additionalProperties: true })),
    segments: Layer,
    sentences: Type.Optional(Layer),
    tokens: Type.Optional(Layer),
    mentions: Type.Optional(Layer),
    timexes: Type.Optional(Layer),
    quotes: Type.Optional(Layer),
    figures: Type.Optional(Layer),
    events: Type.Optional(Layer),
    story: Nullable(Type.String()),
    duplicates: Type.Array(Type.Object({ document: Type.String(), similarity: Type.Number() })),
  },
  { additionalProperties: true },
);

/** One JSONL record (docs/input-formats.md); the aliases of each field are accepted too. */
export const IngestRecord = Type.Object(
  {
    id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
    url: Type.Optional(Type.String()),
    source: Type.Optional(Type.String()),
    date: Type.Optional(Type.Union([Type.String(), Type.Number()])),
    published: Type.Optional(Type.Union([Type.String(), Type.Number()])),
    title: Type.Optional(Type.String()),
    text: Type.Optional(Type.String()),
    html: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: 'a JSONL record: text or html (or an alias) is required' },
);
