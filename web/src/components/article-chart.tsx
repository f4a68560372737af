import { useMemo } from 'preact/hooks';
import type { ArticleBucket } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { formatSpan } from './dates.ts';
import { EChart } from './echart.tsx';
import { spanChartOption, type SpanSeries } from './span-chart.ts';

/** Articles over time, one series per date precision, with the legend note on month spans. */
export function ArticleChart({ buckets }: { buckets: readonly ArticleBucket[] }) {
  const { language, t } = useI18n();
  const option = useMemo(() => {
    const series: SpanSeries[] = [
      { name: t('chart.dayDated'), color: '#2471a3', opacity: 0.95, items: buckets.filter((one) => one.precision === 'day' || one.precision === 'minute') },
      { name: t('chart.monthDated'), color: '#d68910', opacity: 0.45, items: buckets.filter((one) => one.precision === 'month') },
      { name: t('chart.yearDated'), color: '#7f8c8d', opacity: 0.3, items: buckets.filter((one) => one.precision === 'year') },
    ].filter((one) => one.items.length > 0);
    return spanChartOption(series, (item, name) => `${name}<br>${formatSpan(item.first, item.last, language)}<br>${t('chart.count', { count: item.count })}`);
  }, [buckets, language]);
  return (
    <figure class="chart-figure">
      <EChart option={option} label={t('overview.timeline')} />
      <figcaption class="muted">{t('chart.legendNote')}</figcaption>
    </figure>
  );
}
