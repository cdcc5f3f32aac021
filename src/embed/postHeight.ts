import { RESIZE_MESSAGE, type ResizeMessage } from './protocol.ts';

/**
 * Tells the host page this frame's height whenever it changes (see loader.ts).
 * Once per window: the early script starts it on the build-time page and the
 * frame's script finds it running.
 */
export function postHeightToHost(): void {
  const w = window as Window & { __claimlineHeight?: boolean };
  if (parent === window || w.__claimlineHeight) return;
  w.__claimlineHeight = true;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const msg: ResizeMessage = { type: RESIZE_MESSAGE, height };
    parent.postMessage(msg, '*');
  };
  // Its first report comes with the first layout: no layout forced before the page paints.
  new ResizeObserver(post).observe(document.documentElement);
}
