import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { failed } from './card-state';

describe('a finance-home card that failed to read', () => {
  it('goes when the role may not read it (403)', () => {
    expect(failed(new ApiError({ status: 403, detail: 'forbidden' }))).toEqual({ status: 'hidden', error: '' });
  });

  it('shows the problem detail of any other answer', () => {
    const r = failed(new ApiError({ status: 422, detail: 'as_of must be a date', field: 'as_of' }));
    expect(r).toEqual({ status: 'error', error: 'as_of must be a date' });
    expect(failed(new ApiError({ status: 404 })).status).toBe('error');
  });
});
