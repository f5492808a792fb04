/**
 * Every page of the mini program as app.json will list it (main package and subpackages), read from
 * src/app.config.ts itself — what WeChat calls the pages "of the released version".
 */
export function appPages(): string[] {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
  const had = g.defineAppConfig;
  g.defineAppConfig = (c) => c;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../src/app.config').default as { pages: string[]; subPackages?: { root: string; pages: string[] }[] };
    return [...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
  } finally {
    g.defineAppConfig = had;
  }
}
