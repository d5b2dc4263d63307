// Converting records to form values and back, and finding what changed.
import type { Money, RecordData } from './api/client';
import type { FieldDef } from './entities';

export type FormValue = string | boolean | { amount: string; currency: string };
export type FormValues = Record<string, FormValue>;

export function toFormValue(f: FieldDef, v: unknown): FormValue {
  switch (f.kind) {
    case 'bool': return !!v;
    case 'money': {
      const m = (v ?? {}) as Partial<Money>;
      return { amount: m.amount ?? '', currency: m.currency ?? '' };
    }
    case 'json':
    case 'bands':
      return v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    default: return v === null || v === undefined ? '' : String(v);
  }
}

export function toForm(fields: FieldDef[], r: Record<string, unknown>): FormValues {
  // Read-only fields too: a saved record shows them (disabled); toBody never sends them.
  const out: FormValues = {};
  for (const f of fields) out[f.name] = toFormValue(f, r[f.name]);
  return out;
}

export function toBodyValue(f: FieldDef, v: FormValue): unknown {
  switch (f.kind) {
    case 'bool': return !!v;
    case 'money': {
      const m = v as { amount: string; currency: string };
      return m.amount.trim() === '' ? null : { amount: m.amount.trim(), currency: m.currency.trim().toUpperCase() };
    }
    case 'ref':
    case 'int': {
      const s = String(v).trim();
      return s === '' ? null : /^-?\d+$/.test(s) ? Number(s) : s;
    }
    case 'json':
    case 'bands': {
      const s = String(v).trim();
      if (s === '') return null;
      try { return JSON.parse(s); } catch { return s; }
    }
    case 'country':
    case 'currency': {
      const s = String(v).trim().toUpperCase();
      return s === '' ? null : s;
    }
    default: {
      const s = String(v);
      return s.trim() === '' ? null : s;
    }
  }
}

export function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fields whose form value differs from the base record's. */
export function changedFields(fields: FieldDef[], form: FormValues, base: Record<string, unknown>): string[] {
  return fields.filter((f) => !f.readOnly && !sameValue(form[f.name], toFormValue(f, base[f.name]))).map((f) => f.name);
}

/**
 * Fields whose edit would change what is sent (unlike changedFields, an empty money amount whose
 * currency followed the record's own is no edit): what "unsaved changes" means.
 */
export function unsavedFields(fields: FieldDef[], form: FormValues, base: Record<string, unknown>): string[] {
  const body = (f: FieldDef, v: FormValue) => JSON.stringify(toBodyValue(f, v) ?? null);
  return fields.filter((f) => !f.readOnly && body(f, form[f.name] ?? toFormValue(f, undefined)) !== body(f, toFormValue(f, base[f.name]))).map((f) => f.name);
}

/** Body for create (every non-empty field) or update (only `names`). */
export function toBody(fields: FieldDef[], form: FormValues, names?: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.readOnly || (names && !names.includes(f.name))) continue;
    const v = toBodyValue(f, form[f.name]);
    if (!names && v === null) continue;
    body[f.name] = v;
  }
  return body;
}

/** After a 412: the server's record becomes the base; the person's own edits stay on top. */
export function rebase(fields: FieldDef[], form: FormValues, oldBase: RecordData, newBase: RecordData) {
  const mine = changedFields(fields, form, oldBase);
  const theirs = changedFields(fields, toForm(fields, newBase), oldBase);
  const next = toForm(fields, newBase);
  for (const name of mine) next[name] = form[name];
  return { form: next, mine, theirs };
}
