import { bridge } from '../bridge';

export type FileKind = 'PDF' | 'JSON' | 'XLSX' | 'CSV';

/**
 * Saves bytes through the host (native dialog in Electron, a download in the browser) and opens
 * the file in the system viewer where the host can.
 */
export async function saveAndOpen(
  fileName: string,
  bytes: Uint8Array,
  kind: FileKind,
): Promise<'saved' | 'downloaded' | 'cancelled'> {
  const extension = kind.toLowerCase();
  const result = await bridge['host:save-file']({
    suggestedName: fileName,
    bytes: bytes as Uint8Array<ArrayBuffer>,
    filters: [{ name: kind, extensions: [extension] }],
  });
  if (!result.saved) return 'cancelled';
  if (!result.path) return 'downloaded';
  const info = await bridge['app:info']({});
  if (info.canOpenFiles) await bridge['host:open-path']({ path: result.path });
  return 'saved';
}
