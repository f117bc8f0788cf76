import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The limited worker for parsing and reports (src/main/core/workers/run-task.ts looks for it beside index.js).
          'task.worker': resolve(__dirname, 'src/main/core/workers/task.worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS.
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset paths: the same build loads from file:// in Electron and from / in serve.
    base: './',
    build: {
      // Minified: the window and the browser parse the first chunk before anything shows, and
      // unminified it was three times the size.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
