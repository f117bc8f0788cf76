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
    expect(Object.keys(merz)).toEqual(['id', 'name', 'type', 'aliases', 'claims', 'articles', 'verdicts']);
    expect(merz).toMatchObject({ name: 'Friedrich Merz', type: 'person', claims: 2, articles: 2, verdicts: { verified: 0, disputed: 0, inconclusive: 0, open: 2 } });
    expect(merz.aliases).toEqual(expect.arrayContaining(['Friedrich Merz', 'Merz']));
    expect(out.claimants.find((c) => c.name === 'Bundesregierung')).toMatchObject({ type: 'organisation' });
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
