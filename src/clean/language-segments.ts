import type { Annotator, AnnotationInput } from '../annotate/annotator.ts';
import type { LanguageSegment } from '../doc/types.ts';
import type { Settings } from '../config/settings.ts';

/** The language of the corpus: segments are only made for text in another one. */
const MAIN_LANGUAGE = 'nl';
/** How far another language's score must be ahead of Dutch before a paragraph is not Dutch. */
const MIN_SCORE_LEAD = 0.1;
/** Languages eld confuses with Dutch on short text; a paragraph "in" one of these is Dutch. */
const DUTCH_OR_CLOSE = new Set(['af', 'fy', 'nl']);
/** Marks of an embedded social post: a t.co or pic.twitter.com link, "— Name (@handle) date". */
const EMBED_SIGNS = /pic\.twitter\.com|https?:\/\/t\.co\/|—\s*[^()]{1,60}\(@\w+\)|instagram\.com\/p\//i;
/**
 * Words that only Dutch uses this often. A paragraph where they make up a good share of the
 * words is Dutch without asking the language identifier, which costs ~100 times more; words
 * shared with English or German ("in", "is", "was", "of") are left out on purpose.
 */
const DUTCH_FUNCTION_WORDS = new Set([
  'de', 'het', 'een', 'en', 'van', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'er',
  'aan', 'ook', 'maar', 'naar', 'om', 'bij', 'zich', 'werd', 'heeft', 'nog', 'wel', 'uit', 'als',
  'door', 'hij', 'ze', 'zij', 'wordt', 'deze', 'worden', 'hebben', 'zou', 'tegen', 'geen', 'wat',
  'over', 'nu', 'al', 'tot', 'dan', 'hun', 'haar', 'hem', 'kan', 'moet', 'zal', 'meer', 'volgens',
]);
/** Share of Dutch function words above which a paragraph is taken to be Dutch outright. */
const DUTCH_FUNCTION_WORD_SHARE = 0.2;
/** Words and characters looked at for that quick check: enough to judge, cheap to scan. */
const QUICK_CHECK_CHARS = 240;
const QUICK_CHECK_MIN_WORDS = 8;
const LATIN_WORD = /[a-z\u00e0-\u00ff]+/g;
const WORD = /[\p{L}]+/gu;

/** Not language: links, handles and hashtags are left out of detection. */
const NOT_LANGUAGE = /https?:\/\/\S+|pic\.twitter\.com\/\S+|[@#][\p{L}\p{N}_]+/gu;

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/**
 * Marks paragraphs of the cleaned text that are not Dutch (the English tweet in seed 002),
 * with the language eld finds and whether the paragraph is an embedded post. Later layers skip
 * these segments instead of analysing English as Dutch.
 */
export class LanguageSegmenter implements Annotator<LanguageSegment> {
  readonly layer = 'segments';
  readonly needs = [];
  private detector: Detector | null = null;

  constructor(private readonly settings: Settings) {}

  async prepare(): Promise<void> {
    // eld takes ~0.4 s to load its n-gram tables: load once, and only when ingesting.
    const { eld } = await import('eld/small');
    this.detector = eld as unknown as Detector;
  }

  annotate({ text }: AnnotationInput): LanguageSegment[] {
    const detector = this.detector;
    if (!detector) throw new Error('LanguageSegmenter.prepare() was not awaited');
    const segments: LanguageSegment[] = [];
    for (const { start, end } of paragraphs(text)) {
      const paragraph = text.slice(start, end);
      const language = this.foreignLanguage(detector, paragraph);
      if (language) {
        const kind = EMBED_SIGNS.test(paragraph) ? 'embed' : 'passage';
        segments.push({ start, end, language, kind, producer: 'eld-paragraph' });
      }
    }
    return segments;
  }

  private foreignLanguage(detector: Detector, paragraph: string): string | null {
    if (looksDutch(paragraph.slice(0, QUICK_CHECK_CHARS).toLowerCase().match(LATIN_WORD) ?? [])) return null;
    const language = paragraph.replace(NOT_LANGUAGE, ' ');
    const words = language.match(WORD) ?? [];
    const letters = words.reduce((sum, word) => sum + word.length, 0);
    if (letters < this.settings.languageMinLetters) return null;
    const result = detector.detect(language);
    if (DUTCH_OR_CLOSE.has(result.language) || !result.isReliable()) return null;
    const scores = result.getScores();
    const lead = (scores[result.language] ?? 0) - (scores[MAIN_LANGUAGE] ?? 0);
    return lead >= MIN_SCORE_LEAD ? result.language : null;
  }
}

function looksDutch(words: readonly string[]): boolean {
  if (words.length < QUICK_CHECK_MIN_WORDS) return false;
  const dutch = words.filter((word) => DUTCH_FUNCTION_WORDS.has(word)).length;
  return dutch / words.length >= DUTCH_FUNCTION_WORD_SHARE;
}

function* paragraphs(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start < text.length) {
    const found = text.indexOf('\n\n', start);
    const end = found < 0 ? text.length : found;
    if (end > start) yield { start, end };
    start = end + 2;
  }
}
