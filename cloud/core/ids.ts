import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Opaque, unguessable ids short enough for a shop link (/s/<id>) and for a mini program code's
 * `scene` (≤ 32 chars). 14 characters from 56 symbols ≈ 81 bits.
 */
export function newId(prefix: string, length = 14): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i];
    if (b < 224) out += ALPHABET[b % 56]; // 224 = 4 × 56: reject the rest to stay uniform
  }
  while (out.length < length) out += ALPHABET[randomBytes(1)[0] % 56];
  return `${prefix}${out}`;
}
