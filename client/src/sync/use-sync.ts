import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { db } from '../db/database.ts';
import { saveLastSyncAt, type DeviceCredentials } from '../settings/settings.ts';
import { adoptDeviceFmp } from '../settings/adopt-device-fmp.ts';
import { gzipJson } from './encode-body.ts';
import { pushBatch, type BatchOutcome } from './push-batch.ts';
import { reportStatus } from './report-status.ts';
import { fetchConfig } from './fetch-config.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import { createSyncEngine, type SyncEngine, type SyncStatus } from './sync-engine.ts';

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0-dev';

async function storagePersisted(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) ?? false;
  } catch {
    return false;
  }
}

/** Another tab of the app pushing at the same moment would only waste the link, so pushes take a lock. */
async function exclusively(push: () => Promise<BatchOutcome>): Promise<BatchOutcome> {
  if (!('locks' in navigator)) return push();
  let outcome: BatchOutcome = { kind: 'offline' };
  await navigator.locks.request('fmp-collect-push', async () => {
    outcome = await push();
  });
  return outcome;
}

/**
 * `onMoved` gets the device with the FMP the server now gives it, after an officer moved it;
 * `onConfig` the `/config` fetched after each sync.
 */
export function useSync(
  device: DeviceCredentials,
  lastSyncAt: string | null,
  onMoved: (device: DeviceCredentials) => void,
  onConfig: (config: ConfigResponse) => void,
): { engine: SyncEngine; status: SyncStatus } {
  const current = useRef({ device, onMoved, onConfig });
  current.current = { device, onMoved, onConfig };
  // Only this page's life: after a reload the first sync downloads the config once in full.
  const configEtag = useRef<string | null>(null);
  const engine = useMemo(() => {
    const adopt = async (fmp: string | undefined) => {
      const moved = await adoptDeviceFmp(current.current.device, fmp);
      if (moved) current.current.onMoved(moved);
    };
    const deps = async () => ({
      db,
      // Wrapped: window.fetch called as a method of another object throws "Illegal invocation".
      fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
      device,
      appVersion: APP_VERSION,
      storagePersisted: await storagePersisted(),
    });
    return createSyncEngine({
      push: () =>
        exclusively(async () => {
          const outcome = await pushBatch({ ...(await deps()), encode: gzipJson });
          if (outcome.kind === 'pushed') await adopt(outcome.fmp);
          return outcome;
        }),
      // Each sync also asks for the deployment and the form versions in use: a change reaches the tablet at its next sync.
      report: async () => {
        await adopt((await reportStatus(await deps())) ?? undefined);
        const { config, etag } = await fetchConfig(await deps(), configEtag.current);
        configEtag.current = etag;
        if (config) current.current.onConfig(config);
      },
      pending: () => db.outbox.count(),
      lastSyncAt,
      events: window,
    });
    // A new engine only for a new device; lastSyncAt is just its starting point.
  }, [device.deviceId, device.token]);
  const [status, setStatus] = useState(engine.status());

  useEffect(() => {
    setStatus(engine.status());
    let saved = engine.status().lastSyncAt;
    const unsubscribe = engine.subscribe((next) => {
      setStatus(next);
      if (next.lastSyncAt && next.lastSyncAt !== saved) {
        saved = next.lastSyncAt;
        void saveLastSyncAt(next.lastSyncAt);
      }
    });
    engine.start();
    return () => {
      unsubscribe();
      engine.stop();
    };
  }, [engine]);

  return { engine, status };
}
