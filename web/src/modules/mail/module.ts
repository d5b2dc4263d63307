// Mail (src/modules/mail on the server): the outbox and e-mailing a quote's customer PDF from
// the quote page (an extension of the quotes' record screen), the PDF and e-mail of invoices,
// credit notes and dunning letters on their records, and each person's calendar feed.
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

export const mail: WebModule = {
  name: 'mail',
  recordExtensions: [
    {
      entity: 'quotes',
      load: () => import('./components/QuoteEmailCard.svelte'),
      props: ({ record }) => ({ quote: record }),
    },
    // The customer's billing documents: their PDF and e-mailing it (decision 0044).
    ...(['invoices', 'credit-notes', 'dunning-claims'] as const).map((entity) => ({
      entity,
      load: () => import('./components/DocumentEmailCard.svelte'),
      props: ({ record }: { record: Record<string, unknown> }) => ({ entity, record }),
    })),
  ],
  messages: { en, de, es, zh },
};
