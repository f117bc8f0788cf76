// The import parsers of DOCX, PDF and HTML run in the 'parse' worker (see workers/run-task.ts):
// this turns what comes back into the import's own errors, so a file that breaks a limit is
// one refused import with its reason.
import { runTask, TaskError, TaskLimitError } from '../workers/run-task';
import type { Tasks } from '../workers/tasks';
import { ImportError, type ImportErrorCode } from './errors';
import { parseStorableDocument, parseUpload, type UploadInput } from './parse';
import type { ImportedDocument } from './types';

type ParseTask = 'parse.document' | 'parse.upload' | 'parse.docx' | 'parse.pdf' | 'parse.html';

const WHAT: Record<ParseTask, string> = { 'parse.document': 'file', 'parse.upload': 'file', 'parse.docx': 'Word document', 'parse.pdf': 'PDF', 'parse.html': 'web page' };

/** A copy of `bytes` in a buffer of its own, handed to the worker rather than copied again. */
function own(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

export async function parseInWorker<K extends ParseTask>(task: K, input: Tasks[K]['input']): Promise<Tasks[K]['output']> {
  const transfer: ArrayBuffer[] = [];
  if (input instanceof Uint8Array) {
    const copy = own(input);
    transfer.push(copy.buffer as ArrayBuffer);
    input = copy as Tasks[K]['input'];
  } else if (task === 'parse.document') {
    const { bytes, ...rest } = input as Tasks['parse.document']['input'];
    const copy = own(bytes);
    transfer.push(copy.buffer as ArrayBuffer);
    input = { ...rest, bytes: copy } as Tasks[K]['input'];
  }
  try {
    return await runTask('parse', task, input, transfer);
  } catch (error) {
    if (error instanceof TaskError && error.name === 'ImportError') {
      throw new ImportError((error.code ?? 'unsupported') as ImportErrorCode, error.message);
    }
    if (error instanceof TaskLimitError) {
      const code: ImportErrorCode = error.reason === 'time' ? 'timeout' : 'too_large';
      throw new ImportError(code, `This ${WHAT[task]} could not be imported: reading it went beyond the import's limits (${error.message}).`);
    }
    if (error instanceof TaskError) {
      throw new ImportError('unsupported', `This ${WHAT[task]} could not be read (${error.message}).`);
    }
    throw error;
  }
}

/** Files larger than this are read (decoded, normalised, parsed) in the parse worker, so the host stays free meanwhile. */
const PARSE_IN_WORKER_BYTES = 256 * 1024;

/** parseDocument for storing, in the parse worker for a large file (reading 20 MB of text takes seconds). */
export async function parseDocumentOffThread(input: Tasks['parse.document']['input']): Promise<ImportedDocument> {
  if (input.bytes.length <= PARSE_IN_WORKER_BYTES) return parseStorableDocument(input);
  return parseInWorker('parse.document', input);
}

/** An upload (base64, as the API receives it) decoded and parsed, in the parse worker when large. */
export async function parseUploadOffThread(input: UploadInput): Promise<ImportedDocument> {
  if (input.contentBase64.length <= (PARSE_IN_WORKER_BYTES * 4) / 3) return parseUpload(input);
  return parseInWorker('parse.upload', input);
}
