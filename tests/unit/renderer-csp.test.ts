// The renderer's CSP as a meta tag (it applies before any header, also from file://) must say
// what the hosts' header says. The window options and the header are checked in
// electron-security.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../src/main/csp';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));

describe('the renderer CSP meta tag', () => {
  it('matches the header the hosts send (frame-ancestors only works as a header)', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(RENDERER_CSP);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});
