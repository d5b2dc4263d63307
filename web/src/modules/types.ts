// What a web module declares (web/README.md, "Adding a module's screens"). A module's module.ts
// imports only these types, its own i18n files and lazy import() loaders, so the registry stays
// in the first chunk while the module's screens load on first use.
import type { Component } from 'svelte';
import type { RecordData, Role } from '../lib/api/client';
import type { EntityHints, EntityName } from '../lib/entities';
import type { Locale } from '../lib/i18n/index.svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loader = () => Promise<{ default: Component<any> }>;

/** A screen at a path of its own (`/pricing/simulator`), or an entity's record screen. */
export type ModuleRoute = {
  /** `/approvals`; `:name` segments become props; `/quotes/:id` with `entity` is a record screen. */
  path: string;
  load: Loader;
  /** A screen of its own is shown to whoever sees this nav entry (its roles and entity). */
  nav?: string;
  /** The page title's catalog key. */
  title?: string;
  /** A record screen (props: id, a number or 'new'): the entity's read/write roles decide. */
  entity?: EntityName;
  /** The record screen serves saved records only; /<entity>/new stays the generic form. */
  savedOnly?: boolean;
};

export type NavGroupDef = { id: string; label: string; order: number };
/** Shown only to roles that may read `entity` and, when given, to `roles`. */
export type NavEntry = { group: string; id: string; href: string; label: string; entity?: EntityName; roles?: Role[] };
/**
 * A link in the user menu (the signed-in person's own settings: their calendar feed), shown like a
 * nav entry only to roles that may read `entity` and, when given, to `roles`; a route naming its
 * `id` as `nav` is shown to the same people.
 */
export type UserMenuEntry = Omit<NavEntry, 'group'>;

/** What a record-page extension is given, to map onto its component's props. */
export type RecordContext = {
  record: RecordData;
  etag: string;
  /** The extension changed the record (e.g. signed it): show it and say `message` (a catalog key). */
  update: (record: RecordData, etag: string, message: string) => void;
};
/**
 * A card or action shown under a saved record of `entity` (child records, signing); with `reads`,
 * only to roles that may read that entity (a product's competitor prices: not to logistics).
 */
export type RecordExtension = { entity: EntityName; reads?: EntityName; load: Loader; props: (c: RecordContext) => Record<string, unknown> };

/**
 * An action beside "New" on the list of `entity`, for `roles` (an endpoint that makes many records
 * at once: a year's public holidays). The component gets `{ done }`: call it with a message
 * already in the user's language, and the list reads its page again and shows the message.
 */
export type ListAction = { entity: EntityName; roles: Role[]; load: Loader };

/**
 * A part of the Overview tab of a saved record of `entity` (the account's 360° page, its
 * timeline). A record with any opens on Overview; its form and cards move to a Details tab.
 * Shaped like a RecordExtension; parts show by `order` (lower first, default 50), then module order.
 */
export type RecordOverview = RecordExtension & { order?: number };

/**
 * Advice shown under the form of `entity` while it is edited, new or saved (the duplicate check),
 * to roles that may write it; `props` gets the live form values and the record's id (null: new).
 */
export type FormPanelContext = {
  form: Record<string, unknown>;
  id: number | null;
  /** The form holds edits not saved yet. */
  dirty: boolean;
  /** The panel changed the saved record (merged another into it): show it, say `message`. */
  update: RecordContext['update'];
};
export type FormPanel = {
  entity: EntityName;
  load: Loader;
  props: (c: FormPanelContext) => Record<string, unknown>;
};

/** A custom input for one field of the record form; it binds `value` and gets `disabled`. */
export type FieldEditor = {
  entity: EntityName;
  field: string;
  load: Loader;
  wide?: boolean;
  props?: (c: { form: Record<string, unknown>; errors: Record<string, string> }) => Record<string, unknown>;
};

/**
 * Advice under each product line of a document's line editor (a quote's: what competitors were
 * seen charging for the product), to roles that may read `reads`. The component gets
 * `{ productId, currency, unitPrice, index }`: the line's product, the document's currency, our
 * unit price as a decimal string (null before it is priced) and the line's position.
 */
export type LineHint = { entity: EntityName; reads?: EntityName; load: Loader };

/**
 * A module's screen that opens the home page for `roles`, above the platform's overview (the
 * director's cockpit). Its component gets `{ embedded: true }`: it heads itself with an h2, as
 * the home's greeting is the page's h1. At most one module's home per role (registry test).
 */
export type HomeEntry = { roles: Role[]; load: Loader };

export type Messages = Record<string, string>;

export type WebModule = {
  name: string;
  /** UI hints of the module's entities; their fields and roles come from the contract. */
  entities?: Partial<Record<EntityName, EntityHints>>;
  routes?: ModuleRoute[];
  navGroups?: NavGroupDef[];
  nav?: NavEntry[];
  userMenu?: UserMenuEntry[];
  home?: HomeEntry;
  recordExtensions?: RecordExtension[];
  listActions?: ListAction[];
  recordOverviews?: RecordOverview[];
  formPanels?: FormPanel[];
  fieldEditors?: FieldEditor[];
  lineHints?: LineHint[];
  /** Values a new record's form opens with beyond the contract's defaults (JSON Schema `default`). */
  defaults?: Partial<Record<EntityName, Record<string, unknown>>>;
  /** Values filled from the new form's query (a contract from ?quote_id=); may load lazily. */
  prefill?: Partial<Record<EntityName, (params: URLSearchParams) => Promise<Record<string, unknown>>>>;
  /** The module's words in every language (each catalog has the same keys). */
  messages?: Record<Locale, Messages>;
};
