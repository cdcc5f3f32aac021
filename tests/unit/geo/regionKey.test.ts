/** The maps' one keyboard rule: Enter and Space select, arrows move to the neighbour that way, other keys are not the map's. */
import { describe, expect, it } from 'vitest';
import { regionKey, type Anchor } from '../../../src/lib/geo/regionInDirection.ts';

// A row of three regions west to east, and one to the north of the middle one.
const anchors: Anchor[] = [
  { id: 'W', at: [0, 0] },
  { id: 'M', at: [10, 0] },
  { id: 'E', at: [20, 0] },
  { id: 'N', at: [10, 10] },
];

describe('regionKey', () => {
  it('selects the focused region on Enter and Space', () => {
    expect(regionKey('Enter', 'M', anchors)).toEqual({ select: 'M' });
    expect(regionKey(' ', 'M', anchors)).toEqual({ select: 'M' });
  });

  it('moves the focus to the neighbour an arrow points at, and nowhere past the edge', () => {
    expect(regionKey('ArrowRight', 'M', anchors)).toEqual({ focus: 'E' });
    expect(regionKey('ArrowLeft', 'M', anchors)).toEqual({ focus: 'W' });
    expect(regionKey('ArrowUp', 'M', anchors)).toEqual({ focus: 'N' });
    expect(regionKey('ArrowRight', 'E', anchors)).toEqual({ focus: null });
  });

  it('leaves other keys to the page', () => {
    expect(regionKey('Tab', 'M', anchors)).toBeNull();
    expect(regionKey('a', 'M', anchors)).toBeNull();
  });
});
