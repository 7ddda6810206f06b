import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';

interface StorageInfo {
  persisted: boolean;
  usage: number;
  quota: number;
}

const NEARLY_FULL = 0.8;

async function readStorage(): Promise<StorageInfo | null> {
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]);
  return { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
}

export function StorageStatus() {
  const { t, language } = useI18n();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    readStorage().then(setInfo, () => setInfo(null));
  }, []);
  if (!info) return null;
  const nearlyFull = info.quota > 0 && info.usage / info.quota > NEARLY_FULL;
  return (
    <div class="storage-status" data-persisted={String(info.persisted)}>
      <p class="muted">
        {t('storage.usage', {
          used: formatBytes(info.usage, language.locale),
          quota: formatBytes(info.quota, language.locale),
        })}
      </p>
      {!info.persisted && <p class="banner warning">{t('storage.notPersisted')}</p>}
      {nearlyFull && <p class="banner error">{t('storage.nearlyFull')}</p>}
    </div>
  );
}
