/// <reference types="vite/client" />

declare module '*.geojson' {
  const value: import('geojson').FeatureCollection;
  export default value;
}

declare module 'virtual:claimline-control' {
  /** The control series' snapshot dates, sorted (vite.config.ts). */
  export const DATES: string[];
  /** The URL of the module whose default export is the snapshot dated `date`. */
  export function urlOf(date: string): string;
}

/** The iframe build's side of embed-time.js: publishes what that script shares with the frame (vite.embed.config.ts). */
declare module 'virtual:claimline-time-shared' {}
