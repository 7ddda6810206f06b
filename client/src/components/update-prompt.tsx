import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useI18n } from '../i18n/i18n-context.ts';

const HOUR_MS = 60 * 60_000;

/** The plugin reloads only pages that were controlled when they registered; a first-install page was not. */
function reloadOnceControlled(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
}

/** A new version waits for the person: the page is never reloaded under an open form. */
export function UpdatePrompt({ formOpen }: { formOpen: boolean }) {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Tablets stay open for days, so look for a new version now and then, not only at load.
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR_MS);
    },
  });

  if (needRefresh) {
    return (
      <div class="banner update" role="status">
        <strong>{t('update.ready')}</strong>
        {formOpen ? (
          <span>{t('update.finishForm')}</span>
        ) : (
          <button
            type="button"
            onClick={() => {
              reloadOnceControlled();
              void updateServiceWorker(true);
            }}
          >
            {t('update.install')}
          </button>
        )}
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="banner info" role="status">
        <span>{t('update.offlineReady')}</span>
        <button type="button" onClick={() => setOfflineReady(false)}>
          {t('update.ok')}
        </button>
      </div>
    );
  }
  return null;
}
