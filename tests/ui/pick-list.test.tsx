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
