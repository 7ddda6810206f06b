import { useState } from 'preact/hooks';
import { enrollDevice } from '../api/enroll-device.ts';
import { enrollErrorKey } from '../api/enroll-error-key.ts';
import type { ApiFailure } from '../api/api-error.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { lazyPage } from '../components/lazy-page.tsx';
import { saveDevice, type DeviceCredentials } from '../settings/settings.ts';
import { fetchConfig } from '../sync/fetch-config.ts';
import { db } from '../db/database.ts';
import type { ConfigResponse } from '../../../shared/api.ts';

/** The QR decoder is only fetched when someone scans: most tablets are enrolled once. */
const scanner = lazyPage(() => import('../components/qr-scanner.tsx'));

async function askForPersistentStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Refusal is shown on the home page; enrolment goes on regardless.
  }
}

/** `config` is the server's `/config` fetched right after enrolling, so the first form already knows the deployment. */
export function EnrollPage({
  onEnrolled,
}: {
  onEnrolled: (device: DeviceCredentials, config: ConfigResponse | null) => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [scanning, setScanning] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const outcome = await enrollDevice((...args) => fetch(...args), { code, label });
    if (outcome.ok) {
      try {
        await saveDevice(outcome.device);
      } catch {
        setFailure({ status: 0, code: 'storage', message: '' });
        setBusy(false);
        return;
      }
      await askForPersistentStorage();
      const { config } = await fetchConfig({ db, fetch: (...args) => fetch(...args), device: outcome.device }, null);
      onEnrolled(outcome.device, config);
      return;
    }
    setFailure(outcome.failure);
    setBusy(false);
  }

  return (
    <form class="page enroll" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('enroll.title')}</h1>
      <p>{t('enroll.intro')}</p>
      <div class="field">
        <label for="code">{t('enroll.code')}</label>
        <input
          id="code"
          name="code"
          class="code-input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={32}
          required
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      {scanning ? (
        <scanner.Page
          onCode={(scanned) => {
            setCode(scanned);
            setScanning(false);
          }}
          onClose={() => setScanning(false)}
        />
      ) : (
        <button type="button" onClick={() => setScanning(true)}>
          {t('enroll.scan')}
        </button>
      )}
      <div class="field">
        <label for="label">{t('enroll.label')}</label>
        <input id="label" name="label" value={label} maxLength={100} onInput={(e) => setLabel(e.currentTarget.value)} />
      </div>
      {failure && (
        <p class="banner error" role="alert" data-code={failure.code}>
          {t(enrollErrorKey(failure), { code: failure.code })}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t('enroll.busy') : t('enroll.submit')}
      </button>
    </form>
  );
}
