import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONTROL_DIR = resolve(import.meta.dirname, 'geodata/control');
const SNAPSHOT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Chunk names for the control series' snapshots: `<dir>/control-<date>-<hash>.js`
 * with one hash for the whole series (so the date → chunk map the first view
 * carries compresses to a few hundred bytes, and a rebuilt series still
 * busts caches); other chunks keep Vite's per-file hash.
 */
export function chunkFileNames(dir: string): (chunk: { name: string }) => string {
  const h = createHash('sha256');
  for (const f of readdirSync(CONTROL_DIR).sort()) h.update(f).update(readFileSync(join(CONTROL_DIR, f)));
  const series = h.digest('hex').slice(0, 8);
  return (chunk) => (SNAPSHOT.test(chunk.name) ? `${dir}/control-${chunk.name}-${series}.js` : `${dir}/[name]-[hash].js`);
}

/** Lets the app import `geodata/control.geojson` like any JSON file. */
export function geojson(): Plugin {
  return {
    name: 'claimline-geojson',
    transform(code, id) {
      if (id.endsWith('.geojson')) return { code: `export default ${code};`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), geojson()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        author: resolve(import.meta.dirname, 'author.html'),
      },
      output: { chunkFileNames: chunkFileNames('assets') },
    },
  },
  server: { host: '127.0.0.1' },
});
