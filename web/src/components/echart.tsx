import { CustomChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useLayoutEffect, useRef } from 'preact/hooks';

// Only what the dashboard draws, so the bundle carries no unused chart types.
use([CustomChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

/**
 * An ECharts chart in a box. Draws in a layout effect (before the view says it is ready) and
 * follows the box's size.
 */
export function EChart({ option, height = 260, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div class="chart" ref={box} style={{ height: `${height}px` }} role="img" aria-label={label} />;
}
