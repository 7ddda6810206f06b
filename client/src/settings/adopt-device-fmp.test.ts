import { describe, expect, it } from 'vitest';
import { adoptDeviceFmp } from './adopt-device-fmp.ts';
import { loadDevice, saveDevice } from './settings.ts';

const device = { deviceId: 'device-1', token: 'secret-token', fmp: 'MPONDWE' };

describe('adoptDeviceFmp', () => {
  it('saves the FMP an officer moved the tablet to, for the next records and the next start', async () => {
    await saveDevice(device);
    expect(await adoptDeviceFmp(device, 'GOLI')).toEqual({ ...device, fmp: 'GOLI' });
    expect(await loadDevice()).toEqual({ ...device, fmp: 'GOLI' });
  });

  it('changes nothing when the server names the same FMP, or none', async () => {
    await saveDevice(device);
    expect(await adoptDeviceFmp(device, 'MPONDWE')).toBeNull();
    expect(await adoptDeviceFmp(device, undefined)).toBeNull();
    expect(await loadDevice()).toEqual(device);
  });
});
