import { useState } from 'react';
import { saveAndOpen, type FileKind } from './save-file';
import { showToast } from './toast-store';

export interface MadeFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * A button that makes a file (a PDF in the main process, an export…), saves it through the host
 * and reports the result; busy while working so it cannot be pressed twice.
 */
export function FileButton(props: {
  label: string;
  busyLabel: string;
  kind: FileKind;
  make: () => Promise<MadeFile>;
  messages: { saved: string; downloaded: string; failed: string };
  primary?: boolean;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await props.make();
      const result = await saveAndOpen(file.fileName, file.bytes, props.kind);
      if (result === 'saved') showToast({ tone: 'success', message: props.messages.saved });
      if (result === 'downloaded')
        showToast({ tone: 'success', message: props.messages.downloaded });
    } catch {
      showToast({ tone: 'error', message: props.messages.failed });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={props.primary ? 'button primary' : 'button'}
      disabled={busy || props.disabled}
      aria-busy={busy}
      onClick={() => void run()}
    >
      {busy ? props.busyLabel : props.label}
    </button>
  );
}
