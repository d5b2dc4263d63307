// Forecasts (src/modules/forecasts on the server, docs/forecasts.md): the forecast grid of the
// caller's team for a month — each person's figures, the roll-up, a manager's adjustment of a
// report's (or their own) Commit inline with a reason, stale adjustments marked. The accuracy and
// statistical charts are read through the API until their screens come.
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const forecasts: WebModule = {
  name: 'forecasts',
  routes: [{ path: '/forecasts', nav: 'forecast-grid', title: 'nav.forecastGrid', load: () => import('./pages/ForecastGrid.svelte') }],
  nav: [{ group: 'pipeline', id: 'forecast-grid', href: '/forecasts', label: 'nav.forecastGrid', roles: ['rep', 'manager', 'senior_manager', 'director', 'finance'] }],
  messages: { en, de, es, zh },
};
