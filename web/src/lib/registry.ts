// The web's module registry: the platform and the installed modules (src/modules/index.ts),
// asked by the router, App and RecordPage instead of naming a module's screens.
import type { Role } from './api/client';
import { canRead, canWrite, contractDefaults, type EntityName } from './entities';
import { PLATFORM } from './platform';
import { MODULES } from '../modules';
import type { FieldEditor, FormPanel, HomeEntry, LineHint, ListAction, ModuleRoute, NavEntry, RecordExtension, RecordOverview, UserMenuEntry, WebModule } from '../modules/types';

export const INSTALLED: WebModule[] = [PLATFORM, ...MODULES];

export type NavItem = Omit<NavEntry, 'group'>;
export type NavGroup = { label: string; items: NavItem[] };

const shownTo = (role: Role | undefined) => (i: NavItem) =>
  (!i.entity || canRead(i.entity, role)) && (!i.roles || (!!role && i.roles.includes(role)));

/** Navigation by group; each item is shown only to roles that may read its entity (and its roles). */
export function navFor(role: Role | undefined): NavGroup[] {
  const groups = INSTALLED.flatMap((m) => m.navGroups ?? []).sort((a, b) => a.order - b.order);
  const entries = INSTALLED.flatMap((m) => m.nav ?? []);
  const visible = shownTo(role);
  return groups
    .map((g) => ({ label: g.label, items: entries.filter((i) => i.group === g.id && visible(i)).map(({ group: _, ...item }) => item) }))
    .filter((g) => g.items.length > 0);
}

/** The user menu's links (the person's own settings) for `role`. */
export function userMenuFor(role: Role | undefined): UserMenuEntry[] {
  return INSTALLED.flatMap((m) => m.userMenu ?? []).filter(shownTo(role));
}

/** Whether `role` sees the nav entry or user-menu link `id` (and so the screens that name it). */
export function navVisible(id: string | undefined, role: Role | undefined): boolean {
  return !!id && (navFor(role).some((g) => g.items.some((i) => i.id === id)) || userMenuFor(role).some((i) => i.id === id));
}

/** The module screen that opens `role`'s home page, if a module claims the role. */
export function homeFor(role: Role | undefined): HomeEntry | undefined {
  return role ? INSTALLED.map((m) => m.home).find((h) => h?.roles.includes(role)) : undefined;
}

export const ROUTES: ModuleRoute[] = INSTALLED.flatMap((m) => m.routes ?? []);

/** The params of `path` against a route pattern (`:name` segments), or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** A module's screen at a path of its own (not an entity's record screen). */
export function pageRoute(path: string): { route: ModuleRoute; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.entity) continue;
    const params = matchPattern(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** The module's record screen for /<entity>/<id>, if one replaces the generic record page. */
export function recordScreen(entity: string, id: number | 'new'): ModuleRoute | undefined {
  return ROUTES.find((r) => r.entity === entity && !(r.savedOnly && id === 'new') && matchPattern(r.path, `/${entity}/${id}`));
}

/** The cards under a saved record of `entity` that `role` may see (an extension's `reads`). */
export function recordExtensions(entity: EntityName, role: Role | undefined): RecordExtension[] {
  return forRecord(INSTALLED.flatMap((m) => m.recordExtensions ?? []), entity, role);
}

function forRecord<T extends RecordExtension>(parts: T[], entity: EntityName, role: Role | undefined): T[] {
  return parts.filter((x) => x.entity === entity && (!x.reads || canRead(x.reads, role)));
}

/** The actions beside "New" on the list of `entity` that `role` may take. */
export function listActions(entity: EntityName, role: Role | undefined): ListAction[] {
  return INSTALLED.flatMap((m) => m.listActions ?? []).filter((x) => x.entity === entity && !!role && x.roles.includes(role));
}

/** The parts of a saved record's Overview tab (none: the page is the form, as before). */
export function recordOverviews(entity: EntityName, role: Role | undefined): RecordOverview[] {
  const parts = forRecord(INSTALLED.flatMap((m) => m.recordOverviews ?? []), entity, role);
  return parts.sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
}

/** Panels the modules show under the form of `entity`, to roles that may write it. */
export function formPanels(entity: EntityName, role: Role | undefined): FormPanel[] {
  return canWrite(entity, role) ? INSTALLED.flatMap((m) => m.formPanels ?? []).filter((x) => x.entity === entity) : [];
}

/** Advice the modules show under each product line of `entity`'s line editor, to roles that may read it. */
export function lineHints(entity: EntityName, role: Role | undefined): LineHint[] {
  return INSTALLED.flatMap((m) => m.lineHints ?? []).filter((x) => x.entity === entity && (!x.reads || canRead(x.reads, role)));
}

export function fieldEditor(entity: EntityName, field: string): FieldEditor | undefined {
  return INSTALLED.flatMap((m) => m.fieldEditors ?? []).find((x) => x.entity === entity && x.field === field);
}

/** A new record's opening values: the contract's defaults, then the registry's (a fresh copy each time). */
export function defaultsFor(entity: EntityName): Record<string, unknown> {
  return structuredClone(Object.assign(contractDefaults(entity), ...INSTALLED.map((m) => m.defaults?.[entity] ?? {})));
}

export async function prefillFor(entity: EntityName, params: URLSearchParams): Promise<Record<string, unknown>> {
  const fill = INSTALLED.map((m) => m.prefill?.[entity]).filter((f) => !!f);
  return Object.assign({}, ...(await Promise.all(fill.map((f) => f(params)))));
}
