// The interface language: one reactive locale, t() for catalog strings, Intl locale tags.
import { en, type MessageKey } from './en';
import { de } from './de';
import { es } from './es';
import { zh } from './zh';
import { MODULES } from '../../modules';

export const LOCALES = ['en', 'de', 'es', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
/** The platform's words and every installed module's (src/modules/<m>/i18n/). */
export const CATALOGS: Record<Locale, Record<string, string>> = { en: merged('en', en), de: merged('de', de), es: merged('es', es), zh: merged('zh', zh) };
function merged(locale: Locale, platform: Record<string, string>): Record<string, string> {
  return Object.assign({}, platform, ...MODULES.map((m) => m.messages?.[locale] ?? {}));
}
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', es: 'Español', zh: '中文' };
/** The Intl locale used for numbers and dates. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES', zh: 'zh-CN' };
const STORAGE_KEY = 'salesdesk.locale';

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

function initial(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch { /* no storage */ }
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return isLocale(nav) ? nav : 'en';
}

export const i18n = $state({ locale: initial() as Locale });

// The server's message codes (msg.<code>): one chunk per language, loaded at start for the
// current language and on a switch. Until it is there, t() returns the key and messageText
// (lib/messages.ts) shows the server's English `detail`.
const SERVER_MESSAGES: Record<Locale, () => Promise<{ messages: Record<string, string> }>> = {
  en: () => import('./server-messages/en'),
  de: () => import('./server-messages/de'),
  es: () => import('./server-messages/es'),
  zh: () => import('./server-messages/zh'),
};
const serverMessages: Partial<Record<Locale, Record<string, string>>> = {};
const serverLoads = new Map<Locale, Promise<void>>();
/** Bumped when a language's server messages arrive, so texts made from them are made again. */
const serverMessagesLoaded = $state({ count: 0 });

/** Loads the server messages of `l` once (a failed load is tried again on the next call). */
export function loadServerMessages(l: Locale): Promise<void> {
  let p = serverLoads.get(l);
  if (!p) {
    p = SERVER_MESSAGES[l]().then(
      (m) => {
        serverMessages[l] = m.messages;
        serverMessagesLoaded.count++;
      },
      () => { serverLoads.delete(l); },
    );
    serverLoads.set(l, p);
  }
  return p;
}
void loadServerMessages(i18n.locale);

export function hasSavedLocale(): boolean {
  try { return isLocale(localStorage.getItem(STORAGE_KEY)); } catch { return false; }
}

export function setLocale(l: Locale, remember = true) {
  i18n.locale = l;
  void loadServerMessages(l);
  if (typeof document !== 'undefined') document.documentElement.lang = l === 'zh' ? 'zh-CN' : l;
  if (remember) {
    try { localStorage.setItem(STORAGE_KEY, l); } catch { /* ignore */ }
  }
}

export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  let s: string;
  if (key.startsWith('msg.')) {
    void serverMessagesLoaded.count;
    // No English stand-in: the caller has the server's own English detail (lib/messages.ts).
    s = serverMessages[locale]?.[key] ?? key;
  } else {
    s = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  }
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
  return s;
}

export function t(key: MessageKey | string, params?: Record<string, string | number>): string {
  return translate(i18n.locale, key, params);
}

export function intlTag(): string {
  return INTL_TAG[i18n.locale];
}

/**
 * Label of an enum value: the catalog's `enum.<entity>.<field>.<value>`, or `enum.<field>.<value>`
 * for an enum the server shares between entities (units), or a role's, or a language from Intl.
 */
export function enumLabel(field: string, value: string, entity?: string): string {
  if (field === 'role') return t(`role.${value}`);
  if (field === 'language' || field === 'locale') {
    try { return new Intl.DisplayNames([intlTag()], { type: 'language' }).of(value) ?? value; } catch { return value; }
  }
  for (const key of entity ? [`enum.${entity}.${field}.${value}`, `enum.${field}.${value}`] : [`enum.${field}.${value}`]) {
    const s = t(key);
    if (s !== key) return s;
  }
  return value;
}

export function countryName(code: string): string {
  try { return new Intl.DisplayNames([intlTag()], { type: 'region' }).of(code) ?? code; } catch { return code; }
}
