import { imageSize, imageType, type ImageType } from './dimensions';

/**
 * The one judgment of a logo or signature, at upload and in every PDF request: PNG or JPEG by its
 * bytes (never its name), at most 1 MB, and a pixel size read from its header that a PDF decoder
 * can hold. An A4 page needs no more than about 2500×3500 pixels even at 300 dpi.
 */
export const MAX_IMAGE_BYTES = 1024 * 1024;
export const MAX_IMAGE_SIDE = 4096;
/** A 12-megapixel phone photo (4032×3024) fits; 4096×4096 (16.8 million) does not. */
export const MAX_IMAGE_PIXELS = 12_500_000;

export type ImageRefusal = 'too-large' | 'not-an-image' | 'unreadable' | 'too-many-pixels';

export type ImageCheck =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; reason: ImageRefusal };

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' };
  const type = imageType(bytes);
  if (type === null) return { ok: false, reason: 'not-an-image' };
  const size = imageSize(bytes);
  if (size === null) return { ok: false, reason: 'unreadable' };
  const { width, height } = size;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return { ok: false, reason: 'too-many-pixels' };
  }
  return { ok: true, type, width, height };
}

/** Dutch, after the field's name in a request's issues ("content.logo: …"); never a value. */
export const imageRefusalMessages: Record<ImageRefusal, string> = {
  'too-large': 'moet een afbeelding van hoogstens 1 MB zijn',
  'not-an-image': 'moet een PNG- of JPEG-afbeelding zijn',
  unreadable: 'is geen leesbare PNG- of JPEG-afbeelding (beschadigd of onvolledig)',
  'too-many-pixels': `is te groot: hoogstens ${MAX_IMAGE_SIDE} × ${MAX_IMAGE_SIDE} beeldpunten en 12,5 miljoen beeldpunten in totaal`,
};

/** The Dutch reason an image is refused, or null when it may be used. */
export function imageProblem(bytes: Uint8Array): string | null {
  const check = checkImage(bytes);
  return check.ok ? null : imageRefusalMessages[check.reason];
}
