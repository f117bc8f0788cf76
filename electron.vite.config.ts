import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { EXTRACTION_CHUNKING, extractionData } from './scripts/extraction-data.plugin.mjs';

/**
 * The renderer's entry (main.tsx) is small: it asks for the first screen's data, then imports
 * the app (render.tsx). This puts that chunk, the chunks it imports and their CSS into the HTML
 * as preloads, so the browser fetches and compiles them while the entry runs, not after.
 */
function preloadAppChunk(entry: string): Plugin {
  return {
    name: 'claimdesk:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const app = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry));
        if (!app || app.type !== 'chunk') throw new Error(`preloadAppChunk: no chunk for ${entry}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        const missing = (file: string) => !html.includes(`/${file}"`);
        return [
          ...[...scripts].filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...[...styles].filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  main: {
    // The German noun list, read by extraction on the first German text (out/main/nouns.de.txt).
    plugins: [extractionData()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The limited worker for parsing and reports (src/main/core/workers/run-task.ts looks for it beside index.js).
          'task.worker': resolve(__dirname, 'src/main/core/workers/task.worker.ts'),
        },
        // The extraction in one chunk, as in out/cli (see EXTRACTION_CHUNKING).
        output: { codeSplitting: EXTRACTION_CHUNKING },
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
      // unminified it was three times the size. CLAIMDESK_UNMINIFIED=1 builds it readable, for
      // CPU profiles with function names (bench/keys-trace.ts --profile); never for a release.
      minify: !process.env.CLAIMDESK_UNMINIFIED,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react(), preloadAppChunk('src/renderer/src/render.tsx')],
  },
});
