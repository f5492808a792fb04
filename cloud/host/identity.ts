import type { FastifyRequest } from 'fastify';
import type { Caller } from '../core/runtime/context';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The local stand-in for cloud.getWXContext().OPENID: in dev mode the X-Dev-OpenId header, else the
 * dev_openid cookie. In production mode both are ignored and everyone is anonymous: this host never
 * learns a real WeChat identity, so it must not accept a claimed one.
 */
export function identify(req: FastifyRequest, dev: boolean): Caller {
  if (!dev) return { openId: null };
  const header = req.headers['x-dev-openid'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const candidate = (fromHeader ?? req.cookies?.dev_openid ?? '').trim();
  return { openId: ID_RE.test(candidate) ? candidate : null };
}
