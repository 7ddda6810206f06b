import { saveDevice, type DeviceCredentials } from './settings.ts';

/**
 * Takes the FMP the server names in a push answer (an officer may have moved the tablet): saved, so
 * that new records, tallies and the home page use it from now on. Null when nothing changed.
 */
export async function adoptDeviceFmp(
  device: DeviceCredentials,
  fmp: string | undefined,
): Promise<DeviceCredentials | null> {
  if (fmp === undefined || fmp === device.fmp) return null;
  const moved = { ...device, fmp };
  await saveDevice(moved);
  return moved;
}
