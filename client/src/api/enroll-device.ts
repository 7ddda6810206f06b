import { API_PREFIX, DeviceEnrollRequest, DeviceEnrollResponse } from '../../../shared/api.ts';
import { normalizeEnrollmentCode } from '../../../shared/enrollment-code.ts';
import { readApiError, type ApiFailure } from './api-error.ts';

export const ENROLL_PATH = `${API_PREFIX}/devices/enroll`;

export type EnrollOutcome = { ok: true; device: DeviceEnrollResponse } | { ok: false; failure: ApiFailure };

export async function enrollDevice(
  fetchFn: typeof fetch,
  input: { code: string; label: string },
): Promise<EnrollOutcome> {
  const label = input.label.trim();
  const request = DeviceEnrollRequest.safeParse({
    code: normalizeEnrollmentCode(input.code),
    ...(label ? { label } : {}),
  });
  if (!request.success) return { ok: false, failure: { status: 0, code: 'invalid-code', message: '' } };

  let response: Response;
  try {
    response = await fetchFn(ENROLL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.data),
    });
  } catch {
    return { ok: false, failure: { status: 0, code: 'network', message: '' } };
  }
  if (!response.ok) return { ok: false, failure: await readApiError(response) };
  const device = DeviceEnrollResponse.safeParse(await response.json().catch(() => null));
  if (!device.success) return { ok: false, failure: { status: response.status, code: 'bad-response', message: '' } };
  return { ok: true, device: device.data };
}
