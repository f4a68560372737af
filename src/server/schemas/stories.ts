import { Type } from 'typebox';
import { Nullable } from './common.ts';
import { DocumentSummary } from './documents.ts';
import { TimelineEntry } from './entities.ts';
import { ConflictView, FigureView, QuoteView } from './facts.ts';

export const StorySummary = Type.Object({
  id: Type.String(),
  label: Type.String(),
  articles: Type.Integer(),
  start: Nullable(Type.String()),
  end: Nullable(Type.String()),
  open: Type.Boolean(),
  entities: Type.Array(Type.Object({ name: Type.String(), articles: Type.Integer() })),
});

export const StoryView = Type.Object({
  id: Type.String(),
  label: Type.String(),
  documents: Type.Array(Type.String()),
  start: Nullable(Type.String()),
  end: Nullable(Type.String()),
  open: Type.Boolean(),
  entities: Type.Array(Type.Object({ name: Type.String(), key: Type.String(), articles: Type.Integer() })),
  timeline: Type.Array(TimelineEntry),
  articles: Type.Array(DocumentSummary),
  quotes: Type.Array(QuoteView),
  figures: Type.Array(FigureView),
  conflicts: Type.Array(ConflictView),
});
