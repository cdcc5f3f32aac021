/**
 * Entry of dist/embed-time.js: publishes the time views and their styles for
 * the iframe build (see loadTimeUi.classic.ts). Svelte's runtime and the UI
 * strings are the frame's own (globals it publishes), so the components run
 * in the frame's Svelte.
 */
import * as ui from './timeUi.ts';
import css from './time.css?inline';

(globalThis as { claimlineTime?: typeof ui & { css: string } }).claimlineTime = { ...ui, css };
