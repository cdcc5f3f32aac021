/**
 * `npm run --silent link -- FILE`: link one article and print its story JSON.
 * Bad input → exit 1 and one line on stderr naming the file; bad usage → exit 2.
 * `npm run link -- a.txt b.txt … --out-dir DIR`: batch mode, one story JSON per
 * file in DIR, linked by worker threads across the machine's cores; per-file
 * errors on stderr, a summary on stdout, exit 1 if any file failed or was
 * skipped. Outputs never overwrite an input, and an existing output only with
 * `--force`; each is written to a temporary file and renamed when complete.
 * A closed stdout (`| head`) ends quietly with 141, Ctrl-C with 130.
 * All the work is `linkArticle`; this file only reads, checks and prints.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread } from 'node:worker_threads';
import { linkArticle } from '../lib/linker/index.ts';
import { conflictIds, DEFAULT_CONFLICT, readLinker } from './conflicts.ts';
import { storyToJson } from '../lib/contract/storyJson.ts';
import { InputError, inputFileSize } from './inputFile.ts';
import { LIMITS } from '../lib/contract/limits.ts';
import type { Story } from '../lib/contract/story.ts';

export const MAX_BYTES = LIMITS.articleBytes;
const USAGE =
  'usage: npm run --silent link -- FILE [--date YYYY-MM-DD] [--conflict ID]   (prints the story JSON on stdout)  |  npm run link -- FILE... --out-dir DIR [--force] [--date YYYY-MM-DD] [--conflict ID]';

/** The usage line with the conflict profiles there are (`--conflict`, default ua). */
export function usage(): string {
  return `${USAGE}   (--conflict: one of ${conflictIds().join(', ')}; default ${DEFAULT_CONFLICT})`;
}
/** Exit codes: a closed stdout (as with SIGPIPE) and Ctrl-C (as with SIGINT). */
export const EXIT_PIPE = 141;
export const EXIT_INTERRUPTED = 130;

export { InputError };

/** The story's JSON text, or an InputError naming the limit it passes (see src/lib/contract/limits.ts). */
export function storyText(story: Story): string {
  try {
    return storyToJson(story);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

export type LinkArgs = { files: string[]; help: boolean; outDir?: string; force?: boolean; date?: string; conflict: string };

/** A real calendar day written YYYY-MM-DD, or null. */
export function checkDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? s : null;
}

/** Parse the command line; throws a usage message on misuse. */
export function parseLinkArgs(argv: string[]): LinkArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      'out-dir': { type: 'string' },
      force: { type: 'boolean' },
      date: { type: 'string' },
      conflict: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const help = values.help === true;
  const outDir = values['out-dir'];
  const conflict = values.conflict ?? DEFAULT_CONFLICT;
  if (!conflictIds().includes(conflict)) throw new Error(`unknown conflict "${conflict}" (known: ${conflictIds().join(', ')})`);
  const extra: Pick<LinkArgs, 'force' | 'date' | 'conflict'> = { conflict };
  if (values.date !== undefined) {
    const date = checkDate(values.date);
    if (!date) throw new Error(`--date must be a day written YYYY-MM-DD, not "${values.date}"`);
    extra.date = date;
  }
  if (values.force) {
    if (outDir === undefined) throw new Error('--force only applies with --out-dir');
    extra.force = true;
  }
  if (outDir !== undefined) {
    if (outDir.trim() === '') throw new Error('--out-dir needs a folder');
    if (!help && positionals.length === 0) throw new Error('no FILE given');
    return { files: positionals, help, outDir, ...extra };
  }
  if (!help && positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no FILE given' : 'give exactly one FILE (or several with --out-dir DIR)');
  return { files: positionals, help, ...extra };
}

/** UTF-16 text: a byte-order mark, or NUL bytes on every other byte. */
function looksUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.max(even, odd) >= n / 4 && Math.min(even, odd) <= Math.max(even, odd) / 10;
}

