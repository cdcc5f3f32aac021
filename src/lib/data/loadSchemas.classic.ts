/**
 * The iframe build's loadSchemas (swapped in by vite.embed.config.ts): the
 * frame is a classic script so it also runs in a sandboxed iframe, where
 * module chunks would need CORS; the validators come as a second classic
 * script, embed-schemas.js, next to this one.
 */
type Schemas = typeof import('./schemaBundle.ts');

// Only readable while this script first runs, so kept now.
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let pending: Promise<Schemas> | null = null;

export function loadSchemas(): Promise<Schemas> {
  pending ??= new Promise<Schemas>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('embed-schemas.js', base).href;
    script.onload = () => {
      const s = (globalThis as { claimlineSchemas?: Schemas }).claimlineSchemas;
      if (s) resolve(s);
      else reject(new Error('embed-schemas.js did not define the validators'));
    };
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
  return pending;
}
