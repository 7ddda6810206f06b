import { API_PREFIX, ConfigResponse } from '../../../shared/api.ts';
import type { PushDeps } from './push-batch.ts';

const CONFIG_PATH = `${API_PREFIX}/config`;

/** The ETag of the last `/config` read, so a sync that finds nothing changed costs a 304, not the forms again. */
let lastTag: string | null = null;

/** The deployment, FMPs and forms as the server has them now; null when unchanged or when it did not answer with them. */
export async function fetchConfig(
  deps: Pick<PushDeps, 'fetch' | 'device' | 'baseUrl'>,
): Promise<ConfigResponse | null> {
  try {
    const headers: Record<string, string> = { authorization: `Bearer ${deps.device.token}` };
    if (lastTag) headers['if-none-match'] = lastTag;
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${CONFIG_PATH}`, { headers });
    if (!response.ok) return null;
    const config = ConfigResponse.safeParse(await response.json());
    if (!config.success) return null;
    lastTag = response.headers.get('etag');
    return config.data;
  } catch {
    return null;
  }
}
