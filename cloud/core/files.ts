import fs from 'node:fs';
import path from 'node:path';

/** A file put in storage for its owner to download. */
export interface StoredFile {
  /** where the owner downloads it: a temporary https link in production, /uploads/exports/… locally */
  url: string;
  /** the cloud file id (cloud://…) the mini program downloads with wx.cloud.downloadFile; null locally */
  fileID: string | null;
  /** what `remove` takes to delete it */
  ref: string;
}

/**
 * Cloud storage behind one interface: CloudBase storage in production (cloud/functions/files.ts), a folder of
 * the local host (served at /uploads/exports/, cloud/host/uploads.ts) locally and in tests.
 */
export interface FileStore {
  /** Stores `bytes` as `<key>.<ext>`; `key` is unguessable, the only thing standing between the file and others. */
  put(file: { key: string; ext: string; bytes: Buffer; maxAgeSeconds: number }): Promise<StoredFile>;
  remove(refs: string[]): Promise<void>;
}

export const EXPORTS_URL_PREFIX = '/uploads/exports/';

/** The host's stand-in: files in `dir`, which the host serves at /uploads/exports/<name>. */
export function localFileStore(dir: string): FileStore {
  return {
    async put({ key, ext, bytes }) {
      const name = `${key}.${ext}`;
      await fs.promises.mkdir(dir, { recursive: true });
      await fs.promises.writeFile(path.join(dir, name), bytes, { flag: 'wx' });
      return { url: `${EXPORTS_URL_PREFIX}${name}`, fileID: null, ref: name };
    },
    async remove(refs) {
      await Promise.all(refs.map((ref) => fs.promises.rm(path.join(dir, path.basename(ref)), { force: true })));
    },
  };
}
