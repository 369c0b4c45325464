import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';

// ECharts is loaded the first time a chart is shown, as a chunk of its own, so that pages
// without charts do not download it.
const loadECharts = async () => (await import('./echarts-setup')).echarts;

/**
 * An ECharts chart (SVG) in a figure. The caption is the chart's visible title; the drawing is
 * one image to assistive technology, described by the option's aria text, and the same figures
 * are always in a table next to it.
 */
export function Chart({ option, caption, height }: { option: EChartsOption; caption: string; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void loadECharts().then((echarts) => {
      const element = ref.current;
      if (disposed || !element) return;
      const chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(option);
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(element);
      cleanup = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [option]);
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div ref={ref} role="img" style={{ height, width: '100%' }} />
    </figure>
  );
}