/** Read an article file as UTF-8 text, refusing what is not an article. */
export function readArticle(file: string): string {
  const size = inputFileSize(file, 'a text file');
  if (size > MAX_BYTES) throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (bytes.length === 0) throw new InputError('is empty');
  if (looksUtf16(bytes)) throw new InputError('is UTF-16; save it as UTF-8');
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
    process.stderr.write(`link: ${(e as Error).message}; ${usage()}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  if (args.outDir !== undefined) return runBatch(args.files, args.outDir, { force: args.force === true, conflict: args.conflict, ...(args.date ? { date: args.date } : {}) });
  // The reader went away (`| head`): stop quietly, as a program killed by SIGPIPE would.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_PIPE);
    throw e;
  });
  const file = args.files[0]!;
  try {
    const text = readArticle(file);
    const story = linkArticle(text, readLinker(args.conflict));
    if (args.date) story.article.date = args.date;
    process.stdout.write(storyText(story));
    return 0;
  } catch (e) {
    const msg = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
    process.stderr.write(`link: ${file}: ${msg.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

/** What a batch worker is asked to do, and what it answers (see `linkWorker.ts`). */
export type BatchJob = { file: string; out: string; tmp: string; date?: string; conflict?: string };
export type BatchResult =
  | { file: string; out: string; ok: true; bytes: number; mentions: number; regions: string[] }
  | { file: string; ok: false; error: string };

export type BatchSummary = {
  files: number;
  failures: number;
  mentions: number;
  regions: string[];
  bytes: number;
  seconds: number;
  /** Files not linked because their output would overwrite an input or an existing file. */
  skipped?: number;
  /** Outputs named with their input's extension or a number, to keep them apart. */
  renamed?: number;
};

/** The summary line: files, mentions, regions, failures, skips, renamed outputs, MB/s. */
export function formatSummary(s: BatchSummary): string {
  const mb = s.bytes / 1e6;
  const rate = s.seconds > 0 ? mb / s.seconds : 0;
  const renamed = s.renamed ?? 0;
  return (
    `link: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.mentions} mentions, ${s.regions.length} regions` +
    `${s.regions.length ? ` (${s.regions.join(' ')})` : ''}, ${s.failures} failed, ${s.skipped ?? 0} skipped; ` +
    (renamed > 0 ? `${renamed} output${renamed === 1 ? '' : 's'} named with extension or number to keep them apart; ` : '') +
    `${mb.toFixed(2)} MB in ${s.seconds.toFixed(2)} s = ${rate.toFixed(2)} MB/s`
  );
}

/**
 * One distinct output name per input, deterministic: `<name>.json`; when two
 * inputs share a name, each keeps its extension (`a.txt.json`, `a.md.json`);
 * when even that is shared (same file name in two folders), a number follows
 * (`a.txt-2.json`), never one another input's output would take.
 * Names are compared without case, for case-insensitive file systems.
 */
export function outputNames(files: string[]): string[] {
  const key = (s: string) => s.toLowerCase();
  const stemOf = (f: string) => basename(f, extname(f)) || 'story';
  const stemCount = new Map<string, number>();
  for (const f of files) stemCount.set(key(stemOf(f)), (stemCount.get(key(stemOf(f))) ?? 0) + 1);
  const preferred = files.map((f) => (stemCount.get(key(stemOf(f)))! > 1 ? basename(f) || 'story' : stemOf(f)));
  const wanted = new Set(preferred.map(key));
  const used = new Set<string>();
  return preferred.map((p) => {
    let name = p;
    for (let n = 2; used.has(key(name)) || (name !== p && wanted.has(key(name))); n++) name = `${p}-${n}`;
    used.add(key(name));
    return `${name}.json`;
  });
}

/** One output path per input in `outDir` (see `outputNames`). */
export function outputPaths(files: string[], outDir: string): string[] {
  return outputNames(files).map((n) => join(outDir, n));
}

export type BatchPlan = { jobs: BatchJob[]; skipped: Array<{ file: string; reason: string }>; renamed: number };

/** The file system questions a plan asks; the real ones by default, fakes in tests. */
export type PlanFs = { exists: (path: string) => boolean; real: (path: string) => string };

const realFs: PlanFs = {
  exists: (p) => existsSync(p),
  real: (p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  },
};

/**
 * Which file goes where: never onto an input (even a symlinked one), never onto
 * an existing file unless `force`. A refused file is skipped, with the reason.
 */
export function planBatch(files: string[], outDir: string, options: { force?: boolean; date?: string; conflict?: string } = {}, fs: PlanFs = realFs): BatchPlan {
  const outs = outputPaths(files, outDir);
  const inputs = new Set(files.map((f) => fs.real(f)));
  const plan: BatchPlan = { jobs: [], skipped: [], renamed: 0 };
  const stem = (f: string) => `${basename(f, extname(f)) || 'story'}.json`;
  files.forEach((file, i) => {
    const out = outs[i]!;
    if (basename(out) !== stem(file)) plan.renamed++;
    if (fs.exists(out) && inputs.has(fs.real(out))) {
      plan.skipped.push({ file, reason: `its output ${out} is an input file; choose another --out-dir` });
    } else if (fs.exists(out) && !options.force) {
      plan.skipped.push({ file, reason: `${out} exists; use --force to overwrite it` });
    } else {
      const job: BatchJob = { file, out, tmp: `${out}.${process.pid}.tmp` };
      if (options.date) job.date = options.date;
      if (options.conflict && options.conflict !== DEFAULT_CONFLICT) job.conflict = options.conflict;
      plan.jobs.push(job);
    }
  });
  return plan;
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
 * file). A bad or refused file is reported on stderr and the batch goes on;
 * 1 if any failed or was skipped, 130 when interrupted (Ctrl-C), after removing
 * the temporary files of the outputs in progress.
 */
export async function runBatch(
  files: string[],
  outDir: string,
  options: { force?: boolean; date?: string; conflict?: string; threads?: number } = {},
): Promise<number> {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    process.stderr.write(`link: cannot create --out-dir ${outDir} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return 1;
  }
  // A closed stdout only silences the progress lines: the stories are the product.
  let stdoutOpen = true;
  process.stdout.on('error', () => (stdoutOpen = false));
  const say = (line: string) => {
    if (stdoutOpen) process.stdout.write(line + '\n');
  };

  const plan = planBatch(files, outDir, options);
  for (const s of plan.skipped) process.stderr.write(`link: ${s.file}: skipped: ${s.reason}\n`);
  const jobs = plan.jobs;
  const t0 = performance.now();
  const results: BatchResult[] = [];
  const size = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  let next = 0;

  const report = (r: BatchResult) => {
    results.push(r);
    if (r.ok) say(`link: ${r.file} → ${r.out} (${r.mentions} mentions, ${r.regions.length} regions)`);
    else process.stderr.write(`link: ${r.file}: ${r.error.replace(/\s+/g, ' ')}\n`);
  };

  const workers = new Set<Worker>();
  const inFlight = new Map<Worker, BatchJob>();
  let interrupted = false;
  const stopAll: Array<() => void> = [];
  const onSigint = () => {
    interrupted = true;
    for (const stop of stopAll) stop();
  };
  process.on('SIGINT', onSigint);

  if (jobs.length > 0)
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((done) => {
          const worker = startWorker();
          workers.add(worker);
          const finish = () => {
            inFlight.delete(worker);
            void worker.terminate().then(() => done());
          };
          stopAll.push(finish);
          const feed = () => {
            const job = interrupted ? undefined : jobs[next++];
            if (job) {
              inFlight.set(worker, job);
              worker.postMessage(job);
            } else finish();
          };
          worker.on('message', (r: BatchResult) => {
            inFlight.delete(worker);
            if (interrupted) return;
            report(r);
            feed();
          });
          // A crashed worker fails its file; its remaining share goes to the other workers.
          worker.on('error', (e) => {
            const current = inFlight.get(worker);
            if (current && !interrupted) report({ file: current.file, ok: false, error: `failed: ${e.message}` });
            inFlight.delete(worker);
            done();
          });
          worker.on('online', feed);
        }),
      ),
    );
  process.off('SIGINT', onSigint);

  if (interrupted) {
    // Workers stopped mid-file may have left a temporary file; finished outputs stay.
    for (const job of jobs) rmSync(job.tmp, { force: true });
    return EXIT_INTERRUPTED;
  }
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
    skipped: plan.skipped.length,
    renamed: plan.renamed,
  };
  say(formatSummary(summary));
  return summary.failures > 0 || plan.skipped.length > 0 ? 1 : 0;
}

const entry = process.argv[1];
// Worker threads import this module for `readArticle`; only the main thread runs the command.
if (isMainThread && entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
