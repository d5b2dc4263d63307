// Validates every answer the API test suite received against the server's own OpenAPI document
// (decision 0020). Usage: node scripts/check-api-answers.mjs <answers.jsonl>...
//
// Each answers file (one per shard of the suite) is written by tests/api/http_client.cpp when SALESDESK_API_ANSWERS is set
// (ctest sets it for api_tests): one JSON line per exchange {test, method, target, status,
// content_type, body_bytes, body?}. The document is the server's GET /api/v1/openapi.json answer
// found among them (every copy must be the same). Each answer is matched to its operation (path
// template, method; HEAD as GET) and response (exact status, then 4XX/5XX, then default) and
// its JSON body validated with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Answers
// to paths or methods the document does not have must be 404/405 problem bodies. Fails, listing
// each mismatch, when any answer does not validate or matches nothing, and when the file is
// missing or empty, so the check cannot pass by not running.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const files = process.argv.slice(2);
if (files.length === 0) fail('usage: check-api-answers.mjs <answers.jsonl>...');
const exchanges = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`no answers file ${file} (${e.code}): did api_tests run with SALESDESK_API_ANSWERS?`);
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  if (lines.length === 0) fail(`the answers file ${file} is empty`);
  exchanges.push(...lines);
}

const docs = exchanges.filter((x) => x.method === 'GET' && x.target === '/api/v1/openapi.json' && x.status === 200).map((x) => x.body);
if (docs.length === 0) fail('no GET /api/v1/openapi.json answer among the answers: nothing to validate against');
if (new Set(docs).size !== 1) fail('the servers answered different OpenAPI documents');
const doc = JSON.parse(docs[0]);

// The document's component schemas as one 2020-12 schema resource; refs rewritten to $defs.
const BASE = 'https://salesdesk.invalid/openapi';
const rewrite = (v, prefix) => {
  if (Array.isArray(v)) return v.map((x) => rewrite(x, prefix));
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    out[k] = k === '$ref' && typeof x === 'string' ? x.replace('#/components/schemas/', `${prefix}#/$defs/`) : rewrite(x, prefix);
  }
  return out;
};
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
addFormats(ajv);
// OpenAPI's own annotation keywords inside schemas (extensions x-*, example, discriminator...).
const extra = new Set();
JSON.stringify(doc.components?.schemas ?? {}, (k, v) => (k.startsWith('x-') && extra.add(k), v));
JSON.stringify(doc.paths, (k, v) => (k.startsWith('x-') && extra.add(k), v));
for (const k of ['example', 'discriminator', 'xml', 'externalDocs']) extra.add(k);
ajv.addVocabulary([...extra]);
ajv.addSchema({ $id: BASE, $defs: rewrite(doc.components?.schemas ?? {}, '') });

// Path templates, literal segments first (/quotes/preview before /quotes/{id}).
const templates = Object.keys(doc.paths)
  .map((p) => ({ p, re: new RegExp('^' + p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$'), params: (p.match(/\{/g) ?? []).length }))
  .sort((a, b) => a.params - b.params);
const compiled = new Map();
function validatorFor(key, schema) {
  if (!compiled.has(key)) compiled.set(key, ajv.compile({ $id: `${BASE}/${compiled.size}`, ...rewrite(schema, BASE) }));
  return compiled.get(key);
}
const problemSchema = doc.components?.schemas?.Problem;
if (!problemSchema) fail('the document has no Problem schema');

const mismatches = [];
const seen = new Map(); // operation -> statuses answered, for the summary
let checked = 0;
let notApi = 0;
for (const x of exchanges) {
  const path = x.target.split('?')[0];
  const type = (x.content_type ?? '').split(';')[0].trim().toLowerCase();
  const where = `${x.method} ${x.target.slice(0, 120)} -> ${x.status} (${x.test})`;
  const tpl = templates.find((t) => t.re.test(path));
  const method = (x.method === 'HEAD' ? 'GET' : x.method).toLowerCase();
  const op = tpl ? doc.paths[tpl.p][method] : undefined;
  if (!op) {
    if (!tpl && !path.startsWith('/api/')) { notApi++; continue; } // the web app's pages and assets
    if ((x.status === 404 || x.status === 405) && type === 'application/problem+json') {
      check(where, `${x.method} ${path} -> ${x.status} (no such operation)`, problemSchema, x, `Problem`);
    } else {
      mismatches.push({ where, what: `${x.method} ${tpl ? tpl.p : path} -> ${x.status}: no such operation in the document` });
    }
    continue;
  }
  const opName = `${op.operationId} (${x.method} ${tpl.p})`;
  const code = String(x.status);
  const responses = op.responses ?? {};
  const key = [code, code[0] + 'XX', 'default'].find((k) => k in responses);
  if (!seen.has(opName)) seen.set(opName, new Set());
  seen.get(opName).add(code);
  if (!key) {
    mismatches.push({ where, what: `${opName} -> ${code}: not documented (has ${Object.keys(responses).join(', ')})` });
    continue;
  }
  const content = responses[key].content;
  if (!content) {
    if (x.body_bytes > 0 && x.method !== 'HEAD') mismatches.push({ where, what: `${opName} -> ${key}: documents no body, the answer has one (${type})` });
    continue;
  }
  if (x.method === 'HEAD') continue;
  const media = content[type];
  if (!media) {
    mismatches.push({ where, what: `${opName} -> ${key}: documents ${Object.keys(content).join(', ')}, the answer is ${type || 'without a type'}` });
    continue;
  }
  if (media.schema && 'body' in x) check(where, `${opName} -> ${key}`, media.schema, x, `${tpl.p} ${method} ${key} ${type}`);
}

function check(where, what, schema, x, key) {
  checked++;
  let body;
  try {
    body = JSON.parse(x.body);
  } catch {
    mismatches.push({ where, what: `${what}: the body is not JSON` });
    return;
  }
  const validate = validatorFor(key, schema);
  if (!validate(body)) {
    for (const e of validate.errors) {
      const extra = e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : '';
      mismatches.push({ where, what: `${what}: ${e.instancePath || '/'} ${e.message}${extra}` });
    }
  }
}

function fail(message) {
  console.error(`api_contract: ${message}`);
  process.exit(1);
}

const statuses = [...seen.values()].reduce((n, s) => n + s.size, 0);
console.log(`${exchanges.length} exchanges, ${checked} JSON bodies validated, ${seen.size} operations with ${statuses} statuses answered, ${notApi} outside the API skipped`);
if (mismatches.length > 0) {
  // The same mismatch from many answers is listed once: its count and one example.
  const groups = new Map();
  for (const m of mismatches) {
    const k = m.what.replace(/\/\d+(?=\/|$)/g, '/*');
    if (!groups.has(k)) groups.set(k, { n: 0, where: m.where });
    groups.get(k).n++;
  }
  for (const [k, g] of groups) console.error(`${k}  [x${g.n}, e.g. ${g.where}]`);
  fail(`${mismatches.length} mismatches between the answers and the OpenAPI document (${groups.size} distinct)`);
}
console.log('every answer matches the OpenAPI document');
