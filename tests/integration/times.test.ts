import type { Post } from '../../types/post';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

/**
 * A time that does not exist is BAD_INPUT wherever the contract takes one, naming the field; nothing is stored.
 * (Before, post.schedule at 2026-11-31T11:00+08:00 was stored as 1 December: Date.parse rolls over.)
 */
const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

const IMPOSSIBLE = [
  '2026-11-31T11:00+08:00', // November has 30 days
  '2027-02-29T11:00+08:00', // 2027 is not a leap year
  '2026-12-01T24:00+08:00', // 24:00 is the next day's 00:00, not a time of this day
  '2026-12-01T23:60+08:00',
  '2026-12-01T23:59:60+08:00', // a leap second: no clock we schedule by shows it
  '2026-13-01T11:00+08:00',
  '2026-12-00T11:00+08:00',
  '2026-12-01T11:00+14:30', // past the furthest real offset
  '2026-12-01T11:00+08:60',
];

let n = 0;
async function seller() {
  const owner = `times-seller-${++n}`;
  await host.ok<Shop>('shop', { action: 'open', name: `时间店${n}` }, owner);
  return owner;
}

async function postsOf(owner: string) {
  return host.ok<Post[]>('post', { action: 'list', from: '2026-11-01T00:00:00Z', to: '2027-03-01T00:00:00Z' }, owner);
}

describe('times that do not exist', () => {
  it.each(IMPOSSIBLE)('post.schedule at %s is BAD_INPUT on at, and nothing is planned', async (at) => {
    const owner = await seller();
    const res = await host.call('post', { action: 'schedule', at, text: '新核桃到了' }, owner);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { at: expect.any(String) } } });
    expect(await postsOf(owner)).toEqual([]);
  });

  it('post.reschedule to a day that does not exist is BAD_INPUT and leaves the post where it was', async () => {
    const owner = await seller();
    const post = await host.ok<Post>('post', { action: 'schedule', at: '2026-11-30T11:00+08:00', text: '新核桃到了' }, owner);
    for (const at of IMPOSSIBLE) {
      const res = await host.call('post', { action: 'reschedule', postId: post.id, at }, owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { at: expect.any(String) } } });
    }
    expect((await postsOf(owner)).map((p) => p.at)).toEqual(['2026-11-30T03:00:00.000Z']);
  });

  it('post.list from and to must exist too, and be years 0001–9999', async () => {
    const owner = await seller();
    for (const bad of [...IMPOSSIBLE, '0000-01-01T00:00Z', '0001-01-01T00:00+14:00', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z']) {
      for (const field of ['from', 'to']) {
        const res = await host.call('post', { action: 'list', [field]: bad }, owner);
        expect([bad, field, res.status]).toEqual([bad, field, 400]);
        expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { [field]: expect.any(String) } } });
      }
    }
    // the edges themselves are fine
    expect((await host.call('post', { action: 'list', from: '0001-01-01T00:00:00Z', to: '9999-12-31T23:59:59.999Z' }, owner)).status).toBe(200);
  });

  it('the same days, where they exist, are taken: 30 November, 29 February of a leap year in a list, 23:59', async () => {
    const owner = await seller();
    const post = await host.ok<Post>('post', { action: 'schedule', at: '2026-11-30T20:59+08:00', text: '新核桃到了' }, owner);
    expect(post.at).toBe('2026-11-30T12:59:00.000Z');
    expect((await host.call('post', { action: 'list', from: '2028-02-29T00:00+08:00', to: '2028-02-29T23:59:59.999+08:00' }, owner)).status).toBe(200);
  });
});
