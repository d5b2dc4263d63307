// Pipeline (src/modules/pipeline on the server, docs/pipeline.md): the board of a pipeline (drag a
// deal between stages with the mouse, the keyboard, or a stage picker on the phone), the list of
// opportunities, their stage history and competitors, win/loss by owner, competitor, source or
// pipeline, and the pipelines and stages directors set.
// Admins and logistics read no deals: the board is not in their menu.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  opportunities: {
    form: ['title', 'account_id', 'contact_id', 'amount', 'expected_close', 'pipeline_id', 'stage_id', 'probability',
      'forecast_category', 'category_overridden', 'owner_id', 'lead_id', 'campaign', 'event', 'lost_reason',
      'lost_competitor_id', 'closed_on', 'stage_entered_at', 'notes', 'updated_at'],
    columns: ['title', 'account_id', 'amount', 'expected_close', 'stage_id', 'probability', 'forecast_category', 'owner_id'],
    filters: ['stage_id', 'forecast_category', 'pipeline_id', 'owner_id', 'account_id'],
    defaultSort: 'expected_close',
    title: (r) => String(r.title ?? `#${r.id}`),
  },
  pipelines: {
    form: ['name', 'active', 'win_on_quote_accept', 'updated_at'],
    columns: ['name', 'active', 'win_on_quote_accept'],
    filters: ['active'],
    defaultSort: 'name',
    title: (r) => String(r.name ?? `#${r.id}`),
  },
  'pipeline-stages': {
    form: ['pipeline_id', 'position', 'name', 'probability', 'forecast_category', 'won', 'lost', 'rotting_days', 'updated_at'],
    columns: ['pipeline_id', 'position', 'name', 'probability', 'forecast_category', 'won', 'lost', 'rotting_days'],
    filters: ['pipeline_id', 'forecast_category'],
    defaultSort: 'position',
    title: (r) => String(r.name ?? `#${r.id}`),
  },
  'opportunity-stage-changes': {
    form: ['opportunity_id', 'from_stage_id', 'to_stage_id', 'changed_at', 'changed_by_id', 'days_in_from'],
    columns: ['changed_at', 'opportunity_id', 'from_stage_id', 'to_stage_id', 'days_in_from', 'changed_by_id'],
    filters: ['opportunity_id', 'to_stage_id', 'changed_by_id'],
    defaultSort: '-changed_at',
    title: (r) => `#${r.id}`,
  },
};

export const pipeline: WebModule = {
  name: 'pipeline',
  entities: ENTITIES,
  navGroups: [{ id: 'pipeline', label: 'nav.group.pipeline', order: 16 }],
  nav: [
    { group: 'pipeline', id: 'pipeline-board', href: '/pipeline', entity: 'opportunities', label: 'pipeline.board' },
    { group: 'pipeline', id: 'opportunities', href: '/opportunities', entity: 'opportunities', label: 'entity.opportunities' },
    { group: 'pipeline', id: 'win-loss', href: '/win-loss', entity: 'opportunities', label: 'pipeline.winLoss' },
    { group: 'pipeline', id: 'pipelines', href: '/pipelines', entity: 'pipelines', label: 'entity.pipelines' },
    { group: 'pipeline', id: 'pipeline-stages', href: '/pipeline-stages', entity: 'pipeline-stages', label: 'entity.pipeline-stages' },
  ],
  routes: [
    { path: '/pipeline', nav: 'pipeline-board', title: 'pipeline.board', load: () => import('./pages/BoardPage.svelte') },
    { path: '/win-loss', nav: 'win-loss', title: 'pipeline.winLoss', load: () => import('./pages/WinLossPage.svelte') },
  ],
  recordExtensions: [
    { entity: 'opportunities', load: () => import('./components/DealHistoryCard.svelte'), props: ({ record }) => ({ deal: record }) },
    // The products the deal is about (issue 12): lines priced as quote lines are; saving them (PUT
    // with the deal's If-Match) re-prices them and sets the deal's amount, which the page then shows.
    // Read-only once the deal is won or lost, or to roles that may not write deals.
    {
      entity: 'opportunities',
      load: () => import('./components/DealLines.svelte'),
      props: ({ record, etag, update }) => ({
        deal: record,
        etag,
        onsaved: (stored: typeof record, tag: string) => update(stored, tag, 'pipeline.linesSaved'),
      }),
    },
    // The deal's quotes with "New quote"; under a quote, the deal it belongs to (decision 0055).
    { entity: 'opportunities', reads: 'quotes', load: () => import('./components/DealQuotes.svelte'), props: ({ record }) => ({ deal: record }) },
    { entity: 'quotes', reads: 'opportunities', load: () => import('./components/QuoteDeal.svelte'), props: ({ record }) => ({ quote: record }) },
    // Who is credited with the deal (RULES C-R2, decisions 0045, 0065, 0071): the split decides
    // each rep's forecast and is copied to an order made from one of the deal's quotes. The
    // platform's editor (shared with orders and invoices); read-only once the deal is won or lost.
    {
      entity: 'opportunities',
      load: () => import('../../components/CreditSplitEditor.svelte'),
      props: ({ record }) => ({
        document: 'opportunities',
        record,
        note: record.closed_on ? 'pipeline.creditSplitClosed' : 'pipeline.creditSplitNote',
      }),
    },
  ],
  messages: { en, de, es, zh },
};
