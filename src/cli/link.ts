/**
 * `npm run --silent link -- FILE`: link one article and print its story JSON.
 * Bad input → exit 1 and one line on stderr naming the file; bad usage → exit 2.
 * `npm run link -- a.txt b.txt … --out-dir DIR`: batch mode, one story JSON per
 * file in DIR, linked by worker threads across the machine's cores; per-file
 * errors on stderr, a summary on stdout, exit 1 if any file failed.
 * All the work is `linkArticle`; this file only reads, checks and prints.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread } from 'node:worker_threads';
import { linkArticle, loadGazetteer, type GazetteerJson } from '../lib/linker/index.ts';

export const MAX_BYTES = 5 * 1024 * 1024;
const GAZETTEER = join(import.meta.dirname, '..', '..', 'geodata', 'gazetteer.json');
const USAGE = 'usage: npm run --silent link -- FILE   (prints the story JSON on stdout)  |  npm run link -- FILE... --out-dir DIR';

export class InputError extends Error {}

export type LinkArgs = { files: string[]; help: boolean; outDir?: string };

/** Parse the command line; throws a usage message on misuse. */
export function parseLinkArgs(argv: string[]): LinkArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' }, 'out-dir': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const help = values.help === true;
  const outDir = values['out-dir'];
  if (outDir !== undefined) {
    if (outDir.trim() === '') throw new Error('--out-dir needs a folder');
    if (!help && positionals.length === 0) throw new Error('no FILE given');
    return { files: positionals, help, outDir };
  }
  if (!help && positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no FILE given' : 'give exactly one FILE (or several with --out-dir DIR)');
  return { files: positionals, help };
}

/** Read an article file as UTF-8 text, refusing what is not an article. */
export function readArticle(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('is a directory, not a text file');
    if (!st.isFile()) throw new InputError('is not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`);
  }
  if (size > MAX_BYTES) throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (bytes.length === 0) throw new InputError('is empty');
  if (bytes.includes(0)) throw new InputError('looks binary (contains NUL bytes), expected UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new InputError('is empty (only whitespace)');
  return text;
}

export function main(argv: string[]): number | Promise<number> {
  let args: LinkArgs;
  try {
    args = parseLinkArgs(argv);
  } catch (e) {
    process.stderr.write(`link: ${(e as Error).message}; ${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.outDir !== undefined) return runBatch(args.files, args.outDir);
  const file = args.files[0]!;
  try {
    const text = readArticle(file);
    const gazetteer = loadGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as GazetteerJson);
    const story = linkArticle(text, gazetteer);
    process.stdout.write(JSON.stringify(story, null, 2) + '\n');
    return 0;
  } catch (e) {
    const msg = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
    process.stderr.write(`link: ${file}: ${msg.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

/** What a batch worker is asked to do, and what it answers (see `linkWorker.ts`). */
export type BatchJob = { file: string; out: string };
export type BatchResult =
  | { file: string; out: string; ok: true; bytes: number; mentions: number; regions: string[] }
  | { file: string; ok: false; error: string };

export type BatchSummary = { files: number; failures: number; mentions: number; regions: string[]; bytes: number; seconds: number };

/** The summary line: files, mentions, regions, failures, MB/s. */
export function formatSummary(s: BatchSummary): string {
  const mb = s.bytes / 1e6;
  const rate = s.seconds > 0 ? mb / s.seconds : 0;
  return (
    `link: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.mentions} mentions, ${s.regions.length} regions` +
    `${s.regions.length ? ` (${s.regions.join(' ')})` : ''}, ${s.failures} failed; ` +
    `${mb.toFixed(2)} MB in ${s.seconds.toFixed(2)} s = ${rate.toFixed(2)} MB/s`
  );
}

/** One output path per input, `DIR/<name>.json`, numbered when two inputs share a name. */
export function outputPaths(files: string[], outDir: string): string[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const stem = basename(f, extname(f)) || 'story';
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return join(outDir, n === 1 ? `${stem}.json` : `${stem}-${n}.json`);
  });
}

/**
 * A batch worker thread. Under tsx (the `npm run link` path) worker threads do
 * not inherit its TypeScript loader, so the worker module is loaded through
 * tsx's `tsImport` from a small bootstrap.
 */
function startWorker(): Worker {
  const url = new URL(`./linkWorker${extname(import.meta.url)}`, import.meta.url).href;
  if (!url.endsWith('.ts')) return new Worker(new URL(url));
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url)}, ${JSON.stringify(import.meta.url)}))`, { eval: true });
}

/**
 * Link every file with a pool of worker threads (one per core, at most one per
 * file). A bad file is reported on stderr and the batch goes on; 1 if any failed.
 */
export async function runBatch(files: string[], outDir: string, threads = availableParallelism()): Promise<number> {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    process.stderr.write(`link: cannot create --out-dir ${outDir} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return 1;
  }
  const outs = outputPaths(files, outDir);
  const jobs: BatchJob[] = files.map((file, i) => ({ file, out: outs[i]! }));
  const t0 = performance.now();
  const results: BatchResult[] = [];
  const size = Math.max(1, Math.min(threads, jobs.length));
  let next = 0;

  const report = (r: BatchResult) => {
    results.push(r);
    if (r.ok) process.stdout.write(`link: ${r.file} → ${r.out} (${r.mentions} mentions, ${r.regions.length} regions)\n`);
    else process.stderr.write(`link: ${r.file}: ${r.error.replace(/\s+/g, ' ')}\n`);
  };

  await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<void>((done) => {
        const worker = startWorker();
        let current: BatchJob | null = null;
        const feed = () => {
          const job = jobs[next++];
          current = job ?? null;
          if (job) worker.postMessage(job);
          else void worker.terminate().then(() => done());
        };
        worker.on('message', (r: BatchResult) => {
          report(r);
          feed();
        });
        // A crashed worker fails its file; its remaining share goes to the other workers.
        worker.on('error', (e) => {
          if (current) report({ file: current.file, ok: false, error: `failed: ${e.message}` });
          current = null;
          done();
        });
        worker.on('online', feed);
      }),
    ),
  );
  // Files a crashed pool never reached are failures too, never silently skipped.
  for (const job of jobs.slice(next)) report({ file: job.file, ok: false, error: 'not linked (the worker pool stopped)' });

  const ok = results.filter((r) => r.ok);
  const summary: BatchSummary = {
    files: files.length,
    failures: results.length - ok.length,
    mentions: ok.reduce((n, r) => n + r.mentions, 0),
    regions: [...new Set(ok.flatMap((r) => r.regions))].sort(),
    bytes: ok.reduce((n, r) => n + r.bytes, 0),
    seconds: (performance.now() - t0) / 1000,
  };
  process.stdout.write(formatSummary(summary) + '\n');
  return summary.failures > 0 ? 1 : 0;
}

const entry = process.argv[1];
// Worker threads import this module for `readArticle`; only the main thread runs the command.
if (isMainThread && entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
