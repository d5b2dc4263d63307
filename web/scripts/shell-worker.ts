// Vite plugin (build only): writes dist/sw.js, the service worker of decision 0063. It lists the
// shell — every built file src/sw/worker.ts `isShellFile` keeps (index.html, the JS chunks, CSS)
// and the public files (the favicon) — names the build's version after a SHA-256 of their names
// and contents, and puts both in front of src/sw/worker.ts compiled to one classic script. A
// build that changes any file changes the version, so the browser installs the new worker.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transformWithEsbuild, type Plugin, type ResolvedConfig } from 'vite';
import { isShellFile, type Shell } from '../src/sw/worker';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** The shell's list and version from the built files (name → bytes). */
export function shellOf(files: Map<string, string | Uint8Array>): Shell {
  const names = [...files.keys()].filter(isShellFile).sort();
  const hash = createHash('sha256');
  for (const n of names) {
    hash.update(n);
    hash.update('\0');
    hash.update(files.get(n)!);
    hash.update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), files: names.map((n) => `/${n}`) };
}

export function shellWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'salesdesk-shell-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c;
    },
    async generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [fileName, out] of Object.entries(bundle)) {
        files.set(fileName, out.type === 'chunk' ? out.code : out.source);
      }
      if (config.publicDir) {
        for (const path of walk(config.publicDir)) {
          const name = relative(config.publicDir, path).split(sep).join('/');
          if (!files.has(name)) files.set(name, readFileSync(path));
        }
      }
      const shell = shellOf(files);
      if (!shell.files.includes('/index.html')) this.error('shell-worker: index.html is not in the build');
      const source = readFileSync(join(config.root, 'src/sw/worker.ts'), 'utf8');
      const { code } = await transformWithEsbuild(source, 'worker.ts', {
        loader: 'ts', format: 'iife', target: 'es2020', minify: true,
      });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: `self.__SHELL__=${JSON.stringify(shell)};\n${code}` });
    },
  };
}
