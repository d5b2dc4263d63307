// The committed OpenAPI snapshot (web/openapi.json) and the generated types
// (src/lib/api/schema.d.ts) must list the same paths and operations: regenerate with
// `npm run gen:api` when the server's API changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const doc = JSON.parse(readFileSync(new URL('openapi.json', root), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
const types = readFileSync(new URL('src/lib/api/schema.d.ts', root), 'utf8');

function typedPaths(): string[] {
  const start = types.indexOf('export interface paths {');
  const end = types.indexOf('\nexport ', start + 10);
  const block = types.slice(start, end === -1 ? undefined : end);
  return [...block.matchAll(/^ {4}"([^"]+)": \{/gm)].map((m) => m[1]).sort();
}

describe('OpenAPI types', () => {
  it('cover exactly the paths of the snapshot', () => {
    expect(typedPaths()).toEqual(Object.keys(doc.paths).sort());
  });
  it('have every operation of the snapshot', () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId).filter(Boolean));
    const missing = ops.filter((op) => !types.includes(`    ${op}: {`) && !types.includes(`    "${op}": {`));
    expect(missing).toEqual([]);
  });
  it('include the paths the app calls', () => {
    for (const p of ['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/me', '/api/v1/accounts', '/api/v1/accounts/{id}', '/api/v1/saved-views',
      '/api/v1/pricing/simulate', '/api/v1/quotes', '/api/v1/quotes/{id}', '/api/v1/quotes/{id}/document', '/api/v1/quotes/{id}/pdf',
      '/api/v1/approval-requests/{id}/approve', '/api/v1/sales-orders/{id}/confirm', '/api/v1/notifications/{id}/read']) {
      expect(doc.paths).toHaveProperty([p]);
    }
  });
});
