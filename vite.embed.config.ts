/**
 * Build passes for the iframe embed, each one classic (non-module) script so it
 * also runs in `<iframe sandbox="allow-scripts">`, whose opaque origin would
 * need CORS for module scripts:
 *   --mode frame   dist/embed.html + embed-frame.js + embed-frame.css (the widget page)
 *   --mode schemas dist/embed-schemas.js (validators for ?story= and ?control=, loaded on demand)
 *   --mode positions dist/embed-positions.js (positions' figures, geometry and text, loaded on demand)
 *   --mode leaflet dist/embed-leaflet.js (Leaflet, loaded after the first view is painted)
 *   --mode time    dist/embed-time.js (the held-share chart and the compare view, loaded on first use;
 *                  it runs in the frame's Svelte runtime, which the frame publishes for it)
 *   --mode loader  dist/embed.js (the host page's auto-resize loader)
 *   --mode early   dist/early.js (the build-time pages' own script: the picture's regions live before the app)
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { compile } from 'svelte/compiler';
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

/** A classic script beside the frame that publishes `json` as `self[global][key]`, for classicScript() to read. */
function globalScript(global: string, key: string, json: string): string {
  return `(self.${global}||(self.${global}={}))[${JSON.stringify(key)}]=${json.trim()};\n`;
}

/**
 * The control series for the frame (src/lib/data/seriesSource.classic.ts):
 * `x.geojson?date` imports become the file's date, and each snapshot and the
 * shares are written as classic scripts, embed-control/<name>.js.
 */
