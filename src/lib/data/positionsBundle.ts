/**
 * Everything the browser needs for positions beyond the first view: the
 * built figures and geometry (two JSON chunks) and the pure functions that turn
 * them into map pieces, sentences, the comparison table and article evidence.
 * Loaded on demand by loadPositionsBundle.ts (the app and the custom element:
 * a chunk; the iframe: the classic script embed-positions.js).
 */
export { loadPositions } from './loadPositions.ts';
export { decodePositionPieces } from '../geo/decodePositions.ts';
export { resolvePosition, findPosition, positionSentence, positionTable } from '../claims/positionSummary.ts';
export { matchPositionEvidence, evidenceByPosition } from '../claims/positionEvidence.ts';
export { tp } from '../i18n/strings.ts';
