import { inspectImage } from '../../cloud/core/images';
import { tinyPng } from '../helpers/png';
import { chromiumJpeg, chromiumWebp, webpAlpha, webpLossless, webpLossy } from '../helpers/images';

describe('inspectImage: whole images only', () => {
  it('takes what encoders write, in each format', () => {
    expect(inspectImage(chromiumJpeg())).toBe('jpeg');
    expect(inspectImage(tinyPng(5))).toBe('png');
    for (const webp of [chromiumWebp(), webpLossy(), webpLossless(), webpAlpha()]) expect(inspectImage(webp)).toBe('webp');
  });

  it("takes a phone's JPEG with further images after the first (MPF) and cameras' padding after EOI", () => {
    expect(inspectImage(Buffer.concat([chromiumJpeg(), chromiumJpeg()]))).toBe('jpeg');
    expect(inspectImage(Buffer.concat([chromiumJpeg(), Buffer.alloc(64)]))).toBe('jpeg');
  });

  it('refuses anything else after the image, and a file that is only a header', () => {
    expect(inspectImage(Buffer.concat([chromiumJpeg(), Buffer.from('\r\n--boundary--')]))).toBeNull();
    expect(inspectImage(Buffer.concat([chromiumJpeg(), chromiumJpeg().subarray(0, 100)]))).toBeNull();
    expect(inspectImage(Buffer.concat([tinyPng(), Buffer.alloc(1)]))).toBeNull();
    expect(inspectImage(Buffer.concat([webpLossy(), Buffer.alloc(2)]))).toBeNull();
    expect(inspectImage(chromiumJpeg().subarray(0, 2))).toBeNull();
    expect(inspectImage(Buffer.alloc(0))).toBeNull();
  });
});
