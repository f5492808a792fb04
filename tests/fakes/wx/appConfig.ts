/**
 * The real app.json, as WeChat reads it: the fakes check calls against what `src/app.config.ts`
 * declares (pages, `requiredPrivateInfos`), so a missing declaration fails here as it would on a phone.
 * (app.json reference: https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html)
 */
export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  requiredPrivateInfos?: string[];
}

let cached: AppJson | null = null;

export function appJson(): AppJson {
  if (cached) return cached;
  const g = globalThis as { defineAppConfig?: (c: AppJson) => AppJson };
  const had = g.defineAppConfig;
  g.defineAppConfig = (c) => c;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../../src/app.config') as { default: AppJson };
    cached = mod.default;
  } finally {
    g.defineAppConfig = had;
  }
  return cached;
}

/** Every page path of the app, main package first ("pages/shop/index", "seller/posts/share/index"). */
export function allPages(): string[] {
  const cfg = appJson();
  return [...cfg.pages, ...(cfg.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/** WeChat's home page: the first entry of `pages`. */
export function homePage(): string {
  return appJson().pages[0];
}

/** "/pages/product/index?productId=p1" → its page if the app has it, else null. */
export function pageOf(pathWithQuery: string): string | null {
  const page = pathWithQuery.replace(/^\//, '').split('?')[0];
  return allPages().includes(page) ? page : null;
}
