import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { POSITION_SIDE_STYLES, STATUS_STYLES, positionSideStyle } from '../../../src/lib/style/status.ts';
import { decodePositionPieces } from '../../../src/lib/geo/decodePositions.ts';
import { LANGS, t } from '../../../src/lib/i18n/strings.ts';

const ROOT = join(import.meta.dirname, '../../..');
const topology = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/positions.topo.json'), 'utf8')) as Topology;

describe('the status table for positions', () => {
  it('styles every side a built position draws, with a legend label in every language', () => {
    for (const id of Object.keys(topology.objects)) {
      for (const f of decodePositionPieces(topology, id).features) expect(() => positionSideStyle(f.properties.side), `${id} ${f.properties.side}`).not.toThrow();
    }
    for (const s of POSITION_SIDE_STYLES) for (const lang of LANGS) expect(t(lang, s.labelKey)).not.toBe(s.labelKey);
  });

  it('keeps position styles apart from the held and claimed styles', () => {
    const statusClasses = new Set(STATUS_STYLES.map((s) => s.className));
    for (const s of POSITION_SIDE_STYLES) expect(statusClasses.has(s.className)).toBe(false);
    expect(new Set(POSITION_SIDE_STYLES.map((s) => s.className)).size).toBe(POSITION_SIDE_STYLES.length);
    // The two hatched sides lean differently, so they differ without colour too.
    const hatches = POSITION_SIDE_STYLES.filter((s) => s.swatch === 'hatch').map((s) => s.angle);
    expect(new Set(hatches).size).toBe(hatches.length);
  });

  it('rejects an unknown side by name', () => {
    expect(() => positionSideStyle('nobody-gives' as never)).toThrow('unknown position side: nobody-gives');
  });
});
