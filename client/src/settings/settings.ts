import { createStore, del, get, set } from 'idb-keyval';
import { z } from 'zod';
import { DeviceEnrollResponse } from '../../../shared/api.ts';
import { Deployment } from '../../../shared/deployment.ts';
import type { Language } from '../../../shared/i18n.ts';
import { isLanguage } from '../i18n/languages.ts';

/** Small settings live apart from the records database so that clearing one never touches the other. */
const store = createStore('fmp-collect-settings', 'keyval');

const SETTING_KEYS = {
  device: 'device',
  language: 'language',
  enumerator: 'enumerator',
  enumerators: 'enumerators',
  lastSyncAt: 'lastSyncAt',
  openPage: 'openPage',
  deployment: 'deployment',
} as const;

export type DeviceCredentials = DeviceEnrollResponse;

export async function loadDevice(): Promise<DeviceCredentials | undefined> {
  const parsed = DeviceEnrollResponse.safeParse(await get(SETTING_KEYS.device, store));
  return parsed.success ? parsed.data : undefined;
}

export function saveDevice(device: DeviceCredentials): Promise<void> {
  return set(SETTING_KEYS.device, device, store);
}

/** Forgets only the credentials: records and the outbox stay for the next enrolment. */
export function forgetDevice(): Promise<void> {
  return del(SETTING_KEYS.device, store);
}

export async function loadLanguage(): Promise<Language | undefined> {
  const value: unknown = await get(SETTING_KEYS.language, store);
  return isLanguage(value) ? value : undefined;
}

export function saveLanguage(language: Language): Promise<void> {
  return set(SETTING_KEYS.language, language, store);
}

export async function loadEnumerator(): Promise<string> {
  const parsed = z.string().safeParse(await get(SETTING_KEYS.enumerator, store));
  return parsed.success ? parsed.data : '';
}

export function saveEnumerator(name: string): Promise<void> {
  return set(SETTING_KEYS.enumerator, name, store);
}

export async function loadLastSyncAt(): Promise<string | null> {
  const parsed = z.string().safeParse(await get(SETTING_KEYS.lastSyncAt, store));
  return parsed.success ? parsed.data : null;
}

export function saveLastSyncAt(at: string): Promise<void> {
  return set(SETTING_KEYS.lastSyncAt, at, store);
}

/** Names used on this tablet, most recent first, so the next shift picks theirs with one tap. */
const KNOWN_NAMES = 8;

export async function loadEnumerators(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await get(SETTING_KEYS.enumerators, store));
  return parsed.success ? parsed.data : [];
}

export async function rememberEnumerator(name: string): Promise<void> {
  const known = await loadEnumerators();
  await set(SETTING_KEYS.enumerators, [name, ...known.filter((n) => n !== name)].slice(0, KNOWN_NAMES), store);
}

/** The form or tally on screen, so a reload or a killed tab reopens it rather than the home page. */
export const OpenPage = z.union([
  z.object({ page: z.literal('tally') }),
  z.object({ page: z.literal('form'), recordId: z.string() }),
]);
export type OpenPage = z.infer<typeof OpenPage>;

export async function loadOpenPage(): Promise<OpenPage | null> {
  const parsed = OpenPage.safeParse(await get(SETTING_KEYS.openPage, store));
  return parsed.success ? parsed.data : null;
}

export function saveOpenPage(page: OpenPage | null): Promise<void> {
  return page ? set(SETTING_KEYS.openPage, page, store) : del(SETTING_KEYS.openPage, store);
}

/** The deployment from the last `/config`: forms, defaults and the country list follow it offline. */
export async function loadDeployment(): Promise<Deployment | null> {
  const parsed = Deployment.safeParse(await get(SETTING_KEYS.deployment, store));
  return parsed.success ? parsed.data : null;
}

export function saveDeployment(deployment: Deployment): Promise<void> {
  return set(SETTING_KEYS.deployment, deployment, store);
}
