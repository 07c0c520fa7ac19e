import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkImage, type ImageRefusal } from '../../../src-shared/images/check';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../ui/toast-store';
import { loadImages, saveImage, type SettingsImages } from '../../data/images';

/** Logo and signature: checked by content (type, bytes, pixels in the header) before they are kept. */
export function ImagesPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const images = useLiveQuery(() => loadImages(db), [db]);
  return (
    <section className="panel" aria-labelledby="images-title">
      <h2 id="images-title">{t('images.title')}</h2>
      <p className="muted">{t('images.intro')}</p>
      <div className="field-row">
        {(['logo', 'signature'] as const).map((which) => (
          <ImageField
            key={which}
            which={which}
            bytes={images?.[which] ?? null}
            onChange={(bytes) => void save(which, bytes)}
          />
        ))}
      </div>
    </section>
  );

  async function save(which: keyof SettingsImages, bytes: Uint8Array | null) {
    await saveImage(db, which, bytes);
    showToast({ tone: 'success', message: t(bytes ? 'images.saved' : 'images.removed') });
  }
}

const refusalKeys = {
  'too-large': 'images.tooLarge',
  'not-an-image': 'images.notAnImage',
  unreadable: 'images.unreadable',
  'too-many-pixels': 'images.tooManyPixels',
} as const satisfies Record<ImageRefusal, string>;

function ImageField(props: {
  which: keyof SettingsImages;
  bytes: Uint8Array | null;
  onChange: (bytes: Uint8Array | null) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const url = useMemo(
    () => (props.bytes ? URL.createObjectURL(new Blob([new Uint8Array(props.bytes)])) : null),
    [props.bytes],
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkImage(bytes);
    if (!check.ok) {
      setError(t(refusalKeys[check.reason], { name: file.name }));
      return;
    }
    setError(null);
    props.onChange(bytes);
  };

  const label = t(`images.${props.which}`);
  return (
    <div className="field image-field">
      <span className="label">{label}</span>
      <div className="image-preview">
        {url ? <img src={url} alt={label} /> : <span className="muted">{t('images.none')}</span>}
      </div>
      <div className="item-actions">
        <label className="button small">
          {t('images.choose')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            aria-label={`${label}: ${t('images.choose')}`}
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        {props.bytes && (
          <button type="button" className="button small" onClick={() => props.onChange(null)}>
            {t('images.remove')}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
