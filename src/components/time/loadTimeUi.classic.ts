/**
 * The iframe build's loadTimeUi (swapped in by vite.embed.config.ts): Svelte
 * components cannot come as a separate classic script (they must share the
 * frame's Svelte runtime), so they are part of the frame and their styles part
 * of embed-frame.css; the series' data still comes on first use
 * (seriesSource.classic.ts).
 */
import './time.css';
import * as ui from './timeUi.ts';

export type TimeUi = typeof ui & { css: string };

const loaded: TimeUi = { ...ui, css: '' };

export function loadTimeUi(): Promise<TimeUi> {
  return Promise.resolve(loaded);
}
