// The explanation as the server renders it (folded, as a page first shows it): which candidate
// rows, which outcome groups and the toggle's attributes. Unfolding is left to the browser tests.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PricingExplanation from './PricingExplanation.svelte';
import { LOCALES, loadServerMessages, setLocale } from '../../../lib/i18n/index.svelte';
import type { Candidate } from '../lib/pricing/explain';

const html = (explanation: Record<string, unknown>) => render(PricingExplanation, { props: { explanation, currency: 'EUR' } }).body;
const rows = (body: string) => [...body.matchAll(/data-testid="candidate-row" data-rule-id="(\d+)" data-outcome="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
const groups = (body: string) => [...body.matchAll(/<li data-testid="candidate-group" data-outcome="(\w+)"[^>]*>([^<]*)<\/li>/g)].map((m) => `${m[1]}=${m[2]}`);
const toggle = (body: string) => /<button[^>]*data-testid="candidates-toggle"[^>]*>([^<]*)<\/button>/.exec(body);
const many = (first: number, outcome: string, n: number): Candidate[] => Array.from({ length: n }, (_, i) => ({ rule_id: first + i, outcome }));

// 3 that matter (winner 40, beaten 41, the next break's 12) among 20 out of season and 5 for another group.
const big = {
  candidates: [...many(1, 'quantity_below_min', 5), ...many(10, 'wrong_group', 5), ...many(20, 'outside_season', 20),
    { rule_id: 40, outcome: 'applied' }, { rule_id: 41, outcome: 'lower_priority' }],
  winner_rule_id: 40,
  next_break: { additional_quantity: '5', text: 'buy 5 more to reach 8 % off', rule_id: 2 },
};

describe('PricingExplanation', () => {
  // The server's message codes load lazily per language (src/lib/i18n/index.svelte.ts).
  beforeAll(() => Promise.all(LOCALES.map(loadServerMessages)));

  beforeEach(() => setLocale('en', false));
  afterEach(() => setLocale('en', false));

  it('lists every candidate, winner first, without a toggle when there are few', () => {
    const body = html({ candidates: [{ rule_id: 3, outcome: 'outside_season' }, { rule_id: 5, outcome: 'applied' }], winner_rule_id: 5 });
    expect(rows(body)).toEqual(['5:applied', '3:outside_season']);
    expect(groups(body)).toEqual([]);
    expect(toggle(body)).toBeNull();
  });

  it('folds the rest into outcome groups behind a toggle', () => {
    const body = html(big);
    expect(rows(body)).toEqual(['40:applied', '2:quantity_below_min', '41:lower_priority']);
    expect(groups(body)).toEqual(['outside_season=outside its season (20)', 'wrong_group=for another customer group (5)',
      'quantity_below_min=quantity below its minimum (4)']);
    expect(body).toContain('Other rules that did not apply (29):');
    const button = toggle(body);
    expect(button?.[1].trim()).toBe('Show all rules (32)');
    expect(button?.[0]).toContain('aria-expanded="false"');
    const controls = /aria-controls="([^"]+)"/.exec(button?.[0] ?? '')?.[1];
    expect(controls).toBeTruthy();
    expect(body).toContain(`id="${controls}"`);
  });

  it('words the groups and the toggle in the interface language', () => {
    setLocale('de', false);
    const body = html(big);
    expect(groups(body)[0]).toBe('outside_season=außerhalb ihrer Saison (20)');
    expect(toggle(body)?.[1].trim()).toBe('Alle Regeln anzeigen (32)');
  });

  it('words coded notes and the next break in the interface language, else shows the engine text', () => {
    const explanation = {
      candidates: [{ rule_id: 7, outcome: 'applied' }], winner_rule_id: 7,
      notes: [
        { code: 'pricing.markup', params: { rule_id: '7', percent: '15' }, text: 'rule 7 adds a markup of 15 % to the list price' },
        { code: 'pricing.some_future_code', params: {}, text: 'engine words' },
        'a note stored before codes',
      ],
      next_break: { additional_quantity: '50', rule_id: 7, code: 'pricing.next_break', text: 'buy 50 more: ...',
        params: { additional_quantity: '50', at_quantity: '100', unit_price: '83.60', current_unit_price: '88.00', saving: '4.40', currency: 'EUR' } },
    };
    setLocale('de', false);
    const body = html(explanation);
    expect(body).toContain('Regel 7 schlägt 15 % auf den Listenpreis auf');
    expect(body).toContain('engine words');
    expect(body).toContain('a note stored before codes');
    expect(body).toMatch(/50 mehr kaufen: Stückpreis 83,60\s€ statt 88,00\s€, 4,40\s€ pro Einheit gespart/);
  });
  it('words the detail of a candidate from its code in the chosen language, else the English detail', () => {
    setLocale('de', false);
    const body = html({
      candidates: [
        { rule_id: 7, outcome: 'margin_floor', detail: 'margin 4 % would be below the floor of 10 % set by rule 7',
          detail_code: 'pricing.detail.below_floor', detail_params: { margin: '4', floor: '10', rule_id: '7' } },
        { rule_id: 8, outcome: 'no_cost', detail: 'no cost for unit pc in EUR' },
      ],
      winner_rule_id: null,
    });
    expect(body).toContain('Die Marge von 4 % läge unter der Untergrenze von 10 % aus Regel 7.');
    expect(body).toContain('no cost for unit pc in EUR');
  });
});
