// SHA-256 of text as lowercase hex. The hashing itself comes in as a parameter because shared/
// has no crypto: the renderer passes WebCrypto, tests pass Node's globalThis.crypto.subtle:
//   (data) => crypto.subtle.digest('SHA-256', data)

/** Hashes bytes with SHA-256. */
export type Sha256 = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

// The platform's TextEncoder (browsers and Node have it; ES2023 types do not): only what we use.
declare const TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> };

export async function sha256Hex(text: string, digest: Sha256): Promise<string> {
  const hash = new Uint8Array(await digest(new TextEncoder().encode(text)));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
