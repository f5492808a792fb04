// The product page's Moments item for its seller while the posting policy forbids posting:
// hideShareMenu's `menus` is Android-only (beta), so iOS must not rely on it.
import { render, screen as view, waitFor } from '@testing-library/react';
import { wechatShareUi } from '../../types/zh-CN/wechat-share';
import { PostNowEntry, usePostingWindow } from '../../src/features/posts/product';
import { cloudFunctions, resetWx, shareMenu, wx } from '../fakes/wx';
import { aShop } from '../ui/fixtures';

function SellerView({ shopId }: { shopId: string }) {
  const posting = usePostingWindow(shopId);
  return <PostNowEntry posting={posting} productId='p1' />;
}

beforeEach(() => {
  resetWx();
  cloudFunctions.deployed.set('shop', () => ({ ok: true, data: aShop({ id: 'shop1' }) }));
});

function policyAllowingAt(nextAllowedAt: string | null) {
  cloudFunctions.deployed.set('post', () => ({
    ok: true,
    data: { policy: aShop().policy, usage: { today: 2, last7Days: 6 }, nextAllowedAt },
  }));
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

test('Android: only "分享到朋友圈" goes away, "发送给朋友" stays in the menu', async () => {
  wx.platform = 'android';
  policyAllowingAt(tomorrow());
  render(<SellerView shopId='shop1' />);
  await waitFor(() => expect(wx.log.of('hideShareMenu')).toHaveLength(1));
  expect(shareMenu.items).toEqual({ shareAppMessage: true, shareTimeline: false });
  expect(view.queryByText(wechatShareUi.sendToFriend)).toBeNull();
});

test('iOS: Moments is really hidden (the whole menu, the documented call) and the page offers "发给朋友"', async () => {
  wx.platform = 'ios';
  policyAllowingAt(tomorrow());
  render(<SellerView shopId='shop1' />);
  await waitFor(() => expect(wx.log.of('hideShareMenu')).toHaveLength(1));
  expect(shareMenu.items.shareTimeline).toBe(false);
  expect(shareMenu.ignoredMenus).toBe(0);
  expect(await view.findByText(wechatShareUi.sendToFriend)).toBeTruthy();
});

test('nothing is hidden while the policy allows posting now', async () => {
  wx.platform = 'ios';
  policyAllowingAt(new Date(Date.now() - 60_000).toISOString());
  render(<SellerView shopId='shop1' />);
  await waitFor(() => expect(wx.log.of('cloud.callFunction')).toHaveLength(2));
  await new Promise((r) => setTimeout(r, 20));
  expect(wx.log.of('hideShareMenu')).toHaveLength(0);
  expect(shareMenu.items).toEqual({ shareAppMessage: true, shareTimeline: true });
});

test('a friend viewing the product never has the menu touched', async () => {
  wx.platform = 'ios';
  cloudFunctions.deployed.set('shop', () => ({ ok: false, error: { code: 'NOT_FOUND', message: '你还没有开店' } }));
  policyAllowingAt(tomorrow());
  render(<SellerView shopId='shop1' />);
  await waitFor(() => expect(wx.log.of('cloud.callFunction')).toHaveLength(1));
  await new Promise((r) => setTimeout(r, 20));
  expect(wx.log.of('hideShareMenu')).toHaveLength(0);
});
