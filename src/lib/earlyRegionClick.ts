/**
 * Between the first paint of the build-time picture and the live view
 * replacing it (one frame), a click on a region of the picture is kept, so the
 * live view can open with that region selected instead of losing the click.
 * Returns a function that stops listening and gives the last region clicked.
 */
export function keepEarlyRegionClick(target: HTMLElement): () => string | null {
  let region: string | null = null;
  const onclick = (e: Event) => {
    const id = (e.target as Element | null)?.closest?.('path[data-region]')?.getAttribute('data-region');
    if (id) region = id;
  };
  target.addEventListener('click', onclick);
  return () => {
    target.removeEventListener('click', onclick);
    return region;
  };
}
