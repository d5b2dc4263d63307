// Prints the gzipped size of the JavaScript the first page loads: the entry script of
// dist/index.html and every module it preloads (lazy chunks such as ECharts are not counted),
// then the server messages of each language (one of them is loaded at start, after the entry).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(dist + 'index.html', 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const f of files) {
  const b = readFileSync(dist + f);
  raw += b.length;
  gz += gzipSync(b, { level: 9 }).length;
  console.log(`${f}: ${(b.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} KB`);
}
console.log(`first page JS: ${(raw / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB`);

for (const f of readdirSync(dist + 'assets').filter((n) => /^messages-[a-z]{2}-.*\.js$/.test(n)).sort()) {
  const b = readFileSync(dist + 'assets/' + f);
  const z = gzipSync(b, { level: 9 }).length;
  console.log(`server messages ${f.slice(9, 11)} (loaded at start for that language): ${(b.length / 1024).toFixed(1)} KB, gzip ${(z / 1024).toFixed(1)} KB; with the entry: gzip ${((gz + z) / 1024).toFixed(1)} KB`);
}
