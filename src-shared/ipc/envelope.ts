import { Base64 } from 'js-base64';

/**
 * Every channel answers with an envelope, in both transports: Electron mangles thrown errors and
 * HTTP needs a body anyway, so failures travel as data with a Dutch message for the user.
 */
export type FailureCode =
  'bad-request' | 'unknown-channel' | 'forbidden' | 'too-large' | 'internal';

export interface Failure {
  code: FailureCode;
  message: string;
  /** Which fields of the request were wrong (paths and messages, never the values). */
  issues?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: Failure };

export class IpcError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'IpcError';
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new IpcError(envelope.error);
}

const BYTES_TAG = '$bytes';

/** JSON that carries Uint8Array values (PDFs, images) as tagged base64, for the HTTP transport. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: Base64.fromUint8Array(item) } : item,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (key, item: unknown) => {
    // A key such as __proto__ in a payload must never reach an object's prototype.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return undefined;
    if (
      item !== null &&
      typeof item === 'object' &&
      Object.keys(item).length === 1 &&
      typeof (item as Record<string, unknown>)[BYTES_TAG] === 'string'
    ) {
      return Base64.toUint8Array((item as Record<string, string>)[BYTES_TAG] ?? '');
    }
    return item;
  });
}
