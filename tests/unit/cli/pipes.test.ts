/**
 * The CLI in a shell pipeline and under Ctrl-C: a closed pipe ends quietly
 * with 141, an interrupted batch with 130 and no half-written story; UTF-16
 * files are named as such; --date sets the article's date.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'claimline-pipes-'));
const big = join(dir, 'big.txt');
writeFileSync(big, 'A Long Report\n\n' + 'Russian forces shelled Kherson and Donetsk overnight, officials said.\n\n'.repeat(20_000));
const notNpmNotice = (l: string) => l.trim() !== '' && !/^npm (warn|notice)/i.test(l);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/link.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter(notNpmNotice) };
}

describe('pipes and signals', () => {
  it('`npm run --silent link -- big.txt | head -c 100` leaves stderr empty', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; npm run --silent link -- ${JSON.stringify(big)} | head -c 100 > /dev/null`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr.split('\n').filter(notNpmNotice)).toEqual([]);
    // The link end of the pipe reports the closed pipe like a program stopped by SIGPIPE.
    const direct = spawnSync('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} --import tsx src/cli/link.ts ${JSON.stringify(big)} | head -c 100 > /dev/null`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(direct.stderr).toBe('');
    expect(direct.status).toBe(141);
  }, 120_000);

  it('Ctrl-C in a batch exits 130 quietly, keeping whole stories and no temporary files', async () => {
    const files: string[] = [];
    const text = 'Report\n\n' + 'Russian forces advanced near Pokrovsk in the Donetsk region, the General Staff said.\n\n'.repeat(4000);
    for (let i = 0; i < 60; i++) {
      const f = join(dir, `batch-${i}.txt`);
      writeFileSync(f, text);
      files.push(f);
    }
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/link.ts', ...files, '--out-dir', out], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        // Interrupt once the first story is written: the batch is under way.
        if (stdout.includes('→') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(stderr).toBe('');
    expect(code).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((f) => !f.endsWith('.json'))).toEqual([]);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(files.length);
    for (const f of left) expect(JSON.parse(readFileSync(join(out, f), 'utf8'))).toHaveProperty('mentions');
  }, 120_000);
});

describe('encodings and --date', () => {
  it('names UTF-16 files, with or without a byte-order mark', () => {
    const text = 'Donetsk\n\nRussian forces shelled Donetsk.\n';
    const le = join(dir, 'utf16le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bare = join(dir, 'utf16-nobom.txt');
    writeFileSync(bare, Buffer.from(text, 'utf16le'));
    const be = join(dir, 'utf16be.txt');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const f of [le, bare, be]) {
      const r = cli(f);
      expect(r.code).toBe(1);
      expect(r.stderr).toEqual([`link: ${f}: is UTF-16; save it as UTF-8`]);
    }
  }, 120_000);

  it('sets or corrects the article date with --date, refusing a day that does not exist', () => {
    const f = join(dir, 'dated.txt');
    writeFileSync(f, 'Counter-offensive in the south\n\nJune 18, 2022\n\nUkrainian troops advanced in the Zaporizhzhia region.\n');
    const story = (r: { stdout: string }) => JSON.parse(r.stdout) as { article: { date: string | null } };
    expect(story(cli(f)).article.date).toBe('2022-06-18');
    expect(story(cli(f, '--date', '2023-06-18')).article.date).toBe('2023-06-18');
    const bad = cli(f, '--date', '2023-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/--date must be a day written YYYY-MM-DD, not "2023-02-30"/);

    const out = join(dir, 'dated-out');
    expect(cli(f, '--out-dir', out, '--date', '2023-06-18').code).toBe(0);
    expect((JSON.parse(readFileSync(join(out, 'dated.json'), 'utf8')) as { article: { date: string } }).article.date).toBe('2023-06-18');
  }, 120_000);
});