function controlScripts(): Plugin {
  const dir = resolve(import.meta.dirname, 'geodata/conflicts/ua/control');
  const script = (name: string, json: string) => globalScript('claimlineControl', name, json);
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

/**
 * Every profile but the bundled one, for the frame (src/lib/data/conflictFiles.classic.ts):
 * a `?conflictscript` import becomes the file's name, "<id>/<file>", and each file is
 * written as a classic script, embed-conflicts/<id>/<file>.js.
 */
function conflictScripts(): Plugin {
  const NAME = /[\\/]geodata[\\/]conflicts[\\/]([a-z]+)[\\/]((?:src[\\/])?[\w.]+\.(?:json|geojson))\?conflictscript$/;
  const name = (id: string, file: string) => `${id}/${file.replace(/\\/g, '/')}`;
  const script = (key: string, json: string) => globalScript('claimlineConflicts', key, json);
  const loaded = new Map<string, string>();
  return {
    name: 'claimline-conflict-scripts',
    enforce: 'pre',
    load(id) {
      const m = NAME.exec(id);
      if (!m) return null;
      const key = name(m[1]!, m[2]!);
      loaded.set(key, id.replace(/\?conflictscript$/, ''));
      return `export default ${JSON.stringify(key)};`;
    },
    generateBundle() {
      for (const [key, file] of loaded) this.emitFile({ type: 'asset', fileName: `embed-conflicts/${key}.js`, source: script(key, readFileSync(file, 'utf8')) });
    },
  };
}

const TIME_DIR = resolve(import.meta.dirname, 'src/components/time');
const STRINGS = resolve(import.meta.dirname, 'src/lib/i18n/strings.ts');
const MAP_CONTEXT = resolve(import.meta.dirname, 'src/components/map/context.ts');
/**
 * What embed-time.js takes from the frame: Svelte's runtime (one runtime per
 * page), the map's context (the same key, so SwipeClip finds the map) and the
 * UI strings (not a second copy).
 */
const TIME_SHARED: { test: (id: string) => boolean; global: string }[] = [
  { test: (id) => id === 'svelte/internal/client', global: 'claimlineSvelte' },
  { test: (id) => /[\\/]lib[\\/]i18n[\\/]strings\.ts$/.test(id), global: 'claimlineStrings' },
  { test: (id) => /[\\/]components[\\/]map[\\/]context\.ts$/.test(id), global: 'claimlineMapContext' },
];

/**
 * `virtual:claimline-time-shared` for the frame (loadTimeUi.classic.ts):
 * publishes the Svelte runtime functions the time views' compiled code uses
 * (found by compiling them, so the frame keeps only those) and the strings module.
 */
function timeShared(): Plugin {
  const ID = 'virtual:claimline-time-shared';
  return {
    name: 'claimline-time-shared',
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    async load(id) {
      if (id !== `\0${ID}`) return null;
      // (Svelte ships no types for its internals: its export names are all this needs.)
      const internals = 'svelte/internal/client';
      const runtime = new Set(Object.keys((await import(internals)) as object));
      const used = new Set<string>();
      // The components timeUi.ts exports, and the components they import, compiled as the build compiles them.
      const files = [...readFileSync(join(TIME_DIR, 'timeUi.ts'), 'utf8').matchAll(/from '(\.[^']+\.svelte)'/g)].map((m) => resolve(TIME_DIR, m[1]!));
      for (const file of files) {
        const source = readFileSync(file, 'utf8');
        for (const m of source.matchAll(/from '(\.[^']+\.svelte)'/g)) if (!files.includes(resolve(file, '..', m[1]!))) files.push(resolve(file, '..', m[1]!));
        const { js } = compile(source, { filename: file, generate: 'client', runes: true });
        for (const m of js.code.matchAll(/\$\.([A-Za-z_$][\w$]*)/g)) if (runtime.has(m[1]!)) used.add(m[1]!);
      }
      // Local names of their own: some runtime exports are reserved words (`if`).
      const names = [...used].sort();
      return [
        `import { ${names.map((n, i) => `${n} as s${i}`).join(', ')} } from 'svelte/internal/client';`,
        `import * as strings from ${JSON.stringify(STRINGS)};`,
        `import * as mapContext from ${JSON.stringify(MAP_CONTEXT)};`,
        `globalThis.claimlineSvelte = { ${names.map((n, i) => `${JSON.stringify(n)}: s${i}`).join(', ')} };`,
        'globalThis.claimlineStrings = strings;',
        'globalThis.claimlineMapContext = mapContext;',
      ].join('\n');
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
  time: { entry: 'src/components/time/timeGlobal.ts', file: 'embed-time.js' },
  early: { entry: 'src/early/early.ts', file: 'early.js' },
};

export default defineConfig(({ mode }) => {
  const target = ENTRIES[mode];
  if (!target) throw new Error(`vite.embed.config.ts: unknown --mode ${mode} (expected ${Object.keys(ENTRIES).join(', ')})`);
  const frame = mode === 'frame';
  const time = mode === 'time';
  return {
    plugins: frame ? [controlScripts(), conflictScripts(), timeShared(), svelte(), geojson(), embedHtml()] : time ? [svelte()] : [],
    resolve: {
      // A classic script cannot import() chunks without CORS in a sandbox: load the validators as a second script.
      alias: frame
        ? [
            { find: /^(.*)\/loadSchemas\.ts$/, replacement: '$1/loadSchemas.classic.ts' },
            { find: /^(.*)\/loadPositionsBundle\.ts$/, replacement: '$1/loadPositionsBundle.classic.ts' },
            { find: /^(.*)\/loadPositionsUi\.ts$/, replacement: '$1/loadPositionsUi.classic.ts' },
            { find: /^(.*)\/loadLeaflet\.ts$/, replacement: '$1/loadLeaflet.classic.ts' },
            { find: /^(.*)\/seriesSource\.ts$/, replacement: '$1/seriesSource.classic.ts' },
            { find: /^(.*)\/loadTimeUi\.ts$/, replacement: '$1/loadTimeUi.classic.ts' },
            { find: /^(.*)\/conflictFiles\.ts$/, replacement: '$1/conflictFiles.classic.ts' },
          ]
        : [],
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: mode === 'loader' || mode === 'early' ? 'es2018' : 'es2022',
      cssCodeSplit: false,
      lib: {
        entry: resolve(import.meta.dirname, target.entry),
        formats: ['iife'],
        name: `claimline_${mode}`,
        fileName: () => target.file,
        cssFileName: 'embed-frame',
      },
      rollupOptions: time
        ? {
            external: (id: string) => TIME_SHARED.some((s) => s.test(id)),
            output: { globals: (id: string) => TIME_SHARED.find((s) => s.test(id))?.global ?? id },
          }
        : undefined,
    },
  };
});
