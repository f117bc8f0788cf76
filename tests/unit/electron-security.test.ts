// The Electron boundary, beyond the basics in window-options.test.ts.
//
// The window options are read from the function the app really calls. The rest of the wiring
// (navigation, window.open, permissions, IPC sender checks) only runs inside Electron, whose
// binary cannot be downloaded on these machines, so it is checked STATICALLY here: the
// TypeScript AST of src/main/index.ts and src/preload/index.ts is inspected for the handlers
// Electron's security checklist asks for. A static check proves the wiring is written, not that
// Electron honours it; the Electron spec (tests/e2e/electron.spec.ts) is the runtime check
// where the binary exists.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { WINDOW_CSP, windowOptions } from '../../src/main/window-options';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const parse = (file: string) => ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Every call whose callee reads like `text` (e.g. "contents.on", "ipcMain.handle"). */
function calls(source: ts.SourceFile, callee: RegExp): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  walk(source, (node) => {
    if (ts.isCallExpression(node) && callee.test(node.expression.getText(source))) found.push(node);
  });
  return found;
}

const stringArg = (call: ts.CallExpression, i: number) => {
  const arg = call.arguments[i];
  return arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
};

function functionArg(call: ts.CallExpression, i: number): ts.ArrowFunction | ts.FunctionExpression {
  const arg = call.arguments[i];
  if (!arg || !(ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))) throw new Error(`argument ${i} of ${call.getText()} is not an inline function`);
  return arg;
}

function sourceFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFilesUnder(rel));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const MAIN = 'src/main/index.ts';
const PRELOAD = 'src/preload/index.ts';

describe('window options (what BrowserWindow really gets)', () => {
  const options = windowOptions(path.join(ROOT, 'out', 'preload'));
  const prefs = options.webPreferences!;

  it('turns every dangerous switch off', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('sets no preference outside a reviewed list (a new one needs a look at its security meaning first)', () => {
    const REVIEWED = new Set([
      'preload',
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'spellcheck',
    ]);
    expect(Object.keys(prefs).filter((k) => !REVIEWED.has(k))).toEqual([]);
    // Never Blink features, extra command-line switches or a shared partition.
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'enableRemoteModule', 'nativeWindowOpen']) expect(prefs).not.toHaveProperty(key);
  });

  it('loads the preload from the built app, by absolute path', () => {
    expect(path.isAbsolute(prefs.preload!)).toBe(true);
    expect(prefs.preload).toBe(path.join(ROOT, 'out', 'preload', 'index.js'));
  });

  it('applies a CSP that forbids inline script, eval, plugins, framing and foreign connections', () => {
    const directives = new Map(WINDOW_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.has('frame-src') || directives.has('child-src') || directives.has('object-src')).toBe(false); // all fall back to 'none'
    expect(WINDOW_CSP).not.toMatch(/unsafe-|\*|http:|https:|blob:/);
  });
});

