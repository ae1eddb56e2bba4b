import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys are 32 random bytes (256 bits) in base64url behind a `dcs_` tag, so leaked keys are easy
 * to recognise (secret scanners, logs). With that much entropy a plain SHA-256 is the right
 * storage hash: there is nothing to brute-force, so a slow password hash (bcrypt, scrypt, argon2)
 * would only slow every request down. Keys set through DCSCORE_ADMIN_KEY are chosen by a
 * person; they must be at least 24 characters, and should be random too.
 */
export const KEY_TAG = 'dcs_';
export const PREFIX_LENGTH = 8;
/** Longer values are not keys; refusing them early keeps hashing cheap. */
export const MAX_KEY_LENGTH = 256;

export function generateApiKey(): string {
  return KEY_TAG + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** The non-secret part shown in listings: enough to tell keys apart, far too little to guess the rest. */
export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

/** Constant-time comparison of two SHA-256 digests (hex as stored, or raw). */
export function hashesEqual(storedHex: string, digest: Buffer): boolean {
  const stored = Buffer.from(storedHex, 'hex');
  return stored.length === digest.length && timingSafeEqual(stored, digest);
}

/** The token of an `Authorization: Bearer <token>` header; `undefined` when malformed. */
export function bearerToken(header: string): string | undefined {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
  const token = match?.[1];
  return token && token.length <= MAX_KEY_LENGTH ? token : undefined;
}
