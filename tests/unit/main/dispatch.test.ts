import { describe, expect, it } from 'vitest';
import { createServiceHandlers, dispatch } from '../../../src-main/handlers';

const handlers = createServiceHandlers({
  transport: 'web',
  version: '9.9.9',
  dataFolder: '/tmp/instap-test',
  canOpenFiles: false,
});

describe('dispatch', () => {
  it('answers app:info with the version, transport and data folder', async () => {
    const result = await dispatch(handlers, 'app:info', {});
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Instap',
        version: '9.9.9',
        transport: 'web',
        dataFolder: '/tmp/instap-test',
        canOpenFiles: false,
      },
    });
  });

  it('refuses a payload the schema does not allow, naming the field but not the value', async () => {
    const result = await dispatch(handlers, 'app:info', { secret: 'Jansen 06-12345678' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-request');
    expect(result.error.message).toMatch(/ongeldige gegevens/);
    expect(JSON.stringify(result.error)).not.toContain('Jansen');
  });

  it('refuses unknown channels and host channels the table does not serve', async () => {
    for (const channel of ['nope', '__proto__', 'host:save-file', 42]) {
      const result = await dispatch(handlers, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('turns a handler crash into a Dutch message without its text', async () => {
    const result = await dispatch(
      {
        'app:info': () => {
          throw new TypeError('kapot bij kandidaat Ouédraogo');
        },
      },
      'app:info',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('Ouédraogo');
  });
});
