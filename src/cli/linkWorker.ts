/**
 * A batch worker for `link --out-dir`: reads, links and writes one file per
 * message, with the gazetteer loaded once per thread. Each story is written to
 * a temporary file and renamed into place. Errors are answers,
 * never crashes, so one bad file cannot stop the batch.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { linkArticle, type Linker } from '../lib/linker/index.ts';
import { DEFAULT_CONFLICT, readLinker } from './conflicts.ts';
import { InputError, readArticle, storyText, type BatchJob, type BatchResult } from './link.ts';

/** Each profile's linker, loaded once per thread. */
const linkers = new Map<string, Linker>();

function linkOne(job: BatchJob): BatchResult {
  try {
    const text = readArticle(job.file);
    const id = job.conflict ?? DEFAULT_CONFLICT;
    let linker = linkers.get(id);
    if (!linker) linkers.set(id, (linker = readLinker(id)));
    const story = linkArticle(text, linker);
    if (job.date) story.article.date = job.date;
    // Written whole, then renamed: an interrupted batch never leaves half a story.
    writeFileSync(job.tmp, storyText(story));
    renameSync(job.tmp, job.out);
    return {
      file: job.file,
      out: job.out,
      ok: true,
      bytes: Buffer.byteLength(text, 'utf8'),
      mentions: story.mentions.length,
      regions: [...new Set(story.mentions.map((m) => m.region))].sort(),
    };
  } catch (e) {
    rmSync(job.tmp, { force: true });
    const error = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
    return { file: job.file, ok: false, error };
  }
}

parentPort?.on('message', (job: BatchJob) => parentPort!.postMessage(linkOne(job)));
