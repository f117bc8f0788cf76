import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../src/main/http/server';
import { WINDOW_CSP, windowOptions } from '../../src/main/window-options';

describe('the Electron window the app really opens', () => {
  const prefs = windowOptions('/preload').webPreferences!;

  it('is isolated and sandboxed with no Node in the page', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(path.join('/preload', 'index.js'));
  });

  it('has a strict CSP: nothing by default, scripts only from the app, no inline or eval', () => {
    for (const csp of [WINDOW_CSP, RENDERER_CSP]) {
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toContain("base-uri 'none'");
    }
    const html = fs.readFileSync(path.resolve(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(meta).toContain("default-src 'none'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('exposes only invoke from the preload', () => {
    const preload = fs.readFileSync(path.resolve(__dirname, '../../src/preload/index.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('claimdesk', \{\s*invoke:/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|on)\b/);
  });
});
