// A paste far over the article limit (a 50 MB clipboard, 25 million characters) was refused with
// zod's wording, "Invalid input. text: Too big: expected string to have <=20000000 characters",
// while one just over the stored limit (3 million) got a plain reason with what to do. Both now
// say how long an article may be and to split it, and nothing is stored.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describe('a pasted text far over the article limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is refused by articles.create and import.preview with the limit and what to do, and nothing is stored', async () => {
    const line = 'The harbour office said 9 million containers passed through the port in 2025.\n';
    const text = line.repeat(Math.ceil(25_000_000 / line.length));
    for (const method of ['articles.create', 'import.preview'] as const) {
      const result = await app.dispatch(method, { text });
      expect(result.ok, method).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('validation');
      expect(result.error.message, method).toMatch(/at most 2,000,000 \(about 300,000 words\)/);
      expect(result.error.message, method).toMatch(/Split it into parts/);
      expect(result.error.message, method).not.toMatch(/Too big|<=/);
    }
    expect(await app.ok('articles.list', {})).toEqual([]);
  });
});
