/**
 * The dev identity of CONTRACT.md for the browser build: the local host reads the caller from the
 * `dev_openid` cookie in dev mode (and ignores it in production mode). `?as=<id>` in the page
 * address — in the real query or in the hash route's query — sets it.
 */
export const DEV_COOKIE = 'dev_openid';

/** The host accepts these ids only (cloud/host/identity.ts). */
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function isDevId(value: string): boolean {
  return ID_RE.test(value);
}

function queryParam(query: string, key: string): string | null {
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    if (k !== key) continue;
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return null;
    }
  }
  return null;
}

/** `as` from `…?as=x#/page` or `…#/page?as=x` (the hash one wins); null when absent or not a valid id. */
export function identityFromUrl(href: string): string | null {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt + 1);
  const candidates: string[] = [];
  const hashQueryAt = hash.indexOf('?');
  if (hashQueryAt >= 0) candidates.push(hash.slice(hashQueryAt + 1));
  const queryAt = beforeHash.indexOf('?');
  if (queryAt >= 0) candidates.push(beforeHash.slice(queryAt + 1));
  for (const query of candidates) {
    const id = queryParam(query, 'as');
    if (id !== null) return isDevId(id) ? id : null;
  }
  return null;
}

/** The dev identity in a `document.cookie` string, or null. */
export function identityFromCookie(cookie: string): string | null {
  for (const part of cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === DEV_COOKIE) {
      const value = rest.join('=');
      return isDevId(value) ? value : null;
    }
  }
  return null;
}

function hasDocument(): boolean {
  return typeof document !== 'undefined' && typeof document.cookie === 'string';
}

export function readDevIdentity(): string | null {
  return hasDocument() ? identityFromCookie(document.cookie) : null;
}

/** Sets the cookie for the whole site, or clears it (anonymous). */
export function writeDevIdentity(id: string | null): void {
  if (!hasDocument()) return;
  if (id !== null && isDevId(id)) {
    document.cookie = `${DEV_COOKIE}=${id}; path=/; SameSite=Lax`;
  } else {
    document.cookie = `${DEV_COOKIE}=; path=/; max-age=0; SameSite=Lax`;
  }
}

/** On app start (H5): `?as=<id>` in the address becomes the dev identity before the first request. */
export function applyDevIdentityFromUrl(): string | null {
  if (typeof window === 'undefined' || !hasDocument()) return null;
  const id = identityFromUrl(window.location.href);
  if (id !== null) writeDevIdentity(id);
  return id;
}
