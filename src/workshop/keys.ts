import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

// Synchronous signing in pure JavaScript: a room is joined over plain http on the local network, where the
// browser's own crypto.subtle does not exist (it needs a secure context); getRandomValues does.
ed.hashes.sha512 = sha512;

export interface KeyPair {
  /** base64url of the 32-byte Ed25519 public key: a participant's id in the room. */
  publicKey: string;
  secretKey: string;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function newKeyPair(): KeyPair {
  const { secretKey, publicKey } = ed.keygen();
  return { publicKey: toBase64Url(publicKey), secretKey: toBase64Url(secretKey) };
}

const encoder = new TextEncoder();

/** Signs `message` (UTF-8) with a key pair's secret key; base64url. */
export function sign(message: string, keys: KeyPair): string {
  return toBase64Url(ed.sign(encoder.encode(message), fromBase64Url(keys.secretKey)!));
}

/** Whether `signature` is `publicKey`'s signature of `message`; false for anything malformed. */
export function verify(message: string, signature: string, publicKey: string): boolean {
  const sig = fromBase64Url(signature);
  const key = fromBase64Url(publicKey);
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return ed.verify(sig, encoder.encode(message), key);
  } catch {
    return false;
  }
}

/**
 * A room's id: 128 bits of the hash of the facilitator's public key. Unguessable (the key is random), and it
 * binds the room to its facilitator: participants accept the activity only if signed by the key that hashes
 * to the id in their link.
 */
export function roomIdFor(facilitatorKey: string): string {
  return toBase64Url(sha256(fromBase64Url(facilitatorKey) ?? new Uint8Array()).slice(0, 16));
}
