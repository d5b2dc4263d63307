// List state with @tanstack/table-core: column definitions, server-side sorting and column
// visibility. Paging and sorting are done by the server (manual modes); the table keeps the
// state and hands out the visible columns and rows.
import {
  createTable, getCoreRowModel, type ColumnDef, type SortingState, type Table, type TableState,
  type VisibilityState,
} from '@tanstack/table-core';
import type { RecordData } from '../api/client';
import type { FieldDef } from '../entities';

export type { SortingState, VisibilityState };

export function columnDefs(fields: FieldDef[]): ColumnDef<RecordData>[] {
  return fields
    .filter((f) => f.kind !== 'textarea' && f.kind !== 'json' && f.kind !== 'bands')
    .map((f) => ({
      id: f.name,
      accessorFn: (r: RecordData) => r[f.name],
      enableSorting: f.sortable !== false,
      meta: f,
    }));
}

export function makeTable(
  data: RecordData[], columns: ColumnDef<RecordData>[], sorting: SortingState, columnVisibility: VisibilityState,
): Table<RecordData> {
  const table = createTable<RecordData>({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    getRowId: (r) => String(r.id),
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  const state: TableState = { ...table.initialState, sorting, columnVisibility };
  table.setOptions((prev) => ({ ...prev, state }));
  return table;
}

/** "-name" → [{ id: 'name', desc: true }] and back. */
export function parseSort(sort: string | null): SortingState {
  if (!sort) return [];
  return [{ id: sort.replace(/^-/, ''), desc: sort.startsWith('-') }];
}
export function sortParam(s: SortingState): string {
  return s.length ? `${s[0].desc ? '-' : ''}${s[0].id}` : '';
}
/** Header click: ascending → descending → back to the list's default. */
export function nextSort(current: SortingState, id: string): SortingState {
  const c = current[0];
  if (!c || c.id !== id) return [{ id, desc: false }];
  if (!c.desc) return [{ id, desc: true }];
  return [];
}

export function visibilityFrom(all: string[], visible: string[]): VisibilityState {
  return Object.fromEntries(all.map((c) => [c, visible.includes(c)]));
}
