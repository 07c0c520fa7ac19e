import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  passphraseProblem,
  PBKDF2_ITERATIONS,
} from '../../../src-shared/domain/backup-encryption';

/** An encrypted copy's pure layer (issue 19.5); the copy through the app is in encrypted-copy. */
const passphrase = 'paarse olifant op de fiets';
const backupText = JSON.stringify({
  format: 'instap-backup',
  tables: { candidates: [{ firstName: 'Fatima', lastName: 'El Amrani', phone: '0612345678' }] },
});

const wrong = {
  ok: false,
  message: 'Het wachtwoord klopt niet of het bestand is beschadigd. Er is niets gewijzigd.',
};
const refusals = {
  newer:
    'Deze versleutelde kopie is gemaakt met een nieuwere versie van Instap. Werk Instap eerst bij. Er is niets gewijzigd.',
  unknownAlgorithm:
    'Deze kopie is versleuteld op een manier die Instap niet kent. Er is niets gewijzigd.',
  weak: 'De versleuteling van deze kopie is zwakker dan Instap toestaat; zo’n bestand opent Instap niet. Er is niets gewijzigd.',
  damagedHeader:
    'Het begin van deze versleutelde kopie is beschadigd; Instap kan haar niet openen. Er is niets gewijzigd.',
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

interface Header {
  format: string;
  version: number;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; keyLength: number; tagLength: number; iv: string };
}

/**
 * A copy made by hand from the documented format with Web Crypto alone, with any header: what a
 * third party (or an attacker) could write. The header line is the AES-GCM additional data.
 */
async function handMade(change: (header: Header) => void = () => undefined): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Header = {
    format: 'instap-backup-encrypted',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: base64(salt) },
    cipher: { name: 'AES-GCM', keyLength: 256, tagLength: 128, iv: base64(iv) },
  };
  change(header);
  const line = JSON.stringify(header);
  const base = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: header.kdf.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(line) },
    key,
    utf8(backupText),
  );
  return `${line}\n${base64(new Uint8Array(sealed))}\n`;
}

const lines = (file: string) => {
  const [header = '', body = ''] = file.split('\n');
  return { header, body };
};

