/**
 * The iframe build's loadPositionsBundle (swapped in by vite.embed.config.ts):
 * the frame is a classic script, so the positions come as a second classic
 * script, embed-positions.js, next to it (like embed-schemas.js).
 */
import { classicScript } from '../../embed/classicScript.ts';

export type PositionsBundle = typeof import('./positionsBundle.ts');

export const loadPositionsBundle = (): Promise<PositionsBundle> =>
  classicScript('embed-positions.js', () => (globalThis as { claimlinePositions?: PositionsBundle }).claimlinePositions, 'the positions');
