/**
 * The iframe build's loadPositionsBundle (swapped in by vite.embed.config.ts):
 * the frame is a classic script, so the positions come as a second classic
 * script, embed-positions.js, next to it (like embed-schemas.js).
 */
export type PositionsBundle = typeof import('./positionsBundle.ts');

// Only readable while this script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let pending: Promise<PositionsBundle> | null = null;

export function loadPositionsBundle(): Promise<PositionsBundle> {
  pending ??= new Promise<PositionsBundle>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('embed-positions.js', base).href;
    script.onload = () => {
      const b = (globalThis as { claimlinePositions?: PositionsBundle }).claimlinePositions;
      if (b) resolve(b);
      else reject(new Error('embed-positions.js did not define the positions'));
    };
    script.onerror = () => {
      pending = null;
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.append(script);
  });
  return pending;
}
