import { Base64 } from 'js-base64';
import { z } from 'zod';

/**
 * A backup copy that leaves the data folder (a USB stick, a network share) is encrypted with a
 * passphrase the coach chooses. The file is text in two lines:
 *
 *   {"format":"instap-backup-encrypted","version":1,"kdf":{…},"cipher":{…}}
 *   <base64 of the AES-GCM ciphertext of the backup's JSON (UTF-8), tag at the end>
 *
 * - kdf: PBKDF2 with HMAC-SHA-256, `iterations` (600,000 when written: OWASP's advice for
 *   PBKDF2-SHA-256) and a random 16-byte `salt` (base64), giving a 256-bit key.
 * - cipher: AES-256-GCM with a random 12-byte `iv` (base64) and a 128-bit tag.
 * - The header line, byte for byte as it stands in the file, is the AES-GCM additional data: a
 *   header that was changed in any way no longer decrypts.
 * Opening refuses an unknown version or algorithm and parameters weaker than written here before
 * any key is derived, so a crafted file cannot make the key weak or opening slow.
 * Only Web Crypto is used (the renderer's and Node's `globalThis.crypto.subtle`).
 */
export const ENCRYPTED_BACKUP_FORMAT = 'instap-backup-encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;
/** The extension a saved copy gets, so the file dialogs can offer it. */
export const ENCRYPTED_BACKUP_EXTENSION = 'instapbak';

export const PASSPHRASE_MIN_LENGTH = 12;
export const PBKDF2_ITERATIONS = 600_000;
/** More than this only makes opening take minutes; no copy Instap writes comes near. */
const PBKDF2_MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BITS = 256;
const TAG_BITS = 128;
/** Our header is about 200 characters; a longer first line is not one. */
const HEADER_MAX_CHARS = 1024;

const bytes = (length: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .transform((text) => Base64.toUint8Array(text))
    .refine((value) => value.length === length);

const headerSchema = z
  .object({
    format: z.literal(ENCRYPTED_BACKUP_FORMAT),
    version: z.literal(ENCRYPTED_BACKUP_VERSION),
    kdf: z
      .object({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(PBKDF2_ITERATIONS).max(PBKDF2_MAX_ITERATIONS),
        salt: bytes(SALT_BYTES),
      })
      .strict(),
    cipher: z
      .object({
        name: z.literal('AES-GCM'),
        keyLength: z.literal(KEY_BITS),
        tagLength: z.literal(TAG_BITS),
        iv: bytes(IV_BYTES),
      })
      .strict(),
  })
  .strict();

type Header = z.output<typeof headerSchema>;

const refusals = {
  newer:
    'Deze versleutelde kopie is gemaakt met een nieuwere versie van Instap. Werk Instap eerst bij. Er is niets gewijzigd.',
  unknownAlgorithm:
    'Deze kopie is versleuteld op een manier die Instap niet kent. Er is niets gewijzigd.',
  weak: 'De versleuteling van deze kopie is zwakker dan Instap toestaat; zo’n bestand opent Instap niet. Er is niets gewijzigd.',
  damagedHeader:
    'Het begin van deze versleutelde kopie is beschadigd; Instap kan haar niet openen. Er is niets gewijzigd.',
  wrongPassphrase: 'Het wachtwoord klopt niet of het bestand is beschadigd. Er is niets gewijzigd.',
};

/** The part of Web Crypto used here (src-shared has no DOM or Node types). */
interface AesGcmParams {
  name: 'AES-GCM';
  iv: Uint8Array;
  additionalData: Uint8Array;
  tagLength: number;
}
interface BackupSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    keyUsages: ['deriveKey'],
  ): Promise<unknown>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: unknown,
    derivedKeyType: { name: 'AES-GCM'; length: number },
    extractable: false,
    keyUsages: ['encrypt'] | ['decrypt'],
  ): Promise<unknown>;
  encrypt(algorithm: AesGcmParams, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}
interface WebGlobals {
  crypto?: { subtle?: BackupSubtle; getRandomValues<T extends Uint8Array>(array: T): T };
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: true },
  ) => { decode(bytes: Uint8Array): string };
}

function webCrypto() {
  const web = globalThis as unknown as WebGlobals;
  const crypto = web.crypto;
  if (crypto?.subtle === undefined) throw new Error('Web Crypto (crypto.subtle) is not available.');
  return { crypto, subtle: crypto.subtle, web };
}

export type PassphraseProblem = 'tooShort' | 'different';

