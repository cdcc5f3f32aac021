/**
 * What the CLIs share when they open a file a user named: one error type for
 * input that is not what was asked for (its message is the whole stderr line),
 * and the checks before reading (exists, is a regular file, size).
 */
import { statSync } from 'node:fs';

/** Bad input: the message completes "<command>: <file>: …". */
export class InputError extends Error {}

/** The size of a readable regular file, or an InputError saying why it is not one. */
export function inputFileSize(file: string, what: string): number {
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`is a directory, not ${what}`);
    if (!st.isFile()) throw new InputError('is not a regular file');
    return st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`);
  }
}
