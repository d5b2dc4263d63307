// The platform's own part of the registry: its navigation (customers, catalogue, organisation,
// admin), the account's contacts card and the new-form values the contract does not give.
// Modules add theirs in src/modules/<m>/module.ts.
import type { WebModule } from '../modules/types';

export const PLATFORM: WebModule = {
  name: 'platform',
  navGroups: [
    { id: 'workspace', label: 'nav.group.workspace', order: 0 },
    { id: 'customers', label: 'nav.group.customers', order: 10 },
    { id: 'catalogue', label: 'nav.group.catalogue', order: 50 },
    { id: 'organisation', label: 'nav.group.organisation', order: 60 },
    { id: 'admin', label: 'nav.group.admin', order: 70 },
  ],
  nav: [
    { group: 'workspace', id: 'home', href: '/', label: 'nav.home' },
    { group: 'customers', id: 'accounts', href: '/accounts', entity: 'accounts', label: 'entity.accounts' },
    { group: 'customers', id: 'contacts', href: '/contacts', entity: 'contacts', label: 'entity.contacts' },
    { group: 'catalogue', id: 'products', href: '/products', entity: 'products', label: 'entity.products' },
    { group: 'organisation', id: 'users', href: '/users', entity: 'users', label: 'entity.users' },
    { group: 'organisation', id: 'teams', href: '/teams', entity: 'teams', label: 'entity.teams' },
    { group: 'organisation', id: 'territories', href: '/territories', entity: 'territories', label: 'entity.territories' },
    { group: 'admin', id: 'audit-events', href: '/audit-events', entity: 'audit-events', label: 'entity.audit-events' },
  ],
  recordExtensions: [
    { entity: 'accounts', load: () => import('../components/AccountContacts.svelte'), props: ({ record }) => ({ accountId: record.id }) },
  ],
  // Beyond the contract's defaults (JSON Schema `default`: lifecycle, risk, terms, unit, active…),
  // what a new form should suggest although the server has no default for it.
  defaults: {
    accounts: { kind: 'company', currency: 'EUR' },
    users: { role: 'rep' },
  },
};
