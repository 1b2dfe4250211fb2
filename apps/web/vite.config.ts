import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/** The pages, built into dist/apps/web and served by the api at /app/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    // The pages are read on phones over slow networks: a warning past 300 kB keeps them lean.
    chunkSizeWarningLimit: 300,
  },
  logLevel: 'warn',
});
