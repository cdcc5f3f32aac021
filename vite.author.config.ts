/**
 * The authoring page, dist/author.html, as a build of its own after the app's:
 * built together, the two pages shared chunks, and every module they share
 * (the string catalogue with the editor's words, say) was fetched whole by
 * the reader's first view. Apart, each page is tree-shaken for itself.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { chunkFileNames, controlSeriesModule, geojson } from './vite.config.ts';

export default defineConfig({
  base: './',
  plugins: [svelte(), geojson(), controlSeriesModule()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      input: { author: resolve(import.meta.dirname, 'author.html') },
      output: { chunkFileNames: chunkFileNames('assets') },
    },
  },
});
