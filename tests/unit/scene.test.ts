import fc from 'fast-check';
import { decodeScene, encodeScene, SCENE_MAX_LENGTH } from '../../types/scene';

// Ids as cloud/core/ids.ts makes them: a one-letter prefix and 14 symbols (sometimes a longer prefix).
const idChars = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'.split('');
const anId = fc.tuple(fc.constantFrom('p', 's', 'pay'), fc.array(fc.constantFrom(...idChars), { minLength: 14, maxLength: 14 })).map(([p, cs]) => p + cs.join(''));

describe('the scene of a poster code', () => {
  it('reads the raw options.scene WeChat passes (URL-encoded once)', () => {
    expect(decodeScene('p%3DpxVBRbEyVZk7ZZj')).toEqual({ kind: 'product', productId: 'pxVBRbEyVZk7ZZj' });
    expect(decodeScene('s%3Ds2abcDEF345ghj')).toEqual({ kind: 'shop', shopId: 's2abcDEF345ghj' });
  });

  it('reads it decoded (the H5 router decodes query values) and doubly encoded', () => {
    expect(decodeScene('p=pxVBRbEyVZk7ZZj')).toEqual({ kind: 'product', productId: 'pxVBRbEyVZk7ZZj' });
    expect(decodeScene('p%253DpxVBRbEyVZk7ZZj')).toEqual({ kind: 'product', productId: 'pxVBRbEyVZk7ZZj' });
  });

  it('answers null for anything that is not one of our codes', () => {
    for (const raw of [undefined, null, '', '   ', 'p=', '=abc', 'x=abc', 'p=abc def', 'p=<img>', 'p%3', '%E0%A4%A', 'p=' + 'a'.repeat(31), 'pabc', 'p=a&b=c']) {
      expect(decodeScene(raw)).toBeNull();
    }
  });

  it('round-trips every id the backend makes, within 32 characters of allowed symbols', () => {
    fc.assert(
      fc.property(anId, fc.boolean(), (id, product) => {
        const target = product ? ({ kind: 'product', productId: id } as const) : ({ kind: 'shop', shopId: id } as const);
        const scene = encodeScene(target);
        expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
        expect(scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);
        // WeChat hands the page the scene URL-encoded.
        expect(decodeScene(encodeURIComponent(scene))).toEqual(target);
      }),
    );
  });

  it('refuses to make a scene WeChat would refuse', () => {
    expect(() => encodeScene({ kind: 'product', productId: 'x'.repeat(31) })).toThrow(/32/);
    expect(() => encodeScene({ kind: 'shop', shopId: '店铺' })).toThrow();
    expect(() => encodeScene({ kind: 'shop', shopId: '' })).toThrow();
  });
});
