// `claimdesk report --with-snapshots -o DIR`: the report, the WARC file of every source in it
// (in DIR/snapshots/), and DIR/SHA256SUMS over all of them in the format `sha256sum -c` checks,
// so a reader can verify that what they hold is what the reviewer saw.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RenderedReport } from '../report/render';
import type { ServiceContext } from '../services/context';
import { snapshotFilesOf } from './snapshot-store';

export async function writeReportWithSnapshots(ctx: ServiceContext, rendered: RenderedReport & { fileName: string; sourceIds: string[] }, outDir: string): Promise<{ report: string; snapshots: number; sums: string }> {
  const dir = path.resolve(outDir);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new Error(`${outDir} is a file; --with-snapshots writes a folder.`);
  fs.mkdirSync(path.join(dir, 'snapshots'), { recursive: true });
  const sums: string[] = [];
  const write = (relative: string, bytes: Uint8Array | string) => {
    fs.writeFileSync(path.join(dir, relative), bytes);
    sums.push(`${createHash('sha256').update(bytes).digest('hex')}  ${relative}`);
  };
  write(rendered.fileName, typeof rendered.body === 'string' ? rendered.body : Buffer.from(rendered.body));
  const files: string[] = [];
  for (let i = 0; i < rendered.sourceIds.length; i += 500) {
    const chunk = rendered.sourceIds.slice(i, i + 500);
    const rows = await ctx.store.db.selectFrom('source_snapshots').select('file').where('source_id', 'in', chunk).where('file', 'is not', null).execute();
    files.push(...rows.map((r) => r.file!));
  }
  const from = snapshotFilesOf(ctx.store);
  for (const name of files.sort()) write(`snapshots/${path.basename(name)}`, await from.read(path.basename(name)));
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return { report: path.join(dir, rendered.fileName), snapshots: files.length, sums: path.join(dir, 'SHA256SUMS') };
}
