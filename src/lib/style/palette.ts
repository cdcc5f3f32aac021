/**
 * The theme's colours as values, for pictures drawn without the stylesheet
 * (exported SVG and PNG). They are the light-dark() pairs of
 * src/components/theme.css; a unit test reads that file and fails when the two
 * disagree. In a page, theme.css's classes override these presentation colours.
 */
export type Theme = 'light' | 'dark';

export type Palette = {
  bg: string; fg: string; muted: string; line: string; sea: string;
  neighbour: string; neighbourEdge: string;
  sovereign: string; sovereignEdge: string;
  claimedBg: string; claimedLine: string; claimedEdge: string;
  held: string; heldEdge: string;
  select: string;
};

/** CSS custom property (without `--cl-`) of each palette entry. */
export const PALETTE_VARS: Record<keyof Palette, string> = {
  bg: 'bg', fg: 'fg', muted: 'muted', line: 'line', sea: 'sea',
  neighbour: 'neighbour', neighbourEdge: 'neighbour-edge',
  sovereign: 'sovereign', sovereignEdge: 'sovereign-edge',
  claimedBg: 'claimed-bg', claimedLine: 'claimed-line', claimedEdge: 'claimed-edge',
  held: 'held', heldEdge: 'held-edge',
  select: 'select',
};

export const PALETTES: Record<Theme, Palette> = {
  light: {
    bg: '#ffffff', fg: '#1d1d1b', muted: '#595650', line: '#d5d0c6', sea: '#d7e6ef',
    neighbour: '#ece9e2', neighbourEdge: '#bdb6a8',
    sovereign: '#fbfaf6', sovereignEdge: '#a39b8b',
    claimedBg: '#fbeeea', claimedLine: '#c0504d', claimedEdge: '#8c2d2a',
    held: '#c96b66', heldEdge: '#6e1614',
    select: '#111111',
  },
  dark: {
    bg: '#16181b', fg: '#ecebe7', muted: '#b5b1a8', line: '#3a3d42', sea: '#1d2a33',
    neighbour: '#2a2c2f', neighbourEdge: '#4a4d52',
    sovereign: '#34373b', sovereignEdge: '#6b6f75',
    claimedBg: '#3d2b2a', claimedLine: '#e0726d', claimedEdge: '#f09a95',
    held: '#8e3a36', heldEdge: '#f6b2ae',
    select: '#ffffff',
  },
};

/**
 * The positions layer's colours (what a position would change hands), the
 * light-dark() pairs of src/components/positions/positions.css, for pictures.
 */
export type PositionPalette = { uaBg: string; uaLine: string; uaEdge: string; ruBg: string; ruLine: string; ruEdge: string; zone: string };

export const POSITION_PALETTE_VARS: Record<keyof PositionPalette, string> = {
  uaBg: 'pos-ua-bg', uaLine: 'pos-ua-line', uaEdge: 'pos-ua-edge', ruBg: 'pos-ru-bg', ruLine: 'pos-ru-line', ruEdge: 'pos-ru-edge', zone: 'pos-zone',
};

export const POSITION_PALETTES: Record<Theme, PositionPalette> = {
  light: { uaBg: '#fff3c4', uaLine: '#b35c00', uaEdge: '#7a3e00', ruBg: '#dbe8f7', ruLine: '#1a56a8', ruEdge: '#0d3a78', zone: '#111111' },
  dark: { uaBg: '#4a3d10', uaLine: '#ffb54d', uaEdge: '#ffd08a', ruBg: '#1e3350', ruLine: '#8ab4ff', ruEdge: '#b8d2ff', zone: '#ffffff' },
};
