import { describe, expect, it } from 'vitest';
import { fromRemembered, toRemembered } from './remembered-user';

describe('remembered user', () => {
  it('keeps the identity only, never the csrf token', () => {
    const raw = toRemembered({ id: 7, name: 'Rep One', email: 'rep1@x.example', role: 'rep', csrf_token: 'secret' });
    expect(raw).not.toContain('secret');
    expect(fromRemembered(raw)).toEqual({ id: 7, name: 'Rep One', email: 'rep1@x.example', role: 'rep' });
  });
  it('reads nothing from a missing, damaged or foreign value', () => {
    expect(fromRemembered(null)).toBeNull();
    expect(fromRemembered('')).toBeNull();
    expect(fromRemembered('{not json')).toBeNull();
    expect(fromRemembered('[]')).toBeNull();
    expect(fromRemembered(JSON.stringify({ id: '7', name: 'A', email: 'a@x', role: 'rep' }))).toBeNull();
    expect(fromRemembered(JSON.stringify({ id: 0, name: 'A', email: 'a@x', role: 'rep' }))).toBeNull();
    expect(fromRemembered(JSON.stringify({ id: 7, name: 'A', email: 'a@x', role: 'root' }))).toBeNull();
    expect(fromRemembered(JSON.stringify({ id: 7, email: 'a@x', role: 'rep' }))).toBeNull();
  });
});
