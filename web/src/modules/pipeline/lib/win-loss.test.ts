import { describe, expect, it } from 'vitest';
import { drillHref, rowName, type WinLoss, type WinLossRow } from './win-loss';

const money = { amount: '0.00', currency: 'EUR' };
const row = (key: string, label: string | null = null): WinLossRow => ({
  key, label, won_count: 1, lost_count: 1, won: money, lost: money, won_unconverted: [], lost_unconverted: [],
  count_bp: 5000, amount_bp: null,
});
const report = (group: WinLoss['group']): WinLoss => ({
  group, from: '2025-01-01', to: '2025-12-31', currency: 'EUR', rows: [], total: row('total'), lost_reasons: [],
});
const t = (key: string) => `<${key}>`;

describe('win/loss rows', () => {
  it('name records by their label, sources by their word and the empty group by what it means', () => {
    expect(rowName(row('7', 'Alpina'), 'competitor', t)).toBe('Alpina');
    expect(rowName(row('none'), 'competitor', t)).toBe('<pipeline.winLoss.noCompetitor>');
    expect(rowName(row('none'), 'owner', t)).toBe('<pipeline.winLoss.nobody>');
    expect(rowName(row('campaign'), 'source', t)).toBe('<pipeline.winLoss.source.campaign>');
    expect(rowName(row('9'), 'pipeline', t)).toBe('#9');
  });

  it('drill down to the closed deals of an owner or a pipeline in the window', () => {
    expect(drillHref(row('12'), report('owner'))).toBe('/opportunities?owner_id=12&closed_on__gte=2025-01-01&closed_on__lte=2025-12-31');
    expect(drillHref(row('3'), report('pipeline'))).toBe('/opportunities?pipeline_id=3&closed_on__gte=2025-01-01&closed_on__lte=2025-12-31');
    expect(drillHref(row('12'), report('competitor'))).toBeNull();
    expect(drillHref(row('none'), report('owner'))).toBeNull();
  });
});
