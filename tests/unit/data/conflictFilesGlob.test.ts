/**
 * The app's and the iframe's lists of another profile's files are two literal
 * globs (Vite reads only literals): they must name the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../linker/helpers.ts';

const globOf = (file: string): string[] => {
  const src = readFileSync(join(root, 'src', 'lib', 'data', file), 'utf8');
  const list = /import\.meta\.glob<[^>]*>\(\s*\[([^\]]*)\]/.exec(src)?.[1];
  if (!list) throw new Error(`${file}: no import.meta.glob list`);
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
};

describe('conflict files', () => {
  it('the iframe build (conflictFiles.classic.ts) globs the same files as the app (conflictFiles.ts)', () => {
    const app = globOf('conflictFiles.ts');
    expect(app.length).toBeGreaterThan(2);
    expect(globOf('conflictFiles.classic.ts')).toEqual(app);
  });
});
