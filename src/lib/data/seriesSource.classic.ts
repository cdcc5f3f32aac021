/**
 * The iframe build's seriesSource (swapped in by vite.embed.config.ts): the
 * frame is a classic script, so each snapshot and the shares come as classic
 * scripts beside it (embed-control/<date>.js, embed-control/shares.js, written
 * by the build), each setting `claimlineControl[name]`.
 */
import type { FeatureCollection } from 'geojson';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';

// Only the file names are bundled (the build turns each `?date` import into its date).
const names = import.meta.glob<string>('../../../geodata/conflicts/ua/control/*.geojson', { query: '?date', import: 'default', eager: true });

export const SERIES_DATES: readonly string[] = Object.values(names).sort();

// Only readable while this script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const pending = new Map<string, Promise<unknown>>();

function script(name: string): Promise<unknown> {
  let p = pending.get(name);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = new URL(`embed-control/${name}.js`, base).href;
      el.onload = () => {
        const v = (globalThis as { claimlineControl?: Record<string, unknown> }).claimlineControl?.[name];
        if (v) resolve(v);
        else reject(new Error(`${el.src} did not define ${name}`));
      };
      el.onerror = () => reject(new Error(`could not load ${el.src}`));
      document.head.append(el);
    });
    pending.set(name, p);
  }
  return p;
}

export function loadLayer(date: string): Promise<FeatureCollection> {
  return SERIES_DATES.includes(date) ? (script(date) as Promise<FeatureCollection>) : Promise.reject(new Error(`no control snapshot dated ${date}`));
}

export function loadSeriesShares(): Promise<SeriesShares> {
  return script('shares') as Promise<SeriesShares>;
}
