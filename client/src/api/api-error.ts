import { ApiError } from '../../../shared/api.ts';

export interface ApiFailure {
  status: number;
  code: string;
  message: string;
}

/** Reads the error envelope; a body that is not one (a proxy's HTML page) still yields a code. */
export async function readApiError(response: Response): Promise<ApiFailure> {
  const parsed = ApiError.safeParse(await response.json().catch(() => null));
  return parsed.success
    ? { status: response.status, code: parsed.data.error.code, message: parsed.data.error.message }
    : { status: response.status, code: `http-${response.status}`, message: response.statusText };
}
