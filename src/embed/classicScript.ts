/**
 * The iframe build's way to fetch code and data on first use: the frame is a
 * classic script (so it also runs in `<iframe sandbox="allow-scripts">`, where
 * module chunks would need CORS), and so is each part it fetches later, a
 * script beside it that publishes what it brings as a global.
 */

// Only readable while the frame's script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const pending = new Map<string, Promise<unknown>>();

/**
 * Loads `file` (a path beside the frame's script) once, and resolves to what
 * `read` finds once it has run; `what` names it in the error when it is not there.
 */
export function classicScript<T>(file: string, read: () => T | undefined, what: string): Promise<T> {
  let p = pending.get(file) as Promise<T> | undefined;
  if (!p) {
    p = new Promise<T>((resolve, reject) => {
      const el = document.createElement('script');
      el.src = new URL(file, base).href;
      const fail = (e: Error) => {
        pending.delete(file);
        reject(e);
      };
      el.onload = () => {
        const v = read();
        if (v) resolve(v);
        else fail(new Error(`${file} did not define ${what}`));
      };
      el.onerror = () => fail(new Error(`could not load ${el.src}`));
      document.head.append(el);
    });
    pending.set(file, p);
  }
  return p;
}
