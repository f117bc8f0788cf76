// claimdesk claimants / stats / report --claimant as scripts use them: a real process, a real
// database file, the --json shapes issue #18 promises.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: string;
beforeAll(async () => {
  const dir = tempDir();
  db = path.join(dir, 'claimdesk.db');
  fs.writeFileSync(path.join(dir, 'eins.txt'), 'Bundeskanzler Friedrich Merz sagte am Montag, die Steuern würden um 3 Prozent sinken.\nDie Bundesregierung teilte mit, 400.000 Wohnungen seien gebaut worden.\n');
  fs.writeFileSync(path.join(dir, 'zwei.txt'), 'Merz erklärte, die Wirtschaft sei um 2 Prozent gewachsen.\nUS-Präsident Donald Trump sagte, die Zölle stiegen um 25 Prozent.\n');
  const imported = await cli(['import', path.join(dir, 'eins.txt'), path.join(dir, 'zwei.txt'), '--db', db]);
  expect(imported.code, imported.stderr).toBe(0);
}, 60_000);

describe('claimdesk claimants', () => {
  it('claimants --json lists people with aliases and verdict records, most claims first', async () => {
    const { code, stdout } = await cli(['claimants', '--json', '--db', db]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { claimants: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['claimants']);
    const merz = out.claimants[0]!;
    // Keys are only added at the end (firstSeen, session 23): scripts may read them by position.
    expect(Object.keys(merz)).toEqual(['id', 'name', 'type', 'aliases', 'claims', 'articles', 'verdicts', 'firstSeen']);
    expect(merz).toMatchObject({ name: 'Friedrich Merz', type: 'person', claims: 2, articles: 2, verdicts: { verified: 0, disputed: 0, inconclusive: 0, open: 2 } });
    expect(merz.aliases).toEqual(expect.arrayContaining(['Friedrich Merz', 'Merz']));
    expect(out.claimants.find((c) => c.name === 'Bundesregierung')).toMatchObject({ type: 'organisation' });
  });

  it('claimants --json and show --json say where a namesake was first seen, as claimants.list does', async () => {
    // A database of its own: the split below would change what the other tests read.
    const dir = tempDir();
    const own = path.join(dir, 'namesakes.db');
    fs.writeFileSync(path.join(dir, 'erster.txt'), 'Die Stadträtin Petra Lindqvist sagte, der Bahnhof koste 80 Millionen Euro.\n');
    fs.writeFileSync(path.join(dir, 'zweiter.txt'), 'Lindqvist erklärte, in der Altstadt gebe es 300 Parkplätze weniger.\n');
    expect((await cli(['import', path.join(dir, 'erster.txt'), path.join(dir, 'zweiter.txt'), '--db', own])).code).toBe(0);
    type Row = { id: string; name: string; aliases: string[]; firstSeen: { articleId: string; articleTitle: string; publisher: string | null; date: string } | null };
    const before = JSON.parse((await cli(['claimants', '--json', '--db', own])).stdout) as { claimants: Row[] };
    // One Petra Lindqvist: no namesake to tell apart, so no firstSeen (as in the app's list).
    expect(before.claimants.filter((c) => c.name === 'Petra Lindqvist')).toHaveLength(1);
    expect(before.claimants[0]).toHaveProperty('firstSeen', null);

    // Two people of that name: each says where it was first seen.
    const split = await cli(['claimants', 'split', 'Petra Lindqvist', '--alias', 'Lindqvist', '--name', 'Petra Lindqvist', '--db', own]);
    expect(split.code, split.stderr).toBe(0);
    const after = JSON.parse((await cli(['claimants', '--json', '--db', own])).stdout) as { claimants: Row[] };
    const { articles } = JSON.parse((await cli(['list', '--json', '--db', own])).stdout) as { articles: Array<{ id: string; title: string }> };
    const first = articles.find((a) => a.title.startsWith('Die Stadträtin'))!;
    const second = articles.find((a) => a.title.startsWith('Lindqvist erklärte'))!;
    const petras = after.claimants.filter((c) => c.name === 'Petra Lindqvist');
    expect(petras.map((c) => c.firstSeen?.articleId).sort()).toEqual([first.id, second.id].sort());
    const splitOff = petras.find((c) => c.aliases.includes('Lindqvist'))!;
    expect(splitOff.firstSeen).toMatchObject({ articleId: second.id, articleTitle: second.title, publisher: null });
    expect(splitOff.firstSeen!.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // show --json carries the same object.
    const original = petras.find((c) => c !== splitOff)!;
    const shown = JSON.parse((await cli(['claimants', 'show', original.id, '--json', '--db', own])).stdout) as { claimant: { firstSeen: Row['firstSeen'] } };
    expect(shown.claimant.firstSeen).toMatchObject({ articleId: first.id });
  });

  it('claimants show NAME --json finds the claimant by any alias', async () => {
    const { code, stdout } = await cli(['claimants', 'show', 'Merz', '--json', '--db', db]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { claimant: { name: string }; claims: Array<Record<string, unknown>> };
    expect(out.claimant.name).toBe('Friedrich Merz');
    expect(out.claims).toHaveLength(2);
    expect(Object.keys(out.claims[0]!)).toEqual(['id', 'articleId', 'text', 'verdict', 'ratingLabel']);
    const unknown = await cli(['claimants', 'show', 'Niemand Bekannt', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No claimant with the id or name "Niemand Bekannt"/);
  });

  it('claimants merge KEEP OTHER moves claims and aliases; a self-merge is refused', async () => {
    const self = await cli(['claimants', 'merge', 'Merz', 'Friedrich Merz', '--db', db]);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/same claimant/);
    const merged = await cli(['claimants', 'merge', 'Friedrich Merz', 'Bundesregierung', '--db', db]);
    expect(merged.code, merged.stderr).toBe(0);
    const shown = JSON.parse((await cli(['claimants', 'show', 'Bundesregierung', '--json', '--db', db])).stdout) as { claimant: { name: string; claims: number } };
    expect(shown.claimant).toMatchObject({ name: 'Friedrich Merz', claims: 3 });
    const undone = await cli(['claimants', 'undo', 'Friedrich Merz', '--db', db]);
    expect(undone.code, undone.stderr).toBe(0);
    const after = JSON.parse((await cli(['claimants', 'show', 'Bundesregierung', '--json', '--db', db])).stdout) as { claimant: { name: string } };
    expect(after.claimant.name).toBe('Bundesregierung');
  });

  it('claimants assign CLAIM_ID NAME links one claim by hand, undoably; an unknown claim is refused', async () => {
    const government = JSON.parse((await cli(['claimants', 'show', 'Bundesregierung', '--json', '--db', db])).stdout) as { claims: Array<{ id: string }> };
    const claimId = government.claims[0]!.id;
    const assigned = await cli(['claimants', 'assign', claimId, 'Donald Trump', '--json', '--db', db]);
    expect(assigned.code, assigned.stderr).toBe(0);
    const out = JSON.parse(assigned.stdout) as { claimant: { name: string; claims: number } };
    expect(out.claimant).toMatchObject({ name: 'Donald Trump', claims: 2 });
    const trump = JSON.parse((await cli(['claimants', 'show', 'Donald Trump', '--json', '--db', db])).stdout) as { claims: Array<{ id: string }> };
    expect(trump.claims.map((c) => c.id)).toContain(claimId);
    const unknown = await cli(['claimants', 'assign', 'no-such-claim', 'Donald Trump', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No claim with the id/);
    const usage = await cli(['claimants', 'assign', claimId, '--db', db]);
    expect(usage.code).not.toBe(0);
    const undone = await cli(['claimants', 'undo', 'Donald Trump', '--db', db]);
    expect(undone.code, undone.stderr).toBe(0);
    const back = JSON.parse((await cli(['claimants', 'show', 'Bundesregierung', '--json', '--db', db])).stdout) as { claims: Array<{ id: string }> };
    expect(back.claims.map((c) => c.id)).toContain(claimId);
  });

  it('stats --json prints verdicts, weeks, reviewers and the median time to verdict', async () => {
    const { code, stdout } = await cli(['stats', '--json', '--db', db]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['verdicts', 'perWeek', 'reviewers', 'medianHoursToVerdict']);
    expect(out.verdicts).toMatchObject({ verified: 0, disputed: 0, inconclusive: 0 });
    expect((out.perWeek as Array<{ week: string }>)[0]!.week).toMatch(/^\d{4}-W\d{2}$/);
    const bad = await cli(['stats', '--from', 'yesterday', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/from/);
  });

  it('report --claimant exports one person\'s record; the desk report opens with the verdict chart', async () => {
    const md = await cli(['report', '--claimant', 'Merz', '--format', 'md', '--db', db]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Verdict record\\?: Friedrich Merz/);
    const json = JSON.parse((await cli(['report', '--claimant', 'Friedrich Merz', '--format', 'json', '--db', db])).stdout) as { scope: { kind: string }; articles: unknown[] };
    expect(json.scope.kind).toBe('claimant');
    expect(json.articles).toHaveLength(2);
    const csv = await cli(['report', '--claimant', 'Merz', '--format', 'csv', '--db', db]);
    expect(csv.stdout.trim().split('\n')).toHaveLength(3);
    const html = await cli(['report', '--all', '--format', 'html', '--db', db]);
    expect(html.stdout).toMatch(/<figure class="verdict-chart">.*<svg role="img"/s);
    expect(html.stdout.indexOf('verdict-chart')).toBeLessThan(html.stdout.indexOf('class="article"'));
  });
});
