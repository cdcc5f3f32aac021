/**
 * Batch file safety: every input gets its own output, no input is ever
 * overwritten, an existing output only with --force, and anything skipped
 * makes the exit code 1 and shows in the summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputNames, planBatch, type PlanFs } from '../../../src/cli/link.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/link.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
  return { code: r.status, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-safety-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const article = (place: string) => `About ${place}\n\nRussian forces shelled ${place} overnight, officials said.\n`;

describe('output names', () => {
  it('gives every input its own name: extension kept on a clash, then a number', () => {
    expect(outputNames(['a.txt', 'a.md', 'a-2.txt'])).toEqual(['a.txt.json', 'a.md.json', 'a-2.json']);
    expect(outputNames(['x/a.txt', 'y/a.txt', 'b.md'])).toEqual(['a.txt.json', 'a.txt-2.json', 'b.json']);
    // A numbered name never takes the name another input wants.
    expect(outputNames(['x/a.txt', 'y/a.txt', 'a.txt-2'])).toEqual(['a.txt.json', 'a.txt-3.json', 'a.txt-2.json']);
    // Case-insensitive file systems: A.txt and a.txt would be one file.
    expect(outputNames(['A.txt', 'a.txt'])).toEqual(['A.txt.json', 'a.txt-2.json']);
    const many = Array.from({ length: 50 }, (_, i) => `d${i % 7}/n${i % 3}.${['txt', 'md'][i % 2]}`);
    expect(new Set(outputNames(many).map((n) => n.toLowerCase())).size).toBe(50);
  });

  it('plans to skip an output that is an input, or exists without --force', () => {
    const existing = new Set(['out/a.json', 'out/b.json']);
    const fs: PlanFs = { exists: (p) => existing.has(p), real: (p) => p.replace(/^\.\//, '') };
    const plan = planBatch(['out/a.json', 'b.txt', 'c.txt'], 'out', {}, fs);
    expect(plan.jobs.map((j) => j.file)).toEqual(['c.txt']);
    expect(plan.skipped.map((s) => s.file)).toEqual(['out/a.json', 'b.txt']);
    expect(plan.skipped[0]!.reason).toMatch(/is an input file/);
    expect(plan.skipped[1]!.reason).toMatch(/exists; use --force/);
    const forced = planBatch(['out/a.json', 'b.txt', 'c.txt'], 'out', { force: true }, fs);
    // --force overwrites an old output, never an input.
    expect(forced.jobs.map((j) => j.file)).toEqual(['b.txt', 'c.txt']);
    expect(forced.skipped.map((s) => s.file)).toEqual(['out/a.json']);
    expect(forced.jobs[0]!.tmp).not.toBe(forced.jobs[0]!.out);
  });
});

describe('link --out-dir on real files', () => {
  it('links a.txt, a.md and a-2.txt to three distinct outputs and says so', () => {
    const dir = folder({ 'a.txt': article('Donetsk'), 'a.md': article('Kherson'), 'a-2.txt': article('Luhansk') });
    const out = join(dir, 'O');
    const r = run(join(dir, 'a.txt'), join(dir, 'a.md'), join(dir, 'a-2.txt'), '--out-dir', out);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a-2.json', 'a.md.json', 'a.txt.json']);
    const region = (f: string) => (JSON.parse(readFileSync(join(out, f), 'utf8')) as { mentions: Array<{ region: string }> }).mentions[0]!.region;
    expect([region('a.txt.json'), region('a.md.json'), region('a-2.json')]).toEqual(['UA-14', 'UA-65', 'UA-09']);
    expect(r.stdout.at(-1)).toMatch(/3 files, .*0 failed, 0 skipped; 2 outputs named with extension or number to keep them apart;/);
  }, 120_000);

  it('refuses to overwrite existing outputs without --force (exit 1), overwrites with it (exit 0)', () => {
    const dir = folder({ 'a.txt': article('Donetsk') });
    const out = join(dir, 'O');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'an older story');
    const refused = run(join(dir, 'a.txt'), '--out-dir', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toHaveLength(1);
    expect(refused.stderr[0]).toMatch(/a\.txt: skipped: .*a\.json exists; use --force to overwrite it/);
    expect(refused.stdout.at(-1)).toMatch(/0 failed, 1 skipped;/);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('an older story');

    const forced = run(join(dir, 'a.txt'), '--out-dir', out, '--force');
    expect(forced.stderr).toEqual([]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'))).toHaveProperty('mentions');
  }, 120_000);

  it('never replaces its input, even with --force', () => {
    const dir = folder({});
    const story = run(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), '--out-dir', dir);
    expect(story.code).toBe(0);
    const input = join(dir, 'clash-report-2025-11-28.json');
    const before = readFileSync(input, 'utf8');
    const r = run(input, '--out-dir', dir, '--force');
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toMatch(/skipped: its output .* is an input file; choose another --out-dir/);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('writes no file for a refused --out-dir run and leaves no temporary files', () => {
    const dir = folder({ 'a.txt': article('Crimea'), 'b.txt': '' });
    const out = join(dir, 'O');
    const r = run(join(dir, 'a.txt'), join(dir, 'b.txt'), '--out-dir', out);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'a.json'))).toBe(true);
    expect(readdirSync(out)).toEqual(['a.json']);
  }, 120_000);
});
