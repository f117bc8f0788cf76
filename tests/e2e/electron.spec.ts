// The thin Electron suite: the real desktop window, its isolation and its navigation rules.
// It runs wherever the Electron binary is installed. Where it is not (these CI machines can
// never download it), it is skipped with the reason printed; the same renderer is covered
// by the Chromium specs against the serve host.
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { electronBinary } = require('../../scripts/electron-binary.cjs') as { electronBinary(): string | null };
const binary = electronBinary();
const NOT_INSTALLED = 'Electron binary not installed (node_modules/electron/dist missing; it cannot be downloaded on this machine), so the desktop window was not launched. The renderer is covered by the Chromium specs against serve.';
if (!binary) console.log(`[electron.spec] ${NOT_INSTALLED}`);

test.describe('Electron window', () => {
  test.skip(!binary, NOT_INSTALLED);

  test('is isolated, exposes only invoke, blocks navigation and new windows, opens only http(s) outside', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve(__dirname, '../../out/main/index.js'), '--db', path.join(tempDir(), 'electron.db')],
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { claimdesk: object }).claimdesk))).toEqual(['invoke']);

      const before = window.url();
      await window.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await window.waitForTimeout(500);
      expect(window.url()).toBe(before);
      expect(await window.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
      expect(app.windows()).toHaveLength(1);

      await app.evaluate(({ shell }) => {
        const opened: string[] = [];
        (globalThis as { opened?: string[] }).opened = opened;
        shell.openExternal = async (url: string) => {
          opened.push(url);
        };
      });
      const invoke = (url: string) =>
        window.evaluate((u) => (window as unknown as { claimdesk: { invoke(m: string, i: unknown): Promise<{ ok: boolean }> } }).claimdesk.invoke('app.openExternal', { url: u }), url);
      expect((await invoke('javascript:alert(1)')).ok).toBe(false);
      expect((await invoke('file:///etc/passwd')).ok).toBe(false);
      expect((await invoke('https://example.org/source')).ok).toBe(true);
      expect(await app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual(['https://example.org/source']);
    } finally {
      await app.close();
    }
  });
});
