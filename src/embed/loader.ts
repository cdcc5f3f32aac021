/**
 * dist/embed.js: sizes every Claimline iframe on the host page to its content.
 * Dependency-free and tiny. It trusts a message only when it comes from the
 * window of one of the page's iframes, from that iframe's own origin, and when
 * that iframe shows Claimline's embed.html from where this script came: an ad
 * frame that posts `claimline:resize` about itself is left alone.
 */
import { isResizeMessage } from './protocol.ts';

// Only readable while this script first runs.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const EMBED_PAGE = new URL('embed.html', here).href;

function isClaimlineFrame(frame: HTMLIFrameElement): boolean {
  try {
    const u = new URL(frame.src, location.href);
    return u.origin + u.pathname === EMBED_PAGE;
  } catch {
    return false;
  }
}

function expectedOrigin(frame: HTMLIFrameElement): string {
  // A sandboxed frame without allow-same-origin has the opaque origin "null".
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/\ballow-same-origin\b/.test(sandbox)) return 'null';
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return '';
  }
}

function onMessage(event: MessageEvent) {
  if (!isResizeMessage(event.data)) return;
  for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== expectedOrigin(frame) || !isClaimlineFrame(frame)) return;
    frame.style.height = `${event.data.height}px`;
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.setAttribute('scrolling', 'no');
    return;
  }
}

const w = window as Window & { __claimlineLoader?: boolean };
if (!w.__claimlineLoader) {
  w.__claimlineLoader = true;
  addEventListener('message', onMessage);
}
