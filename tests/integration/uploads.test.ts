import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestHost, type TestHost } from './helpers/host';
import { crc32 } from 'node:zlib';
import { inspectImage, sniffImage } from '../../cloud/core/images';
import { tinyPng } from '../helpers/png';
import { chromiumJpeg, chromiumWebp, webpAlpha, webpLossless, webpLossy } from '../helpers/images';

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

  it('stores real JPEG and WebP files and serves each with its exact type, never to be sniffed or run as a page', async () => {
    for (const [bytes, type, ext] of [
      [chromiumJpeg(), 'image/jpeg', 'jpg'],
      [chromiumWebp(), 'image/webp', 'webp'],
      [webpLossy(), 'image/webp', 'webp'],
      [webpLossless(), 'image/webp', 'webp'],
      [webpAlpha(), 'image/webp', 'webp'],
      [tinyPng(3), 'image/png', 'png'],
    ] as const) {
      const res = await upload(bytes, `photo.${ext}`, 'application/octet-stream');
      expect(res.status).toBe(200);
      expect(res.body.data?.url).toMatch(new RegExp(`^/uploads/i\\w{20}\\.${ext}$`));
      const served = await fetch(`${host.url}${res.body.data?.url}`);
      expect(served.headers.get('content-type')).toBe(type);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="i\w{20}\.\w+"$/);
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  /** A PNG chunk with its CRC, to hide things where a careless check would not look. */
  const pngChunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const page = Buffer.from('<html><body><script>fetch("/api/fn/order",{method:"POST"})</script></body></html>');
  const jpegComment = (text: Buffer) => {
    const jpeg = chromiumJpeg();
    const len = Buffer.alloc(2);
    len.writeUInt16BE(text.length + 2);
    return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), len, text, jpeg.subarray(2)]);
  };
  const png = tinyPng(2);
  const iend = png.length - 12;

  it.each([
    ['a JPEG header followed by a page', Buffer.concat([chromiumJpeg().subarray(0, 20), page])],
    ['a whole JPEG with a page after its end', Buffer.concat([chromiumJpeg(), page])],
    ['a whole PNG with a page after IEND', Buffer.concat([png, page])],
    ['a whole WebP with a page after it', Buffer.concat([chromiumWebp(), page])],
    ['a JPEG whose comment is a page', jpegComment(page)],
    ['a PNG whose text chunk is a page', Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), page])), png.subarray(iend)])],
    ['a JPEG cut short', chromiumJpeg().subarray(0, 400)],
    ['a PNG with a broken CRC', Buffer.concat([png.subarray(0, 29), Buffer.from([png[29] ^ 0xff]), png.subarray(30)])],
    ['a PNG whose pixels are missing', Buffer.concat([png.subarray(0, 33), pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), png.subarray(iend)])],
    ['a WebP whose RIFF size lies', Buffer.concat([chromiumWebp().subarray(0, 4), Buffer.from([0xff, 0xff, 0, 0]), chromiumWebp().subarray(8)])],
    ['only the magic of each format', Buffer.from([0xff, 0xd8, 0xff, 0xe0])],
  ])('refuses %s as not an image, storing nothing', async (_what, bytes) => {
    expect(inspectImage(bytes)).toBeNull();
    const before = stored();
    const res = await upload(bytes, 'photo.jpg', 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_INPUT', message: '只能上传 JPEG、PNG 或 WebP 图片。' });
    expect(stored()).toEqual(before);
  });

  it('answers a multipart body without a boundary, or with a broken one, with BAD_INPUT on file', async () => {
    const before = stored();
    const body = `--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${png.toString('latin1')}\r\n--b--\r\n`;
    for (const type of ['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=other']) {
      const res = await fetch(`${host.url}/api/upload`, { method: 'POST', headers: { 'x-dev-openid': 'uploader', 'content-type': type }, body: Buffer.from(body, 'latin1') });
      expect([type, res.status]).toEqual([type, 400]);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { file: expect.any(String) } } });
    }
    expect(stored()).toEqual(before);
  });

  it('serves only the names it gave out: traversal, NUL and other names are not found', async () => {
    fs.writeFileSync(path.join(uploadsDir, 'notes.txt'), 'not an upload');
    for (const p of ['/uploads/..%2f..%2fpackage.json', '/uploads/notes.txt', '/uploads/a%00.png', '/uploads/%2e%2e%2fpackage.json', '/uploads/iAAAAAAAAAAAAAAAAAAAA.png']) {
      const res = await fetch(`${host.url}${p}`);
      expect([p, res.status]).toEqual([p, 404]);
    }
    fs.rmSync(path.join(uploadsDir, 'notes.txt'));
  });

  it('serves an export as a download, not a page', async () => {
    const name = `${'ab'.repeat(16)}.csv`;
    fs.mkdirSync(path.join(uploadsDir, 'exports'), { recursive: true });
    fs.writeFileSync(path.join(uploadsDir, 'exports', name), '\uFEFF姓名\n<script>alert(1)</script>\n');
    const res = await fetch(`${host.url}/uploads/exports/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
