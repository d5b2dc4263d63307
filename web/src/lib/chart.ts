// `use:echart={{ option, onready }}`: an ECharts chart on an element, the ECharts chunk
// (lib/echarts.ts) loaded on first use, resized with its element, given the new option when the
// argument changes (Svelte re-runs the action's update with what the option read), disposed
// with the element. The charts' own files keep only their option.
import type { Action } from 'svelte/action';

type Chart = { setOption: (o: unknown) => void; resize: () => void; dispose: () => void };
export type EchartParams = { option: unknown; onready?: () => void };

export const echart: Action<HTMLElement, EchartParams> = (el, params) => {
  let chart: Chart | null = null;
  let current = params;
  let disposed = false;
  const ro = new ResizeObserver(() => chart?.resize());
  void import('./echarts').then(({ init }) => {
    if (disposed) return;
    chart = init(el, undefined, { renderer: 'canvas' });
    chart.setOption(current.option);
    ro.observe(el);
    current.onready?.();
  });
  return {
    update(next) {
      current = next;
      chart?.setOption(next.option);
    },
    destroy() {
      disposed = true;
      ro.disconnect();
      chart?.dispose();
    },
  };
};
