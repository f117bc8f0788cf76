// The preparing half of a bulk import, in a worker thread: read, parse, normalise and extract
// each file, so the main thread only writes. Files come in and go out in the same order.
import { parentPort } from 'node:worker_threads';
import { prepareArticle, type PreparedArticle } from './article.service';
import { failureOf, parseFile } from './import.service';

export type PrepareRequest = { seq: number; target: string };
export type PrepareResult =
  | { seq: number; target: string; ok: true; prepared: PreparedArticle; warnings: string[] }
  | { seq: number; target: string; ok: false; reason: string; reasonCode: string | null };

parentPort?.on('message', async ({ seq, target }: PrepareRequest) => {
  let result: PrepareResult;
  try {
    const doc = await parseFile(target);
    const prepared = prepareArticle({
      text: doc.text,
      title: doc.title,
      url: doc.url,
      publisher: doc.publisher,
      author: doc.author,
      publishedAt: doc.publishedAt,
      language: doc.language,
    });
    result = { seq, target, ok: true, prepared, warnings: doc.warnings };
  } catch (error) {
    result = { seq, target, ok: false, ...failureOf(error) };
  }
  parentPort!.postMessage(result);
});
