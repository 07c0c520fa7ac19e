import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src-shared/ipc/contract';

// The real preload (src-main/preload.ts) against the recording stand-in for `electron`.
vi.mock('electron', () => import('../../support/electron-stand-in'));

describe('Electron preload', () => {
  it('exposes one frozen object with a function per contract channel, and nothing else', async () => {
    const electron = await import('../../support/electron-stand-in');
    await import('../../../src-main/preload');
    const exposed = electron.recorded.exposedInMainWorld;
    expect([...exposed.keys()]).toEqual(['instap']);
    const api = exposed.get('instap') as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());

    for (const channel of channelNames) await api[channel]?.({ probe: channel });
    expect(electron.recorded.invoked).toEqual(
      channelNames.map((channel) => ({ channel, payload: { probe: channel } })),
    );
  });
});
