/**
 * The iframe build's loadLeaflet (swapped in by vite.embed.config.ts): the
 * frame is a classic script so it also runs in `sandbox="allow-scripts"`,
 * where module chunks would need CORS; Leaflet comes as a second classic
 * script, embed-leaflet.js, next to this one, loaded after the first view.
 */
export type LeafletModule = typeof import('leaflet');

// Only readable while this script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let pending: Promise<LeafletModule> | null = null;

export function loadLeaflet(): Promise<LeafletModule> {
  pending ??= new Promise<LeafletModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('embed-leaflet.js', base).href;
    script.onload = () => {
      const L = (globalThis as { claimlineLeaflet?: LeafletModule }).claimlineLeaflet;
      if (L) resolve(L);
      else reject(new Error('embed-leaflet.js did not define Leaflet'));
    };
    script.onerror = () => {
      pending = null;
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.append(script);
  });
  return pending;
}
