import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ERROR_STATUS, type ApiResult } from '../../types/errors';
import type { ShopWithProducts } from '../../types/shop';
import { parseIsoTime } from '../../types/validation';
import { domainText, validationText } from '../../types/zh-CN/errors';
import { functions } from '../core/functions';
import { dispatch, errorBody } from '../core/runtime/dispatch';
import { AppError } from '../core/runtime/errors';
import type { Deps } from '../core/runtime/context';
import { listOutbox } from '../core/outbox';
import { runTimer } from '../core/timer';
import { acceptPaymentNotice, isSandbox } from '../core/payments/provider';
import { recordRefundNotice } from '../core/payments/refund-result';
import { identify } from './identity';
import { registerUploads } from './uploads';
import { loadShopPage, shopRoute } from './shop-page';

export const BODY_LIMIT = 1024 * 1024;

export interface HostOptions {
  deps: Deps;
  /** dev mode: dev identity and /api/dev/* routes; off when NODE_ENV=production */
  dev: boolean;
  /** the H5 build to serve at / (dist/h5) */
  h5Dir?: string;
  /** where uploaded images are stored (DATA_DIR/uploads) */
  uploadsDir: string;
}

const PUBLIC_DIR = path.join(__dirname, 'public');

function send(reply: FastifyReply, result: ApiResult<unknown>) {
  const status = result.ok ? 200 : ERROR_STATUS[result.error.code];
  return reply.code(status).type('application/json; charset=utf-8').send(result);
}

/** The contract's NOT_FOUND under /api/, a plain 404 elsewhere (static files, pages). */
function notFoundReply(req: FastifyRequest, reply: FastifyReply) {
  if (req.url.startsWith('/api/')) return send(reply, { ok: false, error: errorBody(new AppError('NOT_FOUND')) });
  return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
}

/** application/json, with or without parameters (charset), in any letter case. */
export function isJsonType(header: string | undefined): boolean {
  return typeof header === 'string' && /^application\/json\s*(;|$)/i.test(header.trim());
}

