import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { ERROR_STATUS, type ApiResult } from '../../types/errors';
import { domainText, validationText } from '../../types/zh-CN/errors';
import { IMAGE_EXT, IMAGE_MIME, inspectImage, MAX_IMAGE_BYTES, type ImageKind } from '../core/images';
import { newId } from '../core/ids';
import { errorBody } from '../core/runtime/dispatch';
import { AppError } from '../core/runtime/errors';
import type { Caller } from '../core/runtime/context';

function send(reply: FastifyReply, result: ApiResult<unknown>) {
  return reply.code(result.ok ? 200 : ERROR_STATUS[result.error.code]).send(result);
}

const fail = (reply: FastifyReply, err: AppError) => send(reply, { ok: false, error: errorBody(err) });

/** The names /api/upload gives (newId's alphabet after the prefix `i`): nothing else is ever served from uploadsDir. */
const UPLOAD_NAME_RE = /^i[A-Za-z0-9]{20}\.(jpg|png|webp)$/;
const MIME_BY_EXT: Record<string, string> = Object.fromEntries(Object.entries(IMAGE_EXT).map(([kind, ext]) => [ext, IMAGE_MIME[kind as ImageKind]]));

const notFound = (reply: FastifyReply) => reply.code(404).type('text/plain; charset=utf-8').send('Not found');

/** What multipart parsing refused, as the contract's answer: too large is TOO_LARGE, anything else BAD_INPUT on `file`. */
function multipartError(err: unknown): AppError {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('TOO_LARGE', domainText.imageTooLarge, { fields: { file: domainText.imageTooLarge } });
  return new AppError('BAD_INPUT', validationText.badMultipart, { fields: { file: validationText.badMultipart } });
}

/**
 * The local stand-in for Taro.cloud.uploadFile: POST /api/upload (multipart, field "file") stores a
 * real JPEG/PNG/WebP of at most 5 MB under uploadsDir and answers its URL; GET /uploads/<name> serves it.
 * Anything else is refused and nothing is written.
 */
export async function registerUploads(app: FastifyInstance, uploadsDir: string, identify: (req: FastifyRequest) => Caller) {
  fs.mkdirSync(uploadsDir, { recursive: true });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6, fieldNameSize: 100 } });

  // Only names this host gave out are looked up, so no path from a request ever reaches the file system
  // (encoded traversal, NUL, overlong names are simply not found). Served as exactly the type checked at
  // upload, never sniffed, never a page: nosniff (server.ts), and a sandbox with no sources in case a
  // browser is asked to show one as a document.
  app.get<{ Params: { name: string } }>('/uploads/:name', async (req, reply) => {
    const name = req.params.name;
    const match = UPLOAD_NAME_RE.exec(name);
    if (!match) return notFound(reply);
    const file = path.join(uploadsDir, name);
    let size: number;
    try {
      size = (await fs.promises.stat(file)).size;
    } catch {
      return notFound(reply);
    }
    return reply
      .header('cache-control', 'public, max-age=2592000, immutable')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('content-disposition', `inline; filename="${name}"`)
      .header('content-length', size)
      .type(MIME_BY_EXT[match[1]])
      .send(fs.createReadStream(file));
  });

  // Exports (cloud/core/crm/export.ts) hold customers' names, phones and addresses: served under their random name
  // only, never cached, and gone once the export sweep deleted them — unlike images, which are public and immutable.
  // A download, not a page (attachment without a file name, so the app's `download` name is kept).
  const exportsDir = path.join(uploadsDir, 'exports');
  app.get<{ Params: { name: string } }>('/uploads/exports/:name', async (req, reply) => {
    const name = req.params.name;
    const file = path.join(exportsDir, name);
    const match = /^[0-9a-f]{32}\.(csv|xlsx)$/.exec(name);
    if (!match || !fs.existsSync(file)) return notFound(reply);
    return reply
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('content-disposition', 'attachment')
      .type(match[1] === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
      .send(fs.createReadStream(file));
  });

  app.post('/api/upload', { bodyLimit: MAX_IMAGE_BYTES + 64 * 1024 }, async (req, reply) => {
    if (!identify(req).openId) return fail(reply, new AppError('UNAUTHENTICATED'));
    if (!req.isMultipart()) return fail(reply, new AppError('BAD_INPUT', domainText.noFile, { fields: { file: domainText.noFile } }));
    let bytes: Buffer;
    try {
      // A multipart body without a boundary, with a broken one or past the limits fails here, not later.
      const part = await req.file();
      if (!part) return fail(reply, new AppError('BAD_INPUT', domainText.noFile, { fields: { file: domainText.noFile } }));
      bytes = await part.toBuffer();
      if (part.file.truncated) return fail(reply, multipartError({ code: 'FST_REQ_FILE_TOO_LARGE' }));
    } catch (err) {
      return fail(reply, multipartError(err));
    }
    // The whole file is checked, not its first bytes: a JPEG header followed by a page is not an image.
    const kind = inspectImage(bytes);
    if (!kind) return fail(reply, new AppError('BAD_INPUT', domainText.notAnImage, { fields: { file: domainText.notAnImage } }));
    const name = `${newId('i', 20)}.${IMAGE_EXT[kind]}`;
    await fs.promises.writeFile(path.join(uploadsDir, name), bytes, { flag: 'wx' });
    return send(reply, { ok: true, data: { url: `/uploads/${name}`, type: IMAGE_MIME[kind], size: bytes.length } });
  });
}
