// Seller images in WeChat: chooseMedia (a privacy API), then wx.cloud.uploadFile into cloud storage,
// which answers a cloud:// fileID — what the backend stores and every <Image> in the mini program shows.
import { chooseImages, cloudPathFor, uploadImage } from '../../src/features/uploads/upload';
import { isApiError } from '../../src/api/envelope';
import { cloudStorage, mediaPicker, resetWx, wx } from '../fakes/wx';

beforeEach(() => {
  resetWx();
  wx.privacy.agreed = true;
});

test('a picked image goes to cloud storage under a fresh, valid cloud path and comes back as a cloud:// fileID', async () => {
  mediaPicker.pick = [{ ext: 'jpg', size: 300_000 }];
  const [image] = await chooseImages(3);
  const progress: number[] = [];
  const fileID = await uploadImage(image, 'products', (p) => progress.push(p));
  expect(fileID).toMatch(/^cloud:\/\/[^/]+\/products\/[0-9a-z]+\.jpg$/);
  expect([...cloudStorage.files.values()]).toEqual([fileID]);
  expect(progress).toContain(100);
  expect(wx.log.of('chooseMedia')[0].args).toEqual(expect.objectContaining({ mediaType: ['image'], sourceType: ['album', 'camera'] }));
});

test('two uploads of the same photo never overwrite each other (same path = overwrite in cloud storage)', async () => {
  mediaPicker.pick = [{ ext: 'png', size: 1000 }];
  const [a] = await chooseImages(1);
  const first = await uploadImage(a, 'proofs');
  const second = await uploadImage(a, 'proofs');
  expect(first).not.toBe(second);
  expect(cloudStorage.files.size).toBe(2);
});

test('cloud paths follow the naming rules (no leading /, no //, allowed characters only)', () => {
  for (const local of ['wxfile://tmp_a.JPEG', 'http://tmp/abc.webp?x=1', 'wxfile://tmp_noext']) {
    const path = cloudPathFor('avatars', local);
    expect(path).toMatch(/^avatars\/[0-9a-z]+\.(jpg|png|webp)$/);
  }
});

test('an image over 5 MB is refused before anything is uploaded', async () => {
  mediaPicker.pick = [{ ext: 'jpg', size: 6 * 1024 * 1024 }];
  const [big] = await chooseImages(1);
  const err = await uploadImage(big, 'products').catch((e: unknown) => e);
  expect(isApiError(err) && err.code).toBe('TOO_LARGE');
  expect(wx.log.of('cloud.uploadFile')).toHaveLength(0);
});

test('a failed upload is a zh-CN error, not a hang or a broken address', async () => {
  mediaPicker.pick = [{ ext: 'jpg', size: 1000 }];
  const [image] = await chooseImages(1);
  cloudStorage.failNext = 'network timeout';
  const err = await uploadImage(image, 'products').catch((e: unknown) => e);
  expect(isApiError(err) && /[\u4e00-\u9fa5]/.test(err.message)).toBe(true);
});

test('the picker closed, or the privacy guide refused, is an empty choice', async () => {
  expect(await chooseImages(2)).toEqual([]);
  wx.privacy.agreed = false;
  wx.privacy.answer = 'disagree';
  mediaPicker.pick = [{ ext: 'jpg', size: 1 }];
  expect(await chooseImages(2)).toEqual([]);
});
