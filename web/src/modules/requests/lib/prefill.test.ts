import { describe, expect, it } from 'vitest';
import { requestFromQuery } from './prefill';

describe('a new request from the query', () => {
  it('starts with the account named', () => {
    expect(requestFromQuery(new URLSearchParams('account_id=12'))).toEqual({ account_id: 12 });
  });
  it('ignores a missing or bad account and every other parameter', () => {
    expect(requestFromQuery(new URLSearchParams(''))).toEqual({});
    expect(requestFromQuery(new URLSearchParams('account_id=abc'))).toEqual({});
    expect(requestFromQuery(new URLSearchParams('account_id=-3'))).toEqual({});
    expect(requestFromQuery(new URLSearchParams('account_id=1.5'))).toEqual({});
    expect(requestFromQuery(new URLSearchParams('owner_id=4&status=answered'))).toEqual({});
  });
});
