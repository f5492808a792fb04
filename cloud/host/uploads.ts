import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { ERROR_STATUS, type ApiResult } from '../../types/errors';
import { domainText } from '../../types/zh-CN/errors';
import { IMAGE_EXT, IMAGE_MIME, MAX_IMAGE_BYTES, sniffImage } from '../core/images';
import { newId } from '../core/ids';
import { errorBody } from '../core/runtime/dispatch';
import { AppError } from '../core/runtime/errors';
import type { Caller } from '../core/runtime/context';

function send(reply: FastifyReply, result: ApiResult<unknown>) {
  return reply.code(result.ok ? 200 : ERROR_STATUS[result.error.code]).send(result);
}

const fail = (reply: FastifyReply, err: AppError) => send(reply, { ok: false, error: errorBody(err) });

/**
 * The local stand-in for Taro.cloud.uploadFile: POST /api/upload (multipart, field "file") stores a
 * real JPEG/PNG/WebP of at most 5 MB under uploadsDir and answers its URL; GET /uploads/<name> serves it.
 * Anything else is refused and nothing is written.
 */
export async function registerUploads(app: FastifyInstance, uploadsDir: string, identify: (req: FastifyRequest) => Caller) {
  fs.mkdirSync(uploadsDir, { recursive: true });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(fastifyStatic, { root: uploadsDir, prefix: '/uploads/', decorateReply: false, immutable: true, maxAge: '30d' });

  // Exports (cloud/core/crm/export.ts) hold customers' names, phones and addresses: served under their random name
  // only, never cached, and gone once the export sweep deleted them — unlike images, which are public and immutable.
  const exportsDir = path.join(uploadsDir, 'exports');
  app.get<{ Params: { name: string } }>('/uploads/exports/:name', async (req, reply) => {
    const name = req.params.name;
    const file = path.join(exportsDir, name);
    if (!/^[0-9a-f]{32}\.csv$/.test(name) || !fs.existsSync(file)) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.header('cache-control', 'no-store').type('text/csv; charset=utf-8').send(fs.createReadStream(file));
  });

  app.post('/api/upload', { bodyLimit: MAX_IMAGE_BYTES + 64 * 1024 }, async (req, reply) => {
    if (!identify(req).openId) return fail(reply, new AppError('UNAUTHENTICATED'));
    if (!req.isMultipart()) return fail(reply, new AppError('BAD_INPUT', domainText.noFile, { fields: { file: domainText.noFile } }));
    const part = await req.file();
    if (!part) return fail(reply, new AppError('BAD_INPUT', domainText.noFile, { fields: { file: domainText.noFile } }));
    let bytes: Buffer;
    const tooLarge = () => fail(reply, new AppError('TOO_LARGE', domainText.imageTooLarge, { fields: { file: domainText.imageTooLarge } }));
    try {
      bytes = await part.toBuffer();
    } catch {
      return tooLarge();
    }
    if (part.file.truncated) return tooLarge();
    const kind = sniffImage(bytes);
    if (!kind) return fail(reply, new AppError('BAD_INPUT', domainText.notAnImage, { fields: { file: domainText.notAnImage } }));
    const name = `${newId('i', 20)}.${IMAGE_EXT[kind]}`;
    await fs.promises.writeFile(path.join(uploadsDir, name), bytes, { flag: 'wx' });
    return send(reply, { ok: true, data: { url: `/uploads/${name}`, type: IMAGE_MIME[kind], size: bytes.length } });
  });
}
