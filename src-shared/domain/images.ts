/** Logo and signature: PNG or JPEG, at most 1 MB (plenty for print at A4, small in backups). */
export const MAX_IMAGE_BYTES = 1024 * 1024;

export type ImageCheck =
  { ok: true; type: 'png' | 'jpeg' } | { ok: false; reason: 'too-large' | 'not-an-image' };

/** Judged by the bytes, never by the file name. */
export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' };
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, index) => bytes[index] === byte)) return { ok: true, type: 'png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { ok: true, type: 'jpeg' };
  return { ok: false, reason: 'not-an-image' };
}
