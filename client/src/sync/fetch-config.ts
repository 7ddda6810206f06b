import { API_PREFIX, ConfigResponse } from '../../../shared/api.ts';
import type { PushDeps } from './push-batch.ts';

const CONFIG_PATH = `${API_PREFIX}/config`;

/** The deployment, FMPs and forms as the server has them now; null when it did not answer with them. */
export async function fetchConfig(
  deps: Pick<PushDeps, 'fetch' | 'device' | 'baseUrl'>,
): Promise<ConfigResponse | null> {
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${CONFIG_PATH}`, {
      headers: { authorization: `Bearer ${deps.device.token}` },
    });
    if (!response.ok) return null;
    const config = ConfigResponse.safeParse(await response.json());
    return config.success ? config.data : null;
  } catch {
    return null;
  }
}
