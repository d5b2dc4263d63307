// The monthly appraisal (src/modules/appraisal on the server, docs/appraisal.md): a person's
// scorecard for a month — row by row target, actual, attainment, weight and points, the total
// score — with the card's actions the caller's role allows (open, rate, sign, acknowledge,
// the director's re-opening), and for leaders the team's cards and the leaderboard. Rows become
// cards on a phone.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

// The company's one settings row (decision 0069): changed on the team page, readable as a record.
const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'appraisal-settings': {
    form: ['reps_see', 'updated_at'],
    columns: ['reps_see', 'updated_at'],
    filters: [],
    defaultSort: 'id',
    creatable: false,
    title: (r) => `#${r.id}`,
  },
};

export const appraisal: WebModule = {
  name: 'appraisal',
  entities: ENTITIES,
  routes: [
    { path: '/appraisal', nav: 'my-appraisal', title: 'nav.myAppraisal', load: () => import('./pages/ScorecardPage.svelte') },
    { path: '/appraisal/team', nav: 'team-appraisal', title: 'nav.teamAppraisal', load: () => import('./pages/TeamPage.svelte') },
  ],
  nav: [
    { group: 'workspace', id: 'my-appraisal', href: '/appraisal', label: 'nav.myAppraisal', roles: ['rep', 'manager', 'senior_manager', 'director'] },
    { group: 'workspace', id: 'team-appraisal', href: '/appraisal/team', label: 'nav.teamAppraisal', roles: ['manager', 'senior_manager', 'director'] },
  ],
  messages: { en, de, es, zh },
};
