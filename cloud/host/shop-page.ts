import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../types/errors';
import type { ShopWithProducts } from '../../types/shop';
import { SHOP_DATA_ELEMENT_ID, type EmbeddedShop } from '../../types/shop-link';

/** Where the H5 app routes a shop link (hash router); the same target the short link used to redirect to. */
export function shopRoute(shopId: string): string {
  return `/#/pages/shop/index?shopId=${encodeURIComponent(shopId)}`;
}

/**
 * JSON that is safe inside a <script> element of an HTML page: `<` (so no `</script>` or `<!--` can end or
 * bend the element), `>` and `&` are written as \u escapes, as are U+2028/U+2029 (line terminators to
 * older JavaScript parsers). JSON.parse reads the escapes back to the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The chunk files the shop page loads, read from the build's entry: Taro writes each page's route as
 * `"path":"pages/shop/index","load":function load(…){return[w.e(<chunk>)…` and the chunk's files are
 * `js/<chunk>.<hash>.js` (and `css/<chunk>.<hash>.css`; config/index.ts names them). The build writes no
 * manifest, so this is read from the code; if Taro changes that shape the page is simply not preloaded.
 */
export function shopPageChunks(h5Dir: string, indexHtml: string): string[] {
  const entry = /<script[^>]+src="\/(js\/app\.[0-9a-f]+\.js)"/.exec(indexHtml)?.[1];
  if (!entry) return [];
  const code = fs.readFileSync(path.join(h5Dir, entry), 'utf8');
  const load = /"path":"pages\/shop\/index","load":function[^{]*\{return\s*\[([^\]]*)\]/.exec(code)?.[1];
  if (!load) return [];
  const ids = [...load.matchAll(/\.e\((\d+)\)/g)].map((m) => m[1]);
  const files: string[] = [];
  for (const dir of ['js', 'css']) {
    const names = fs.existsSync(path.join(h5Dir, dir)) ? fs.readdirSync(path.join(h5Dir, dir)) : [];
    for (const id of ids) {
      const file = names.find((n) => n.startsWith(`${id}.`) && (n.endsWith('.js') || n.endsWith('.css')) && n.split('.').length === 3);
      if (file) files.push(`/${dir}/${file}`);
    }
  }
  return files;
}

export interface ShopPage {
  /** The page up to where the shop's data goes: sent at once, so the browser fetches the app while the data is read. */
  head(shopId: string): string;
  /** The rest, with `shop.get`'s answer when it was ok. */
  tail(shopId: string, answer: ApiResult<ShopWithProducts>): string;
}

/**
 * The short shop link answered in one response: the H5 app's own index.html (the same app, not a second
 * page), with the shop's data embedded (the app renders it without asking the API first), the shop page's
 * chunks loaded with the app itself, and the hash route set before the app starts (instead of a redirect
 * round trip).
 */
export function loadShopPage(h5Dir: string): ShopPage {
  const html = fs.readFileSync(path.join(h5Dir, 'index.html'), 'utf8');
  const chunks = shopPageChunks(h5Dir, html);
  // The page's scripts as deferred scripts BEFORE the app's entry: they run in order right after the vendor
  // chunk, each adding its modules to webpack's chunk list, so when the router (started by the entry) asks for
  // the page, webpack finds it installed and renders at once. Preloads only fetched them: webpack then added
  // its own <script> elements after the entry had run, and the page waited a task per chunk (a measured
  // ~30 ms, after DOMContentLoaded) to get files the browser already had.
  const scripts = chunks
    .filter((href) => href.endsWith('.js'))
    .map((href) => `<script defer="defer" src="${href}"></script>`)
    .join('');
  // The page's styles as stylesheets: webpack's CSS loader finds a <link rel="stylesheet"> with the chunk's
  // href and does not load it again (a preload it would not see). Render-blocking like the app's own
  // stylesheet, and fetched beside it.
  const styles = chunks
    .filter((href) => href.endsWith('.css'))
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join('');
  const entryAt = /<script[^>]+src="\/js\/app\.[0-9a-f]+\.js"/.exec(html)?.index ?? -1;
  // At the end of <head>; a page without one (not Taro's) takes them at its start, where a parser puts them in <head>.
  const headEnd = Math.max(0, html.indexOf('</head>'));
  const withScripts = entryAt >= 0 && entryAt < headEnd ? html.slice(0, entryAt) + scripts + html.slice(entryAt) : html;
  const end = entryAt >= 0 && entryAt < headEnd ? headEnd + scripts.length : headEnd;
  const start = withScripts.slice(0, end);
  const rest = withScripts.slice(end);
  return {
    // The route script runs before the app's deferred scripts: the router then starts on the shop page, at
    // the address the redirect used to lead to (what the app and a reload expect).
    head: (shopId) => `${start}${styles}<script>history.replaceState(null,'',${scriptSafeJson(shopRoute(shopId))})</script>`,
    tail(shopId, answer) {
      const embedded: EmbeddedShop | null = answer.ok ? { shopId, data: answer.data } : null;
      const data = embedded ? `<script type="application/json" id="${SHOP_DATA_ELEMENT_ID}">${scriptSafeJson(embedded)}</script>` : '';
      return `${data}${rest}`;
    },
  };
}
