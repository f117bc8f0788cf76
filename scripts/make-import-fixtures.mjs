#!/usr/bin/env node
// Generates the binary and multi-encoding fixtures under tests/fixtures/import/.
// Run: node scripts/make-import-fixtures.mjs
// The outputs are committed; this script exists so they can be re-made and reviewed
// (binary fixtures are otherwise opaque). Output is deterministic: fixed dates, fixed zip
// timestamps, so re-running does not churn git.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const PDFDocument = require('pdfkit');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/fixtures/import');
mkdirSync(out, { recursive: true });
const write = (name, data) => writeFileSync(join(out, name), data);

// ---- the German article -------------------------------------------------------------
// Umlauts, ß, German quotes „…“ (windows-1252 0x84/0x93), an en dash and the euro sign
// (0x96 / 0x80 in windows-1252) so every encoding path is exercised.
const TITLE = 'Brücken in Köln: Stadt prüft Sanierung';
const PARAGRAPHS = [
  'Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt.',
  '„Wir müssen jetzt handeln“, sagte sie. Die Kosten schätzt die Verwaltung auf 120 Millionen €.',
  'Größere Schäden – etwa an der Mülheimer Brücke – seien bisher nicht festgestellt worden. Äußerst ungewöhnlich sei das nicht, heißt es aus dem Übergangsbüro.',
];
const articleText = [TITLE, '', ...PARAGRAPHS].join('\r\n') + '\r\n';
// ISO-8859-1 has neither „“ nor – nor €: the Latin-1 variant uses «» and plain words.
const latin1Text = articleText
  .replace('„', '«')
  .replace('“', '»')
  .replaceAll('–', '-')
  .replace('€', 'Euro');

