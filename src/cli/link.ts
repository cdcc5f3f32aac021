/**
 * `npm run --silent link -- FILE`: link one article and print its story JSON.
 * Bad input → exit 1 and one line on stderr naming the file; bad usage → exit 2.
 * All the work is `linkArticle`; this file only reads, checks and prints.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { linkArticle, loadGazetteer, type GazetteerJson } from '../lib/linker/index.ts';

export const MAX_BYTES = 5 * 1024 * 1024;
const GAZETTEER = join(import.meta.dirname, '..', '..', 'geodata', 'gazetteer.json');
const USAGE = 'usage: npm run --silent link -- FILE   (prints the story JSON on stdout)';

export class InputError extends Error {}

export type LinkArgs = { files: string[]; help: boolean };

/** Parse the command line; throws a usage message on misuse. */
export function parseLinkArgs(argv: string[]): LinkArgs {
  // Options go here (a later `--out-dir DIR` batch mode links several FILEs).
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  const help = values.help === true;
  if (!help && positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no FILE given' : 'give exactly one FILE');
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

export function main(argv: string[]): number {
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

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) process.exitCode = main(process.argv.slice(2));
