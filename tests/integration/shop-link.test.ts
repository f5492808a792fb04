import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Shop, ShopWithProducts } from '../../types/shop';
import { SHOP_DATA_ELEMENT_ID, type EmbeddedShop } from '../../types/shop-link';
import { insertProduct } from './helpers/fixtures';
import { startTestHost, type TestHost } from './helpers/host';

/**
 * The short shop link answered by the host itself: the H5 app's page with the shop's data in it. The H5 build
 * here is a stand-in with the shape Taro writes (index.html, the entry with the pages' routes, page chunks).
 */
let h5Dir: string;
let host: TestHost;
let shop: Shop;

beforeAll(async () => {
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-shop-link-h5-'));
  fs.mkdirSync(path.join(h5Dir, 'js'));
  fs.mkdirSync(path.join(h5Dir, 'css'));
  fs.writeFileSync(
    path.join(h5Dir, 'index.html'),
    '<!doctype html><html><head><title>熟人小店</title><script defer="defer" src="/js/232.aaaaaaaa.js"></script><script defer="defer" src="/js/app.0123abcd.js"></script></head><body><div id="app"></div></body></html>',
  );
  fs.writeFileSync(
    path.join(h5Dir, 'js', 'app.0123abcd.js'),
    'le.routes=[Object.assign({"path":"pages/home/index","load":function load(a,u){return[w.e(876).then(w.bind(w,2876)),a,u]}},{}),Object.assign({"path":"pages/shop/index","load":function load(a,u){return[w.e(786).then(w.bind(w,786)),a,u]}},{})]',
  );
  for (const f of ['js/786.deadbeef.js', 'css/786.cafebabe.css', 'js/7860.bbbbbbbb.js', 'js/876.cccccccc.js']) fs.writeFileSync(path.join(h5Dir, f), '');
  host = await startTestHost({ dev: true, h5Dir });
  // A name and an intro that try to end the data's <script> element and run their own; U+2028/2029 in the intro.
  shop = await host.ok<Shop>('shop', { action: 'open', name: '</script><b>x</b>', intro: '</SCRIPT><script>alert(1)</script><!-- \u2028\u2029 & >' }, 'link-seller');
  await insertProduct(host.db, shop.id, { title: '</script><img src=x onerror=alert(2)>核桃', priceFen: 3900, stock: 5, position: 1 });
});
afterAll(async () => {
  await host?.close();
  if (h5Dir) fs.rmSync(h5Dir, { recursive: true, force: true });
});

async function open(shopId: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${host.url}/s/${encodeURIComponent(shopId)}`, { redirect: 'manual', headers });
  return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
}

/** The data element as a browser's HTML parser reads it: script data ends at the first `</script` in any case. */
function embedded(html: string): EmbeddedShop | null {
  const open = `<script type="application/json" id="${SHOP_DATA_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  if (start < 0) return null;
  const body = html.slice(start + open.length);
  return JSON.parse(body.slice(0, body.search(/<\/script/i))) as EmbeddedShop;
}

describe('the short shop link /s/<shopId>', () => {
  it('answers with the app’s page and the shop’s data in it: shop.get’s answer for an anonymous viewer, no redirect', async () => {
    const page = await open(shop.id);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.html).toContain('<div id="app"></div>');
    expect(page.html).toContain('src="/js/app.0123abcd.js"');
    const answer = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
    expect(embedded(page.html)).toEqual({ shopId: shop.id, data: answer });
    expect(answer.products).toHaveLength(1);
    // the app starts on the shop page, at the address the redirect used to lead to
    expect(page.html).toContain(`history.replaceState(null,'',"/#/pages/shop/index?shopId=${shop.id}")`);
  });

  it('embeds the anonymous answer even for the owner’s own cookie (the app refreshes it with the viewer’s identity)', async () => {
    const page = await open(shop.id, { cookie: 'dev_openid=link-seller' });
    expect(embedded(page.html)).toEqual({ shopId: shop.id, data: await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }) });
  });

  it('keeps markup in the shop’s texts inside the data: nothing ends the element or opens a comment, the text reads back unchanged', async () => {
    const { html } = await open(shop.id);
    const start = html.indexOf(SHOP_DATA_ELEMENT_ID);
    const element = html.slice(start, html.indexOf('</script>', start));
    expect(element).not.toMatch(/<\/?script|<!--|<b>|<img/i);
    expect(element).not.toMatch(/[\u2028\u2029]/);
    expect(html.match(/<script/gi)).toHaveLength(5); // the app's two, the shop page's chunk, the route, the data: none from the shop
    const data = embedded(html)?.data;
    expect(data?.shop.name).toBe('</script><b>x</b>');
    expect(data?.shop.intro).toBe('</SCRIPT><script>alert(1)</script><!-- \u2028\u2029 & >');
    expect(data?.products[0].title).toBe('</script><img src=x onerror=alert(2)>核桃');
  });

  it('loads the shop page’s chunks (read from the build’s routes) with the app, before its entry; not other pages’', async () => {
    const { html } = await open(shop.id);
    expect(html).toContain('<script defer="defer" src="/js/786.deadbeef.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/css/786.cafebabe.css">');
    expect(html).not.toContain('7860.bbbbbbbb');
    expect(html).not.toContain('876.cccccccc');
    // deferred scripts run in document order: the page's chunk after the vendor chunk and before the entry, whose
    // router then finds the page installed (webpack loads nothing more)
    expect(html.indexOf('232.aaaaaaaa')).toBeLessThan(html.indexOf('786.deadbeef'));
    expect(html.indexOf('786.deadbeef')).toBeLessThan(html.indexOf('app.0123abcd'));
    expect(html.indexOf('786.cafebabe')).toBeLessThan(html.indexOf('</head>'));
    // each once: the page is the app's own index.html with the chunk added, nothing else moved or repeated
    expect(html.match(/786\.deadbeef/g)).toHaveLength(1);
    expect(html.match(/app\.0123abcd/g)).toHaveLength(1);
  });

  it('an unknown shop gets the app’s page without data (the app then asks and shows its not-found view)', async () => {
    const page = await open('does-not-exist');
    // 200: the page is streamed before the shop is read (the app's scripts load meanwhile)
    expect(page.status).toBe(200);
    expect(page.html).toContain('<div id="app"></div>');
    expect(embedded(page.html)).toBeNull();
    expect(page.html).toContain('"/#/pages/shop/index?shopId=does-not-exist"');
  });

  it('an id that is markup stays a URL-encoded id in the route', async () => {
    const page = await open('</script><script>alert(3)</script>');
    expect(page.html).not.toContain('alert(3)</script>');
    expect(page.html).toContain('shopId=%3C%2Fscript%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E');
    expect(embedded(page.html)).toBeNull();
  });
});
