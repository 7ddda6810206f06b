import { useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages.ts';
import { useT } from '../i18n.ts';
import { api, type Session } from '../staff-api.ts';

export function SignInPage({ onSignedIn, onLanguage }: { onSignedIn: (s: Session) => void; onLanguage: (l: Language) => void }) {
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      onSignedIn(await api<Session>('/sessions', { method: 'POST', body: { username: form.get('username'), password: form.get('password') } }));
    } catch {
      setFailed(true);
    }
  };
  return (
    <main class="staff-main sign-in">
      <h1>{t('appTitle')}</h1>
      <p>
        {LANGUAGES.map((l) => (
          <button type="button" class="link" key={l} onClick={() => onLanguage(l)}>{LANGUAGE_NAMES[l]}</button>
        ))}
      </p>
      <form onSubmit={submit}>
        <label>{t('username')}<input name="username" autocomplete="username" required /></label>
        <label>{t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
        {failed && <p role="alert" class="error">{t('wrongCredentials')}</p>}
        <button type="submit">{t('signIn')}</button>
      </form>
    </main>
  );
}
