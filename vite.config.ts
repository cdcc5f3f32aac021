import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

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
    },
  },
  server: { host: '127.0.0.1' },
});
