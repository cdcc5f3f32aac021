/**
 * Build passes for the iframe embed, each one classic (non-module) script so it
 * also runs in `<iframe sandbox="allow-scripts">`, whose opaque origin would
 * need CORS for module scripts:
 *   --mode frame   dist/embed.html + embed-frame.js + embed-frame.css (the widget page)
 *   --mode loader  dist/embed.js (the host page's auto-resize loader)
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
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
    <script src="embed-frame.js"></script>
  </body>
</html>
`;

function embedHtml(): Plugin {
  return {
    name: 'claimline-embed-html',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: EMBED_HTML });
    },
  };
}

export default defineConfig(({ mode }) => {
  const frame = mode === 'frame';
  return {
    plugins: frame ? [svelte(), geojson(), embedHtml()] : [],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: frame ? 'es2022' : 'es2018',
      cssCodeSplit: false,
      lib: {
        entry: resolve(import.meta.dirname, frame ? 'src/embed/frame.ts' : 'src/embed/loader.ts'),
        formats: ['iife'],
        name: frame ? 'claimlineFrame' : 'claimlineEmbed',
        fileName: () => (frame ? 'embed-frame.js' : 'embed.js'),
        cssFileName: 'embed-frame',
      },
    },
  };
});
