import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { ROLES, ENTITIES, canRead, contractDefaults, type EntityName } from './entities';
import { match } from './router.svelte';
import { INSTALLED, defaultsFor, fieldEditor, formPanels, homeFor, navFor, navVisible, pageRoute, recordExtensions, recordOverviews, recordScreen, ROUTES } from './registry';
import { MODULES } from '../modules';
import { CATALOGS, LOCALES } from './i18n/index.svelte';

describe('web module registry', () => {
  it('lists each installed module once, in dependency order', () => {
    expect(MODULES.map((m) => m.name)).toEqual(['sales', 'competitors', 'leads', 'schedules', 'activities', 'requests', 'billing', 'deliveries', 'pipeline', 'forecasts', 'targets', 'appraisal', 'commissions', 'mail', 'accounts360', 'cockpit', 'summaries']);
    expect(new Set(INSTALLED.map((m) => m.name)).size).toBe(INSTALLED.length);
  });

  it('resolves a module\'s own screens and their params', () => {
    expect(pageRoute('/pricing/simulator')?.route.nav).toBe('simulator');
    expect(pageRoute('/approvals')?.route.nav).toBe('approvals');
    expect(pageRoute('/pricing')).toBeNull();
    expect(pageRoute('/accounts')).toBeNull();
    const m = match('/approvals');
    expect(m.page).toBe('module');
    expect(match('/accounts')).toEqual({ page: 'list', entity: 'accounts' });
    expect(match('/quotes/12')).toEqual({ page: 'record', entity: 'quotes', id: 12 });
  });

  it('every route loads a component', async () => {
    for (const r of ROUTES) {
      const mod = await r.load();
      expect(typeof mod.default, r.path).toBe('function');
    }
    for (const m of INSTALLED) {
      for (const x of [...(m.recordExtensions ?? []), ...(m.recordOverviews ?? [])]) expect(typeof (await x.load()).default, `${m.name} ${x.entity}`).toBe('function');
      for (const x of m.fieldEditors ?? []) expect(typeof (await x.load()).default, `${m.name} ${x.field}`).toBe('function');
      for (const x of m.formPanels ?? []) expect(typeof (await x.load()).default, `${m.name} ${x.entity} panel`).toBe('function');
      if (m.home) expect(typeof (await m.home.load()).default, `${m.name} home`).toBe('function');
    }
    // Compiling every screen of every module takes seconds on a loaded 2-core machine.
  }, 60_000);

  it("opens a role's home on at most one module's screen", () => {
    for (const role of ROLES) expect(INSTALLED.filter((m) => m.home?.roles.includes(role)).length, role).toBeLessThanOrEqual(1);
    for (const role of ['director', 'senior_manager', 'manager'] as const) expect(homeFor(role)).toBe(MODULES.find((m) => m.name === 'cockpit')!.home);
    expect(homeFor('finance')).toBe(MODULES.find((m) => m.name === 'billing')!.home);
    // A rep's, logistics' and the admin's home stays the overview; nobody signed in, no home.
    for (const role of ['rep', 'logistics', 'admin'] as const) expect(homeFor(role)).toBeUndefined();
    expect(homeFor(undefined)).toBeUndefined();
  });

  it('replaces the record page where a module has its own screen', () => {
    expect(recordScreen('quotes', 5)?.entity).toBe('quotes');
    expect(recordScreen('quotes', 'new')?.entity).toBe('quotes');
    expect(recordScreen('sales-orders', 7)?.entity).toBe('sales-orders');
    expect(recordScreen('sales-orders', 'new')).toBeUndefined();
    expect(recordScreen('accounts', 1)).toBeUndefined();
  });

  it('every record route, nav entry and extension names a known entity', () => {
    const known = (e: string | undefined) => !e || e in ENTITIES;
    for (const m of INSTALLED) {
      for (const r of m.routes ?? []) expect(known(r.entity), `${m.name} ${r.path}`).toBe(true);
      for (const n of m.nav ?? []) expect(known(n.entity), `${m.name} nav ${n.id}`).toBe(true);
      for (const x of [...(m.recordExtensions ?? []), ...(m.recordOverviews ?? [])]) expect(known(x.entity) && known(x.reads), `${m.name} extension`).toBe(true);
      for (const x of m.fieldEditors ?? []) expect(ENTITIES[x.entity].fields.some((f) => f.name === x.field), `${x.entity}.${x.field}`).toBe(true);
      for (const e of Object.keys(m.defaults ?? {})) {
        const names = ENTITIES[e as EntityName].fields.map((f) => f.name);
        for (const k of Object.keys(m.defaults![e as EntityName]!)) expect(names, `${m.name} default ${e}.${k}`).toContain(k);
      }
    }
  });

  it('every own screen is guarded by a nav entry or user-menu link that exists', () => {
    const ids = new Set(INSTALLED.flatMap((m) => [...(m.nav ?? []), ...(m.userMenu ?? [])]).map((n) => n.id));
    for (const r of ROUTES.filter((r) => !r.entity)) expect(ids.has(r.nav ?? ''), r.path).toBe(true);
  });

  it('nav entries respect roles: an item shows only to roles that may read its entity and are among its roles', () => {
    const entries = INSTALLED.flatMap((m) => m.nav ?? []);
    for (const role of ROLES) {
      const shown = new Set(navFor(role).flatMap((g) => g.items.map((i) => i.id)));
      for (const e of entries) {
        const may = (!e.entity || canRead(e.entity, role)) && (!e.roles || e.roles.includes(role));
        expect(shown.has(e.id), `${role} sees ${e.id}`).toBe(may);
      }
    }
    expect(navFor(undefined).flatMap((g) => g.items.map((i) => i.id))).toEqual(['home']);
  });

  it('keeps the desk\'s screens from roles that may not use them', () => {
    expect(navVisible('approvals', 'rep')).toBe(false);
    expect(navVisible('approvals', 'manager')).toBe(true);
    expect(navVisible('simulator', 'finance')).toBe(false);
    expect(navVisible('simulator', 'rep')).toBe(true);
    expect(navVisible('price-lists', 'rep')).toBe(false);
    expect(navVisible('price-lists', 'director')).toBe(true);
    expect(navVisible('quotes', 'admin')).toBe(false);
  });

  it('orders the nav groups: workspace, the day, customers, prospecting, schedules, the desk, logistics, catalogue, organisation, finance, admin', () => {
    expect(navFor('director').map((g) => g.label)).toEqual([
      'nav.group.workspace', 'nav.group.day', 'nav.group.customers', 'nav.group.prospecting', 'nav.group.pipeline',
      'nav.group.schedules', 'nav.group.sales', 'nav.group.logistics', 'nav.group.pricing', 'nav.group.market',
      'nav.group.commissions', 'nav.group.catalogue', 'nav.group.organisation', 'nav.group.finance', 'nav.group.admin',
    ]);
  });

  it('adds the desk\'s cards and editors to its records, and opens new forms with its defaults', () => {
    expect(recordExtensions('contracts', 'director')).toHaveLength(1);
    // The duplicate check advises those who write leads and accounts, not finance.
    expect(formPanels('leads', 'rep')).toHaveLength(1);
    expect(formPanels('accounts', 'manager')).toHaveLength(1);
    expect(formPanels('accounts', 'finance')).toHaveLength(0);
    expect(formPanels('quotes', 'director')).toHaveLength(0);
    expect(recordExtensions('price-lists', 'director')).toHaveLength(1);
    expect(recordExtensions('accounts', 'director')).toHaveLength(2); // the desk's card, the credit exposure (billing)
    // An account opens on its overview: the 360° figures and lists first, its open customer
    // requests, then the timeline (not for logistics, who read neither requests nor activities);
    // a contact has none and opens on its form.
    expect(recordOverviews('accounts', 'director').map((o) => o.order)).toEqual([10, 80, 90]);
    expect(recordOverviews('accounts', 'logistics')).toHaveLength(1);
    expect(recordOverviews('contacts', 'director')).toHaveLength(0);
    expect(recordExtensions('quotes', 'director')).toHaveLength(2); // e-mail to the customer (mail), its deal (pipeline)
    expect(recordExtensions('quotes', 'logistics')).toHaveLength(1); // not its deal: logistics reads no deals
    expect(fieldEditor('pricing-rules', 'bands')?.wide).toBe(true);
    expect(fieldEditor('accounts', 'name')).toBeUndefined();
    const a = defaultsFor('pricing-rules');
    (a.bands as unknown[]).push('x');
    expect(defaultsFor('pricing-rules').bands).toEqual([{ min_quantity: '0', percent: '' }]);
    expect(defaultsFor('tasks')).toEqual({ done: false });
  });

  it('opens new forms with the contract\'s defaults, and the registry adds only what the document cannot say', () => {
    expect(defaultsFor('accounts')).toMatchObject({ lifecycle: 'prospect', risk_profile: 'medium', payment_terms_days: 30, kind: 'company' });
    expect(defaultsFor('pricing-rules')).toMatchObject({ active: true, priority: 0, tier_mode: 'volume', rounding: 'none', scope: 'all' });
    for (const m of INSTALLED) {
      for (const [e, values] of Object.entries(m.defaults ?? {})) {
        const said = contractDefaults(e as EntityName);
        for (const k of Object.keys(values!)) expect(said[k], `${m.name} default ${e}.${k} repeats the contract's`).toBeUndefined();
      }
    }
  });

  it('every label the registry shows has words in every language', () => {
    const keys = [
      ...INSTALLED.flatMap((m) => m.nav ?? []).map((n) => n.label),
      ...INSTALLED.flatMap((m) => m.navGroups ?? []).map((g) => g.label),
      ...ROUTES.flatMap((r) => (r.title ? [r.title] : [])),
      ...Object.keys(ENTITIES).flatMap((e) => [`entity.${e}`, `entity.one.${e}`]),
    ];
    for (const l of LOCALES) for (const k of keys) expect(CATALOGS[l][k], `${l} ${k}`).toBeTruthy();
  });
});
