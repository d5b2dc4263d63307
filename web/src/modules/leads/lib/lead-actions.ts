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

/** The body of a convert request: a new account (none) or an existing one. */
export function convertBody(choice: 'new' | 'existing', accountId: number | null): Record<string, unknown> | undefined {
  return choice === 'existing' && accountId ? { account_id: accountId } : undefined;
}
