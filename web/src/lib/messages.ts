// Server messages in the person's language: problem bodies (errors[].code / params beside detail,
// and the top-level code / params) and pricing notes carry a stable code; the catalogs hold
// `msg.<code>` with {param} placeholders. Unknown codes and bodies without codes fall back to the
// server's English `detail`.
import { formatDecimal, formatMoney } from './format/money';
import { intlTag, t } from './i18n/index.svelte';

export type CodedMessage = { code?: unknown; params?: unknown; detail?: unknown };

/** A parameter as text in the locale: money objects and decimal numbers formatted, the rest as is. */
export function paramText(v: unknown, locale = intlTag()): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v) {
    const m = v as { amount: unknown; currency: unknown };
    return formatMoney(String(m.amount), String(m.currency), locale);
  }
  if (typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v))) {
    return formatDecimal(String(v), locale, 6);
  }
  if (Array.isArray(v)) return v.map((x) => paramText(x, locale)).join(', ');
  return String(v);
}

/** The message for the person: the catalog's text for `code` with `params`, else `detail`. */
export function messageText(m: CodedMessage, fallback = ''): string {
  const detail = typeof m.detail === 'string' && m.detail ? m.detail : fallback;
  if (typeof m.code !== 'string' || !/^[a-z0-9_.]+$/.test(m.code)) return detail;
  const key = `msg.${m.code}`;
  const params: Record<string, string> = {};
  if (m.params && typeof m.params === 'object' && !Array.isArray(m.params)) {
    for (const [k, v] of Object.entries(m.params as Record<string, unknown>)) {
      // A field's name reads as its label ("price_list_id" → "Price list"), when the catalog has one.
      const label = k === 'field' && typeof v === 'string' ? t(`field.${v}`) : '';
      // Ids, versions and date parts are names, not quantities: no thousands separators.
      const verbatim = /(^|_)(id|ids|version|year|month|day|number|key|sku|unit)$/.test(k);
      params[k] = label && label !== `field.${v}` ? label : verbatim ? String(v ?? '') : paramText(v);
    }
  }
  const text = t(key, params);
  // A missing entry, or one whose placeholders the body did not fill, is not shown half-made.
  if (text === key || /\{\w+\}/.test(text)) return detail || text;
  return text;
}
