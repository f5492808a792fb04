import { firstRunSteps, type FirstRunFacts } from '../../src/features/seller/first-run';
import { aProduct, aShop } from './fixtures';

const facts = (over: Partial<FirstRunFacts> = {}): FirstRunFacts => ({ shop: aShop(), products: [], posts: [], shared: false, notices: false, ...over });
const stepOf = (f: FirstRunFacts, step: string) => firstRunSteps(f).find((s) => s.step === step)!;

describe('the first-run steps, from the shop’s own data', () => {
  it('the shop’s profile wants an avatar and an intro, and says which is missing', () => {
    expect(stepOf(facts({ shop: aShop({ avatarUrl: null, intro: ' ' }) }), 'profile')).toMatchObject({ done: false, missing: 'avatarAndIntro' });
    expect(stepOf(facts({ shop: aShop({ avatarUrl: 'https://x/a.png', intro: '' }) }), 'profile')).toMatchObject({ done: false, missing: 'intro' });
    expect(stepOf(facts({ shop: aShop({ avatarUrl: 'https://x/a.png' }) }), 'profile')).toMatchObject({ done: true, missing: null });
  });

  it('the first product counts once an active one has its story and proof; an archived one does not', () => {
    const proof = ['https://x/report.png'];
    expect(stepOf(facts(), 'product')).toMatchObject({ done: false, missing: null, productId: null });
    expect(stepOf(facts({ products: [aProduct({ id: 'p1', story: '', proofImages: proof })] }), 'product')).toMatchObject({ done: false, missing: 'story', productId: 'p1' });
    expect(stepOf(facts({ products: [aProduct({ id: 'p1', proofImages: [] })] }), 'product')).toMatchObject({ done: false, missing: 'proof', productId: 'p1' });
    expect(stepOf(facts({ products: [aProduct({ status: 'archived', proofImages: proof })] }), 'product').done).toBe(false);
    expect(stepOf(facts({ products: [aProduct({ proofImages: [] }), aProduct({ proofImages: proof })] }), 'product')).toMatchObject({ done: true, productId: null });
  });

  it('payment follows the backend’s acceptsOrders; a cancelled post is not a first post', () => {
    expect(stepOf(facts({ shop: aShop({ payment: { wechatPay: false, transferNote: '', transferQrUrl: null, acceptsOrders: false } }) }), 'payment').done).toBe(false);
    expect(stepOf(facts({ shop: aShop({ payment: { wechatPay: true, transferNote: '', transferQrUrl: null, acceptsOrders: true } }) }), 'payment').done).toBe(true);
    expect(stepOf(facts({ posts: [{ status: 'cancelled' }] }), 'post').done).toBe(false);
    expect(stepOf(facts({ posts: [{ status: 'cancelled' }, { status: 'scheduled' }] }), 'post').done).toBe(true);
  });
});
