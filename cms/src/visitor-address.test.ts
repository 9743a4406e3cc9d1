import { describe, expect, it } from 'vitest';
import {
  VISITOR_ADDRESS_HEADER,
  VISITOR_SIGNATURE_HEADER,
  VISITOR_SIGNATURE_TTL_SECONDS,
  isVisitorAddress,
  signVisitorAddress,
  verifyVisitorAddress,
} from './visitor-address.js';

const SECRET = 'site-proxy-secret-of-the-test-0123456789';
const NOW = new Date('2026-11-26T03:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

async function signed(address: string, secret = SECRET, now = NOW) {
  const headers = await signVisitorAddress(secret, address, now);
  return { address: headers[VISITOR_ADDRESS_HEADER], signature: headers[VISITOR_SIGNATURE_HEADER] };
}

describe('visitor address vouched for by the site', () => {
  it('is taken when the signature holds, for IPv4 and IPv6', async () => {
    for (const address of ['203.0.113.7', '2001:db8::1', '::ffff:198.51.100.2']) {
      const headers = await signed(address);
      expect(headers.address).toBe(address);
      expect(await verifyVisitorAddress(SECRET, headers.address, headers.signature, NOW)).toBe(address);
    }
  });

  it('is refused for another address than the one signed (a client cannot reuse a signature)', async () => {
    const { signature } = await signed('203.0.113.7');
    expect(await verifyVisitorAddress(SECRET, '203.0.113.8', signature, NOW)).toBeNull();
  });

  it('is refused under another secret, without a secret, or with no signature', async () => {
    const { address, signature } = await signed('203.0.113.7');
    expect(await verifyVisitorAddress('another-secret-0123456789abcdef', address, signature, NOW)).toBeNull();
    expect(await verifyVisitorAddress('', address, signature, NOW)).toBeNull();
    expect(await verifyVisitorAddress(SECRET, address, undefined, NOW)).toBeNull();
    expect(await verifyVisitorAddress(SECRET, address, 'garbage', NOW)).toBeNull();
  });

  it('expires, and a signature dated far ahead is refused too', async () => {
    const { address, signature } = await signed('203.0.113.7');
    expect(await verifyVisitorAddress(SECRET, address, signature, at(VISITOR_SIGNATURE_TTL_SECONDS - 1))).toBe(address);
    expect(await verifyVisitorAddress(SECRET, address, signature, at(VISITOR_SIGNATURE_TTL_SECONDS))).toBeNull();
    const ahead = await signed('203.0.113.7', SECRET, at(3600));
    expect(await verifyVisitorAddress(SECRET, ahead.address, ahead.signature, NOW)).toBeNull();
  });

  it('signs nothing without a secret or for what is not one address', async () => {
    expect(await signVisitorAddress('', '203.0.113.7', NOW)).toEqual({});
    for (const bad of ['', 'unknown', '203.0.113.7, 10.0.0.1', '999.1.1.1', '203.0.113.7:8080', 'fe80::1%eth0', '<script>']) {
      expect(isVisitorAddress(bad)).toBe(false);
      expect(await signVisitorAddress(SECRET, bad, NOW)).toEqual({});
    }
  });
});
