// TEMP profiling script (not committed)
import path from 'node:path';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { startServer } from '../src/main/http/server';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { RENDERER_DIR } from '../tests/e2e/fixtures';
import { tempDir } from '../tests/helpers/temp-app';

function textOf2000Claims(): string {
  const sentences = Array.from({ length: 2000 }, (_, i) => `Im Jahr ${1900 + (i % 120)} stieg die Zahl der Beschäftigten in Region ${i + 1} um ${(i % 17) + 1} Prozent.`);
  return sentences.reduce<string[]>((paras, s, i) => { if (i % 8 === 0) paras.push(s); else paras[paras.length - 1] += ` ${s}`; return paras; }, []).join('\n');
}
async function main() {
  const mode = process.argv[2] ?? 'jk';
  const dbPath = path.join(tempDir('claimdesk-prof-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench' });
  await app.dispatch('settings.set', { reviewerName: 'Bench' });
  const r: any = await app.dispatch('articles.create', { text: textOf2000Claims(), title: 'Zweitausend' });
  if (mode === 'v') {
    const full: any = await app.dispatch('articles.get', { id: r.value.article.id });
    for (const c of full.value.claims.slice(0, 60)) await app.dispatch('sources.add', { claimId: c.id, url: 'https://www.destatis.de/' });
  }
  const server = await startServer({ dispatch: app.dispatch, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript('window.__name = (f) => f;');
  let requests = 0;
  page.on('request', (req) => { if (req.url().includes('/api/')) { requests++; if (process.env.SHOWREQ) console.log('req', req.url().split('/api/')[1]); } });
  await page.goto(server.url);
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  await page.locator('.article-row').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.hl[data-claims]').length >= 2000);
  await page.locator('.hl[data-claims]').first().click();
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  requests = 0;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const key = mode === 'v' ? 'v' : 'j';
    const ms = await page.evaluate(async (key) => {
      const selected0 = document.querySelector('.hl[data-claims].is-selected') as HTMLElement | null;
      const id = selected0?.dataset.claims?.split(' ')[0] ?? '';
      const started = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      if (key === 'v') {
        await new Promise<void>((resolve) => {
          const isVerified = () => document.querySelector(`.hl[data-claims~="${id}"]`)?.classList.contains('hl-verified');
          const observer = new MutationObserver(() => { if (!isVerified()) return; observer.disconnect(); resolve(); });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
        });
        return performance.now() - started;
      }
      await new Promise<void>((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(null); });
      const selected = document.querySelector<HTMLElement>('.hl[data-claims].is-selected');
      void selected?.offsetTop;
      return performance.now() - started;
    }, key);
    times.push(ms);
    if (mode === 'v') { await page.keyboard.press('j'); await page.waitForTimeout(50); }
  }
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(`/tmp/fast2/${mode}.cpuprofile`, JSON.stringify(profile));
  times.sort((a, b) => a - b);
  console.log(mode, 'p50', times[25]!.toFixed(1), 'p95', times[47]!.toFixed(1), 'requests', requests);
  await browser.close(); await server.close(); await app.close();
}
void main();
