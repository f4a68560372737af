import type { DocumentView } from '../api.ts';
import type { Translate } from '../i18n/index.ts';
import { href } from '../router.ts';
import type { TextMark } from './text-pieces.ts';

/** The layers a reader can switch on and off, in the order of the toggles. */
export const LAYER_KEYS = ['PER', 'ORG', 'LOC', 'MISC', 'timexes', 'quotes', 'figures', 'segments'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** A mark with what the page shows for it. `target` is the span the link asked for (`?at=`). */
export interface DocumentMark extends TextMark<LayerKey | 'speaker' | 'target'> {
  readonly className: string;
  readonly title: string;
  readonly href?: string;
  /** A short visible badge drawn (by CSS, outside the text) where the mark starts, e.g. `en`. */
  readonly label?: string;
}

/** Nesting order among marks of equal length: quotes around names around numbers. */
export const MARK_ORDER: readonly string[] = ['segments', 'quotes', 'speaker', 'PER', 'ORG', 'LOC', 'MISC', 'timexes', 'figures', 'target'];

const ENTITY_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/** Every mark of the document's layers that are switched on. */
export function documentMarks(document: DocumentView, shown: ReadonlySet<LayerKey>, t: Translate): DocumentMark[] {
  const marks: DocumentMark[] = [];
  (document.mentions ?? []).forEach((mention, index) => {
    const layer = ENTITY_TYPES.has(mention.type) ? (mention.type as LayerKey) : 'MISC';
    if (!shown.has(layer)) return;
    const extra = [mention.role, mention.relation === 'demonym' ? t('entity.demonym') : undefined].filter(Boolean).join(', ');
    marks.push({
      layer,
      start: mention.start,
      end: mention.end,
      index,
      className: `mark entity entity-${layer}`,
      title: `${t(`layer.${layer}`)}: ${mention.text}${extra ? ` (${extra})` : ''}`,
      ...(mention.entity ? { href: href('entity', mention.entity) } : {}),
    });
  });
  if (shown.has('timexes')) {
    (document.timexes ?? []).forEach((timex, index) => {
      const precision = timex.precision ?? '';
      marks.push({
        layer: 'timexes', start: timex.start, end: timex.end, index, className: 'mark timex',
        title: t('doc.timex', { type: timex.type, value: timex.value, precision: isPrecision(precision) ? t(`precision.${precision}`) : precision || '?' }),
      });
    });
  }
  if (shown.has('quotes')) {
    (document.quotes ?? []).forEach((quote, index) => {
      const speaker = quote.speaker?.text;
      const title = speaker ? t('doc.quoteBy', { speaker }) : t('doc.quoteUnknown');
      marks.push({ layer: 'quotes', start: quote.start, end: quote.end, index, className: `mark quote quote-${quote.kind}`, title });
      if (quote.speaker) {
        marks.push({
          layer: 'speaker', start: quote.speaker.start, end: quote.speaker.end, index, className: 'mark speaker', title: `${t('quote.speaker')}: ${quote.speaker.text}`,
          ...(quote.speaker.entity ? { href: href('entity', quote.speaker.entity) } : {}),
        });
      }
    });
  }
  if (shown.has('figures')) {
    (document.figures ?? []).forEach((figure, index) => {
      const value = figure.high != null && figure.high !== figure.value ? `${figure.value}–${figure.high}` : String(figure.value ?? '?');
      marks.push({
        layer: 'figures', start: figure.start, end: figure.end, index, className: 'mark figure',
        title: t('doc.figure', { value, unit: figure.unit ?? '', about: figure.about ?? '?' }).replace(/\s+,/, ','),
      });
    });
  }
  if (shown.has('segments')) {
    document.segments.forEach((segment, index) => {
      const title = segment.kind === 'embed' ? t('doc.segmentEmbed', { language: segment.language }) : t('doc.segment', { language: segment.language });
      marks.push({ layer: 'segments', start: segment.start, end: segment.end, index, className: 'mark segment', title, label: segment.language });
    });
  }
  return marks;
}

/** How many spans each layer has, for the toggles' counts. */
export function layerCounts(document: DocumentView): Record<LayerKey, number> {
  const counts: Record<LayerKey, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0, timexes: 0, quotes: 0, figures: 0, segments: 0 };
  for (const mention of document.mentions ?? []) counts[ENTITY_TYPES.has(mention.type) ? (mention.type as LayerKey) : 'MISC']++;
  counts.timexes = document.timexes?.length ?? 0;
  counts.quotes = document.quotes?.length ?? 0;
  counts.figures = document.figures?.length ?? 0;
  counts.segments = document.segments.length;
  return counts;
}

function isPrecision(value: string): value is 'day' | 'month' | 'year' | 'minute' {
  return value === 'day' || value === 'month' || value === 'year' || value === 'minute';
}
