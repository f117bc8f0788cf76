// A writer process for the stress tests, killed at random by them. It opens the app on a
// database and writes through dispatch (the same path as every host), printing one ACK line to
// stdout only after dispatch has returned, that is after the transaction committed:
//
//   mode "articles": one articles.create per transaction   → ACK article <id> <claimCount> <token>
//   mode "verdicts": claims.setVerdict / sources.add (both with expectedVersion) → ACK verdict <claimId> <version> <verdict> <rationale>
//                                                           → ACK source <claimId> <version> <sourceId>
//   mode "mixed":    the same plus claims.update, for a time, beside other writers: also
//                                                           → ACK update <claimId> <version> <claimant>
//                    and CONFLICT <method> <claimId> <expectedVersion> <currentVersion> for a refused stale write
//
// Usage: node --import tsx tests/stress/worker.ts <mode> <db> <seed> [maxWrites] [conflictMode]
// Output is written with fs.writeSync, so a line printed is a line the parent will read, even
// if SIGKILL follows immediately. "READY" is printed just before the first write.
import fs from 'node:fs';
import { openApp, type ClaimdeskApp } from '../../src/main/core/app';
import { prng } from '../../scripts/lib/prng';

type Mode = 'articles' | 'verdicts' | 'mixed';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

export { prng };

const PEOPLE = ['the mayor', 'the minister', 'a spokesperson for the council', 'the statistics office', 'Professor Jane Doe', 'the union leader'];
const SUBJECTS = ['Unemployment', 'Inflation', 'The budget deficit', 'Rent in the city', 'The number of new homes', 'Crime in the region', 'Energy use'];

/** English news text whose sentences the extractor takes as claims; `token` makes each article unique and findable. */
export function articleText(random: () => number, token: string, sentences: number): string {
  const lines = [`Report ${token}: council figures under scrutiny`, ''];
  for (let i = 0; i < sentences; i++) {
    const who = PEOPLE[Math.floor(random() * PEOPLE.length)]!;
    const what = SUBJECTS[Math.floor(random() * SUBJECTS.length)]!;
    const n = (random() * 40).toFixed(1);
    const year = 2000 + Math.floor(random() * 25);
    lines.push(
      random() < 0.5
        ? `${what} rose by ${n} percent in ${year}, ${who} said.`
        : `"${what} has fallen to ${n} percent since ${year}," ${who} said on Tuesday.`,
    );
    if (i % 8 === 7) lines.push('');
  }
  lines.push(`Reference ${token}.`);
  return lines.join('\n');
}

async function call<T>(app: ClaimdeskApp, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code}: ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}

async function writeArticles(app: ClaimdeskApp, random: () => number, seed: number, maxWrites: number): Promise<void> {
  for (let i = 0; i < maxWrites; i++) {
    const token = `t${seed.toString(36)}x${i}`;
    // Mostly small articles, some long ones, so kills land in extraction, in the insert of many claims, and between.
    const sentences = random() < 0.7 ? 3 + Math.floor(random() * 30) : 300 + Math.floor(random() * 1200);
    const { article } = await call<{ article: { id: string; claimCount: number } }>(app, 'articles.create', { text: articleText(random, token, sentences), language: 'en' });
    say(`ACK article ${article.id} ${article.claimCount} ${token}`);
  }
}

interface ClaimView {
  id: string;
  version: number;
  sources: unknown[];
}

