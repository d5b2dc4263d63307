// The board's answer (GET /api/v1/pipelines/{id}/board, docs/pipeline.md) and the keyboard
// move's pure step: which column a picked-up card points at.
import type { Money, RecordData } from '../../../lib/api/client';

export type BoardCard = {
  opportunity: RecordData;
  days_in_stage: number;
  rotting: boolean;
  converted: Money | null;
  rate: string | null;
  rate_date: string | null;
};
export type BoardColumn = {
  stage: RecordData;
  count: number;
  cards: BoardCard[];
  total: Money;
  converted_count: number;
  unconverted: Money[];
  first_rate_date: string | null;
  last_rate_date: string | null;
};
export type Board = { pipeline: RecordData; currency: string; as_of: string; columns: BoardColumn[] };

/** The column a key moves the target to: arrows step and stop at the ends, Home/End jump. */
export function nextTarget(key: string, current: number, columns: number): number | null {
  if (columns <= 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(columns - 1, current + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return columns - 1;
  return null;
}
