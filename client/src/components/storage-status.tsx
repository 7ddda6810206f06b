import { useEffect, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../../shared/i18n.ts';
import { formatBytes } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { storageStrings } from '../i18n/strings/storage.ts';

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
  const s = useStrings(storageStrings);
  const { language } = useLanguage();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    readStorage().then(setInfo, () => setInfo(null));
  }, []);
  if (!info) return null;
  const nearlyFull = info.quota > 0 && info.usage / info.quota > NEARLY_FULL;
  return (
    <div class="storage-status" data-persisted={String(info.persisted)}>
      <p class="muted">
        {fillPlaceholders(s.usage, { used: formatBytes(info.usage, language), quota: formatBytes(info.quota, language) })}
      </p>
      {!info.persisted && <p class="banner warning">{s.notPersisted}</p>}
      {nearlyFull && <p class="banner error">{s.nearlyFull}</p>}
    </div>
  );
}
