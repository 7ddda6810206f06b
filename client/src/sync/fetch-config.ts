import { API_PREFIX, ConfigResponse } from '../../../shared/api.ts';
import { storeOfferedForms } from '../db/forms.ts';
import type { PushDeps } from './push-batch.ts';

export const CONFIG_PATH = `${API_PREFIX}/config`;

type ConfigDeps = Pick<PushDeps, 'db' | 'fetch' | 'device' | 'baseUrl'>;

export interface ConfigFetch {
  /** The deployment, FMPs and forms as the server has them now; null when unchanged or not answered. */
  config: ConfigResponse | null;
  /** The ETag to send next time. */
  etag: string | null;
}

/**
 * Asks `/config` with the last answer's `etag`, so an unchanged config costs one 304, and stores the
 * form versions a new one offers. A failure keeps what the tablet holds and the old ETag.
 */
export async function fetchConfig(deps: ConfigDeps, etag: string | null): Promise<ConfigFetch> {
  const unchanged = { config: null, etag };
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${CONFIG_PATH}`, {
      headers: { authorization: `Bearer ${deps.device.token}`, ...(etag ? { 'if-none-match': etag } : {}) },
    });
    if (response.status === 304 || !response.ok) return unchanged;
    const config = ConfigResponse.safeParse(await response.json());
    if (!config.success) return unchanged;
    await storeOfferedForms(deps.db, config.data.forms);
    return { config: config.data, etag: response.headers.get('etag') };
  } catch {
    return unchanged;
  }
}
