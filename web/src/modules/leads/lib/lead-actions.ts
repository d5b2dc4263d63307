// Which status actions a lead offers, by its status (docs/leads.md): forward moves, disqualify
// from any open status, reopen a disqualified one, convert a qualified one.
export type LeadAction = 'contacted' | 'qualify' | 'disqualify' | 'reopen' | 'convert';

export function actionsFor(status: string): LeadAction[] {
  switch (status) {
    case 'new': return ['contacted', 'qualify', 'disqualify'];
    case 'contacted': return ['qualify', 'disqualify'];
    case 'qualified': return ['convert', 'disqualify'];
    case 'disqualified': return ['reopen'];
    default: return [];
  }
}

/** An opportunity to open with the conversion, as the dialog holds it. */
export type DealDraft = { title: string; amount: string; currency: string; expectedClose: string; pipelineId: number | null };

/**
 * The body of a convert request: a new account (none) or an existing one, and the opportunity to
 * open on it when the user asked for one (the pipeline's first stage takes it).
 */
export function convertBody(choice: 'new' | 'existing', accountId: number | null, deal: DealDraft | null = null): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = choice === 'existing' && accountId ? { account_id: accountId } : {};
  if (deal) {
    body.opportunity = {
      title: deal.title.trim(),
      amount: { amount: deal.amount.trim() || '0', currency: deal.currency.trim().toUpperCase() },
      expected_close: deal.expectedClose,
      ...(deal.pipelineId ? { pipeline_id: deal.pipelineId } : {}),
    };
  }
  return Object.keys(body).length ? body : undefined;
}

/** The day a new deal is expected to close by default: a quarter from today (ISO date). */
export function defaultClose(today: Date): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 90));
  return d.toISOString().slice(0, 10);
}
