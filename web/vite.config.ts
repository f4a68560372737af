import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The dashboard: web/src built into web/dist/, served by `kroniek serve` at `/`. */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts and cytoscape are large on their own; one chunk each keeps the first view's
    // script small and lets the browser cache them apart.
    chunkSizeWarningLimit: 1200,
  },
});
