/** The positions' map layer, panel and legend parts, loaded with the positions' data (not with the first view). */
export { default as PositionsPanel } from '../panel/PositionsPanel.svelte';
export { default as PositionLegend } from '../legend/PositionLegend.svelte';
export { default as PositionLayer } from '../map/PositionLayer.svelte';
