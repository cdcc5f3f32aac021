/**
 * How each layer of the map is stroked, in px: read by the static render and
 * by the Leaflet layers in src/components/map/, so both draw the same widths
 * and Leaflet clips the same way.
 */
export const MAP_STROKES = {
  neighbour: { weight: 0.8 },
  region: { weight: 1 },
  /** Claimed regions' edge (theme.css: .cl-claimed stroke-width). */
  claimedRegion: { weight: 1.5 },
  held: { weight: 1.2, dashArray: '4 3' },
  border: { weight: 1 },
  storyBorder: { weight: 1.5 },
  selected: { weight: 3 },
  hovered: { weight: 2 },
} as const;

/** The hatch pattern for "claimed, not held" (MapView.svelte draws it from here too). */
export const HATCH = { size: 7, lineWidth: 2.5, angle: 45 } as const;

/** Label type sizes in px (theme.css: .cl-label, .cl-label--country, .cl-label--sea, .cl-place). */
export const LABEL_FONT = { region: 12, country: 11, sea: 11, place: 12 } as const;

/** Country labels' letter spacing in em (theme.css: .cl-label--country). */
export const COUNTRY_LETTER_SPACING = 0.06;

/**
 * A place's mark (theme.css: .cl-place, .cl-place-dot): the dot's diameter, centred on the place, and the distance
 * from its centre to the near end of the name (half the dot and the 4 px gap), right of it or, when moved, left.
 */
export const PLACE_MARK = { dot: 10, textOffset: 9 } as const;
