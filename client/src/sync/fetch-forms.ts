import { API_PREFIX, ConfigResponse } from '../../../shared/api.ts';
import { storeOfferedForms } from '../db/forms.ts';
import type { PushDeps } from './push-batch.ts';

export const CONFIG_PATH = `${API_PREFIX}/config`;

type FormsDeps = Pick<PushDeps, 'db' | 'fetch' | 'device' | 'baseUrl'>;

/**
 * Stores the form versions `/config` offers. `etag` is the last answer's: an unchanged config costs
 * one 304. Returns the ETag to send next time; a failure keeps what the tablet holds and the old ETag.
 */
export async function fetchForms(deps: FormsDeps, etag: string | null): Promise<string | null> {
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${CONFIG_PATH}`, {
      headers: { authorization: `Bearer ${deps.device.token}`, ...(etag ? { 'if-none-match': etag } : {}) },
    });
    if (response.status === 304 || !response.ok) return etag;
    const config = ConfigResponse.safeParse(await response.json());
    if (!config.success) return etag;
    await storeOfferedForms(deps.db, config.data.forms);
    return response.headers.get('etag');
  } catch {
    return etag;
  }
}
