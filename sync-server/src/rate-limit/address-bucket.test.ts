import { describe, expect, it } from 'vitest';
import { addressBucket } from './address-bucket.ts';

describe('addressBucket', () => {
  it.each([
    ['an IPv4 address as it is', '203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address as its IPv4 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address in hex as its IPv4 address', '::ffff:cb00:7107', '203.0.113.7'],
    ['an IPv6 address as its /64', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['a short IPv6 address as its /64', '2001:DB8::1', '2001:db8:0:0::/64'],
    ['IPv6 loopback as its /64', '::1', '0:0:0:0::/64'],
    ['something that is no address as it is', 'unknown', 'unknown'],
  ])('keys %s', (_name, address, expected) => {
    expect(addressBucket(address)).toBe(expected);
  });
});
