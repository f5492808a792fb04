import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestHost, type TestHost } from './helpers/host';
import { sniffImage } from '../../cloud/core/images';
import { tinyPng } from '../helpers/png';

let host: TestHost;
let uploadsDir: string;
beforeAll(async () => {
  uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-up-test-'));
  host = await startTestHost({ uploadsDir });
});
afterAll(async () => {
  await host?.close();
  fs.rmSync(uploadsDir, { recursive: true, force: true });
});

async function upload(bytes: Buffer, filename: string, type: string, as: string | null = 'uploader') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const res = await fetch(`${host.url}/api/upload`, { method: 'POST', body: form, headers: as ? { 'x-dev-openid': as } : {} });
  return { status: res.status, body: (await res.json()) as { ok: boolean; data?: { url: string }; error?: { code: string; message: string } } };
}

const stored = () => fs.readdirSync(uploadsDir);

describe('image uploads on the local host', () => {
  it('stores a real PNG and serves it back byte for byte', async () => {
    const png = tinyPng();
    expect(sniffImage(png)).toBe('png');
    const res = await upload(png, 'walnut.png', 'image/png');
    expect(res.status).toBe(200);
    expect(res.body.data?.url).toMatch(/^\/uploads\/i\w+\.png$/);
    const served = await fetch(`${host.url}${res.body.data?.url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  it('refuses a text file renamed to .png, storing nothing', async () => {
    const before = stored();
    const res = await upload(Buffer.from('我其实是一段文字，不是图片'), 'fake.png', 'image/png');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_INPUT', message: '只能上传 JPEG、PNG 或 WebP 图片。' });
    expect(stored()).toEqual(before);
  });

  it('refuses a 6 MB image with TOO_LARGE, storing nothing', async () => {
    const before = stored();
    const big = Buffer.concat([tinyPng(), Buffer.alloc(6 * 1024 * 1024)]);
    const res = await upload(big, 'huge.png', 'image/png');
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'TOO_LARGE', message: '图片不能超过 5 MB。' });
    expect(stored()).toEqual(before);
  });

  it('needs an identity, and a file', async () => {
    expect((await upload(tinyPng(), 'a.png', 'image/png', null)).status).toBe(401);
    const res = await fetch(`${host.url}/api/upload`, { method: 'POST', headers: { 'x-dev-openid': 'u', 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
  });

  it('recognises JPEG and WebP by content', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffImage(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImage(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
  });
});
