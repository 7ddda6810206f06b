import type { Language } from '../../../shared/i18n.ts';
import { preferredLanguage } from '../i18n/languages.ts';
import type { Deployment } from '../../../shared/deployment.ts';
import {
  loadDeployment,
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
  deployment: Deployment | null;
}

export async function loadStartupSettings(browserLanguages: readonly string[]): Promise<StartupSettings> {
  const [device, language, enumerator, lastSyncAt, openPage, deployment] = await Promise.all([
    loadDevice(),
    loadLanguage(),
    loadEnumerator(),
    loadLastSyncAt(),
    loadOpenPage(),
    loadDeployment(),
  ]);
  const preferred = language ?? preferredLanguage(browserLanguages);
  return { device, language: preferred, enumerator, lastSyncAt, openPage, deployment };
}
