import { useMemo } from 'preact/hooks';
import type { TimelineEntry } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { formatSpan } from './dates.ts';
import { EChart } from './echart.tsx';
import { spanChartOption, type SpanCount, type SpanSeries } from './span-chart.ts';

/** Entries counted per kind and span: entries with the same span are one bar. */
function countSpans(entries: readonly TimelineEntry[], kind: TimelineEntry['kind']): SpanCount[] {
  const counts = new Map<string, SpanCount>();
  for (const entry of entries) {
    if (entry.kind !== kind || entry.first === null || entry.last === null || entry.precision === null) continue;
    const key = `${entry.first}|${entry.last}|${entry.precision}`;
    const seen = counts.get(key);
    counts.set(key, { first: entry.first, last: entry.last, precision: entry.precision, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** A timeline of articles and events, each drawn across its whole date span. */
export function TimelineChart({ entries, label }: { entries: readonly TimelineEntry[]; label: string }) {
  const { language, t } = useI18n();
  const option = useMemo(() => {
    const series: SpanSeries[] = [
      // Events first: they are usually more numerous, so the articles' bars are drawn over them.
      { name: t('chart.events'), color: '#d35400', opacity: 0.45, items: countSpans(entries, 'event') },
      { name: t('chart.articles'), color: '#2471a3', opacity: 0.75, items: countSpans(entries, 'article') },
    ].filter((one) => one.items.length > 0);
    return spanChartOption(series, (item, name) => `${name}<br>${formatSpan(item.first, item.last, language)} (${t(`precision.${item.precision}`)})<br>${item.count}`);
  }, [entries, language]);
  return (
    <figure class="chart-figure">
      <EChart option={option} label={label} height={220} />
      <figcaption class="muted">{t('chart.timelineNote')}</figcaption>
    </figure>
  );
}
