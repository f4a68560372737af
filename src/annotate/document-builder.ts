import { defaultBoilerplateRules, type BoilerplateRule } from '../clean/boilerplate.ts';
import { cleanArticle } from '../clean/clean-article.ts';
import { LanguageSegmenter } from '../clean/language-segments.ts';
import type { Settings } from '../config/settings.ts';
import { contentHash, documentId } from '../doc/identity.ts';
import type { Document } from '../doc/types.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { Annotator } from './annotator.ts';
import { MentionAnnotator } from './entities/mention-annotator.ts';
import { EventAnnotator } from './events/event-annotator.ts';
import { FigureAnnotator } from './figures/figure-annotator.ts';
import { AnnotationPipeline } from './pipeline.ts';
import { QuoteAnnotator } from './quotes/quote-annotator.ts';
import { SentenceAnnotator } from './syntax/sentence-annotator.ts';
import { TokenAnnotator } from './syntax/token-annotator.ts';
import { TimexAnnotator } from './time/timex-annotator.ts';

/**
 * The annotators Kroniek runs by default, in order. Later layers register here. Tokens need the
 * segments (non-Dutch passages are not analysed as Dutch); sentences are read off the tokens.
 */
export function defaultAnnotators(settings: Settings): Annotator[] {
  const foundation: Annotator[] = [new LanguageSegmenter(settings)];
  if (!settings.languageCore) return foundation;
  return [
    ...foundation,
    new TokenAnnotator(),
    new SentenceAnnotator(),
    new MentionAnnotator(),
    new TimexAnnotator(),
    new QuoteAnnotator(),
    new FigureAnnotator(),
    new EventAnnotator(),
  ];
}

/** Turns raw articles into cleaned, annotated documents: the read -> clean -> annotate step. */
export class DocumentBuilder {
  private constructor(
    private readonly pipeline: AnnotationPipeline,
    private readonly rules: readonly BoilerplateRule[],
    private readonly settings: Settings,
  ) {}

  static async create(settings: Settings, annotators = defaultAnnotators(settings)): Promise<DocumentBuilder> {
    return new DocumentBuilder(await AnnotationPipeline.create(annotators), defaultBoilerplateRules(), settings);
  }

  build(raw: RawArticle): Document {
    const { text, removed } = cleanArticle(raw, this.rules, this.settings);
    const layers = this.pipeline.annotate({ text, title: raw.title, published: raw.published });
    return {
      id: documentId(raw.sourceKey),
      source: raw.source,
      format: raw.format,
      url: raw.url,
      published: raw.published,
      title: raw.title,
      text,
      removed,
      layers,
      contentHash: contentHash(raw.title, raw.published, text),
    };
  }
}
