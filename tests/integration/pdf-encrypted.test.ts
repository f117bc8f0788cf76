// Issue #16: encrypted PDFs. One encrypted only against copying or printing (an empty user
// password: every reader opens it without asking) imports, its streams decrypted and measured
// against the inflation cap like any other; one that needs a password is refused with that
// reason. The files are made by pdfkit (RC4 40 and 128 bits, AES-128, AES-256), an
// implementation of the security handler independent of ours, and read back by pdf.js.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/main/core/import';
import { readPdfEncryption } from '../../src/main/core/import/pdf-crypt';
import { openTestApp, type TestApp } from '../helpers/temp-app';
import { pdfBomb } from '../fixtures/hostile/generate';

const MB = 1024 * 1024;
const SENTENCE = 'Der Minister sagte am Montag, die Steuer steige um 3 Prozent.';
/** pdfkit's PDF version chooses the cipher. */
const CIPHERS = { '1.3': 'RC4 40 bits', '1.4': 'RC4 128 bits', '1.7': 'AES-128', '1.7ext3': 'AES-256' } as const;

function encryptedPdf(version: keyof typeof CIPHERS, userPassword?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      pdfVersion: version,
      ownerPassword: 'besitzer',
      userPassword,
      permissions: { printing: 'highResolution', copying: false, modifying: false },
      info: { Title: 'Steuerbericht (geschützt)' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(SENTENCE);
    doc.text('Die Opposition widersprach: Die Zahlen seien falsch.');
    doc.end();
  });
}

/** The raw (encrypted, compressed) data of the page's content stream and its object number. */
function contentStream(bytes: Buffer): { num: number; data: Buffer } {
  const text = bytes.toString('latin1');
  const num = Number(/\/Contents\s+(\d+)\s+0\s+R/.exec(text)![1]);
  const at = text.search(new RegExp(`(^|\\n)${num} 0 obj`));
  const start = text.indexOf('stream', at) + 'stream'.length;
  const from = text[start] === '\r' ? start + 2 : start + 1;
  const length = Number(/\/Length\s+(\d+)/.exec(text.slice(at, start))![1]);
  return { num, data: bytes.subarray(from, from + length) };
}

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('encrypted PDFs', () => {
  for (const [version, cipher] of Object.entries(CIPHERS) as Array<[keyof typeof CIPHERS, string]>) {
    it(`${cipher}, no password to open: decrypted, measured and imported`, async () => {
      const bytes = await encryptedPdf(version);
      expect(bytes.toString('latin1')).toContain('/Encrypt');
      // Our key opens the content stream: it inflates to the page's text operators.
      const encryption = readPdfEncryption(bytes);
      expect(encryption?.kind).toBe('open');
      const { num, data } = contentStream(bytes);
      expect(() => inflateSync(data)).toThrow(); // ciphertext as stored
      if (encryption?.kind === 'open') expect(inflateSync(encryption.decryptStream(num, 0, data)).toString('latin1')).toMatch(/T[Jj]/);
      const doc = await parseDocument({ bytes, fileName: 'geschuetzt.pdf' });
      expect(doc.text).toContain(SENTENCE);
      expect(doc.title).toBe('Steuerbericht (geschützt)');
    });

    it(`${cipher}, a password needed to open: refused with that reason`, async () => {
      const bytes = await encryptedPdf(version, 'geheim');
      expect(readPdfEncryption(bytes)?.kind).toBe('password');
      await expect(parseDocument({ bytes, fileName: 'verschlossen.pdf' })).rejects.toMatchObject({ code: 'password_protected', message: expect.stringMatching(/needs a password to open/) });
    });
  }

  it('an encrypted bomb is decrypted and measured: refused as a bomb; within the cap it reads', async () => {
    const bomb = pdfBomb(200 * MB, 'encrypted');
    expect(bomb.length).toBeLessThan(2 * MB);
    await expect(parseDocument({ bytes: bomb, fileName: 'bomb.pdf' })).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/decompression bomb/) });
    const small = await parseDocument({ bytes: pdfBomb(MB, 'encrypted'), fileName: 'small.pdf' });
    expect(small.text).toContain('Der Minister sagte, die Steuer steige.');
    // The same bomb behind a password is refused for the password, before anything is inflated.
    await expect(parseDocument({ bytes: pdfBomb(200 * MB, 'encrypted-password'), fileName: 'locked.pdf' })).rejects.toMatchObject({ code: 'password_protected' });
  }, 60_000);

  it('through import.file: the open one is an article, the locked one a failed import with reason code password_protected', async () => {
    const open = await app.ok('import.file', { fileName: 'offen.pdf', contentBase64: (await encryptedPdf('1.7')).toString('base64') });
    expect(open).toMatchObject({ status: 'imported' });
    const locked = await app.ok('import.file', { fileName: 'zu.pdf', contentBase64: (await encryptedPdf('1.7ext3', 'geheim')).toString('base64') });
    expect(locked).toMatchObject({ status: 'failed', reasonCode: 'password_protected', reason: expect.stringMatching(/needs a password/) });
    const articles = await app.ok('articles.list', {});
    expect(articles.map((a) => a.title)).toEqual(['Steuerbericht (geschützt)']);
  });
});
