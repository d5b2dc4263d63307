// The import routes (docs/import-export.md): upload, mapping, dry run, run and its progress.
import { api, request } from './api/client';

export type ImportIssue = {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
  params: Record<string, string>;
};

export type ImportState = {
  id: number;
  entity: string;
  format: 'csv' | 'xlsx';
  status: 'uploaded' | 'running' | 'done' | 'failed';
  columns: string[];
  targets: string[];
  preview: string[][];
  mapping: Record<string, string>;
  mapping_remembered: boolean;
  rows_total: number;
  rows_done: number;
  rows_created: number;
  rows_replayed: number;
  rows_failed: number;
  errors: ImportIssue[];
  errors_total: number;
  progress_at: string | null;
  failure: string | null;
  /** The last dry run's counts, kept with the import (null before one or after a new mapping). */
  dry_run: { rows_total: number; rows_ok: number; rows_bad: number; errors_total: number } | null;
};

/** A record a good row looks like (accounts and leads, decision 0054): the kinds that matched. */
export type DuplicateMatch = { entity: string; id: number; label: string; matched: string[] };
export type DryRun = {
  rows_total: number; rows_ok: number; rows_bad: number; errors: ImportIssue[]; errors_total: number;
  duplicates: { row: number; matches: DuplicateMatch[]; same_file: FileDuplicate[] }[]; duplicates_checked: number;
};
/** An earlier row of the same file a row looks like, and the kinds they share. */
export type FileDuplicate = { row: number; matched: string[] };

/** A candidate as one line: its label and the kinds that matched, strongest first. */
export function describeMatch(m: DuplicateMatch, kind: (k: string) => string): string {
  return `${m.label} (${m.matched.map(kind).join(', ')})`;
}

/** An earlier row as one line: "row 3 (name, VAT id)". */
export function describeRow(d: FileDuplicate, row: string, kind: (k: string) => string): string {
  return `${row} ${d.row} (${d.matched.map(kind).join(', ')})`;
}

const base = '/api/v1/imports';

export async function uploadImport(entity: string, file: File): Promise<ImportState> {
  const key = `upload-${entity}-${file.name}-${file.size}-${file.lastModified}`;
  return (await request<ImportState>('POST', `${base}?entity=${encodeURIComponent(entity)}`, { file, idempotencyKey: key })).data;
}

export async function saveMapping(id: number, mapping: Record<string, string | null>): Promise<ImportState> {
  return (await request<ImportState>('PUT', `${base}/${id}/mapping`, { body: { mapping } })).data;
}

export async function dryRun(id: number): Promise<DryRun> {
  return (await request<DryRun>('POST', `${base}/${id}/dry-run`)).data;
}

/** The dry run's bad rows as CSV (the row as read, its number, its problems), to fix and upload again. */
export function errorsCsvUrl(id: number): string {
  return `${base}/${id}/errors.csv`;
}

export async function runImport(id: number): Promise<ImportState> {
  return (await request<ImportState>('POST', `${base}/${id}/run`)).data;
}

export async function importState(id: number): Promise<ImportState> {
  return (await api.get<ImportState>(`${base}/${id}`)).data;
}
