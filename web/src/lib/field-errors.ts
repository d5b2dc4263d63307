// Server field errors for rows of an array field: `bands[1].min_quantity`, `lines[2].quantity`.

export type RowErrors = Record<number, Record<string, string>>;

/** The errors under `prefix[i].name` (and `prefix[i]` itself, as name ''), by row index. */
export function rowErrors(errors: Record<string, string>, prefix: string): RowErrors {
  const out: RowErrors = {};
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\](?:\\.(\\w+))?$`);
  for (const [key, message] of Object.entries(errors)) {
    const m = re.exec(key);
    if (!m) continue;
    const row = (out[Number(m[1])] ??= {});
    const name = m[2] ?? '';
    if (!(name in row)) row[name] = message;
  }
  return out;
}

/** Whether `key` names the field itself or one of its rows (`bands`, `bands[0].price`). */
export function belongsTo(key: string, field: string): boolean {
  return key === field || key.startsWith(`${field}[`) || key.startsWith(`${field}.`);
}
