import { API_PREFIX } from '../../../shared/api.ts';
import { StatusResponse } from '../../../shared/push.ts';
import type { PushDeps } from './push-batch.ts';
import { buildDeviceReport } from './push-body.ts';

export const STATUS_PATH = `${API_PREFIX}/sync/status`;

export type ReportDeps = Pick<PushDeps, 'db' | 'fetch' | 'device' | 'appVersion' | 'storagePersisted' | 'baseUrl'>;

/** Tells the server what the outbox holds now; the FMP the server answers with, or null when it did not take the report. */
export async function reportStatus(deps: ReportDeps): Promise<string | null> {
  const report = buildDeviceReport({
    pending: await deps.db.outbox.count(),
    oldestQueued: await deps.db.outbox.orderBy('seq').first(),
    appVersion: deps.appVersion,
    storagePersisted: deps.storagePersisted,
  });
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${STATUS_PATH}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deps.device.token}` },
      body: JSON.stringify(report),
    });
    if (!response.ok) return null;
    const answer = StatusResponse.safeParse(await response.json());
    return answer.success ? answer.data.fmp : null;
  } catch {
    return null;
  }
}
