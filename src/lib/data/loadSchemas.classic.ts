/**
 * The iframe build's loadSchemas (swapped in by vite.embed.config.ts): the
 * frame is a classic script so it also runs in a sandboxed iframe, where
 * module chunks would need CORS; the validators come as a second classic
 * script, embed-schemas.js, next to this one.
 */
import { classicScript } from '../../embed/classicScript.ts';

type Schemas = typeof import('./schemaBundle.ts');

export const loadSchemas = (): Promise<Schemas> => classicScript('embed-schemas.js', () => (globalThis as { claimlineSchemas?: Schemas }).claimlineSchemas, 'the validators');
