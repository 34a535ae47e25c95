import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two pages, one build: the operator console and the customer portal share the API client,
// the translations and the styles. esbuild compiles the JSX; no plugin is needed.
const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: { input: { console: resolve(root, 'console/index.html'), portal: resolve(root, 'portal/index.html') } },
  },
});