// Each key derivation is 600,000 rounds of PBKDF2: a few tenths of a second.
describe('encrypted backup copies', { timeout: 60_000 }, () => {
  it('round-trips, with the documented header and nothing readable in the file', async () => {
    const file = await encryptBackup(backupText, passphrase);

    expect(await decryptBackup(file, passphrase)).toEqual({ ok: true, text: backupText });
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(backupText)).toBe(false);
    const { header, body } = lines(file);
    const parsed = JSON.parse(header) as Header;
    expect(parsed).toEqual({
      format: 'instap-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: expect.any(String) },
      cipher: { name: 'AES-GCM', keyLength: 256, tagLength: 128, iv: expect.any(String) },
    });
    expect(Buffer.from(parsed.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(parsed.cipher.iv, 'base64')).toHaveLength(12);
    // The backup's bytes plus the 16-byte tag.
    expect(Buffer.from(body, 'base64')).toHaveLength(utf8(backupText).length + 16);
    for (const value of ['Fatima', 'El Amrani', '0612345678', 'candidates']) {
      expect(file).not.toContain(value);
      expect(Buffer.from(body, 'base64').toString('latin1')).not.toContain(value);
    }
    // A fresh salt and IV each time: the same backup never gives the same file.
    const again = lines(await encryptBackup(backupText, passphrase));
    expect(again.header).not.toBe(header);
    expect(again.body).not.toBe(body);
  });

  it('opens a copy made by hand from the documented format', async () => {
    expect(await decryptBackup(await handMade(), passphrase)).toEqual({
      ok: true,
      text: backupText,
    });
  });

  it('refuses a wrong passphrase with one Dutch message', async () => {
    const file = await encryptBackup(backupText, passphrase);
    expect(await decryptBackup(file, 'paarse olifant op de fietS')).toEqual(wrong);
    expect(await decryptBackup(file, '')).toEqual(wrong);
  });

  it('refuses a changed ciphertext and a changed header, even one that means the same', async () => {
    const file = await encryptBackup(backupText, passphrase);
    const { header, body } = lines(file);
    const sealed = Buffer.from(body, 'base64');
    sealed[10] = (sealed[10] ?? 0) ^ 0x01;
    expect(await decryptBackup(`${header}\n${sealed.toString('base64')}\n`, passphrase)).toEqual(
      wrong,
    );
    const cut = Buffer.from(body, 'base64').subarray(0, -1).toString('base64');
    expect(await decryptBackup(`${header}\n${cut}\n`, passphrase)).toEqual(wrong);
    expect(await decryptBackup(`${header}\n${body.slice(0, -4)}!!!!\n`, passphrase)).toEqual(wrong);
    // The same header values written differently: only the authenticated header bytes notice.
    const respaced = header.replace('"version":1', '"version": 1');
    expect(respaced).not.toBe(header);
    expect(await decryptBackup(`${respaced}\n${body}\n`, passphrase)).toEqual(wrong);
  });

  it('refuses a header it does not know before deriving any key', async () => {
    const header = (change: (header: Header) => void) =>
      handMade(change).then((file) => decryptBackup(file, passphrase));

    expect(await header((h) => (h.version = 2))).toEqual({ ok: false, message: refusals.newer });
    expect(await header((h) => (h.cipher.name = 'AES-CBC'))).toEqual({
      ok: false,
      message: refusals.unknownAlgorithm,
    });
    expect(await header((h) => (h.kdf.hash = 'SHA-1'))).toEqual({
      ok: false,
      message: refusals.unknownAlgorithm,
    });
    expect(await header((h) => (h.kdf.name = 'scrypt'))).toEqual({
      ok: false,
      message: refusals.unknownAlgorithm,
    });
    // Salt and IV of the wrong length, or missing.
    const damaged = { ok: false, message: refusals.damagedHeader };
    expect(await header((h) => (h.kdf.salt = base64(new Uint8Array(4))))).toEqual(damaged);
    expect(await header((h) => (h.cipher.iv = base64(new Uint8Array(16))))).toEqual(damaged);
    expect(await header((h) => (h.cipher.iv = ''))).toEqual(damaged);
    expect(await decryptBackup('{"format":"instap-backup-encrypted"}\nAAAA\n', passphrase)).toEqual(
      damaged,
    );
  });

  it('refuses a file whose parameters would make the key weak, though it is otherwise sound', async () => {
    // Made correctly with 1,000 rounds: only the minimum keeps it from being opened.
    const weak = await handMade((h) => (h.kdf.iterations = 1000));
    expect(await decryptBackup(weak, passphrase)).toEqual({ ok: false, message: refusals.weak });
    const justBelow = await handMade((h) => (h.kdf.iterations = PBKDF2_ITERATIONS - 1));
    expect(await decryptBackup(justBelow, passphrase)).toEqual({
      ok: false,
      message: refusals.weak,
    });
  });

  it('refuses a number of rounds that would keep opening busy for minutes', async () => {
    const { header, body } = lines(await encryptBackup(backupText, passphrase));
    const huge = header.replace('"iterations":600000', '"iterations":2000000000');
    const started = performance.now();
    expect(await decryptBackup(`${huge}\n${body}\n`, passphrase)).toEqual({
      ok: false,
      message: refusals.damagedHeader,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('asks a passphrase of at least 12 characters, the same twice', () => {
    expect(passphraseProblem('elf tekens!', 'elf tekens!')).toBe('tooShort');
    expect(passphraseProblem('twaalf teken', 'twaalf teken')).toBeNull();
    expect(passphraseProblem('twaalf teken', 'twaalf tekeN')).toBe('different');
    // Characters, not UTF-16 units: eleven emoji are eleven characters.
    expect(passphraseProblem('🔒'.repeat(11), '🔒'.repeat(11))).toBe('tooShort');
    expect(passphraseProblem('🔒'.repeat(12), '🔒'.repeat(12))).toBeNull();
  });
});
