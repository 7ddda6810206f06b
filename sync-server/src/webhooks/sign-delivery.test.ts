import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signDelivery } from './sign-delivery.ts';

describe('the signature of a delivery', () => {
  it('is sha256= and the hex HMAC of the timestamp, a dot and the body, as docs/api.md says', () => {
    const body = '{"events":[]}';
    const hmac = createHmac('sha256', 'shared secret value').update('1764763200.{"events":[]}').digest('hex');
    expect(signDelivery('shared secret value', 1764763200, body)).toBe(`sha256=${hmac}`);
  });

  it('changes with the timestamp, so an old signature does not fit a new time', () => {
    expect(signDelivery('s', 1, 'x')).not.toBe(signDelivery('s', 2, 'x'));
  });
});
