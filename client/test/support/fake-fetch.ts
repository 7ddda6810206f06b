import { DeviceReport, PushRequest, type PushResult } from '../../../shared/push.ts';
import { STATUS_PATH } from '../../src/sync/report-status.ts';

export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
  body: PushRequest;
}

export const FAKE_DEVICE_FMP = 'MPONDWE';

type Reply = Response | Error | ((body: PushRequest) => Response);

/**
 * A stand-in for fetch that answers each push with the next reply and records what was sent;
 * status reports are recorded apart and answered with the device's FMP.
 */
export function fakeFetch(...replies: Reply[]): { fetch: typeof fetch; calls: FetchCall[]; reports: DeviceReport[] } {
  const calls: FetchCall[] = [];
  const reports: DeviceReport[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const sent: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
    if (String(input).endsWith(STATUS_PATH)) {
      reports.push(DeviceReport.parse(sent));
      return Promise.resolve(jsonResponse({ fmp: FAKE_DEVICE_FMP }));
    }
    const body = PushRequest.parse(sent);
    calls.push({ url: String(input), init, body });
    const reply = replies.shift() ?? acceptAll;
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve(typeof reply === 'function' ? reply(body) : reply);
  };
  return { fetch: fetchFn, calls, reports };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function pushReply(results: PushResult[]): Response {
  return jsonResponse({ results, serverTime: '2024-05-01T08:00:00Z' });
}

export function acceptAll(body: PushRequest): Response {
  return pushReply(body.records.map((r) => ({ id: idOf(r), status: 'accepted' })));
}

export function idOf(record: unknown): string | null {
  return typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string'
    ? record.id
    : null;
}
