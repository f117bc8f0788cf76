// The claimdesk command (CLI and serve host) and its import worker, built ahead of time into
// out/cli like the Electron main is into out/main, so no command compiles TypeScript when it
// runs. `npm run build` (and `prepare`, so `npx claimdesk` works right after `npm ci`) runs it.
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { EXTRACTION_CHUNKING, extractionData } from './scripts/extraction-data.plugin.mjs';

const root = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const pkg = createRequire(import.meta.url)('./package.json') as { dependencies: Record<string, string> };

// Bundled rather than required from node_modules: kysely and zod are hundreds of small files
// each, and resolving and compiling them one by one was most of a command's start-up. Every
// other dependency stays external (native better-sqlite3, and the heavy parsers and renderers,
// which load only when a command needs them).
const BUNDLED = ['kysely', 'zod'];
const external = [...Object.keys(pkg.dependencies).filter((d) => !BUNDLED.includes(d)), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  // The German noun list, read by extraction on the first German text (out/cli/nouns.de.txt).
  plugins: [extractionData()],
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        cli: root('src/main/cli/index.ts'),
        'import.worker': root('src/main/core/services/import.worker.ts'),
        // The parse and report worker (workers/run-task.ts finds it beside the chunk that starts it):
        // without it a long-lived serve host would parse and render in its own thread.
        'task.worker': root('src/main/core/workers/task.worker.ts'),
      },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      // One folder for every file, so __dirname is out/cli in all of them.
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', codeSplitting: EXTRACTION_CHUNKING },
    },
  },
  ssr: { noExternal: BUNDLED },
});
