// The account's 360° page (src/modules/accounts360 on the server, docs/accounts360.md): an
// account opens on its Overview — key figures as tiles, open quotes, orders, contracts, deals,
// next actions and contacts with tap-to-call and tap-to-mail, "New quote", "Log call" and
// "Log visit" — and its form is the Details tab (the platform's recordOverviews hook).
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const accounts360: WebModule = {
  name: 'accounts360',
  recordOverviews: [
    { entity: 'accounts', order: 10, load: () => import('./components/AccountOverview.svelte'), props: ({ record }) => ({ id: record.id }) },
  ],
  messages: { en, de, es, zh },
};
