import { useState } from 'preact/hooks';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, type Session } from '../staff-api.ts';

export function SignInPage({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const { t, setLanguage } = useI18n();
  const [failed, setFailed] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      onSignedIn(
        await api<Session>('/sessions', {
          method: 'POST',
          body: { username: form.get('username'), password: form.get('password') },
        }),
      );
    } catch {
      setFailed(true);
    }
  };
  return (
    <main class="staff-main sign-in">
      <h1>{t('staff.appTitle')}</h1>
      <p>
        {LANGUAGES.map((l) => (
          <button type="button" class="link" key={l.code} lang={l.code} dir={l.dir} onClick={() => setLanguage(l.code)}>
            {l.name}
          </button>
        ))}
      </p>
      <form onSubmit={submit}>
        <label>
          {t('staff.username')}
          <input name="username" autocomplete="username" required />
        </label>
        <label>
          {t('staff.password')}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {failed && (
          <p role="alert" class="error">
            {t('staff.wrongCredentials')}
          </p>
        )}
        <button type="submit">{t('staff.signIn')}</button>
      </form>
    </main>
  );
}
