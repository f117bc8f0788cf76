// serve opens its database once every file the page's HTML loads has gone out (pageFiles).
import { describe, expect, it } from 'vitest';
import { pageFiles } from '../../src/main/cli/serve.command';

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
