import { preferredLanguage, type Language } from '../i18n/languages.ts';
import { loadDevice, loadEnumerator, loadLanguage, loadLastSyncAt, type DeviceCredentials } from './settings.ts';

export interface StartupSettings {
  device: DeviceCredentials | undefined;
  language: Language;
  enumerator: string;
  lastSyncAt: string | null;
}

export async function loadStartupSettings(browserLanguages: readonly string[]): Promise<StartupSettings> {
  const [device, language, enumerator, lastSyncAt] = await Promise.all([
    loadDevice(),
    loadLanguage(),
    loadEnumerator(),
    loadLastSyncAt(),
  ]);
  return { device, language: language ?? preferredLanguage(browserLanguages), enumerator, lastSyncAt };
}
