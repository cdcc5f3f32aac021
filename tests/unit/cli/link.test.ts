/**
 * The link CLI as a user runs it: `npx tsx src/cli/link.ts FILE`.
 * npm may print its own "npm warn …" configuration notices on stderr; those
 * are the environment's, not the CLI's, and are left out before counting lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { parseLinkArgs } from '../../../src/cli/link.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'claimline-link-'));

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/link.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^npm (warn|notice)/i.test(l));
  return { code: r.status, stdout: r.stdout, stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('link CLI', () => {
  it('prints a valid story for the seed article', () => {
    const r = run(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    const story = JSON.parse(r.stdout) as unknown;
    const v = validateStory(story);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.story.mentions.some((m) => m.text === 'Pokrovsk' && m.region === 'UA-14')).toBe(true);
  }, 60_000);

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\n\t\n'), /is empty/],
    ['a binary file', () => file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /binary/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('Zaporizhzhia caf\xe9 Donetsk', 'latin1')), /not valid UTF-8/],
    ['a file over 5 MB', () => file('big.txt', 'Donetsk. '.repeat(600_000)), /over the 5 MB limit/],
    ['a directory', () => {
      const d = join(dir, 'folder');
      mkdirSync(d, { recursive: true });
      return d;
    }, /directory/],
  ];

  it.each(bad)('refuses %s: exit 1, one stderr line naming the file, nothing on stdout', (_, make, why) => {
    const path = make();
    const r = run(path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain(path);
    expect(r.stderr[0]).toMatch(why);
  }, 60_000);

  it('exits 2 on bad usage', () => {
    for (const args of [[], ['a.txt', 'b.txt'], ['--bogus', 'a.txt'], ['a.txt', '--conflict', 'zz']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(/usage/);
    }
  }, 60_000);
});

describe('parseLinkArgs', () => {
  it('takes one FILE', () => expect(parseLinkArgs(['x.txt'])).toEqual({ files: ['x.txt'], help: false, conflict: 'ua' }));
  it('takes --conflict ID, and refuses an unknown one naming the known ids', () => {
    expect(parseLinkArgs(['x.txt', '--conflict', 'ua']).conflict).toBe('ua');
    expect(() => parseLinkArgs(['x.txt', '--conflict', 'zz'])).toThrow(/unknown conflict "zz" \(known: (?:\w+, )*ua/);
  });
  it('rejects none or two', () => {
    expect(() => parseLinkArgs([])).toThrow(/no FILE/);
    expect(() => parseLinkArgs(['a', 'b'])).toThrow(/exactly one/);
  });
});
