import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { FollowBar } from '../../src/features/shop/components/follow-bar';
import { callFunction } from '../../src/api';
import { ui } from '../../types/zh-CN/ui';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;
const T = ui.shop.follow;

/** A friend whose follow state starts at `state`; `shop.follow` answers with the state asked for. */
function friend(state: 'following' | 'muted' | 'none') {
  call.mockReset();
  call.mockImplementation(((_fn: string, action: string, params: { shopId: string; state?: string }) =>
    Promise.resolve({ shopId: params.shopId, state: action === 'follow' ? params.state : state })) as unknown as typeof callFunction);
  return render(<FollowBar shopId='s1' />);
}

describe('the follow bar after following', () => {
  it('says what the friend gets and what each button does', async () => {
    const { container } = friend('following');
    await screen.findByText(T.followingHint);
    expect(container.querySelector('.follow-bar__state')?.textContent).toBe('已关注');
    expect(container.querySelector('.follow-bar__mute')?.textContent).toBe('不再提醒上新');
    expect(container.querySelector('.follow-bar__reset')?.textContent).toBe('取消关注');

    fireEvent.click(container.querySelector('.follow-bar__mute')!);
    await screen.findByText(T.mutedHint);
    expect(call).toHaveBeenCalledWith('shop', 'follow', { shopId: 's1', state: 'muted' });
    expect(container.querySelector('.follow-bar__resume')?.textContent).toBe('恢复上新提醒');
  });

  it('asks before unfollowing, with buttons that name both choices; 再想想 changes nothing', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    const { container } = friend('following');
    await screen.findByText(T.followingHint);
    fireEvent.click(container.querySelector('.follow-bar__reset')!);
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: T.unfollowTitle, confirmText: '取消关注', cancelText: '再想想' })));
    expect(call).not.toHaveBeenCalledWith('shop', 'follow', expect.anything());

    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    fireEvent.click(container.querySelector('.follow-bar__reset')!);
    await screen.findByText(T.hint);
    expect(call).toHaveBeenCalledWith('shop', 'follow', { shopId: 's1', state: 'none' });
    expect(container.querySelector('.follow-bar__follow')?.textContent).toBe('关注上新');
    modal.mockRestore();
  });
});
