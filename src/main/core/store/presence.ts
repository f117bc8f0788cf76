// Which processes have a database open. Each Claimdesk process that opens a database leaves a
// file named by its pid beside it (in `.<name>.open/`) and removes it when it ends; a restore or
// repair refuses while another live process is listed, because moving the file out from under
// it would send its later writes to the moved file. Files of processes that died are ignored.
import fs from 'node:fs';
import path from 'node:path';

function presenceDir(databasePath: string): string {
  const resolved = path.resolve(databasePath);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.open`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks this process as using the database; returns the function that unmarks it. */
export function registerPresence(databasePath: string): () => void {
  const dir = presenceDir(databasePath);
  const file = path.join(dir, String(process.pid));
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, `${new Date().toISOString()}\n`);
  } catch {
    return () => undefined; // A read-only folder: nothing to mark, nothing to unmark.
  }
  const remove = () => {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  };
  process.once('exit', remove);
  return () => {
    process.removeListener('exit', remove);
    remove();
  };
}

/** Where this process's marks live, for a message that tells a person which file to delete. */
export function presenceFolder(databasePath: string): string {
  return presenceDir(databasePath);
}

/** The other live processes that have the database open. */
export function otherProcessesUsing(databasePath: string): number[] {
  const dir = presenceDir(databasePath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid)
    .filter((pid) => {
      if (alive(pid)) return true;
      try {
        fs.rmSync(path.join(dir, String(pid)), { force: true });
      } catch {
        // Someone else's folder: a stale mark we cannot remove is still ignored.
      }
      return false;
    });
}
