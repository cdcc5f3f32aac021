export type { MapLabel } from '../../lib/geo/mapLabels.ts';

/** A map box's size in CSS px. */
export type BoxSize = { width: number; height: number };
