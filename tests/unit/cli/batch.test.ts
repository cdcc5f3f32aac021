/**
 * Batch mode as a newsroom runs it: `npx tsx src/cli/link.ts a.txt b.txt … --out-dir DIR`.
 * Good files become stories in DIR; broken ones are reported and the batch goes on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { formatSummary, outputPaths, parseLinkArgs } from '../../../src/cli/link.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/link.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '' && !/^npm (warn|notice)/i.test(l));
  return { code: r.status, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

describe('link --out-dir (batch)', () => {
  it('writes a story per good file, reports each broken one, prints a summary and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-batch-'));
    const out = join(dir, 'stories');
    const seed = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
    const good = {
      'seed.txt': seed,
      'south.md': '# Strikes on Kherson\n\nRussian forces shelled Kherson and the Zaporizhzhia region overnight, officials said.\n',
      'east.txt': 'Fighting in Donetsk\n\nThe governor of Luhansk said fighting near Donetsk continued on Friday.\n',
    };
    for (const [name, text] of Object.entries(good)) writeFileSync(join(dir, name), text);
    const broken = {
      'empty.txt': Buffer.alloc(0),
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a]),
      'latin1.txt': Buffer.from('Zaporizhzhia caf\xe9 Donetsk', 'latin1'),
    };
    for (const [name, bytes] of Object.entries(broken)) writeFileSync(join(dir, name), bytes);
    const files = [...Object.keys(good), ...Object.keys(broken)].map((n) => join(dir, n));

    const r = run(...files, '--out-dir', out);
    expect(r.code).toBe(1);

    for (const name of Object.keys(good)) {
      const path = join(out, name.replace(/\.(txt|md)$/, '.json'));
      expect(existsSync(path), path).toBe(true);
      const v = validateStory(JSON.parse(readFileSync(path, 'utf8')));
      expect(v.ok ? [] : v.errors).toEqual([]);
      if (v.ok) expect(v.story.mentions.length).toBeGreaterThan(0);
    }
    for (const name of Object.keys(broken)) expect(existsSync(join(out, name.replace('.txt', '.json')))).toBe(false);

    // One stderr line per broken file, naming it and why.
    expect(r.stderr).toHaveLength(3);
    expect(r.stderr.find((l) => l.includes('empty.txt'))).toMatch(/is empty/);
    expect(r.stderr.find((l) => l.includes('image.txt'))).toMatch(/binary/);
    expect(r.stderr.find((l) => l.includes('latin1.txt'))).toMatch(/not valid UTF-8/);

    const summary = r.stdout.at(-1)!;
    expect(summary).toMatch(/^link: 6 files, \d+ mentions, \d+ regions .*, 3 failed, 0 skipped; [\d.]+ MB in [\d.]+ s = [\d.]+ MB\/s$/);
    expect(summary).toMatch(/UA-14/);
  }, 120_000);

  it('exits 0 when every file links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-batch-ok-'));
    writeFileSync(join(dir, 'a.txt'), 'Crimea\n\nSevastopol and Crimea were annexed by Russia in 2014.\n');
    const r = run(join(dir, 'a.txt'), '--out-dir', join(dir, 'out'));
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout.at(-1)).toMatch(/^link: 1 file, \d+ mentions, .*0 failed, 0 skipped/);
  }, 120_000);
});

describe('batch helpers', () => {
  it('parses --out-dir with several files, and still wants one FILE without it', () => {
    expect(parseLinkArgs(['a.txt', 'b.txt', '--out-dir', 'stories'])).toEqual({ files: ['a.txt', 'b.txt'], help: false, outDir: 'stories', conflict: 'ua' });
    expect(() => parseLinkArgs(['a.txt', 'b.txt'])).toThrow(/exactly one FILE/);
    expect(() => parseLinkArgs(['--out-dir', 'stories'])).toThrow(/no FILE/);
  });

  it('names outputs after their inputs, keeping the extension when names clash', () => {
    expect(outputPaths(['x/a.txt', 'y/a.md', 'b.txt'], 'out')).toEqual([join('out', 'a.txt.json'), join('out', 'a.md.json'), join('out', 'b.json')]);
  });

  it('prints files, mentions, regions, failures and MB/s', () => {
    expect(formatSummary({ files: 3, failures: 1, mentions: 40, regions: ['UA-09', 'UA-14'], bytes: 2_000_000, seconds: 0.5 })).toBe(
      'link: 3 files, 40 mentions, 2 regions (UA-09 UA-14), 1 failed, 0 skipped; 2.00 MB in 0.50 s = 4.00 MB/s',
    );
  });
});
