// The director's cockpit (src/modules/cockpit on the server, docs/cockpit.md): one screen with the
// figures a director, senior manager or manager runs the team on — attainment and pace per
// person, activity, pipeline and win rate, receivables, discount given, new and lost customers —
// each a link to its records; a rep sees their own. Cards stack on a phone. "Team by month"
// (/cockpit/matrix) lays one measure out per person and month against the targets.
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const cockpit: WebModule = {
  name: 'cockpit',
  routes: [
    { path: '/cockpit', nav: 'cockpit', title: 'nav.cockpit', load: () => import('./pages/CockpitPage.svelte') },
    { path: '/cockpit/matrix', nav: 'team-by-month', title: 'nav.teamByMonth', load: () => import('./pages/MatrixPage.svelte') },
  ],
  // The director's, senior manager's and manager's home opens on the cockpit (decision 0074).
  home: { roles: ['director', 'senior_manager', 'manager'], load: () => import('./pages/CockpitPage.svelte') },
  // Finance, admins and logistics have neither: the server answers them 403.
  nav: [
    { group: 'workspace', id: 'cockpit', href: '/cockpit', label: 'nav.cockpit', roles: ['rep', 'manager', 'senior_manager', 'director'] },
    { group: 'workspace', id: 'team-by-month', href: '/cockpit/matrix', label: 'nav.teamByMonth', roles: ['rep', 'manager', 'senior_manager', 'director'] },
  ],
  messages: { en, de, es, zh },
};
