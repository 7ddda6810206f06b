import { useState } from 'preact/hooks';
import { enrollDevice } from '../api/enroll-device.ts';
import { enrollErrorKey } from '../api/enroll-error-key.ts';
import type { ApiFailure } from '../api/api-error.ts';
import { fillPlaceholders } from '../../../shared/i18n.ts';
import { useStrings } from '../i18n/language-context.ts';
import { enrollStrings } from '../i18n/strings/enroll.ts';
import { lazyPage } from '../components/lazy-page.tsx';
import { saveDevice, type DeviceCredentials } from '../settings/settings.ts';

/** The QR decoder is only fetched when someone scans: most tablets are enrolled once. */
const scanner = lazyPage(() => import('../components/qr-scanner.tsx'));

async function askForPersistentStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Refusal is shown on the home page; enrolment goes on regardless.
  }
}

export function EnrollPage({ onEnrolled }: { onEnrolled: (device: DeviceCredentials) => void }) {
  const s = useStrings(enrollStrings);
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
      onEnrolled(outcome.device);
      return;
    }
    setFailure(outcome.failure);
    setBusy(false);
  }

  return (
    <form class="page enroll" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <div class="field">
        <label for="code">{s.code}</label>
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
          {s.scan}
        </button>
      )}
      <div class="field">
        <label for="label">{s.label}</label>
        <input id="label" name="label" value={label} maxLength={100} onInput={(e) => setLabel(e.currentTarget.value)} />
      </div>
      {failure && (
        <p class="banner error" role="alert" data-code={failure.code}>
          {fillPlaceholders(s[enrollErrorKey(failure)], { code: failure.code })}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? s.busy : s.submit}
      </button>
    </form>
  );
}
