import { countryCodes, countryNameIn, UNKNOWN } from '../../../../shared/code-lists/countries.ts';
import type { Deployment } from '../../../../shared/deployment.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useDeployment } from '../../settings/deployment-context.ts';
import { api, ApiFailure } from '../staff-api.ts';
import { useState } from 'preact/hooks';

const REFUSAL_KEYS = {
  'unknown-country': 'staff-admin.unknownCountry',
  'unknown-time-zone': 'staff-admin.unknownTimeZone',
  'invalid-neighbours': 'staff-admin.invalidNeighbours',
} as const;

const codesOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/** The deployment's country, time zone and neighbours: forms, tablets' defaults and calendars follow them. */
export function DeploymentSection({ onChanged }: { onChanged: () => void }) {
  const { t, language } = useI18n();
  const deployment = useDeployment();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [country, setCountry] = useState(deployment?.country ?? '');
  const [timeZone, setTimeZone] = useState(deployment?.timeZone ?? '');
  const [neighbours, setNeighbours] = useState(deployment?.neighbours.join(', ') ?? '');
  if (!deployment) return null;
  const countries = countryCodes()
    .filter((code) => code !== UNKNOWN)
    .map((code) => ({ code, name: countryNameIn(code, language.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, language.locale));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const next: Deployment = { country, timeZone: timeZone.trim(), neighbours: codesOf(neighbours) };
    try {
      await api('/deployment', { method: 'PUT', body: next });
      setMessage({ error: false, text: t('staff-admin.deploymentSaved') });
      onChanged();
    } catch (err) {
      const key = err instanceof ApiFailure && Object.hasOwn(REFUSAL_KEYS, err.code) ? err.code : null;
      const text = key
        ? t(REFUSAL_KEYS[key as keyof typeof REFUSAL_KEYS])
        : t('staff.failed', { message: (err as Error).message });
      setMessage({ error: true, text });
    }
  };

  return (
    <section>
      <h2 id="deployment-title">{t('staff-admin.deploymentTitle')}</h2>
      <p>{t('staff-admin.deploymentHelp')}</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      <form class="filters" aria-labelledby="deployment-title" onSubmit={(e) => void save(e)}>
        <label>
          {t('staff-admin.country')}
          <select value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('staff-admin.timeZone')}
          <input value={timeZone} onInput={(e) => setTimeZone(e.currentTarget.value)} required />
        </label>
        <label>
          {t('staff-admin.neighbours')}
          <input value={neighbours} onInput={(e) => setNeighbours(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('staff-admin.saveDeployment')}</button>
      </form>
    </section>
  );
}
