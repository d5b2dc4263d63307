// A new request opened from an account's page (`/customer-requests/new?account_id=12`) starts
// with that account; anything else in the query is ignored.
export function requestFromQuery(params: URLSearchParams): Record<string, unknown> {
  const id = Number(params.get('account_id'));
  return Number.isInteger(id) && id > 0 ? { account_id: id } : {};
}
