// Display text of one field value, shared by lists, CSV export and the conflict banner.
import type { Money, RecordData } from './api/client';
import type { FieldDef } from './entities';
import { formatDate, formatDateTime, formatDecimal, formatMoney, formatNumber } from './format/money';
import { countryName, enumLabel, intlTag, t } from './i18n/index.svelte';
import { refLabel } from './refs';

export function displayValue(f: FieldDef, r: RecordData | Record<string, unknown>): string {
  const v = r[f.name];
  if (v === null || v === undefined || v === '') return '';
  const locale = intlTag();
  switch (f.kind) {
    case 'enum': return enumLabel(f.name, String(v), f.entity);
    case 'bool': return v ? t('list.yes') : t('list.no');
    case 'ref': return refLabel(f.ref!, v);
    case 'money': {
      const m = v as Money;
      return m && typeof m === 'object' ? formatMoney(m.amount, m.currency, locale) : String(v);
    }
    case 'decimal': return formatDecimal(String(v), locale);
    case 'int': return typeof v === 'number' ? formatNumber(v, locale) : String(v);
    case 'datetime': return formatDateTime(String(v), locale);
    case 'date': return formatDate(String(v), locale);
    case 'json':
    case 'bands': return typeof v === 'string' ? v : JSON.stringify(v);
    case 'country': return countryName(String(v));
    default: return String(v);
  }
}

/** Plain value for CSV: amounts keep their decimal string and currency code. */
export function exportValue(f: FieldDef, r: RecordData): string | number {
  const v = r[f.name];
  if (v === null || v === undefined) return '';
  if (f.kind === 'money' && typeof v === 'object') return `${(v as Money).amount} ${(v as Money).currency}`;
  if (f.kind === 'ref') return refLabel(f.ref!, v);
  if (f.kind === 'enum') return enumLabel(f.name, String(v), f.entity);
  if (f.kind === 'bool') return v ? t('list.yes') : t('list.no');
  if (f.kind === 'int' && typeof v === 'number') return v;
  return String(v);
}