/** The local host: the same handlers as the cloud functions, over HTTP, plus the H5 app and dev tools. */
export async function buildHost({ deps, dev, h5Dir, uploadsDir }: HostOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    // A path that cannot be decoded (`%zz`, overlong UTF-8) names nothing here: not found, in our own answer.
    frameworkErrors: (_err, req, reply) => notFoundReply(req, reply),
  });
  await app.register(fastifyCookie);

  // JSON only, declared as such. The contract's clients send application/json; any other type (text/plain,
  // a form) is what a cross-site page can POST with the visitor's cookie without a CORS preflight, so it is
  // refused before any action runs: 400 BAD_INPUT naming the body. Multipart is parsed by /api/upload alone.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    parseJson(req, body as string, done);
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // Nothing this host serves is to be second-guessed by a browser's sniffing (an upload is never a page).
    reply.header('x-content-type-options', 'nosniff');
  });
  app.addHook('onResponse', async (req, reply) => {
    deps.log.info('request', { requestId: req.id, method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
  });

  const badBody = (message: string) => new AppError('BAD_INPUT', message, { fields: { body: message } });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message?: string; stack?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return send(reply, { ok: false, error: errorBody(new AppError('TOO_LARGE', validationText.bodyTooLarge, { fields: { body: validationText.bodyTooLarge } })) });
    }
    if (status === 415) return send(reply, { ok: false, error: errorBody(badBody(validationText.notJson)) });
    if (status === 400 && req.url.startsWith('/api/')) return send(reply, { ok: false, error: errorBody(badBody(validationText.malformedJson)) });
    // The framework's and the static files' refusals (a traversal, a NUL, a bad range) are answers about a
    // path, never a fault of ours: not found, like any path we do not serve.
    if (status >= 400 && status < 500) return notFoundReply(req, reply);
    deps.log.error('unhandled host error', { requestId: req.id, error: { message: err.message, code: err.code, stack: err.stack } });
    return send(reply, { ok: false, error: errorBody(new AppError('INTERNAL'), req.id) });
  });

  app.post<{ Params: { name: string } }>('/api/fn/:name', async (req, reply) => {
    // A body-less request reaches here without a parser: it is not JSON either.
    if (!isJsonType(req.headers['content-type'])) return send(reply, { ok: false, error: errorBody(badBody(validationText.notJson)) });
    const fn = Object.prototype.hasOwnProperty.call(functions, req.params.name) ? functions[req.params.name] : undefined;
    if (!fn) return send(reply, { ok: false, error: errorBody(new AppError('NOT_FOUND', domainText.functionNotFound(req.params.name))) });
    const result = await dispatch({ fn, event: req.body, caller: identify(req, dev), deps, requestId: req.id });
    return send(reply, result);
  });

  // The H5 app asks this to decide whether to show the dev identity switcher.
  app.get('/api/health', async () => ({ ok: true, data: { db: deps.db.kind, dev } }));

  // The short shop link that sellers paste into chats. With the H5 build it is answered in one response: the
  // app's page with the shop's data in it (shop-page.ts), so the first products need no redirect and no API call.
  // The data is what an anonymous viewer gets (a seller's cookie must not put owner-only images in a page that
  // any cache may keep); the app refreshes it in the background with the viewer's own identity.
  const shopPage = h5Dir && fs.existsSync(path.join(h5Dir, 'index.html')) ? loadShopPage(h5Dir) : null;
  app.get<{ Params: { shopId: string } }>('/s/:shopId', async (req, reply) => {
    if (!shopPage) return reply.redirect(shopRoute(req.params.shopId), 302);
    // Streamed: the head (the app's scripts, the shop page's preloads) leaves before the shop is read, so the
    // browser downloads the app meanwhile. The status is therefore 200 for any id; an unknown shop is the
    // app's own not-found view (it finds no data in the page, asks, and is told NOT_FOUND).
    const body = new PassThrough();
    body.write(shopPage.head(req.params.shopId));
    void dispatch({ fn: functions.shop, event: { action: 'get', shopId: req.params.shopId }, caller: { openId: null }, deps, requestId: req.id }).then(
      (answer) => body.end(shopPage.tail(req.params.shopId, answer as ApiResult<ShopWithProducts>)),
      (err: unknown) => body.destroy(err instanceof Error ? err : new Error(String(err))),
    );
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
  });

  if (dev) {
    app.get('/api/dev/outbox', async () => ({ messages: await listOutbox(deps.db) }));
    // One tick now, or at a given time: the controllable clock for trying expiry and reminders by hand.
    app.post<{ Body: { now?: unknown } | null | undefined }>('/api/dev/timer', async (req, reply) => {
      const at = req.body?.now === undefined ? deps.clock.now() : typeof req.body.now === 'string' ? parseIsoTime(req.body.now) : 'format';
      if (!(at instanceof Date)) return send(reply, { ok: false, error: errorBody(new AppError('BAD_INPUT', validationText.isoTime('now'), { fields: { now: validationText.isoTime('now') } })) });
      return send(reply, { ok: true, data: await runTimer(deps, undefined, at) });
    });
    // The sandbox's stand-in for the buyer paying at WeChat's cashier and WeChat Pay's notice that follows: the
    // sandbox records the payment on "WeChat's side", then the notice takes production's path (confirmed by queryOrder).
    app.post<{ Params: { paymentId: string } }>('/api/dev/payments/:paymentId/succeed', async (req, reply) => {
      const [p] = await deps.db.query<{ amount_fen: number }>(`SELECT amount_fen FROM payments WHERE id = $1 AND method = 'wechat'`, [req.params.paymentId]);
      if (!p) return send(reply, { ok: false, error: errorBody(new AppError('NOT_FOUND')) });
      try {
        if (isSandbox(deps.payments)) deps.payments.buyerPaid(req.params.paymentId, p.amount_fen);
        const outcome = await acceptPaymentNotice(deps, { paymentId: req.params.paymentId, amountFen: p.amount_fen });
        if (outcome === 'unknown_payment') return send(reply, { ok: false, error: errorBody(new AppError('NOT_FOUND')) });
        return send(reply, { ok: true, data: { outcome } });
      } catch (err) {
        if (err instanceof AppError) return send(reply, { ok: false, error: errorBody(err) });
        throw err;
      }
    });
    // The sandbox's stand-in for WeChat Pay's refund result notice (SUCCESS): the same path as production's.
    app.post<{ Params: { refundId: string } }>('/api/dev/refunds/:refundId/succeed', async (req, reply) => {
      const [r] = await deps.db.query<{ amount_fen: number }>('SELECT amount_fen FROM refunds WHERE id = $1', [req.params.refundId]);
      if (!r) return send(reply, { ok: false, error: errorBody(new AppError('NOT_FOUND')) });
      try {
        const outcome = await recordRefundNotice(deps, { outRefundNo: req.params.refundId, refundStatus: 'SUCCESS', refundFen: Number(r.amount_fen), providerRef: `sandbox-${req.params.refundId}` });
        return send(reply, { ok: true, data: { outcome } });
      } catch (err) {
        if (err instanceof AppError) return send(reply, { ok: false, error: errorBody(err) });
        throw err;
      }
    });
  }

  await registerUploads(app, uploadsDir, (req) => identify(req, dev));
  await app.register(fastifyStatic, { root: path.join(PUBLIC_DIR, 'demo'), prefix: '/demo/', decorateReply: false });
  if (h5Dir && fs.existsSync(path.join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', decorateReply: false });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<p>H5 build not found. Run <code>npm run build:h5</code> (npm start does it for you).</p>'),
    );
  }

  app.setNotFoundHandler((req, reply) => notFoundReply(req, reply));

  return app;
}
