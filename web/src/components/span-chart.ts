import type { EChartsCoreOption } from 'echarts/core';
import type { Precision } from '../api.ts';
import { DAY_MS, dayToTime } from './dates.ts';

/** Articles (or entries) counted per published span: `first..last` days, both inclusive. */
export interface SpanCount {
  readonly first: string;
  readonly last: string;
  readonly precision: Precision;
  readonly count: number;
}

export interface SpanSeries {
  readonly name: string;
  readonly color: string;
  readonly items: readonly SpanCount[];
  /** Coarse spans are drawn see-through, so finer bars inside them stay visible. */
  readonly opacity: number;
}

/** A day bar this narrow on a long axis would vanish; it is drawn at least this wide. */
const MIN_BAR_PIXELS = 3;

/**
 * An ECharts option that draws each count as a bar from the first day of its span to the end
 * of its last day: a month-only date covers its whole month, a day date one day. Nothing is
 * pinned to a first day. `tooltip` formats a span for the hover text.
 */
export function spanChartOption(series: readonly SpanSeries[], tooltip: (item: SpanCount, series: string) => string): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 36, bottom: 56 },
    legend: { top: 0, data: series.map((one) => one.name) },
    tooltip: {
      trigger: 'item',
      formatter: (params: { seriesName: string; data: readonly unknown[] }) => {
        const item = params.data[4] as SpanCount;
        return tooltip(item, params.seriesName);
      },
    },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series: series.map((one) => ({
      type: 'custom',
      name: one.name,
      color: one.color,
      encode: { x: [0, 1], y: 2 },
      data: one.items.map((item) => [dayToTime(item.first), dayToTime(item.last) + DAY_MS, item.count, item.precision, item]),
      renderItem: (
        _params: unknown,
        api: { value: (dimension: number) => number; coord: (point: [number, number]) => [number, number]; style: (extra?: object) => object },
      ) => {
        const [x0, y0] = api.coord([api.value(0), api.value(2)]);
        const [x1, y1] = api.coord([api.value(1), 0]);
        const width = Math.max(x1 - x0, MIN_BAR_PIXELS);
        return {
          type: 'rect',
          shape: { x: x0, y: y0, width, height: y1 - y0 },
          style: api.style({ fill: one.color, opacity: one.opacity, stroke: one.color, lineWidth: 1 }),
        };
      },
    })),
  };
}
