import type { Language } from '../../../shared/i18n.ts';
import { preferredLanguage } from '../i18n/languages.ts';
import {
  loadDevice,
  loadEnumerator,
  loadLanguage,
  loadLastSyncAt,
  loadOpenPage,
  type DeviceCredentials,
  type OpenPage,
} from './settings.ts';

export interface StartupSettings {
  device: DeviceCredentials | undefined;
  language: Language;
  enumerator: string;
  lastSyncAt: string | null;
  openPage: OpenPage | null;
}

export async function loadStartupSettings(browserLanguages: readonly string[]): Promise<StartupSettings> {
  const [device, language, enumerator, lastSyncAt, openPage] = await Promise.all([
    loadDevice(),
    loadLanguage(),
    loadEnumerator(),
    loadLastSyncAt(),
    loadOpenPage(),
  ]);
  return { device, language: language ?? preferredLanguage(browserLanguages), enumerator, lastSyncAt, openPage };
}
