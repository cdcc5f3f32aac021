/** Third build pass: dist/embed.js, the iframe auto-resize loader, as one classic script. */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2018',
    lib: {
      entry: resolve(import.meta.dirname, 'src/embed/loader.ts'),
      formats: ['iife'],
      name: 'claimlineEmbed',
      fileName: () => 'embed.js',
    },
  },
});
