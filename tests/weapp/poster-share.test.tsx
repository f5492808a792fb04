// The Moments loop in WeChat, from the seller's share page: the poster drawn on the page's hidden
// <Canvas type="2d"> and exported with canvasToTempFilePath({ canvas }), then WeChat's share-image menu
// with an entrance that opens the product (not the home page), and visible ways out when it fails.
import { act, fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import type { Post } from '../../types/post';
import { wechatShareUi } from '../../types/zh-CN/wechat-share';
import { POSTER_CANVAS_ID, makePoster, sharePoster } from '../../src/features/posts';
import SharePage from '../../src/seller/posts/share/index';
import { album, cloudFunctions, cloudStorage, exported, page, preview, resetWx, router, screen, shareImageMenu, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';
import { aProduct, aShop } from '../ui/fixtures';

const CODE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeEach(() => {
  resetWx();
  wx.SDKVersion = '3.8.2';
});

function storedImage(path: string): string {
  const fileID = `${cloudStorage.bucket}/${path}`;
  cloudStorage.files.set(path, fileID);
  return fileID;
}

describe('the poster', () => {
  test('is drawn on the page’s 2d canvas component and exported from it as a 750×1150 PNG with the code on it', async () => {
    page.mount(POSTER_CANVAS_ID, '2d', 375, 575);
    const photo = storedImage('products/walnut.jpg');

    const file = await makePoster({ title: '商洛薄皮核桃', priceFen: 3980, shopName: '林晓的商洛山货', imageUrl: photo, codeImage: CODE }, 'poster-1');

    const out = exported.get(file);
    expect(out).toEqual(expect.objectContaining({ width: 750, height: 1150, fileType: 'png' }));
    const texts = out?.ops.filter((o) => o.op === 'fillText').map((o) => o.args[0]);
    expect(texts).toEqual(expect.arrayContaining(['商洛薄皮核桃', '¥39.80', '林晓的商洛山货']));
    // both images were loaded from local files before drawing: the photo (downloaded from cloud storage) and the code
    const drawn = out?.ops.filter((o) => o.op === 'drawImage').map((o) => String(o.args[0]));
    expect(drawn).toHaveLength(2);
    expect(drawn?.some((src) => src.startsWith(`${'wxfile://usr'}/poster-1-code`))).toBe(true);
    expect(out?.ops.some((o) => o.op === 'drawImage:not-loaded')).toBe(false);
  });

  test('fails (to be shown as such) when the page has no canvas to draw on', async () => {
    await expect(makePoster({ title: 't', priceFen: 100, shopName: 's', imageUrl: null, codeImage: CODE }, 'p')).rejects.toThrow(/canvas/);
    expect(wx.log.of('canvasToTempFilePath')).toHaveLength(0);
  }, 10_000);

  test('fails when the code cannot be drawn: a poster without its code leads nowhere', async () => {
    page.mount(POSTER_CANVAS_ID, '2d', 375, 575);
    await expect(makePoster({ title: 't', priceFen: 100, shopName: 's', imageUrl: null, codeImage: 'data:image/png;base64,@@not base64@@' }, 'p')).rejects.toThrow(/code/);
  });
});

describe('sharing the poster', () => {
  async function aPoster(): Promise<string> {
    page.mount(POSTER_CANVAS_ID, '2d', 375, 575);
    return makePoster({ title: '核桃', priceFen: 100, shopName: '小店', imageUrl: null, codeImage: CODE }, 'p');
  }

  test('opens WeChat’s share-image menu whose entrance leads to the product page with its id', async () => {
    const file = await aPoster();
    const ok = await sharePoster(file, 'x', '/pages/product/index?productId=p42');
    expect(ok).toBe(true);
    expect(shareImageMenu.shown).toEqual([{ path: file, entrance: '/pages/product/index?productId=p42', entranceIsPage: true }]);
  });

  test('a menu that fails is not silent: the poster goes to the album and a sentence says so', async () => {
    const file = await aPoster();
    shareImageMenu.answer = { fail: 'system error' };
    const ok = await sharePoster(file, 'x', '/pages/product/index?productId=p42');
    expect(ok).toBe(true);
    expect(album.saved).toEqual([file]);
    await waitFor(() => expect(screen.modals.map((m) => m.content)).toContain(wechatShareUi.shareFailed));
  });

  test('when the album is refused too, the poster opens full screen with a hint to long-press it', async () => {
    const file = await aPoster();
    shareImageMenu.answer = { fail: 'system error' };
    album.allow = false;
    await sharePoster(file, 'x', '/pages/shop/index?shopId=s1');
    expect(screen.modals.map((m) => m.content)).toContain(wechatShareUi.previewHint);
    expect(preview.shown).toEqual([[file]]);
  });

  test('the seller closing the menu is their choice: no message, nothing saved', async () => {
    const file = await aPoster();
    shareImageMenu.answer = 'cancel';
    expect(await sharePoster(file, 'x', '/pages/product/index?productId=p42')).toBe(false);
    expect(album.saved).toEqual([]);
    expect(screen.modals).toEqual([]);
  });

  test('before base library 3.8.2 (no Moments in the menu) the poster is saved to the album instead', async () => {
    const file = await aPoster();
    wx.SDKVersion = '3.7.0';
    expect(await sharePoster(file, 'x', '/pages/product/index?productId=p42')).toBe(true);
    expect(shareImageMenu.shown).toEqual([]);
    expect(album.saved).toEqual([file]);
  });
});

describe('the share page in WeChat', () => {
  const shop = aShop({ id: 'shop1' });
  const product = aProduct({ id: 'p7', shopId: 'shop1', title: '土蜂蜜', images: [] });
  const post: Post = {
    id: 'post1', shopId: 'shop1', at: '2026-12-01T12:00:00+08:00', text: '今年的土蜂蜜到了', productId: 'p7', images: [],
    status: 'scheduled', notifyFollowers: false, paused: null, reminder: 'pending', remindedAt: null, postedAt: null,
    createdAt: '2026-11-29T12:00:00+08:00', violations: [],
  };

  beforeEach(() => {
    router.params = { postId: 'post1' };
    cloudFunctions.deployed.set('shop', () => ({ ok: true, data: shop }));
    cloudFunctions.deployed.set('catalog', () => ({ ok: true, data: { ...product, reviews: [] } }));
    cloudFunctions.deployed.set('post', (event) => {
      if (event.action === 'list') return { ok: true, data: [post] };
      if (event.action === 'shareCode') return { ok: true, data: { kind: 'wxacode', image: CODE, page: 'pages/product/index', scene: 'p=p7' } };
      return { ok: false, error: { code: 'BAD_INPUT', message: '不支持' } };
    });
  });

  test('draws the poster on its hidden canvas, shows it, and shares it with an entrance to the product', async () => {
    render(<SharePage />);
    const img = await waitFor(() => {
      const el = document.querySelector('.poster-image');
      if (!el) throw new Error('no poster yet');
      return el;
    }, { timeout: 3000 });
    expect(exported.has(img.getAttribute('src') ?? '')).toBe(true);

    const button = document.querySelector('.share-poster') as HTMLElement;
    await act(async () => {
      tap(() => fireEvent.click(button));
    });
    await waitFor(() => expect(shareImageMenu.shown).toHaveLength(1));
    expect(shareImageMenu.shown[0]).toEqual(expect.objectContaining({ entrance: '/pages/product/index?productId=p7', entranceIsPage: true }));
    // WeChat's menu was asked for synchronously inside the seller's tap
    expect(wx.log.of('showShareImageMenu')[0].args).toEqual(expect.objectContaining({ inTap: true }));
  });

  test('from a product refused by the posting policy: 改在 … 发 plans it at the suggested time, then the poster is drawn', async () => {
    router.params = { productId: 'p7' };
    const next = '2026-12-02T08:00:00+08:00';
    const planned: unknown[] = [];
    cloudFunctions.deployed.set('post', (event) => {
      if (event.action === 'schedule') {
        planned.push(event.at);
        if (planned.length === 1) return { ok: false, error: { code: 'POSTING_LIMIT', message: '每天最多 2 条', details: { rule: 'dailyMax', nextAllowedAt: next } } };
        return { ok: true, data: { ...post, at: next } };
      }
      if (event.action === 'shareCode') return { ok: true, data: { kind: 'wxacode', image: CODE, page: 'pages/product/index', scene: 'p=p7' } };
      return { ok: false, error: { code: 'BAD_INPUT', message: '不支持' } };
    });
    render(<SharePage />);
    expect(await view.findByText('每天最多 2 条', {}, { timeout: 3000 })).toBeTruthy();
    expect(planned).toHaveLength(1);

    await act(async () => {
      tap(() => fireEvent.click(document.querySelector('.schedule-at-next') as HTMLElement));
    });
    await waitFor(() => expect(document.querySelector('.poster-image')).not.toBeNull(), { timeout: 3000 });
    expect(planned).toEqual([expect.any(String), next]);
    expect(document.querySelector('.refusal')).toBeNull();
  });

  test('a poster that cannot be made says so and offers to try again', async () => {
    cloudFunctions.deployed.set('post', (event) => {
      if (event.action === 'list') return { ok: true, data: [post] };
      return { ok: true, data: { kind: 'wxacode', image: 'data:image/png;base64,@@', page: 'pages/product/index', scene: 'p=p7' } };
    });
    render(<SharePage />);
    expect(await view.findByText(wechatShareUi.posterFailed, {}, { timeout: 3000 })).toBeTruthy();
    expect(view.getByText(wechatShareUi.retryPoster)).toBeTruthy();
  });
});
