// The duplicate check's request from a lead's or an account's form (POST /duplicate-checks,
// docs/leads.md): only the fields the server compares, and none at all while they are too empty
// to say anything, so typing a first letter does not ask the server.
import type { RecordData } from '../../../lib/api/client';

export type DuplicateEntity = 'accounts' | 'leads';
export type MatchKind = 'vat' | 'domain' | 'phone' | 'name';
export type DuplicateCandidate = { entity: DuplicateEntity; id: number; matched: MatchKind[]; record: RecordData };
export type DuplicateResult = { candidates: DuplicateCandidate[]; hidden_matches: number };
export type DuplicateCheck = { entity: DuplicateEntity; id: number | null; fields: Record<string, string> };

const FIELDS: Record<DuplicateEntity, string[]> = {
  accounts: ['name', 'legal_name', 'tax_id', 'email', 'phone', 'website', 'country'],
  leads: ['company', 'first_name', 'last_name', 'vat_id', 'email', 'phone', 'website', 'country'],
};
// A value that can identify a record: a name of three letters, a VAT id or phone of six signs,
// an e-mail with its domain typed, a website with a dot.
const MEANINGFUL: Record<string, (v: string) => boolean> = {
  name: (v) => v.length >= 3, legal_name: (v) => v.length >= 3, company: (v) => v.length >= 3,
  last_name: (v) => v.length >= 2, tax_id: (v) => v.replace(/\W/g, '').length >= 6,
  vat_id: (v) => v.replace(/\W/g, '').length >= 6, phone: (v) => v.replace(/\D/g, '').length >= 6,
  email: (v) => /@[^@]+\.[a-z]{2,}$/i.test(v), website: (v) => v.includes('.'),
};

export function checkRequest(entity: DuplicateEntity, form: Record<string, unknown>, id: number | null): DuplicateCheck | null {
  const fields: Record<string, string> = {};
  let meaningful = false;
  for (const name of FIELDS[entity]) {
    const v = typeof form[name] === 'string' ? (form[name] as string).trim() : '';
    if (!v) continue;
    fields[name] = v;
    if (MEANINGFUL[name]?.(v)) meaningful = true;
  }
  return meaningful ? { entity, id, fields } : null;
}

/** What a candidate is called in the panel: an account's name, a lead's person and company. */
export function candidateLabel(c: DuplicateCandidate): string {
  const r = c.record;
  if (c.entity === 'accounts') return String(r.name ?? `#${c.id}`);
  const person = [r.first_name, r.last_name].filter(Boolean).join(' ');
  const company = r.company ? String(r.company) : '';
  return person && company ? `${person} (${company})` : person || company || `#${c.id}`;
}
