jest.mock('wx-server-sdk', () => jest.requireActual<typeof import('../fakes/wx-server-sdk')>('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { cloudFiles } from '../../cloud/functions/files';
import { fakeWx } from '../fakes/wx-server-sdk';
import { storedFiles } from '../fakes/wx-server-sdk/storage';

beforeEach(() => {
  fakeWx.reset();
  storedFiles.clear();
});

/** Production's file store: the export goes to cloud storage under exports/<key>, its link lives as long as asked. */
describe('cloud storage for exports', () => {
  it('uploads the bytes, answers a temporary link with the export’s lifetime, and deletes in batches of 50', async () => {
    const files = cloudFiles();
    const stored = await files.put({ key: 'a'.repeat(32), ext: 'csv', bytes: Buffer.from('\uFEFF顾客\n'), maxAgeSeconds: 3600 });
    expect(stored.fileID).toMatch(/^cloud:\/\/.+\/exports\/a{32}\.csv$/);
    expect(stored.url).toMatch(/^https:\/\/.+\/exports\/a{32}\.csv$/);
    expect(stored.ref).toBe(stored.fileID);
    expect(storedFiles.get(stored.fileID!)?.toString('utf8')).toBe('\uFEFF顾客\n');
    expect(fakeWx.log.of('getTempFileURL')[0].args).toEqual({ fileList: [{ fileID: stored.fileID, maxAge: 3600 }] });

    const many = Array.from({ length: 120 }, (_, i) => `cloud://fake-env.6661-fake-env-1300000000/exports/${i}.csv`);
    await files.remove([stored.ref, ...many]);
    expect(storedFiles.size).toBe(0);
    expect(fakeWx.log.of('deleteFile').map((c) => (c.args as { fileList: string[] }).fileList.length)).toEqual([50, 50, 21]);
  });
});
