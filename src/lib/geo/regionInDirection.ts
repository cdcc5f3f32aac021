/** A region's keyboard anchor: its label point [lon, lat]. */
export type Anchor = { id: string; at: [number, number] };

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

/**
 * The region an arrow key moves to: the nearest anchor within 60° of the
 * arrow's direction, with distance weighted against off-axis drift.
 * Returns null when nothing lies that way.
 */
export function regionInDirection(from: string, direction: Direction, anchors: readonly Anchor[]): string | null {
  const origin = anchors.find((a) => a.id === from);
  if (!origin) return null;
  const [vx, vy] = VECTORS[direction];
  const k = Math.cos((origin.at[1] * Math.PI) / 180);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const a of anchors) {
    if (a.id === from) continue;
    const dx = (a.at[0] - origin.at[0]) * k;
    const dy = a.at[1] - origin.at[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const along = dx * vx + dy * vy;
    if (along / dist < 0.5) continue; // outside the 60° cone
    const across = Math.abs(dx * vy - dy * vx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = a.id;
    }
  }
  return best;
}

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * What a key does on a focused region, the one keyboard rule of every map
 * (the live map, the static map, the build-time picture): Enter or Space
 * selects it, an arrow moves the focus to the neighbour that way (none at the
 * edge), anything else is not the map's.
 */
export function regionKey(key: string, id: string, anchors: readonly Anchor[]): { select: string } | { focus: string | null } | null {
  if (key === 'Enter' || key === ' ') return { select: id };
  const direction = ARROWS[key];
  return direction ? { focus: regionInDirection(id, direction, anchors) } : null;
}
