export { renderMap, mapLayers, mapViewFor, hatchPattern, SVG_FONT_FAMILY } from './renderMap.ts';
export type { RenderInput, RenderControl, RenderMapOptions } from './renderMap.ts';
export { renderPicture, wrap, LayoutError, MIN_WIDTH, MAX_WIDTH } from './renderPicture.ts';
export type { RenderPictureOptions } from './renderPicture.ts';
export { altText, claimedStoryRegions } from './altText.ts';
export type { AltTextInputs } from './altText.ts';
export { polygonPath, rendererBounds } from './pathData.ts';
export { escapeXml } from './escapeXml.ts';
