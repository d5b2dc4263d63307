// Billing (src/modules/billing on the server): the finance home (/finance, the clerk's morning
// page) and minimal lists and records of invoices, payments, credit notes, dunning runs and
// claims and promises to pay, read through the generic screens (they change only through
// billing's routes, so no create form). Each record carries the mail module's card: the
// customer PDF and "E-mail to customer" (decision 0044).
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const numbered = (r: Record<string, unknown>) => String(r.number || `#${r.id}`);

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  invoices: {
    form: ['number', 'status', 'account_id', 'sales_order_id', 'invoice_date', 'currency', 'untaxed', 'tax', 'total', 'written_off', 'settled_on', 'owner_id', 'posted_at'],
    // The cockpit's drill-downs list a person's invoices: owner and untaxed amount show.
    columns: ['number', 'status', 'account_id', 'invoice_date', 'untaxed', 'total', 'settled_on', 'owner_id'],
    filters: ['status', 'owner_id', 'account_id'],
    defaultSort: '-invoice_date',
    creatable: false,
    title: numbered,
  },
  // Read only: a payment is recorded on its invoice (InvoicePayments) through POST /payments.
  payments: {
    form: ['account_id', 'invoice_id', 'paid_on', 'amount', 'settled', 'applied', 'unapplied', 'relieved_base', 'settlement_base', 'realised_fx', 'owner_id'],
    columns: ['paid_on', 'account_id', 'invoice_id', 'amount', 'settled', 'realised_fx'],
    filters: ['account_id', 'invoice_id', 'owner_id'],
    defaultSort: '-paid_on',
    creatable: false,
    title: (r) => `#${r.id}`,
  },
  'credit-notes': {
    form: ['number', 'status', 'invoice_id', 'account_id', 'credit_date', 'reason', 'untaxed', 'tax', 'total'],
    columns: ['number', 'status', 'invoice_id', 'credit_date', 'total'],
    filters: ['status', 'invoice_id'],
    defaultSort: '-credit_date',
    creatable: false,
    title: numbered,
  },
  // Written only through an invoice's "Write off" (decision 0056); read here, not in the nav.
  'invoice-write-offs': {
    form: ['invoice_id', 'account_id', 'written_off_on', 'amount', 'reason', 'relieved_base', 'written_off_by', 'owner_id'],
    columns: ['written_off_on', 'invoice_id', 'account_id', 'amount', 'reason'],
    filters: ['invoice_id', 'account_id', 'owner_id'],
    defaultSort: '-written_off_on',
    creatable: false,
    title: (r) => `#${r.id}`,
  },
  // Proposed by the daily job or finance; approved and sent from the run's page or the finance home.
  'dunning-runs': {
    form: ['as_of', 'status', 'letters', 'line_count', 'approved_at', 'approved_by_id', 'sent_at', 'sent_by_id', 'letters_sent',
      'letters_without_email'],
    columns: ['as_of', 'status', 'letters', 'line_count', 'approved_at', 'sent_at'],
    filters: ['status'],
    defaultSort: '-as_of',
    creatable: false,
    title: (r) => `#${r.id} · ${String(r.as_of ?? '')}`,
  },
  'payment-promises': {
    form: ['account_id', 'invoice_id', 'amount', 'made_on', 'promised_on', 'note', 'status', 'evaluated_on', 'owner_id'],
    columns: ['account_id', 'invoice_id', 'amount', 'promised_on', 'status'],
    filters: ['status', 'account_id', 'owner_id'],
    defaultSort: 'promised_on',
    // Recorded from an invoice's balance card (prefilled below) or from the list.
    title: (r) => `#${r.id}`,
  },
  'dunning-claims': {
    form: ['account_id', 'invoice_id', 'level', 'claimed_on', 'fee', 'interest', 'status', 'language'],
    columns: ['account_id', 'invoice_id', 'level', 'claimed_on', 'status'],
    filters: ['account_id', 'status'],
    defaultSort: '-claimed_on',
    creatable: false,
    title: (r) => `#${r.id}`,
  },
};

