// serve loads its application's modules a part at a time (serve.command.ts, openAppInParts):
// between the parts the event loop turns, so a request that comes while they load is read and
// answered before all of them have loaded, and the app it opens answers calls.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppInParts, openAppInParts } from '../../src/main/cli/serve.command';
import { tempDir } from '../helpers/temp-app';

/** How many turns the event loop takes while `work` runs (a check-phase callback that re-arms itself). */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  done = true;
  return turns;
}

describe('openAppInParts', () => {
  it('opens an app that answers', async () => {
    const app = await openAppInParts(path.join(tempDir('claimdesk-open-in-parts-'), 'desk.sqlite'));
    try {
      expect((await app.dispatch('articles.create', { text: 'The mayor said the new bridge cost 40 million euros.', title: 'Bridge' })).ok).toBe(true);
      const listed = await app.dispatch('articles.list', {});
      expect(listed.ok && (listed.value as Array<{ title: string }>).map((a) => a.title)).toEqual(['Bridge']);
    } finally {
      await app.close();
    }
  });

  it('gives the event loop a turn after each of its six parts', async () => {
    // Loaded once before, so that loading itself (the test runner's module fetching) takes no turns:
    // what is counted is the turns the parts give.
    await loadAppInParts();
    expect(await turnsDuring(loadAppInParts)).toBeGreaterThanOrEqual(6);
  });
});
