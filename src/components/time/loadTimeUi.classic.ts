/**
 * The iframe build's loadTimeUi (swapped in by vite.embed.config.ts): the
 * frame is a classic script, so the time views come as a second classic
 * script, embed-time.js, fetched on first use (a panel opens, compare is
 * asked for). Its components must run in the frame's Svelte runtime, so the
 * frame publishes the runtime functions they use (and the UI strings) for it.
 */
import 'virtual:claimline-time-shared';

export type TimeUi = typeof import('./timeUi.ts') & { css: string };

// Only readable while this script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let pending: Promise<TimeUi> | null = null;

export function loadTimeUi(): Promise<TimeUi> {
  pending ??= new Promise<TimeUi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('embed-time.js', base).href;
    script.onload = () => {
      const ui = (globalThis as { claimlineTime?: TimeUi }).claimlineTime;
      if (ui) resolve(ui);
      else reject(new Error('embed-time.js did not define the time views'));
    };
    script.onerror = () => {
      pending = null;
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.append(script);
  });
  return pending;
}
