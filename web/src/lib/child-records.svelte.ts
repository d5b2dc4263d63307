// The child records of a parent record (an account's contacts, a price list's items): loading them,
// the state of the add/edit form, saving with the parent's id (create) or the record's version (update),
// and errors — per field from a validation problem, otherwise one alert.
import { api, ApiError, listRecords, type RecordData } from './api/client';
import type { FieldDef } from './entities';
import { errorMessage } from './errors';
import { toBody, toForm, type FormValues } from './form';

export type ChildRecordsOptions = {
  /** The child entity, e.g. `contacts`. */
  entity: string;
  /** The child's field naming its parent, e.g. `account_id`. */
  parentField: string;
  /** The parent's id; a getter, so that a changed prop is read at each load and save. */
  parentId: () => number;
  sort: string;
  limit: number;
  /** The fields of the form; a create sends the non-empty ones, an update sends all of them. */
  fields: FieldDef[];
  /** Runs on freshly loaded rows before they are shown (e.g. to resolve reference labels); a throw fails the load. */
  prepare?: (rows: RecordData[]) => Promise<void> | void;
};

/** What the form edits: a new record, an existing one, or nothing (closed). */
export type ChildTarget = RecordData | 'new' | null;

export type ChildRecords = {
  /** The loaded rows; `null` until the first load ends (an empty list after a failed one). */
  readonly items: RecordData[] | null;
  editing: ChildTarget;
  form: FormValues;
  readonly errors: Record<string, string>;
  readonly error: string;
  readonly busy: boolean;
  readonly fields: FieldDef[];
  load(): Promise<void>;
  /** Opens the form on a record, or on a new one filled with `blank`; clears the errors. */
  open(target: RecordData | 'new', blank?: Record<string, unknown>): void;
  /** Closes the form and clears the per-field errors (the form keeps its values). */
  cancel(): void;
  /** Creates or updates the record being edited, then closes the form and reloads. */
  save(): Promise<void>;
};

export function childRecords(o: ChildRecordsOptions): ChildRecords {
  let items = $state<RecordData[] | null>(null);
  let editing = $state<ChildTarget>(null);
  let form = $state<FormValues>(toForm(o.fields, {}));
  let errors = $state<Record<string, string>>({});
  let error = $state('');
  let busy = $state(false);

  async function load() {
    try {
      const page = await listRecords(o.entity, `${o.parentField}=${o.parentId()}&sort=${o.sort}&limit=${o.limit}`);
      await o.prepare?.(page.items);
      items = page.items;
    } catch (e) {
      error = errorMessage(e);
      items = [];
    }
  }

  async function save() {
    busy = true;
    errors = {};
    error = '';
    try {
      if (editing === 'new') {
        await api.post(`/api/v1/${o.entity}`, { ...toBody(o.fields, form), [o.parentField]: o.parentId() });
      } else if (editing) {
        await api.patch(`/api/v1/${o.entity}/${editing.id}`, toBody(o.fields, form, o.fields.map((f) => f.name)), `"${editing.version}"`);
      }
      form = toForm(o.fields, {});
      editing = null;
      await load();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) errors = err.fieldErrors;
      else error = errorMessage(err);
    } finally {
      busy = false;
    }
  }

  return {
    get items() { return items; },
    get editing() { return editing; },
    set editing(v) { editing = v; },
    get form() { return form; },
    set form(v) { form = v; },
    get errors() { return errors; },
    get error() { return error; },
    get busy() { return busy; },
    fields: o.fields,
    load,
    open(target, blank = {}) {
      editing = target;
      errors = {};
      error = '';
      form = toForm(o.fields, target === 'new' ? blank : target);
    },
    cancel() {
      editing = null;
      errors = {};
    },
    save,
  };
}
