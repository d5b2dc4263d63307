// The part of ECharts the app uses, loaded on demand by the charts (a chunk of its own):
// bars (LifecycleChart), lines with shaded bands and a legend (the forecasts' TrendChart).
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

export { init };
