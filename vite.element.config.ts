/**
 * Second build pass: the `<claimline-map>` custom element as one ES module
 * (dist/claimline.js) and the iframe auto-resize loader (dist/embed.js).
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { geojson } from './vite.config.ts';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } }), geojson()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: { claimline: resolve(import.meta.dirname, 'src/embed/element.svelte.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
