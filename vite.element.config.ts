/**
 * Second build pass: the `<claimline-map>` custom element as one ES module,
 * dist/claimline.js (its validators load on demand as a chunk beside it).
 * Built as an app rather than a library so it is fully minified: library
 * mode keeps whitespace in ES output.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { chunkFileNames, controlSeriesModule, geojson } from './vite.config.ts';

export default defineConfig({
  plugins: [svelte(), geojson(), controlSeriesModule()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    rollupOptions: {
      input: { claimline: resolve(import.meta.dirname, 'src/embed/element.svelte.ts') },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: chunkFileNames('element'),
      },
    },
  },
});
