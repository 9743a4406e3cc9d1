/**
 * Finding 9: the secrets a production instance starts with. Placeholders (.env.example's `change-me`,
 * Strapi's `tobemodified`), short values and missing required ones are refused; one value may not serve
 * two purposes (a code hash keyed with the cookie key). The report names the settings, never their values.
 */
import { describe, expect, it } from 'vitest';
import { SITE_SECRETS, STRAPI_SECRETS, assertSecrets, secretProblems } from '../../../cms/src/secrets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../scripts/testing/paths';
import { strongSecret, strongStrapiSecrets } from '../../../scripts/testing/secrets';
import { GENERATED } from '../../../scripts/lib/env-file.mjs';

const strong = strongSecret;
const goodStrapiEnv = strongStrapiSecrets;

/** The values .env.example ships. */
function exampleEnv(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of readFileSync(join(root, '.env.example'), 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined) values[match[1]] = match[2] ?? '';
  }
  return values;
}

describe('production secrets', () => {
  it('accepts strong, distinct secrets', () => {
    expect(secretProblems(goodStrapiEnv(), STRAPI_SECRETS)).toEqual([]);
    expect(() => assertSecrets(goodStrapiEnv(), STRAPI_SECRETS, 'Strapi')).not.toThrow();
  });

  it('refuses every secret .env.example ships, by name', () => {
    const example = exampleEnv();
    const env = { ...goodStrapiEnv(), ...Object.fromEntries(Object.entries(example).filter(([name]) => STRAPI_SECRETS.some((rule) => rule.name === name))) };
    const named = secretProblems(env, STRAPI_SECRETS).map((problem) => problem.name);
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'PREVIEW_SECRET']) expect(named).toContain(name);
  });

  it('refuses placeholders, short and missing secrets, and says which without showing them', () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['JWT_SECRET', 'change-me', 'placeholder'],
      ['JWT_SECRET', 'change-me-0123456789abcdefghijklmnopqrstuvwxyz', 'placeholder'],
      ['ADMIN_JWT_SECRET', 'tobemodified', 'placeholder'],
      ['API_TOKEN_SALT', 'short-but-random-9f8e7d', 'short'],
      ['TRANSFER_TOKEN_SALT', 'a'.repeat(64), 'placeholder'],
      ['CODE_HASH_SECRET', undefined, 'missing'],
      ['SITE_PROXY_SECRET', '', 'missing'],
      ['APP_KEYS', `${strong()},change-me-2`, 'placeholder'],
      ['APP_KEYS', `${strong()},tiny-key-9f8e`, 'short'],
      ['APP_KEYS', ' , ', 'missing'],
    ];
    for (const [name, value, reason] of cases) {
      const env: Record<string, string | undefined> = { ...goodStrapiEnv(), [name]: value };
      const problems = secretProblems(env, STRAPI_SECRETS);
      expect(problems, `${name}=${value}`).toEqual([{ name, reason }]);
      let message = '';
      try {
        assertSecrets(env, STRAPI_SECRETS, 'Strapi');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(name);
      if (value && value.length > 3) expect(message).not.toContain(value.split(',').pop());
    }
  });

  it('refuses one value for two purposes (code hashes keyed with the cookie key, the site proxy secret reused)', () => {
    const env = goodStrapiEnv();
    const key = (env.APP_KEYS ?? '').split(',')[0] ?? '';
    expect(secretProblems({ ...env, CODE_HASH_SECRET: key }, STRAPI_SECRETS)).toEqual([{ name: 'CODE_HASH_SECRET', reason: 'reused' }]);
    expect(secretProblems({ ...env, SITE_PROXY_SECRET: env.JWT_SECRET }, STRAPI_SECRETS)).toEqual([{ name: 'SITE_PROXY_SECRET', reason: 'reused' }]);
  });

  it('lets optional secrets be empty (a feature off) but never weak', () => {
    const env = goodStrapiEnv();
    expect(secretProblems({ ...env, PREVIEW_SECRET: '', SITE_REVALIDATE_SECRET: '' }, STRAPI_SECRETS)).toEqual([]);
    expect(secretProblems({ ...env, PREVIEW_SECRET: 'change-me' }, STRAPI_SECRETS)).toEqual([{ name: 'PREVIEW_SECRET', reason: 'placeholder' }]);
    expect(secretProblems({ ...env, SITE_REVALIDATE_SECRET: 'abc-12345' }, STRAPI_SECRETS)).toEqual([{ name: 'SITE_REVALIDATE_SECRET', reason: 'short' }]);
  });

  it("checks the site's secrets: the proxy secret is required, the others strong when set", () => {
    const site = { NUXT_PROXY_SECRET: strong(), NUXT_PREVIEW_SECRET: strong(), NUXT_REVALIDATE_SECRET: strong() };
    expect(secretProblems(site, SITE_SECRETS)).toEqual([]);
    expect(secretProblems({ ...site, NUXT_PROXY_SECRET: '' }, SITE_SECRETS)).toEqual([{ name: 'NUXT_PROXY_SECRET', reason: 'missing' }]);
    expect(secretProblems({ ...site, NUXT_PREVIEW_SECRET: 'change-me' }, SITE_SECRETS)).toEqual([{ name: 'NUXT_PREVIEW_SECRET', reason: 'placeholder' }]);
  });

  it('generates .env secrets that pass the check, one per purpose', () => {
    const env: Record<string, string> = {};
    for (const [name, make] of Object.entries(GENERATED)) env[name] = (make as () => string)();
    for (const rule of STRAPI_SECRETS.filter((rule) => rule.required)) expect(Object.keys(env), rule.name).toContain(rule.name);
    expect(secretProblems(env, STRAPI_SECRETS)).toEqual([]);
  });
});
