import { UKRAINE_REGIONS } from '../uaProfile.ts';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPositions } from '../../../scripts/checkPositions.ts';
import { parseBuiltPositions, parsePositionsSource } from '../../../src/lib/claims/positionsSchema.ts';
import { readJson, root, sourceJson } from './helpers.ts';

const FILE = 'geodata/conflicts/ua/src/positions.json';

function errorsOf(mutate: (f: any) => void): string[] {
  const f = sourceJson();
  mutate(f);
  const r = parsePositionsSource(f, FILE, UKRAINE_REGIONS);
  if (r.ok) throw new Error('expected the broken positions to be rejected');
  return r.errors;
}

const at = (id: string) => (f: any) => f.positions.find((p: any) => p.id === id);

describe('bad positions fail with file and field named', () => {
  it('an unknown region', () => {
    expect(errorsOf((f) => at('ru-demand-2024')(f).geometry.regions.push('UA-99'))).toEqual([
      `${FILE}: positions[2].geometry.regions[4]: unknown region id: UA-99 (position "ru-demand-2024")`,
    ]);
  });

  it('an undated position, and a date that does not exist', () => {
    expect(errorsOf((f) => delete at('ru-claim-2022')(f).date)).toEqual([`${FILE}: positions[1].date: missing: a position must be dated (YYYY-MM-DD) (position "ru-claim-2022")`]);
    expect(errorsOf((f) => (at('ru-claim-2022')(f).date = '2022-09-31'))).toEqual([`${FILE}: positions[1].date: expected a date YYYY-MM-DD, got "2022-09-31" (position "ru-claim-2022")`]);
  });

  it('an unsourced position, and a source without a title or a date', () => {
    expect(errorsOf((f) => delete at('un-ga')(f).sources)).toEqual([`${FILE}: positions[7].sources: missing: a position must cite at least one source (position "un-ga")`]);
    expect(errorsOf((f) => (at('un-ga')(f).sources = []))).toEqual([`${FILE}: positions[7].sources: a position must cite at least one source (position "un-ga")`]);
    const e = errorsOf((f) => {
      const s = at('un-ga')(f).sources[0];
      delete s.title;
      s.date = 'March 2014';
    });
    expect(e).toContain(`${FILE}: positions[7].sources[0].date: expected a date YYYY-MM-DD, got "March 2014" (position "un-ga")`);
    expect(e.some((l) => l.startsWith(`${FILE}: positions[7].sources[0].title:`))).toBe(true);
  });

  it('geometry rules that do not close', () => {
    expect(errorsOf((f) => (at('ua-borders-1991')(f).geometry = { rule: 'polygon' }))).toEqual([
      `${FILE}: positions[6].geometry.rule: unknown geometry rule "polygon": expected "regions", "line", "line+zone" or "borders1991" (position "ua-borders-1991")`,
    ]);
    expect(errorsOf((f) => at('us-plan-2025')(f).geometry.line.push('UA-14'))).toEqual([
      `${FILE}: positions[4].geometry.line[2]: region UA-14 is named twice (also in "recognised"): the rule does not close (position "us-plan-2025")`,
    ]);
    expect(errorsOf((f) => (at('us-plan-2025')(f).geometry.zones[0].region = 'UA-63'))).toEqual([
      `${FILE}: positions[4].geometry.zones[0].region: zone donetsk-buffer-zone lies in UA-63, which the rule neither recognises nor freezes: the rule does not close (position "us-plan-2025")`,
    ]);
    const open = errorsOf((f) => {
      const z = at('us-plan-2025')(f).geometry.zones[0];
      delete z.area;
      z.polygon = [[37.5, 48.5], [38, 48.5], [38, 49], [37.6, 49]];
    });
    expect(open).toEqual([`${FILE}: positions[4].geometry.zones[0].polygon: zone ring does not close: first [37.5, 48.5] ≠ last [37.6, 49] (position "us-plan-2025")`]);
    expect(errorsOf((f) => (at('us-plan-2025')(f).geometry.zones = []))).toEqual([
      `${FILE}: positions[4].geometry.zones: a line+zone rule names at least one zone (position "us-plan-2025")`,
    ]);
  });

  it('an unknown party and a default that is not a position', () => {
    expect(errorsOf((f) => (at('un-ga')(f).party = 'un-security-council'))).toEqual([`${FILE}: positions[7].party: unknown party un-security-council: add it to "parties" (position "un-ga")`]);
    expect(errorsOf((f) => (f.default = 'nope'))).toEqual([`${FILE}: default: no position with id nope`]);
  });

  it('the built file is checked too', () => {
    const b = readJson('geodata/conflicts/ua/positions.json');
    b.positions[3].regions['UA-14'].ukraineGivesShare = 1.5;
    const r = parseBuiltPositions(b, 'geodata/conflicts/ua/positions.json');
    expect(r.ok ? [] : r.errors).toEqual(['geodata/conflicts/ua/positions.json: positions[3].regions.UA-14.ukraineGivesShare: share above 1 (position "ru-demand-2025")']);
  });
});

describe('check:data on positions (scripts/checkPositions.ts)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'claimline-positions-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  for (const rel of ['geodata/conflicts/ua/src/positions.json', 'geodata/conflicts/ua/positions.json', 'geodata/conflicts/ua/positions.topo.json', 'geodata/conflicts/ua/control.geojson', 'geodata/conflicts/ua/gazetteer.json', 'public/stories/clash-report-2025-11-28.txt']) {
    mkdirSync(dirname(join(tmp, rel)), { recursive: true });
    cpSync(join(root, rel), join(tmp, rel));
  }
  const write = (f: unknown) => writeFileSync(join(tmp, FILE), JSON.stringify(f, null, 2) + '\n');

  it('passes the committed files', () => {
    const r = checkPositions(root);
    expect(r.problems).toEqual([]);
    expect(r.checked).toEqual(['geodata/conflicts/ua/src/positions.json', 'geodata/conflicts/ua/positions.json', 'geodata/conflicts/ua/positions.topo.json']);
  });

  it('a quote that is not in the passage it names', () => {
    const f = sourceJson();
    at('ru-demand-2025')(f).sources[0].passage = 'p4.s2';
    write(f);
    const r = checkPositions(tmp);
    expect(r.problems[0]).toMatch(/^geodata\/conflicts\/ua\/src\/positions\.json: positions\[3\]\.sources\[0\]\.quote: not in passage p4\.s2 of clash-report-2025-11-28, which reads "He also seeks/);
  });

  it('a line on a date with no control layer in force, and a built file from another source', () => {
    const f = sourceJson();
    at('ua-refusal-2025')(f).geometry.date = '2025-10-21';
    write(f);
    const r = checkPositions(tmp);
    expect(r.problems).toContain(
      'geodata/conflicts/ua/src/positions.json: positions[5].geometry.date: line of contact on 2025-10-21: no control layer in force (earliest 2025-11-27): the rule does not close (position "ua-refusal-2025")',
    );
    expect(r.problems).toContain('geodata/conflicts/ua/positions.json: sourceSha256: built from another version of geodata/conflicts/ua/src/positions.json: rebuild with "npx tsx geodata/buildPositions.ts"');
  });
});
