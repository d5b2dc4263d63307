import { describe, expect, it } from 'vitest';
import { emptyIntake, intakeBody, intakeReady } from './take-order';
import { engineLines, linesComplete } from '../../../lib/engine-lines';

describe('taking an order', () => {
  it('sends the account, the lines in order and only what was chosen', () => {
    const d = { accountId: '12', priceListId: '', rows: [{ product_id: '5', quantity: ' 3 ' }, { product_id: '7', quantity: '1.5', unit: 'box' }], confirm: false };
    expect(intakeBody(d)).toEqual({ account_id: 12, lines: [{ product_id: 5, quantity: '3' }, { product_id: 7, quantity: '1.5', unit: 'box' }] });
    expect(intakeBody({ ...d, priceListId: '4', confirm: true })).toMatchObject({ price_list_id: 4, confirm: true });
  });

  it('sends an empty row and a missing account as they are, so the server names them', () => {
    expect(intakeBody({ ...emptyIntake(), rows: [{ product_id: '', quantity: '2' }] })).toEqual({ account_id: null, lines: [{ product_id: null, quantity: '2' }] });
    expect(engineLines([{ product_id: 'x', quantity: '1' }])).toEqual([{ product_id: null, quantity: '1' }]);
  });

  it('is ready with an account and complete lines only', () => {
    expect(intakeReady(emptyIntake())).toBe(false);
    expect(intakeReady({ ...emptyIntake('3'), rows: [{ product_id: '5', quantity: '2' }] })).toBe(true);
    expect(intakeReady({ ...emptyIntake('3'), rows: [{ product_id: '5', quantity: ' ' }] })).toBe(false);
    expect(intakeReady({ ...emptyIntake('3'), rows: [] })).toBe(false);
    expect(linesComplete([])).toBe(true);
  });
});
