import { afterEach, beforeEach } from 'vitest';
import { enrollDevice, login, makeTestServer, type TestServer } from './test-server.ts';

export interface DeviceScene {
  server: TestServer;
  /** The bootstrap admin's session token. */
  admin: string;
  device: { deviceId: string; token: string };
}

/** A fresh server, a signed-in admin and one enrolled device (MPONDWE) for each test of the file. */
export function useDeviceScene(): () => DeviceScene {
  let scene: DeviceScene | undefined;
  beforeEach(async () => {
    const server = await makeTestServer();
    scene = { server, admin: await login(server), device: await enrollDevice(server) };
  });
  afterEach(() => scene?.server.cleanup());
  return () => {
    if (!scene) throw new Error('The scene exists only inside a test.');
    return scene;
  };
}
