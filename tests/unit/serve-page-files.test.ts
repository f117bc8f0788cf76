// serve opens its database once every file the page's HTML loads has gone out (pageFiles), and an
// API call that comes while some of them are being sent waits for them first (openGate).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openGate, pageFiles } from '../../src/main/cli/serve.command';

describe('pageFiles', () => {
  it('lists the scripts, module preloads and style sheets of the built HTML as request paths', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/entry-Ab12.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/entry-Cd34.css">
      <link rel="modulepreload" crossorigin href="./assets/app-Ef56.js">
      <link rel="modulepreload" crossorigin href="/assets/vendor-Gh78.js">
      <link rel="stylesheet" href="assets/app-Ij90.css?v=2">
    </head><body><div id="root"></div></body></html>`;
    expect(pageFiles(html)).toEqual(['/assets/entry-Ab12.js', '/assets/entry-Cd34.css', '/assets/app-Ef56.js', '/assets/vendor-Gh78.js', '/assets/app-Ij90.css']);
  });

  it('lists nothing for a page without files of its own (data: icons, outside addresses)', () => {
    expect(pageFiles('<link rel="icon" href="data:,"><script src="https://example.org/x.js"></script>')).toEqual([]);
    expect(pageFiles('')).toEqual([]);
  });
});

describe('openGate', () => {
  const files = ['/assets/entry.js', '/assets/app.js', '/assets/app.css'];
  const setup = () => {
    let begun = 0;
    const gate = openGate(files, () => begun++, 1000, 250);
    return { gate, begun: () => begun };
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('begins once every file of the page has gone out, and only once', () => {
    const { gate, begun } = setup();
    for (const f of files) gate.requested(f);
    gate.served('/assets/entry.js');
    gate.served('/assets/app.css');
    expect(begun()).toBe(0);
    gate.served('/assets/app.js');
    expect(begun()).toBe(1);
    gate.served('/assets/app.js');
    vi.advanceTimersByTime(2000);
    expect(begun()).toBe(1);
  });

  it('begins at an API call when none of the page files is being sent (a cached page asks for none)', async () => {
    const { gate, begun } = setup();
    await gate.beforeApi();
    expect(begun()).toBe(1);
  });

  it('lets an API call wait for the page files being sent, then begins', async () => {
    const { gate, begun } = setup();
    gate.requested('/assets/entry.js');
    gate.requested('/assets/app.js');
    gate.served('/assets/entry.js');
    let answered = false;
    const call = gate.beforeApi().then(() => (answered = true));
    const second = gate.beforeApi();
    await Promise.resolve();
    expect(begun()).toBe(0);
    expect(answered).toBe(false);
    gate.served('/assets/app.js');
    await call;
    await second;
    expect(begun()).toBe(1);
  });

  it('waits for files in flight at most its bound (a file that never finishes)', async () => {
    const { gate, begun } = setup();
    gate.requested('/assets/app.js');
    const call = gate.beforeApi();
    vi.advanceTimersByTime(249);
    expect(begun()).toBe(0);
    vi.advanceTimersByTime(1);
    await call;
    expect(begun()).toBe(1);
  });

  it('begins after its bound when no browser comes, and cancel stops that', () => {
    const a = setup();
    vi.advanceTimersByTime(1000);
    expect(a.begun()).toBe(1);
    const b = setup();
    b.gate.cancel();
    vi.advanceTimersByTime(5000);
    expect(b.begun()).toBe(0);
  });
});
