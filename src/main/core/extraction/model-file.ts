// Reading a check-worthiness weights file from disk (the app ships its weights inside the
// bundle; the training script, the bench and the tests read files). A missing or unreadable
// file is a CheckworthinessModelError that names the path, never an empty model.
import { readFileSync } from 'node:fs';
import { CheckworthinessModelError, parseModel, type ModelFile } from './scorer';

export function readModelFile(file: string): ModelFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CheckworthinessModelError(code === 'ENOENT' ? `the weights file ${file} does not exist` : `the weights file ${file} cannot be read (${code ?? (e as Error).message})`);
  }
  return parseModel(text);
}
