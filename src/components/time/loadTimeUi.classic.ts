/**
 * The iframe build's loadTimeUi (swapped in by vite.embed.config.ts): the
 * time views come as a second classic script, embed-time.js, fetched on first
 * use (a panel opens, compare is asked for). Its components must run in the
 * frame's Svelte runtime, so the frame publishes the runtime functions they
 * use (and the UI strings and the map's context) for it.
 */
import 'virtual:claimline-time-shared';
import { classicScript } from '../../embed/classicScript.ts';

export type TimeUi = typeof import('./timeUi.ts') & { css: string };

export const loadTimeUi = (): Promise<TimeUi> => classicScript('embed-time.js', () => (globalThis as { claimlineTime?: TimeUi }).claimlineTime, 'the time views');