describe('main process wiring (static: needs the Electron binary to run)', () => {
  const main = parse(MAIN);
  const text = read(MAIN);

  it('prevents every navigation and redirect, and every <webview>', () => {
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const handlers = calls(main, /\.on$/).filter((c) => stringArg(c, 0) === event);
      expect(handlers, event).toHaveLength(1);
      const fn = functionArg(handlers[0]!, 1);
      const eventParam = fn.parameters[0]!.name.getText(main);
      // The handler is exactly `(event) => event.preventDefault()`, no condition that could let one through.
      const body = fn.body.getText(main).replace(/[\s{};]/g, '');
      expect(body, event).toBe(`${eventParam}.preventDefault()`);
    }
  });

  it('denies every window.open and hands http(s) links to the checked opener only', () => {
    const handlers = calls(main, /\.setWindowOpenHandler$/);
    expect(handlers).toHaveLength(1);
    const fn = functionArg(handlers[0]!, 0);
    const returns: string[] = [];
    walk(fn.body, (node) => {
      if (ts.isReturnStatement(node)) returns.push(node.expression?.getText(main) ?? '');
    });
    if (!ts.isBlock(fn.body)) returns.push(fn.body.getText(main));
    expect(returns).toEqual(["{ action: 'deny' }"]);
    expect(fn.body.getText(main)).toMatch(/openExternalUrl\(url\)/);
    expect(text).not.toMatch(/action:\s*'allow'/);
  });

  it('locks down the main window and every other web contents the app ever creates', () => {
    const lockDown = main.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'lockDown');
    expect(lockDown).toBeDefined();
    expect(calls(main, /^lockDown$/).map((c) => c.arguments[0]!.getText(main))).toEqual(expect.arrayContaining(['mainWindow.webContents', 'contents']));
    const created = calls(main, /^app\.on$/).filter((c) => stringArg(c, 0) === 'web-contents-created');
    expect(created).toHaveLength(1);
    expect(functionArg(created[0]!, 1).body.getText(main)).toMatch(/lockDown\(contents\)/);
  });

  it('denies every permission request and check', () => {
    const request = calls(main, /\.setPermissionRequestHandler$/);
    expect(request).toHaveLength(1);
    const requestFn = functionArg(request[0]!, 0);
    const callback = requestFn.parameters[2]!.name.getText(main);
    expect(requestFn.body.getText(main).replace(/\s/g, '')).toBe(`${callback}(false)`);
    const check = calls(main, /\.setPermissionCheckHandler$/);
    expect(check).toHaveLength(1);
    expect(functionArg(check[0]!, 0).body.getText(main).trim()).toBe('false');
    // Set on the session before any window exists.
    const startFn = main.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'start')!;
    const startText = startFn.getText(main);
    expect(startText.indexOf('setPermissionRequestHandler')).toBeGreaterThan(-1);
    expect(startText.indexOf('setPermissionRequestHandler')).toBeLessThan(startText.indexOf('createWindow()'));
  });

  it('sets the CSP on every response the session loads', () => {
    const headers = calls(main, /webRequest\.onHeadersReceived$/);
    expect(headers).toHaveLength(1);
    expect(functionArg(headers[0]!, 0).body.getText(main)).toMatch(/'Content-Security-Policy':\s*\[WINDOW_CSP\]/);
  });

  it('checks the sender frame first in every IPC handler, and answers an untrusted one with a refusal', () => {
    const handlers = calls(main, /^ipcMain\.(handle|handleOnce|on|once)$/);
    expect(handlers.length).toBeGreaterThan(0);
    for (const handler of handlers) {
      const fn = functionArg(handler, 1);
      const event = fn.parameters[0]!.name.getText(main);
      expect(ts.isBlock(fn.body)).toBe(true);
      const first = (fn.body as ts.Block).statements[0]!;
      expect(ts.isIfStatement(first), `${stringArg(handler, 0)}: first statement`).toBe(true);
      const guard = first as ts.IfStatement;
      expect(guard.expression.getText(main).replace(/\s/g, '')).toBe(`!isTrustedSender(${event}.senderFrame)`);
      expect(guard.thenStatement.getText(main)).toMatch(/^return \{ ok: false, error: \{ code: 'forbidden'/);
    }
    // isTrustedSender accepts only our own top frame at our own renderer URL.
    const trusted = main.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'isTrustedSender')!;
    const body = trusted.getText(main);
    expect(body).toMatch(/frame\.parent !== null/);
    expect(body).toMatch(/frame !== mainWindow\.webContents\.mainFrame/);
    expect(body).toMatch(/actual\.protocol === expected\.protocol && actual\.host === expected\.host && actual\.pathname === expected\.pathname/);
  });

  it('builds every BrowserWindow from windowOptions()', () => {
    const windows: string[] = [];
    walk(main, (node) => {
      if (ts.isNewExpression(node) && /BrowserWindow$/.test(node.expression.getText(main))) windows.push(node.arguments?.[0]?.getText(main) ?? '');
    });
    expect(windows.length).toBeGreaterThan(0);
    for (const args of windows) expect(args).toMatch(/^windowOptions\(/);
  });
});

describe('the rest of src/main and src/preload', () => {
  const files = [...sourceFilesUnder('src/main'), ...sourceFilesUnder('src/preload')];

  it('never switches a protection off anywhere', () => {
    const bad = /(contextIsolation|sandbox|webSecurity)\s*:\s*false|(nodeIntegration\w*|allowRunningInsecureContent|webviewTag|experimentalFeatures)\s*:\s*true|enableBlinkFeatures|disableWebSecurity|--no-sandbox|ELECTRON_DISABLE_SECURITY_WARNINGS|setPermissionRequestHandler\(null\)|app\.commandLine\.appendSwitch/;
    const offenders = files.filter((f) => bad.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('opens external links only through open-external.ts, which allows http(s) only', () => {
    expect(files.filter((f) => /shell\.openExternal|shell\.openPath|shell\.openItem/.test(read(f)))).toEqual(['src/main/open-external.ts']);
    const opener = read('src/main/open-external.ts');
    expect(opener).toMatch(/if \(typeof url !== 'string' \|\| !isHttpUrl\(url\)\) return false;/);
  });

  it('runs no remote code: no eval, no executeJavaScript, no loadURL of anything but the renderer', () => {
    expect(files.filter((f) => /\beval\(|new Function\(|executeJavaScript|insertCSS\(/.test(read(f)))).toEqual([]);
    const main = parse(MAIN);
    expect(calls(main, /\.loadURL$/).map((c) => c.arguments[0]!.getText(main))).toEqual(['rendererUrl()']);
    expect(read(MAIN)).toMatch(/if \(!app\.isPackaged && process\.env\.ELECTRON_RENDERER_URL\)/);
  });

  it('preload: exposes one invoke on one channel, the one the main process guards', () => {
    const preload = parse(PRELOAD);
    const exposed = calls(preload, /^contextBridge\.exposeInMainWorld$/);
    expect(exposed).toHaveLength(1);
    const api = exposed[0]!.arguments[1]!;
    expect(ts.isObjectLiteralExpression(api) && api.properties.map((p) => p.name?.getText(preload))).toEqual(['invoke']);
    const ipc = calls(preload, /^ipcRenderer\./);
    expect(ipc.map((c) => c.expression.getText(preload))).toEqual(['ipcRenderer.invoke']);
    const channel = /const INVOKE_CHANNEL = '([^']+)'/;
    expect(channel.exec(read(PRELOAD))?.[1]).toBe(channel.exec(read(MAIN))?.[1]);
    // Nothing but Electron's two bridge modules in the sandboxed preload.
    const imports = preload.statements.filter(ts.isImportDeclaration).map((i) => (i.moduleSpecifier as ts.StringLiteral).text);
    expect(imports).toEqual(['electron']);
  });
});
