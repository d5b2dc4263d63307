// The server's message codes arrive after the first page: until a language's chunk is loaded its
// codes are worded by the server's English detail, then by the catalog; a switch loads the new
// language. (A file of its own: the module state starts fresh, with only the first language asked for.)
import { describe, expect, it } from 'vitest';
import { i18n, loadServerMessages, setLocale, t } from './index.svelte';
import { messageText } from '../messages';

const required = { code: 'field.required', params: { field: 'name' }, detail: 'name is required' };

describe('server messages loaded lazily', () => {
  it('shows the English detail until the language is loaded, then its words', async () => {
    expect(i18n.locale).toBe('en');
    setLocale('zh', false);
    expect(t('msg.field.required')).toBe('msg.field.required');
    expect(messageText(required)).toBe('name is required');
    await loadServerMessages('zh');
    expect(messageText(required)).toBe('名称 为必填项。');
    setLocale('en', false);
    await loadServerMessages('en');
    expect(messageText(required)).toBe('Name is required');
  });

  it('loads each language once', async () => {
    const a = loadServerMessages('de');
    expect(loadServerMessages('de')).toBe(a);
    await a;
  });
});
