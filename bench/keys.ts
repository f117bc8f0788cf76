// The key loops both key benches run, in one place: bench/browser.ts (`npm run bench -- ui`)
// reports their figures, bench/keys-trace.ts splits the same presses into phases and CPU time.
// - the page: 1440 × 900, with the __name shim tsx's keepNames needs in page.evaluate;
// - the verdict article: 200 sentences, every claim with a source (so v applies at once);
// - one verdict press: v on the selected claim until its highlight shows verified (the verdict
//   comes from the server's answer, so shown means persisted), split at the request's timings;
// - one j/k press: until the page has done all the work the key causes, checked to have moved
//   the selection in the text and the list.
// Each press sets performance marks `${label}-start` / `${label}-end` around what it times.
import type { Browser, Page } from '@playwright/test';

// The functions passed to page.evaluate run in the page; this file compiles without DOM types.
declare const document: any;
declare const performance: any;
declare const KeyboardEvent: any;
declare const MutationObserver: any;
declare const MessageChannel: any;
declare function requestAnimationFrame(callback: (time: number) => void): number;

/** The value at percentile p (NaN for none). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/**
 * A page as the key benches use it. tsx compiles the benches with esbuild's keepNames, which
 * wraps named functions in a __name() helper; functions sent to page.evaluate then call a
 * helper the page does not have.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

type Call = (method: string, input: unknown) => Promise<any>;

/**
 * An article of 200 claims, each with a source. `variant` changes the figures in the text, so
 * several such articles are not duplicates of one another.
 */
export async function seedVerdictArticle(call: Call, title: string, variant = 0): Promise<string> {
  const sentences = Array.from({ length: 200 }, (_, i) => `Die Quote lag im Monat ${i + 1} bei ${(i % 9) + 2 + 10 * variant},${i % 10} Prozent.`);
  const { article } = await call('articles.create', { text: sentences.join('\n'), title });
  const full = await call('articles.get', { id: article.id });
  for (const claim of full.claims as Array<{ id: string }>) await call('sources.add', { claimId: claim.id, url: 'https://www.destatis.de/' });
  return article.id as string;
}

export interface VerdictPress {
  /** Key to verdict shown (and persisted). */
  ms: number;
  /** Key to the request going out. */
  out: number;
  /** Key to the answer's last byte. */
  back: number;
  /** The answer's last byte to the verdict shown. */
  shown: number;
}

/**
 * Presses v on the selected claim; resolves once its highlight shows verified. Marks `v-start` /
 * `v-end`. The key goes out after the page's next frame: the loops press j right before v, and a
 * reviewer's keys come frames apart (a fast typist's ~100 ms), so the j's style, layout and paint
 * are the j's, not the verdict's. Pressed at once, v was timed from before the j had painted,
 * and that frame (3 to 5 ms of the renderer's CPU, more when the CPU is shared) fell inside about
 * half of the verdict spans.
 */
export function pressVerdict(page: Page): Promise<VerdictPress> {
  return page.evaluate(
    () =>
      new Promise<VerdictPress>((resolve) => {
        const press = () => {
          performance.clearResourceTimings();
          const selected = document.querySelector('.hl[data-claims].is-selected');
          const id = selected?.dataset.claims?.split(' ')[0] ?? '';
          performance.mark('v-start');
          const started = performance.now();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'v', bubbles: true }));
          // The highlight takes the verdict from the server's answer, so this is shown and persisted.
          const isVerified = () => document.querySelector(`.hl[data-claims~="${id}"]`)?.classList.contains('hl-verified');
          const observer = new MutationObserver(() => {
            if (!isVerified()) return;
            observer.disconnect();
            const shown = performance.now();
            performance.mark('v-end');
            const req = performance.getEntriesByType('resource').find((e: any) => e.name.includes('claims.setVerdict'));
            resolve({ ms: shown - started, out: req ? req.startTime - started : NaN, back: req ? req.responseEnd - started : NaN, shown: req ? shown - req.responseEnd : NaN });
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
        };
        // requestAnimationFrame runs right before the frame's style, layout and paint; a task
        // queued from it runs after them.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = press;
          channel.port2.postMessage(null);
        });
      }),
  );
}

/**
 * Presses j or k. Timed from the key event until the page has done all the work it causes
 * (React's render, commit and effects, which run in microtasks before the next task) and the
 * style and layout of the result are computed, so what is left is the paint; then checks that
 * the next claim is selected in the text and the list. Marks `j-start` / `j-end`.
 */
export function pressStep(page: Page, key: 'j' | 'k'): Promise<number> {
  return page.evaluate(async (key) => {
    const before = document.querySelector('.hl[data-claims].is-selected')?.getAttribute('data-claims');
    performance.mark('j-start');
    const started = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    // A task queued now runs after React's microtask render and its effects.
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const selected = document.querySelector('.hl[data-claims].is-selected');
    void selected?.offsetTop; // style and layout of the new selection
    const elapsed = performance.now() - started;
    performance.mark('j-end');
    const id = selected?.dataset.claims;
    const option = document.querySelector('[role=listbox]')?.getAttribute('aria-activedescendant');
    if (!id || id === before || option !== `claim-option-${id}`) throw new Error(`${key} did not select the next claim (${before} → ${id}, list ${option})`);
    return elapsed;
  }, key);
}
