// The packaging config, read the way electron-builder reads it (its own loader and schema), since
// `npm run dist` cannot run on these machines (it downloads Electron and the installer tools).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
// electron-builder's own modules, resolved from where it is installed.
const fromElectronBuilder = createRequire(path.join(ROOT, 'node_modules', 'electron-builder', 'package.json'));
const fromBuilder = createRequire(fromElectronBuilder.resolve('app-builder-lib/package.json'));
const { getConfig, validateConfiguration } = fromBuilder('./out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, any>>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { minimatch } = fromBuilder('minimatch') as { minimatch(file: string, pattern: string, options?: { dot?: boolean }): boolean };

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let config: Record<string, any>;

beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

const targetsOf = (platform: unknown) => ((platform as { target: Array<string | { target: string }> }).target ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('packaging (electron-builder.yml)', () => {
  it('is valid against the schema of the installed electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs the built app in app.asar, with better-sqlite3\'s native addon unpacked next to it', () => {
    expect(config.asar).not.toBe(false);
    const unpack: string[] = [config.asarUnpack].flat();
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(fs.existsSync(path.join(ROOT, addon)), 'the addon is where the pattern expects it').toBe(true);
    expect(unpack.some((pattern) => minimatch(addon, pattern, { dot: true }))).toBe(true);
    // Nothing else of better-sqlite3's JavaScript needs to leave the archive.
    expect(unpack.some((pattern) => minimatch('node_modules/better-sqlite3/lib/database.js', pattern, { dot: true }))).toBe(false);
  });

  it('ships the built app and package.json, not the sources, tests or source maps', () => {
    // The loader normalises `files` to [{ filter: [...] }].
    const files: string[] = [config.files].flat().flatMap((f: string | { filter?: string | string[] }) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()));
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(files.some((f) => /^(src|tests|bin)\b/.test(f))).toBe(false);
    expect(files).toContain('!out/**/*.map');
    expect(pkg.main).toMatch(/^\.\/out\//);
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(targetsOf(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(fs.existsSync(path.join(ROOT, config.mac.entitlements))).toBe(true);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('package.json: native module a dependency, Electron and the builder dev dependencies, dist script, no rebuild on install', () => {
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(pkg.dependencies.electron).toBeUndefined();
    expect(pkg.devDependencies.electron).toBeDefined();
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
    // A postinstall that rebuilt for Electron would break the Node tests (see STYLE.md); electron-builder rebuilds while packaging.
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/rebuild|install-app-deps/);
    expect(config.npmRebuild).not.toBe(false);
  });
});
