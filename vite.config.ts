import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONTROL_DIR = resolve(import.meta.dirname, 'geodata/conflicts/ua/control');

/** Lets the app import `geodata/conflicts/ua/control.geojson` like any JSON file. */
export function geojson(): Plugin {
  return {
    name: 'claimline-geojson',
    transform(code, id) {
      if (id.endsWith('.geojson')) return { code: `export default ${code};`, map: null };
    },
  };
}

function seriesHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(CONTROL_DIR).sort()) h.update(f).update(readFileSync(join(CONTROL_DIR, f)));
  return h.digest('hex').slice(0, 8);
}

/**
 * `virtual:claimline-control` for module builds (src/lib/data/seriesSource.ts):
 * the snapshot dates, and a function from a date to its module's URL. In a
 * build each snapshot is emitted as its own chunk, `control-<date>-<hash>.js`
 * (one hash for the whole series, so a rebuilt series busts caches), and the
 * URLs are derived from one reference, so the first view carries the dates and
 * nothing per snapshot. The dev server imports the files directly.
 */
export function controlSeriesModule(): Plugin {
  const ID = 'virtual:claimline-control';
  const dates = readdirSync(CONTROL_DIR).flatMap((f) => /^(\d{4}-\d{2}-\d{2})\.geojson$/.exec(f)?.[1] ?? []).sort();
  let build = false;
  let ref = '';
  return {
    name: 'claimline-control-series',
    configResolved(c) {
      build = c.command === 'build';
    },
    buildStart() {
      if (!build) return;
      const hash = seriesHash();
      for (const d of dates) {
        const id = this.emitFile({ type: 'chunk', id: join(CONTROL_DIR, `${d}.geojson`), name: `control-${d}-${hash}`, preserveSignature: 'strict' });
        if (d === dates[0]) ref = id;
      }
    },
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id) {
      if (id !== `\0${ID}`) return null;
      const list = `export const DATES = ${JSON.stringify(dates.join(' '))}.split(' ');`;
      if (!build) return `${list}\nexport const urlOf = (d) => '/@fs${CONTROL_DIR}/' + d + '.geojson';`;
      return `${list}\nexport const urlOf = (d) => import.meta.ROLLUP_FILE_URL_${ref}.replace(${JSON.stringify(dates[0])}, d);`;
    },
  };
}

/** Chunk names: snapshots keep the name given above; others get Vite's per-file hash. */
export const chunkFileNames = (dir: string) => (chunk: { name: string }) => (/^control-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/.test(chunk.name) ? `${dir}/[name].js` : `${dir}/[name]-[hash].js`);

export default defineConfig({
  base: './',
  plugins: [svelte(), geojson(), controlSeriesModule()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The page's own chunks stay preloaded from the HTML; lazy chunks (a snapshot, the chart, compare) fetch their few
    // imports when used instead of every first view carrying their file lists.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      // author.html is built on its own (vite.author.config.ts), so no chunk of the reader's page carries the editor's code or words.
      input: { index: resolve(import.meta.dirname, 'index.html') },
      output: { chunkFileNames: chunkFileNames('assets') },
    },
  },
  server: { host: '127.0.0.1' },
});
