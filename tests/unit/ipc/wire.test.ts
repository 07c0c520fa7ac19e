import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../src-shared/ipc/envelope';

describe('wire codec', () => {
  it('carries bytes as tagged base64 and back, byte for byte', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 37, 80, 68, 70]);
    const decoded = decodeWire(encodeWire({ name: 'a.pdf', bytes })) as { bytes: Uint8Array };
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.bytes)).toEqual(Array.from(bytes));
  });

  it('drops __proto__ and constructor keys instead of touching prototypes', () => {
    const decoded = decodeWire(
      '{"a":1,"__proto__":{"polluted":true},"nested":{"constructor":{"prototype":{"x":1}}}}',
    ) as Record<string, unknown>;
    expect(Object.keys(decoded)).toEqual(['a', 'nested']);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(decoded.nested as object)).toEqual([]);
  });
});
