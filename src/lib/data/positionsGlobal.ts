/** Entry of dist/embed-positions.js: publishes the positions bundle for the iframe build (see loadPositionsBundle.classic.ts). */
import * as positions from './positionsBundle.ts';

(globalThis as { claimlinePositions?: typeof positions }).claimlinePositions = positions;
