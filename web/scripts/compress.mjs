// After `vite build`: writes a .gz copy beside each text file in dist/ (when it is smaller), so
// the server can send pre-compressed bytes to browsers that accept gzip.
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const text = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.gz')) unlinkSync(path);
    else if (text.test(name)) {
      const raw = readFileSync(path);
      const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION, mtime: 0 });
      if (gz.length < raw.length) writeFileSync(path + '.gz', gz);
    }
  }
}
walk(dist);