/** What is wrong with a passphrase for a new copy, asked twice, or null. Counted in characters. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | null {
  if ([...passphrase.normalize('NFC')].length < PASSPHRASE_MIN_LENGTH) return 'tooShort';
  if (passphrase !== repeated) return 'different';
  return null;
}

async function deriveKey(passphrase: string, kdf: Header['kdf'], usage: 'encrypt' | 'decrypt') {
  const { subtle, web } = webCrypto();
  // NFC: the same passphrase typed on another system gives the same bytes.
  const secret = new web.TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, salt: kdf.salt, iterations: kdf.iterations },
    base,
    { name: 'AES-GCM', length: KEY_BITS },
    false,
    [usage],
  );
}

const gcm = (header: Header, headerLine: string, web: WebGlobals): AesGcmParams => ({
  name: 'AES-GCM',
  iv: header.cipher.iv,
  additionalData: new web.TextEncoder().encode(headerLine),
  tagLength: TAG_BITS,
});

/** The backup's text (as `serialiseBackup` gives it) as the text of an encrypted copy. */
export async function encryptBackup(text: string, passphrase: string): Promise<string> {
  const { crypto, subtle, web } = webCrypto();
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const headerLine = JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: Base64.fromUint8Array(salt),
    },
    cipher: {
      name: 'AES-GCM',
      keyLength: KEY_BITS,
      tagLength: TAG_BITS,
      iv: Base64.fromUint8Array(iv),
    },
  });
  const header = headerSchema.parse(JSON.parse(headerLine));
  const key = await deriveKey(passphrase, header.kdf, 'encrypt');
  const sealed = await subtle.encrypt(
    gcm(header, headerLine, web),
    key,
    new web.TextEncoder().encode(text),
  );
  return `${headerLine}\n${Base64.fromUint8Array(new Uint8Array(sealed))}\n`;
}

function firstLine(text: string): string | null {
  const end = text.indexOf('\n');
  return end > 0 && end <= HEADER_MAX_CHARS ? text.slice(0, end) : null;
}

/** Whether a file's text is an encrypted copy (its first line says so), without checking more. */
export function isEncryptedBackup(text: string): boolean {
  const line = firstLine(text);
  if (line === null) return false;
  try {
    const head: unknown = JSON.parse(line);
    return z.object({ format: z.literal(ENCRYPTED_BACKUP_FORMAT) }).safeParse(head).success;
  } catch {
    return false;
  }
}

export type HeaderCheck =
  { ok: true; header: Header; headerLine: string } | { ok: false; message: string };

/** Checks an encrypted copy's header completely; refuses what this version cannot open safely. */
export function readEncryptedHeader(text: string): HeaderCheck {
  const headerLine = firstLine(text);
  let raw: unknown;
  try {
    raw = headerLine === null ? null : JSON.parse(headerLine);
  } catch {
    raw = null;
  }
  const parsed = headerSchema.safeParse(raw);
  if (parsed.success && headerLine !== null) return { ok: true, header: parsed.data, headerLine };
  return { ok: false, message: headerRefusal(raw) };
}

/** Why a header is refused, most specific first: a newer format, an algorithm, weak numbers. */
function headerRefusal(raw: unknown): string {
  const version = z.object({ version: z.number() }).safeParse(raw);
  if (version.success && version.data.version > ENCRYPTED_BACKUP_VERSION) return refusals.newer;
  const head = z
    .object({
      version: z.literal(ENCRYPTED_BACKUP_VERSION),
      kdf: z.object({ name: z.unknown(), hash: z.unknown(), iterations: z.unknown() }),
      cipher: z.object({ name: z.unknown(), keyLength: z.unknown(), tagLength: z.unknown() }),
    })
    .safeParse(raw);
  if (!head.success) return refusals.damagedHeader;
  const { kdf, cipher } = head.data;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') {
    return refusals.unknownAlgorithm;
  }
  const weak =
    typeof kdf.iterations !== 'number' ||
    kdf.iterations < PBKDF2_ITERATIONS ||
    cipher.keyLength !== KEY_BITS ||
    cipher.tagLength !== TAG_BITS;
  return weak ? refusals.weak : refusals.damagedHeader;
}

export type DecryptResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * The backup text inside an encrypted copy. A wrong passphrase and a changed byte (header or
 * ciphertext) are the same to AES-GCM: both are refused with one message.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<DecryptResult> {
  const check = readEncryptedHeader(text);
  if (!check.ok) return check;
  const { subtle, web } = webCrypto();
  const body = text.slice(check.headerLine.length + 1).trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return { ok: false, message: refusals.wrongPassphrase };
  try {
    const key = await deriveKey(passphrase, check.header.kdf, 'decrypt');
    const plain = await subtle.decrypt(
      gcm(check.header, check.headerLine, web),
      key,
      Base64.toUint8Array(body),
    );
    return {
      ok: true,
      text: new web.TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(plain)),
    };
  } catch {
    return { ok: false, message: refusals.wrongPassphrase };
  }
}
