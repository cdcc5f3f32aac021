/**
 * The attributes the build-time page (scripts/prerender.ts), its early script
 * (early.ts) and the app's entries (src/app/main.ts, src/embed/frame.ts) pass
 * the first view along with. One list, so the three cannot drift apart.
 */
export const EARLY_ATTR = {
  /** On early.js's <script>: the app's module entry, its modulepreloads (space-separated), or the embed's classic script. */
  module: 'data-app-module',
  preload: 'data-app-preload',
  classic: 'data-app-script',
  /** On early.js's <script>: the story regions' box "south,west,north,east" (storyBounds), the view the picture fits. */
  bounds: 'data-bounds',
  /** On early.js's <script>: how far the map's data reaches, "south,west,north,east" (the view's maxBounds). */
  extent: 'data-extent',
  /** On early.js's <script>: the conflict (profile id) the picture shows; a page asking for another does not show it. */
  conflict: 'data-conflict',
  /** On early.js's <script>: JSON { lang: text } shown in the picture's place while another view loads. */
  loading: 'data-loading',
  /** On each <template>: the region id whose panel it holds ("" for the panel with nothing selected). */
  panel: 'data-cl-panel',
  /** On each <template>: what the live view announces when that region is selected (or the selection cleared). */
  announce: 'data-announce',
  /** On each region's <template>: its label point "lon,lat", the arrow keys' anchor. */
  at: 'data-at',
  /** On #app, set by early.js: the region the reader selected on the picture ("" once cleared). */
  selected: 'data-early-region',
} as const;