const utf8 = Buffer.from(articleText, 'utf8');
write('article-utf8.txt', utf8);
write('article-utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
const utf16le = Buffer.from('\ufeff' + articleText, 'utf16le');
write('article-utf16le-bom.txt', utf16le);
write('article-utf16be-bom.txt', Buffer.from(utf16le).swap16());
write('article-windows-1252.txt', iconv.encode(articleText, 'windows-1252'));
write('article-iso-8859-1.txt', iconv.encode(latin1Text, 'iso-8859-1'));
// UTF-8 with two corrupt bytes (a lone 0xFF and a truncated 2-byte sequence 0xC3).
write(
  'article-utf8-invalid.txt',
  Buffer.concat([utf8.subarray(0, 20), Buffer.from([0xff]), utf8.subarray(20, 60), Buffer.from([0xc3]), utf8.subarray(60)]),
);

// ---- Markdown -------------------------------------------------------------------------
write(
  'article.md',
  [
    '---',
    `title: "${TITLE}"`,
    'author: Erika Mustermann',
    'date: 2024-03-04',
    'lang: de',
    '---',
    '',
    `# ${TITLE}`,
    '',
    `Die Stadt **Köln** lässt _42 Brücken_ überprüfen. Das gab die [Oberbürgermeisterin](https://example.org/ob) am Montag bekannt.`,
    '',
    '## Kosten',
    '',
    '> „Wir müssen jetzt handeln“, sagte sie.',
    '',
    '- Kosten: 120 Millionen €',
    '- Dauer: `drei Jahre`',
    '',
    '---',
    '',
    'Größere Schäden seien ![Foto](bild.png) bisher nicht festgestellt worden.',
    '',
  ].join('\n'),
);

// ---- HTML news page ---------------------------------------------------------------------
// Hostile bits: inline and external scripts, an onerror handler, a tracking pixel, a stylesheet,
// nav/footer/cookie boilerplate. None of it may run, load, or reach the text.
const longPara = (s) => `<p>${s}</p>`;
write(
  'article.html',
  `<!doctype html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Brücken in Köln: Stadt prüft Sanierung | Rheinische Rundschau</title>
<meta property="og:title" content="Brücken in Köln: Stadt prüft Sanierung">
<meta property="og:site_name" content="Rheinische Rundschau">
<meta property="og:url" content="https://www.rheinische-rundschau.example/koeln/bruecken-og">
<meta property="article:published_time" content="2024-03-04T09:30:00+01:00">
<meta name="author" content="Meta Autorin">
<link rel="canonical" href="/koeln/bruecken-pruefung-123">
<link rel="stylesheet" href="/static/site.css">
<script src="/static/tracker.js"></script>
<script>document.title = 'PWNED'; window.location.href = '/pwned-inline';</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Falsche Website","url":"https://www.rheinische-rundschau.example/"},
 {"@type":"NewsArticle","headline":"Brücken in Köln: Stadt prüft Sanierung",
  "datePublished":"2024-03-04T09:30:00+01:00",
  "author":[{"@type":"Person","name":"Erika Mustermann"},{"@type":"Person","name":"Max Müller"}],
  "publisher":{"@type":"Organization","name":"Rheinische Rundschau"},
  "inLanguage":"de"}
]}
</script>
</head>
<body>
<div class="cookie-banner">Wir verwenden Cookies. <button onclick="accept()">Akzeptieren</button></div>
<header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main>
<article>
<h1>Brücken in Köln: Stadt prüft Sanierung</h1>
<p class="byline">Von Erika Mustermann und Max Müller</p>
<img src=x onerror="fetch('/pwned-onerror');document.body.innerHTML='PWNED'">
<img src=x onerror=alert(1)>
<img src="/pixel.gif" width="1" height="1" alt="">
${longPara('Die Stadt <a href="https://koeln.example/">Köln</a> lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt. Die Prüfung soll bis zum Sommer abgeschlossen sein, teilte die Verwaltung mit.')}
${longPara('„Wir müssen jetzt handeln“, sagte sie. Die Kosten schätzt die Verwaltung auf 120&nbsp;Millionen&nbsp;€. Ein Teil davon soll aus Landesmitteln kommen, der Rest aus dem städtischen Haushalt.')}
<h2>Keine akuten Gefahren</h2>
${longPara('Größere Schäden – etwa an der Mülheimer Brücke – seien bisher nicht festgestellt worden. Äußerst ungewöhnlich sei das nicht, heißt es aus dem Übergangsbüro. Fachleute hatten dennoch seit Jahren vor einem Sanierungsstau gewarnt.')}
<script>document.write('<p>INJECTED BY SCRIPT</p>');</script>
${longPara('Die Opposition im Stadtrat fordert einen Zeitplan. Bis Ende des Jahres solle klar sein, welche Brücken zuerst saniert werden, sagte der Fraktionschef.')}
</article>
<aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Verkehrschaos in Deutz</a></li><li><a href="/b">Neue Radwege geplant</a></li></ul></aside>
</main>
<footer><p>© 2024 Rheinische Rundschau · Impressum · Datenschutz · Kontakt</p></footer>
<noscript><img src="/noscript-pixel.gif"></noscript>
</body>
</html>
`,
);

// ---- DOCX (minimal OOXML written by hand, zipped with a tiny zip writer) -----------------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2024 - 1980) << 9) | (3 << 5) | 4; // 2024-03-04
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const deflated = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, deflated);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const para = (text, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>
${para(TITLE, 'Title')}
${para(PARAGRAPHS[0])}
${para('Kosten und Zitate', 'Heading1')}
<w:p><w:r><w:t xml:space="preserve">„Wir müssen jetzt handeln“, sagte sie. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Die Kosten</w:t></w:r><w:r><w:t xml:space="preserve"> schätzt die Verwaltung auf 120 Millionen €.</w:t></w:r></w:p>
${para(PARAGRAPHS[2])}
</w:body></w:document>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
</w:styles>`;
const coreXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${esc(TITLE)}</dc:title><dc:creator>Erika Mustermann</dc:creator><dc:language>de-DE</dc:language>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T08:00:00Z</dcterms:created>
</cp:coreProperties>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;
write(
  'article.docx',
  zip([
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['word/document.xml', documentXml],
    ['word/_rels/document.xml.rels', docRels],
    ['word/styles.xml', stylesXml],
    ['docProps/core.xml', coreXml],
  ]),
);
// A zip that is not a Word document (for the "unsupported" path).
write('not-a-docx.zip', zip([['notes.txt', 'Nur eine Notiz.\n']]));

// ---- PDFs -------------------------------------------------------------------------------
function pdf(name, draw, info) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date('2024-03-04T08:00:00Z'), ...info } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => {
      write(name, Buffer.concat(chunks));
      resolve();
    });
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
const font = join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
await pdf(
  'article.pdf',
  (doc) => {
    doc.registerFont('DejaVu', font);
    doc.font('DejaVu').fontSize(16).text(TITLE);
    doc.moveDown();
    doc.fontSize(10);
    for (const p of PARAGRAPHS) {
      doc.text(p);
      doc.moveDown();
    }
  },
  { Title: TITLE, Author: 'Erika Mustermann' },
);
await pdf('scan-no-text.pdf', (doc) => {
  // Only vector shapes: what a scanned page looks like to a text extractor.
  doc.rect(40, 40, 200, 120).fill('#336699');
  doc.circle(200, 300, 60).stroke('#993333');
  doc.moveTo(40, 450).lineTo(380, 480).stroke();
});

// ---- tiny binary bits -----------------------------------------------------------------
// A real 1×1 PNG.
write(
  'pixel.png',
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
console.log('fixtures written to', out);
