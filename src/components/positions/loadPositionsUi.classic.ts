/**
 * The iframe build's loadPositionsUi (swapped in by vite.embed.config.ts): a
 * classic script cannot load Svelte components as a separate script (they
 * must share the frame's Svelte runtime), so they are part of the frame, and
 * their styles part of embed-frame.css.
 */
import './positions.css';
import * as ui from './positionsUi.ts';

export type PositionsUi = typeof ui & { css: string };

export function loadPositionsUi(): Promise<PositionsUi> {
  return Promise.resolve({ ...ui, css: '' });
}
