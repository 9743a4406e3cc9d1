import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, isPreviewPath, securityHeaders } from '../../../server/utils/security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const base = { scriptHashes: [sha('window.__NUXT__={}')], mediaOrigins: ['https://cms.uni.test'], adminOrigin: 'https://cms.uni.test', hstsMaxAge: 31536000 };
const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `)) ?? '';

describe('the site security headers', () => {
  it('lets only its own files and the hashed inline scripts run', () => {
    const csp = contentSecurityPolicy({ ...base, frameAncestors: [] });
    expect(directive(csp, 'script-src')).toBe(`script-src 'self' ${sha('window.__NUXT__={}')}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp, 'frame-src')).toContain('https://www.youtube-nocookie.com');
    expect(directive(csp, 'frame-src')).not.toMatch(/https:(\s|$)/);
  });

  it('hashes executable inline scripts only, not JSON data or files', () => {
    const html = '<script>window.__NUXT__={}</script><script type="application/json" id="__NUXT_DATA__">[1]</script><script type="module" src="/_nuxt/a.js"></script><script type="module">import("/x")</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('window.__NUXT__={}'), sha('import("/x")')]);
  });

  it('refuses framing everywhere (the account page included) except the preview, which only the admin may frame', () => {
    for (const path of ['/', '/cabinet/data', '/en/cabinet/data', '/signin?redirect=/preview/events/x', '/PREVIEW/events/x', '/preview/events/x/../../cabinet/data', '/api/preview/events/x']) {
      const headers = securityHeaders({ ...base, path });
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(directive(headers['content-security-policy']!, 'frame-ancestors'), path).toBe("frame-ancestors 'none'");
    }
    for (const path of ['/preview/events/abc?token=t&status=draft', '/en/preview/events/abc']) {
      const headers = securityHeaders({ ...base, path });
      expect(headers['x-frame-options'], path).toBeUndefined();
      expect(directive(headers['content-security-policy']!, 'frame-ancestors'), path).toBe('frame-ancestors https://cms.uni.test');
    }
    expect(isPreviewPath('/preview/events/')).toBe(false);
  });

  it('sends HSTS, nosniff and a referrer policy', () => {
    const headers = securityHeaders({ ...base, path: '/' });
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(securityHeaders({ ...base, path: '/', hstsMaxAge: 0 })['strict-transport-security']).toBeUndefined();
  });
});
