/** Loads the validators as a separate chunk, so readers of the default story never download them. */
export function loadSchemas(): Promise<typeof import('./schemaBundle.ts')> {
  return import('./schemaBundle.ts');
}
