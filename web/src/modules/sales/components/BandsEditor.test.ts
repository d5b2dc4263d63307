// The bands editor's numbers are the locale's, like every other number input: a German user reads
// and types "12,5" and "1.000", the form keeps the API's "12.5" and "1000".
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import BandsEditor from './BandsEditor.svelte';
import { setLocale } from '../../../lib/i18n/index.svelte';

const value = JSON.stringify([{ min_quantity: '0', percent: '5' }, { min_quantity: '1000', percent: '12.5' }]);
const input = (body: string, testid: string) => new RegExp(`<input[^>]*data-testid="${testid}"[^>]*>`).exec(body)?.[0] ?? '';

describe('BandsEditor', () => {
  afterEach(() => setLocale('en', false));

  it('shows a German user the decimal comma and keeps the decimal string', () => {
    setLocale('de', false);
    const body = render(BandsEditor, { props: { value, action: 'percent_discount' } }).body;
    expect(input(body, 'band-value-1')).toContain('value="12,5"');
    expect(input(body, 'band-value-1')).toContain('data-value="12.5"');
    expect(input(body, 'band-min_quantity-1')).toContain('value="1.000"');
    expect(input(body, 'band-value-1')).toContain('inputmode="decimal"');
  });

  it('shows English numbers with a decimal point', () => {
    setLocale('en', false);
    const body = render(BandsEditor, { props: { value, action: 'percent_discount' } }).body;
    expect(input(body, 'band-value-1')).toContain('value="12.5"');
  });
});
