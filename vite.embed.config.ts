/**
 * Build passes for the iframe embed, each one classic (non-module) script so it
 * also runs in `<iframe sandbox="allow-scripts">`, whose opaque origin would
 * need CORS for module scripts:
 *   --mode frame   dist/embed.html + embed-frame.js + embed-frame.css (the widget page)
 *   --mode schemas dist/embed-schemas.js (validators for ?story= and ?control=, loaded on demand)
 *   --mode positions dist/embed-positions.js (positions' figures, geometry and text, loaded on demand)
 *   --mode leaflet dist/embed-leaflet.js (Leaflet, loaded after the first view is painted)
 *   --mode loader  dist/embed.js (the host page's auto-resize loader)
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geojson } from './vite.config.ts';

const EMBED_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <title>Claimline map</title>
    <link rel="stylesheet" href="embed-frame.css" />
  </head>
  <body class="cl-embed-body">
    <div id="app"></div>
    <script src="embed-frame.js" defer></script>
  </body>
</html>
`;

/**
 * The control series for the frame (src/lib/data/seriesSource.classic.ts):
 * `x.geojson?date` imports become the file's date, and each snapshot and the
 * shares are written as classic scripts, embed-control/<name>.js.
 */
function controlScripts(): Plugin {
  const dir = resolve(import.meta.dirname, 'geodata/conflicts/ua/control');
  const script = (name: string, json: string) => `(self.claimlineControl||(self.claimlineControl={}))[${JSON.stringify(name)}]=${json.trim()};\n`;
  return {
    name: 'claimline-control-scripts',
    enforce: 'pre',
    load(id) {
      const m = /([0-9]{4}-[0-9]{2}-[0-9]{2})\.geojson\?date$/.exec(id);
      return m ? `export default ${JSON.stringify(m[1])};` : null;
    },
    generateBundle() {
      for (const f of readdirSync(dir)) {
        const m = /^([0-9]{4}-[0-9]{2}-[0-9]{2})\.geojson$/.exec(f);
        if (m) this.emitFile({ type: 'asset', fileName: `embed-control/${m[1]}.js`, source: script(m[1]!, readFileSync(join(dir, f), 'utf8')) });
      }
      this.emitFile({ type: 'asset', fileName: 'embed-control/shares.js', source: script('shares', readFileSync(join(dir, 'shares.json'), 'utf8')) });
    },
  };
}

function embedHtml(): Plugin {
  return {
    name: 'claimline-embed-html',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: EMBED_HTML });
    },
  };
}

const ENTRIES: Record<string, { entry: string; file: string }> = {
  frame: { entry: 'src/embed/frame.ts', file: 'embed-frame.js' },
  schemas: { entry: 'src/lib/data/schemaGlobal.ts', file: 'embed-schemas.js' },
  positions: { entry: 'src/lib/data/positionsGlobal.ts', file: 'embed-positions.js' },
  leaflet: { entry: 'src/embed/leafletGlobal.ts', file: 'embed-leaflet.js' },
  loader: { entry: 'src/embed/loader.ts', file: 'embed.js' },
};

export default defineConfig(({ mode }) => {
  const target = ENTRIES[mode];
  if (!target) throw new Error(`vite.embed.config.ts: unknown --mode ${mode} (expected ${Object.keys(ENTRIES).join(', ')})`);
  const frame = mode === 'frame';
  return {
    plugins: frame ? [controlScripts(), svelte(), geojson(), embedHtml()] : [],
    resolve: {
      // A classic script cannot import() chunks without CORS in a sandbox: load the validators as a second script.
      alias: frame
        ? [
            { find: /^(.*)\/loadSchemas\.ts$/, replacement: '$1/loadSchemas.classic.ts' },
            { find: /^(.*)\/loadPositionsBundle\.ts$/, replacement: '$1/loadPositionsBundle.classic.ts' },
            { find: /^(.*)\/loadPositionsUi\.ts$/, replacement: '$1/loadPositionsUi.classic.ts' },
            { find: /^(.*)\/loadLeaflet\.ts$/, replacement: '$1/loadLeaflet.classic.ts' },
            { find: /^(.*)\/seriesSource\.ts$/, replacement: '$1/seriesSource.classic.ts' },
            { find: /^(.*)\/conflictFiles\.ts$/, replacement: '$1/conflictFiles.classic.ts' },
            { find: /^(.*)\/ShareHistory\.svelte$/, replacement: '$1/ShareHistory.none.svelte' },
            { find: /^(.*)\/loadCompare\.ts$/, replacement: '$1/loadCompare.none.ts' },
          ]
        : [],
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: mode === 'loader' ? 'es2018' : 'es2022',
      cssCodeSplit: false,
      lib: {
        entry: resolve(import.meta.dirname, target.entry),
        formats: ['iife'],
        name: `claimline_${mode}`,
        fileName: () => target.file,
        cssFileName: 'embed-frame',
      },
    },
  };
});
