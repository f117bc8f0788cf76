// Files handed to the import dialog: base64 for the contract, and folders dropped or picked
// expanded to their files. Browser APIs only.

/** The contract's per-file limit (20 MB), checked before a byte is read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.pdf';

/** Reads a file as base64 with the browser's native encoder (no string building in JS). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The name to show for a file: its path inside a picked folder, else its name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

const isHidden = (name: string) => name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';

/** Files from a picked folder or list, without hidden files (.DS_Store and the like). */
export function visibleFiles(files: Iterable<File>): File[] {
  return [...files].filter((f) => !displayName(f).split('/').some(isHidden));
}

/** Files from a drop: folders are walked (entries must be taken while the drop event runs). */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (!entries.length || entries.every((e) => e.isFile)) return visibleFiles(dt.files);
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (isHidden(entry.name)) return;
  if (entry.isFile) {
    out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) await walk(child, out);
}
