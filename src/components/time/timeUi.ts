/** The time views fetched on first use (a panel opens, compare is asked for): not part of any first view's code. */
export { default as ShareChart } from './ShareChart.svelte';
export { default as Compare } from './Compare.svelte';
export { default as SwipeHandle } from './SwipeHandle.svelte';
export { default as SwipeClip } from '../map/SwipeClip.svelte';
