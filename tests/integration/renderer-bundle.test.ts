// What the window and the browser load before the app can paint: the renderer's entry chunk and
// every chunk it imports statically (index.html's modulepreloads). The schema library (zod) is
// none of them: the renderer takes its values from src/shared/constants.ts, and the contract is
// checked where it is served. Reads the build (`npm run build` makes it; `npm test` builds first).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER = path.join(ROOT, 'out', 'renderer');
/**
 * Class names zod registers at load time (its $constructor calls): in any chunk that carries it,
 * quoted as the minifier likes ("", '' or ``).
 */
const ZOD_MARKER = /["'`]\$Zod(?:Type|Object|Error|Check)["'`]/;

function readBuilt(relative: string): string {
  const file = path.join(RENDERER, relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return fs.readFileSync(file, 'utf8');
}

/** The entry script and everything it imports statically, followed through the chunks. */
function firstLoadChunks(): Map<string, string> {
  const html = readBuilt('index.html');
  const start = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const chunks = new Map<string, string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift()!;
    if (chunks.has(file)) continue;
    const code = readBuilt(file);
    chunks.set(file, code);
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`): import("./x.js") loads later.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return chunks;
}

describe('renderer first load', () => {
  it('the markers found zod where it is (zod itself)', () => {
    const zodCore = fs.readFileSync(require.resolve('zod/v4/core'), 'utf8') + fs.readFileSync(path.join(path.dirname(require.resolve('zod/v4/core')), 'schemas.js'), 'utf8');
    expect(ZOD_MARKER.test(zodCore)).toBe(true);
  });

  it('the entry chunk and its static imports carry no zod', () => {
    const chunks = firstLoadChunks();
    expect([...chunks.keys()].some((f) => /^assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    const withZod = [...chunks].filter(([, code]) => ZOD_MARKER.test(code)).map(([file]) => file);
    expect(withZod).toEqual([]);
  });

  it('the first load carries the English strings and not the German ones (a chunk of their own, loaded for a German UI)', () => {
    const firstLoad = [...firstLoadChunks().values()].join('\n');
    // The top bar's "All claims" in each language (i18n/en/workspace.ts, i18n/de/workspace.ts).
    expect(firstLoad).toContain('All claims');
    expect(firstLoad).not.toContain('Alle Behauptungen');
    const files = fs.readdirSync(path.join(RENDERER, 'assets')).filter((f) => f.endsWith('.js'));
    expect(files.filter((f) => readBuilt(path.join('assets', f)).includes('Alle Behauptungen'))).toHaveLength(1);
  });

  it('no renderer chunk carries zod, loaded later or not', () => {
    const files = fs.readdirSync(path.join(RENDERER, 'assets')).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    const withZod = files.filter((f) => ZOD_MARKER.test(readBuilt(path.join('assets', f))));
    expect(withZod).toEqual([]);
  });
});
