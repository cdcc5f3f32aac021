import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTES, PALETTE_VARS, POSITION_PALETTES, POSITION_PALETTE_VARS, type Palette, type PositionPalette } from '../../../src/lib/style/palette.ts';
import { root } from '../linker/helpers.ts';

describe('palette', () => {
  it('holds the same light and dark colours as theme.css', () => {
    const css = readFileSync(join(root, 'src', 'components', 'theme.css'), 'utf8');
    for (const [key, name] of Object.entries(PALETTE_VARS) as [keyof Palette, string][]) {
      const m = new RegExp(`--cl-${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(css);
      expect(m, `--cl-${name} in theme.css`).not.toBeNull();
      expect([PALETTES.light[key], PALETTES.dark[key]], name).toEqual([m![1]!.toLowerCase(), m![2]!.toLowerCase()]);
    }
  });

  it('holds the same position colours as positions.css', () => {
    const css = readFileSync(join(root, 'src', 'components', 'positions', 'positions.css'), 'utf8');
    for (const [key, name] of Object.entries(POSITION_PALETTE_VARS) as [keyof PositionPalette, string][]) {
      const m = new RegExp(`--cl-${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(css);
      expect(m, `--cl-${name} in positions.css`).not.toBeNull();
      expect([POSITION_PALETTES.light[key], POSITION_PALETTES.dark[key]], name).toEqual([m![1]!.toLowerCase(), m![2]!.toLowerCase()]);
    }
  });
});
