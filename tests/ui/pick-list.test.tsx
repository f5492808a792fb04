// The seller's pick list after a pickup point's last order was handed over by its code: drop.pickList lists paid
// and ready orders only, so the point comes back empty — it must not read as if nobody had paid there.
import { render } from '@testing-library/react';
import { PickListView } from '../../src/features/drops';
import type { PickListGroup } from '../../types/drop';
import { dropsUi } from '../../types/zh-CN/drops-ui';

const point = { name: '3 号门', address: '幸福小区 3 号门', window: '周六 10:00–12:00' };

test('a pickup point whose orders were all handed over says nothing is waiting, not that nobody paid', () => {
  const groups: PickListGroup[] = [{ way: { kind: 'pickup', pickupIndex: 0, point }, totals: [], orders: [] }];
  const { container } = render(<PickListView groups={groups} onReady={() => undefined} busy={null} />);
  const group = container.querySelector('.pick-group--pickup-0') as Element;
  expect(group.textContent).toContain(dropsUi.pick.none);
  expect(group.textContent).not.toMatch(/还没有|已付款/);
  // nothing to announce there
  expect(group.querySelector('.mark-ready')).toBeNull();
});

// 匿名跟团 hides the name from the joiners list; the seller hands it over by name, so the pick list shows the name
// and marks it, lest the seller call them by it in the group chat
test('marks a joiner who chose 匿名跟团 beside their name, and only them', () => {
  const order = (orderId: string, name: string, showName: boolean): PickListGroup['orders'][number] => ({
    orderId, status: 'paid', name, phone: '13800138000', detail: null, lines: [{ productId: 'p1', title: '核桃', qty: 1 }], pickupCode: '204816', showName,
  });
  const groups: PickListGroup[] = [
    { way: { kind: 'pickup', pickupIndex: 0, point }, totals: [{ productId: 'p1', title: '核桃', qty: 2 }], orders: [order('o1', '王小明', true), order('o2', '赵静', false)] },
  ];
  const { container } = render(<PickListView groups={groups} onReady={() => undefined} busy={null} />);
  const [named, anonymous] = Array.from(container.querySelectorAll('.pick-order'));
  expect(anonymous.querySelector('.pick-order__name')?.textContent).toBe('赵静');
  expect(anonymous.querySelector('.pick-order__anonymous')?.textContent).toBe(dropsUi.pick.anonymous);
  expect(named.querySelector('.pick-order__anonymous')).toBeNull();
});