async function writeVerdicts(app: ClaimdeskApp, random: () => number, seed: number, maxWrites: number): Promise<void> {
  const { items } = await call<{ items: ClaimView[] }>(app, 'claims.list', { limit: 5000 });
  if (!items.length) throw new Error('no claims to write verdicts on');
  for (let i = 0; i < maxWrites; i++) {
    const pick = items[Math.floor(random() * items.length)]!;
    const claim = await call<ClaimView>(app, 'claims.get', { id: pick.id });
    if (random() < 0.4) {
      const { source, claim: after } = await call<{ source: { id: string }; claim: ClaimView }>(app, 'sources.add', {
        claimId: claim.id,
        expectedVersion: claim.version,
        url: `https://example.org/evidence/${seed}/${i}`,
        title: `Evidence ${seed}/${i}`,
        stance: 'supports',
      });
      say(`ACK source ${claim.id} ${after.version} ${source.id}`);
    } else {
      const verdicts = claim.sources.length ? ['verified', 'disputed', 'inconclusive', 'unreviewed'] : ['inconclusive', 'unreviewed'];
      const verdict = verdicts[Math.floor(random() * verdicts.length)]!;
      const rationale = `r-${seed}-${i}`;
      const after = await call<ClaimView>(app, 'claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict, rationale });
      say(`ACK verdict ${claim.id} ${after.version} ${verdict} ${rationale}`);
    }
  }
}

/**
 * One write on a random claim, read just before: a verdict, a source or an edit. Beside other
 * writers the read can be stale by the time the write lands; that must come back as a conflict.
 * `stale` sends a version known to be wrong on purpose.
 */
export async function mixedWrite(
  send: (method: string, input: unknown) => Promise<{ ok: boolean; value?: any; error?: { code: string; message: string; details?: any } }>,
  claimIds: string[],
  random: () => number,
  tag: string,
  stale: boolean,
): Promise<string> {
  const id = claimIds[Math.floor(random() * claimIds.length)]!;
  const got = await send('claims.get', { id });
  if (!got.ok) return `ERR claims.get ${got.error?.code} ${got.error?.message}`;
  const claim = got.value as ClaimView;
  const expectedVersion = stale ? (claim.version > 1 ? claim.version - 1 : claim.version + 7) : claim.version;
  const roll = random();
  let method: string;
  let result: Awaited<ReturnType<typeof send>>;
  let ack = (): string => '';
  if (roll < 0.3) {
    method = 'sources.add';
    result = await send(method, { claimId: id, expectedVersion, url: `https://example.org/evidence/${tag}`, title: `Evidence ${tag}`, stance: 'context' });
    ack = () => `ACK source ${id} ${result.value.claim.version} ${result.value.source.id}`;
  } else if (roll < 0.65) {
    method = 'claims.setVerdict';
    const verdicts = claim.sources.length ? ['verified', 'disputed', 'inconclusive', 'unreviewed'] : ['inconclusive', 'unreviewed'];
    const verdict = verdicts[Math.floor(random() * verdicts.length)]!;
    result = await send(method, { id, expectedVersion, verdict, rationale: `r-${tag}` });
    ack = () => `ACK verdict ${id} ${result.value.version} ${verdict} r-${tag}`;
  } else {
    method = 'claims.update';
    result = await send(method, { id, expectedVersion, claimant: `c-${tag}` });
    ack = () => `ACK update ${id} ${result.value.version} c-${tag}`;
  }
  if (result.ok && stale) return `ERR ${method} accepted a write naming version ${expectedVersion} of a claim at version ${claim.version}`;
  if (result.ok) return ack();
  if (result.error?.code === 'conflict') return `CONFLICT ${method} ${id} ${expectedVersion} ${result.error.details?.current?.version}${stale ? ' stale' : ''}`;
  return `ERR ${method} ${result.error?.code} ${result.error?.message}`;
}

async function writeMixed(app: ClaimdeskApp, random: () => number, seed: number, durationMs: number): Promise<void> {
  const { items } = await call<{ items: ClaimView[] }>(app, 'claims.list', { limit: 5000 });
  const ids = items.map((c) => c.id);
  const until = Date.now() + durationMs;
  for (let i = 0; Date.now() < until; i++) {
    say(await mixedWrite((m, input) => app.dispatch(m, input) as never, ids, random, `w${seed}-${i}`, random() < 0.1));
  }
}

async function main(): Promise<void> {
  const [mode, db, seedArg, maxArg] = process.argv.slice(2) as [Mode, string, string, string | undefined];
  if (!['articles', 'verdicts', 'mixed'].includes(mode) || !db || !seedArg) throw new Error('usage: worker.ts articles|verdicts|mixed DB SEED [MAX_WRITES | DURATION_MS for mixed]');
  const seed = Number(seedArg);
  const random = prng(seed);
  const app = await openApp(db, { host: 'cli', defaultActor: `worker-${seed}`, snapshots: false });
  say('READY');
  const max = maxArg ? Number(maxArg) : 1_000_000;
  if (mode === 'articles') await writeArticles(app, random, seed, max);
  else if (mode === 'verdicts') await writeVerdicts(app, random, seed, max);
  else await writeMixed(app, random, seed, max);
  await app.close();
  say('DONE');
}

// Run only as a script, not when a test imports the text generator.
if (process.argv[1] && /worker\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    say(`ERR ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  });
}
