// The UI bench's seed writes claims as the app would: since 7fbb7c1 setVerdict stores no
// reviewer on an unreviewed claim, so a seeded open claim has none either.
import { afterEach, describe, expect, it } from 'vitest';
import { seedClaims } from '../../bench/ui';
import { openTestApp, type TestApp } from '../helpers/temp-app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('bench seedClaims', () => {
  it('stores no reviewer on an unreviewed claim, and keeps the reviewers of reviewed ones', async () => {
    app = await openTestApp();
    seedClaims(app.store.sqlite, 24, 2);
    const rows = app.store.sqlite.prepare('select verdict, reviewer from claims').all() as { verdict: string; reviewer: string | null }[];
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.verdict === 'unreviewed' && r.reviewer !== null)).toEqual([]);
    expect(rows.filter((r) => r.verdict !== 'unreviewed' && r.reviewer !== null).length).toBeGreaterThan(0);
  });
});
