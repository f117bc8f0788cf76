import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, MAX_IMPORT_BYTES, parseDocument } from '../../src/main/core/import';
import { expectImportError, fixture } from '../fixtures/import/helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseDocument: bad input gets a clear ImportError', () => {
  it('ImportError is an Error with a stable code', () => {
    const e = new ImportError('empty', 'The file is empty.');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ImportError');
    expect(e.code).toBe('empty');
  });

  it('empty file → empty', async () => {
    await expectImportError(parseDocument({ bytes: new Uint8Array(0), fileName: 'a.txt' }), 'empty');
  });

  it.each([
    ['spaces and newlines', enc('  \r\n\t \n ')],
    ['no-break and zero-width spaces', enc('\u00a0\u200b\ufeff\n')],
    ['a UTF-16 BOM and spaces', new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])],
  ])('whitespace only (%s) → empty', async (_, bytes) => {
    await expectImportError(parseDocument({ bytes, fileName: 'a.txt' }), 'empty');
  });

  it('whitespace-only Markdown → empty', async () => {
    await expectImportError(parseDocument({ bytes: enc('\n\n   \n'), fileName: 'a.md' }), 'empty');
  });

  it('PNG image (even named .txt) → binary', async () => {
    const e = await expectImportError(parseDocument({ bytes: fixture('pixel.png'), fileName: 'photo.txt' }), 'binary');
    expect(e.message).toMatch(/PNG image/);
  });

  it('unknown binary data (NUL bytes, control characters) → binary', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await expectImportError(parseDocument({ bytes, fileName: 'data.bin' }), 'binary');
    await expectImportError(parseDocument({ bytes: enc('Hallo\u0000Welt'), fileName: 'a.txt' }), 'binary');
  });

  it('a zip that is not a .docx → unsupported', async () => {
    const e = await expectImportError(parseDocument({ bytes: fixture('not-a-docx.zip'), fileName: 'article.docx' }), 'unsupported');
    expect(e.message).toMatch(/ZIP archive/);
  });

  it('legacy .doc (OLE2) → unsupported', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectImportError(parseDocument({ bytes: ole, fileName: 'old.doc' }), 'unsupported');
  });

  it('text named .pdf / .docx → damaged (misnamed or damaged), never "not supported"', async () => {
    await expectImportError(parseDocument({ bytes: enc('just text'), fileName: 'report.pdf' }), 'damaged');
    await expectImportError(parseDocument({ bytes: enc('just text'), fileName: 'report.docx' }), 'damaged');
  });

  it('damaged PDF → damaged', async () => {
    const e = await expectImportError(parseDocument({ bytes: enc('%PDF-1.7\nthis is not really a pdf'), fileName: 'x.pdf' }), 'damaged');
    expect(e.message).toMatch(/damaged/);
  });

  it('files over the limit → too_large, checked before any parsing', async () => {
    // A too-large "PDF": if parsing started, pdf.js would take far longer than the check.
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    bytes.set(enc('%PDF-1.4\n'));
    const e = await expectImportError(parseDocument({ bytes, fileName: 'huge.pdf' }), 'too_large');
    expect(e.message).toBe('The file (20 MB) is larger than the import limit of 20 MB.');
    // Exactly at the limit is fine (as text).
    const atLimit = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect((await parseDocument({ bytes: atLimit })).text).toHaveLength(MAX_IMPORT_BYTES);
  });

  it('HTML that is all scripts → no_article', async () => {
    const html = '<!doctype html><html><head><title>App</title><script>var a = 1;</script></head><body><script src="app.js"></script><script>document.body.innerHTML = "<p>" + "Lots of text ".repeat(100) + "</p>";</script><noscript>Please enable JavaScript.</noscript></body></html>';
    const e = await expectImportError(parseDocument({ bytes: enc(html), fileName: 'app.html' }), 'no_article');
    expect(e.message).toMatch(/No article text/);
  });

  it('PDF without a text layer → no_text_layer', async () => {
    const e = await expectImportError(parseDocument({ bytes: fixture('scan-no-text.pdf'), fileName: 'scan.pdf' }), 'no_text_layer');
    expect(e.message).toMatch(/OCR/);
  });
});

describe('lazy loading', () => {
  it('a plain-text import does not load linkedom, readability, mammoth, unpdf, marked or html-to-text', () => {
    // A fresh process: in-process the other tests have already loaded everything.
    const entry = fileURLToPath(new URL('../../src/main/core/import/index.ts', import.meta.url));
    const script = `
      const { createRequire } = await import('node:module');
      const require = createRequire(${JSON.stringify(entry)});
      const m = await import(${JSON.stringify(entry)});
      await m.parseDocument({ bytes: new TextEncoder().encode('Hallo Welt'), fileName: 'a.txt' });
      const loaded = ['linkedom', 'jsdom', '@mozilla/readability', 'mammoth', 'unpdf', 'marked', 'html-to-text']
        .filter((n) => Object.keys(require.cache).some((k) => k.includes('/node_modules/' + n + '/')));
      console.log(JSON.stringify(loaded));`;
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-lazy-'));
    let out: string;
    try {
      writeFileSync(join(dir, 'probe.mts'), script);
      out = execFileSync(tsx, [join(dir, 'probe.mts')], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // readability and mammoth are CommonJS, so require.cache proves they were not loaded.
    // linkedom, unpdf, marked and html-to-text resolve to ESM builds and never appear there; like the
    // others they are only reached through `await import()` inside html.ts / pdf.ts / markdown.ts /
    // html-to-plain.ts, which parse.ts itself imports lazily.
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([]);
  });
});
