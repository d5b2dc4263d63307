// Forecasts (src/modules/forecasts on the server, docs/forecasts.md): the forecast grid of the
// caller's team for a month or quarter — each person's figures, the roll-up, a leader's adjustment
// of Commit, Best Case or Open Pipeline with a reason, withdrawing one, stale ones marked — the
// accuracy of a person's submitted forecast, and the statistical forecast with its back-test.
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const forecasts: WebModule = {
  name: 'forecasts',
  routes: [
    { path: '/forecasts', nav: 'forecast-grid', title: 'nav.forecastGrid', load: () => import('./pages/ForecastGrid.svelte') },
    { path: '/forecasts/accuracy', nav: 'forecast-grid', title: 'forecasts.tab.accuracy', load: () => import('./pages/AccuracyPage.svelte') },
    { path: '/forecasts/statistical', nav: 'forecast-grid', title: 'forecasts.tab.statistical', load: () => import('./pages/StatisticalPage.svelte') },
  ],
  nav: [{ group: 'pipeline', id: 'forecast-grid', href: '/forecasts', label: 'nav.forecastGrid', roles: ['rep', 'manager', 'senior_manager', 'director', 'finance'] }],
  messages: { en, de, es, zh },
};