export const billing: WebModule = {
  name: 'billing',
  entities: ENTITIES,
  // Finance's home opens on the finance home's cards (decision 0074).
  home: { roles: ['finance'], load: () => import('./pages/FinanceHomePage.svelte') },
  navGroups: [{ id: 'finance', label: 'nav.group.finance', order: 60 }],
  nav: [
    { group: 'finance', id: 'finance-home', href: '/finance', entity: 'invoices', label: 'finance.title' },
    { group: 'finance', id: 'invoices', href: '/invoices', entity: 'invoices', label: 'entity.invoices' },
    { group: 'finance', id: 'payments', href: '/payments', entity: 'payments', label: 'entity.payments' },
    { group: 'finance', id: 'credit-notes', href: '/credit-notes', entity: 'credit-notes', label: 'entity.credit-notes' },
    { group: 'finance', id: 'dunning-claims', href: '/dunning-claims', entity: 'dunning-claims', label: 'entity.dunning-claims' },
    { group: 'finance', id: 'credit-holds', href: '/credit-holds', entity: 'sales-orders', label: 'credit.holdsTitle' },
  ],
  routes: [
    { path: '/finance', nav: 'finance-home', title: 'finance.title', load: () => import('./pages/FinanceHomePage.svelte') },
    { path: '/credit-holds', nav: 'credit-holds', title: 'credit.holdsTitle', load: () => import('./pages/CreditHoldsPage.svelte') },
  ],
  // Credit holds (decision 0048): the order's hold banner with its release, the account's exposure.
  recordExtensions: [
    {
      entity: 'sales-orders',
      load: () => import('./components/CreditHold.svelte'),
      props: ({ record, update }) => ({
        order: record,
        onchange: (r: typeof record, tag: string, message: string) => update(r, tag, message),
      }),
    },
    { entity: 'accounts', reads: 'invoices', load: () => import('./components/AccountExposure.svelte'), props: ({ record }) => ({ account: record }) },
    // An invoice's payments with their realised FX, and recording one (finance, director).
    {
      entity: 'invoices',
      reads: 'payments',
      load: () => import('./components/InvoicePayments.svelte'),
      props: ({ record, update }) => ({
        invoice: record,
        onchange: (r: typeof record, tag: string, message: string) => update(r, tag, message),
      }),
    },
    // What the invoice still owes and, for finance and the director, "Write off" (decision 0056).
    {
      entity: 'invoices',
      reads: 'invoices',
      load: () => import('./components/InvoiceWriteOff.svelte'),
      props: ({ record, etag, update }) => ({
        invoice: record,
        etag,
        onchange: (r: typeof record, tag: string, message: string) => update(r, tag, message),
      }),
    },
    // Apply a payment's unapplied part (finance, director) and approve or send a run: the same
    // components as the finance home's cards.
    {
      entity: 'payments',
      load: () => import('./components/PaymentApply.svelte'),
      props: ({ record, update }) => ({ payment: record, onapplied: (r: typeof record, etag: string) => update(r, etag, 'billing.appliedNote') }),
    },
    {
      entity: 'dunning-runs',
      load: () => import('./components/DunningRunActions.svelte'),
      props: ({ record, update }) => ({
        run: record, summary: true,
        onchange: (r: typeof record, etag: string) => update(r, etag, 'dunning.approved'),
        onsent: (r: typeof record) => update(r, `"${r.version}"`, 'dunning.marked'),
      }),
    },
    // Where each letter of an approved run stands in the outbox (decision 0068).
    { entity: 'dunning-runs', load: () => import('./components/DunningRunLetters.svelte'), props: ({ record }) => ({ run: record }) },
  ],
  prefill: {
    'payment-promises': (params) => import('./lib/promise-prefill').then((m) => m.promiseFromInvoice(params)),
  },
  messages: { en, de, es, zh },
};
