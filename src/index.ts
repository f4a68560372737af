/**
 * Kroniek's public library API. Everything not exported here is internal and may change.
 *
 * @example
 * import { SqliteStore, ingest, DEFAULT_SETTINGS, parseQuery } from 'kroniek';
 * const store = new SqliteStore('news.db');
 * await ingest(['articles/'], store, { settings: DEFAULT_SETTINGS });
 * const hits = await store.search(parseQuery('protesten Minsk'), { limit: 10, snippetChars: 200 });
 * const { sentences, tokens } = await analyzeRawText('Ik zie dat Poetin hem steunt.', DEFAULT_SETTINGS);
 */
export type { DatePrecision, Document, LanguageSegment, Layers, PublishedDate, Removal, SourceFormat, Span } from './doc/types.ts';
export { dayRange, parsePublished } from './doc/published.ts';
export { DEFAULT_SETTINGS, makeSettings, type Settings } from './config/settings.ts';
export { InputError, KroniekError, QueryError, UsageError, type InputLocation } from './errors.ts';
export { readInputs } from './ingest/read-inputs.ts';
export type { RawArticle, ReadFailure, ReadResult } from './ingest/raw-article.ts';
export { ingest, type IngestOptions, type IngestSummary } from './ingest/ingest.ts';
export { cleanArticle, type CleanedArticle } from './clean/clean-article.ts';
export { defaultBoilerplateRules, parseBoilerplateTable, type BoilerplateRule } from './clean/boilerplate.ts';
export type { Annotator, AnnotationInput } from './annotate/annotator.ts';
export { AnnotationPipeline } from './annotate/pipeline.ts';
export { DocumentBuilder, defaultAnnotators } from './annotate/document-builder.ts';
export type { SentenceAnalyzer, WordAnalysis } from './annotate/syntax/sentence-analysis.ts';
export { loadDutchAnalyzer } from './annotate/syntax/dutch-analyzer.ts';
export {
  headInSentence,
  isAnalysed,
  type DutchTokenSpan,
  type ForeignTokenSpan,
  type SentenceSpan,
  type TokenAnalysis,
  type TokenSpan,
} from './annotate/syntax/syntax-spans.ts';
export { TokenAnnotator } from './annotate/syntax/token-annotator.ts';
export { SentenceAnnotator } from './annotate/syntax/sentence-annotator.ts';
export { analyzeText, type TextAnalysis } from './annotate/syntax/text-analysis.ts';
export { analyzeRawText, type RawTextAnalysis } from './annotate/syntax/raw-text.ts';
export { formatConllu } from './annotate/syntax/conllu-writer.ts';
export { analysisRecord, type AnalysisRecord } from './annotate/syntax/analysis-json.ts';
export { reparseConllu } from './annotate/syntax/conllu-reparse.ts';
export { parseQuery, type SearchQuery } from './search/query.ts';
export { markSnippet, type Snippet } from './search/snippet.ts';
export type { DocumentStore, DocumentWrite, SearchHit, SearchOptions, WriteOutcome } from './store/store.ts';
export { SqliteStore } from './store/sqlite/sqlite-store.ts';
export { exportCorpus, type ExportFormat } from './export/export-corpus.ts';
export { documentRecord, type DocumentRecord } from './export/document-record.ts';
export { resolveEntities } from './relate/entities/resolve-entities.ts';
export { ensureEntities, rebuildEntities } from './relate/entities/rebuild-entities.ts';
export { nameKey } from './relate/entities/name-key.ts';
export { loadExonymLexicon, type ExonymEntry, type ExonymLexicon } from './relate/entities/exonym-lexicon.ts';
export type { Entity, EntityTable, MentionLink, NameCount } from './relate/entities/entity.ts';
export type { EntityDocument, InputMention } from './relate/entities/entity-input.ts';
export type { EntityQuery, EntityStore } from './store/store.ts';
