// Targets (src/modules/targets on the server, docs/targets.md): "My targets", a salesperson's
// progress against their active plans today, this week, month, quarter and year to date, and
// what it takes per working day left, made for the phone. Plans are set through the API
// (director, senior managers) until their own screens come.
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const targets: WebModule = {
  name: 'targets',
  routes: [{ path: '/targets', nav: 'my-targets', title: 'nav.myTargets', load: () => import('./pages/MyTargets.svelte') }],
  nav: [{ group: 'day', id: 'my-targets', href: '/targets', label: 'nav.myTargets', roles: ['rep', 'manager', 'senior_manager', 'director'] }],
  messages: { en, de, es, zh },
};
