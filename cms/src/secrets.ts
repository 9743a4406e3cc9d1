/**
 * The secrets a production instance may start with, for Strapi (config/server.ts) and the site
 * (frontend/server/plugins/security.ts). Placeholders (.env.example's `change-me`, Strapi's
 * `tobemodified`), values shorter than 32 characters and missing required secrets are refused, and one
 * value may not serve two purposes (a code hash keyed with the cookie key would let whoever learns one
 * forge the other). Reports name the settings, never their values.
 */

/** One secret setting. */
export interface SecretRule {
  /** The environment variable. */
  name: string;
  /** Required: missing or empty is refused. Optional: empty turns its feature off, a weak value is refused. */
  required: boolean;
  /** A comma-separated list of keys (APP_KEYS), each checked. */
  list?: boolean;
}

export type SecretProblemReason = 'missing' | 'placeholder' | 'short' | 'reused';

export interface SecretProblem {
  name: string;
  reason: SecretProblemReason;
}

/** 32 characters: 24 random bytes in base64, 16 in hex: what `openssl rand -base64 32` comfortably exceeds. */
export const MIN_SECRET_LENGTH = 32;

/** Strapi's secrets (config/server.ts checks them when NODE_ENV=production). */
export const STRAPI_SECRETS: readonly SecretRule[] = [
  { name: 'APP_KEYS', required: true, list: true },
  { name: 'API_TOKEN_SALT', required: true },
  { name: 'ADMIN_JWT_SECRET', required: true },
  { name: 'TRANSFER_TOKEN_SALT', required: true },
  { name: 'JWT_SECRET', required: true },
  { name: 'ENCRYPTION_KEY', required: true },
  // keys sign-in code hashes: never the cookie key
  { name: 'CODE_HASH_SECRET', required: true },
  // without it every visitor shares the site's sign-in budget
  { name: 'SITE_PROXY_SECRET', required: true },
  { name: 'PREVIEW_SECRET', required: false },
  { name: 'SITE_REVALIDATE_SECRET', required: false },
  { name: 'SITE_API_TOKEN', required: false },
];

/** The site's secrets (the Nuxt server checks them in production builds). */
export const SITE_SECRETS: readonly SecretRule[] = [
  { name: 'NUXT_PROXY_SECRET', required: true },
  { name: 'NUXT_PREVIEW_SECRET', required: false },
  { name: 'NUXT_REVALIDATE_SECRET', required: false },
];

// .env.example's and Strapi's templates' placeholders, and the obvious stand-ins
const PLACEHOLDER = /^(change-?me|tobemodified|to-?be-?modified|replace-?me|secret|password|example|default|xxx|test|todo)/i;

function placeholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  // one repeated character, or fewer than 8 distinct ones, is no secret whatever its length
  return new Set(value).size < 8;
}

function keysOf(rule: SecretRule, value: string | undefined): string[] {
  const raw = (value ?? '').trim();
  if (!rule.list) return raw === '' ? [] : [raw];
  return raw
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}

/** What is wrong with the secrets in `env` under `rules` (empty: all good). One problem per setting. */
export function secretProblems(env: Readonly<Record<string, string | undefined>>, rules: readonly SecretRule[]): SecretProblem[] {
  const problems: SecretProblem[] = [];
  const owner = new Map<string, string>();
  for (const rule of rules) {
    const keys = keysOf(rule, env[rule.name]);
    let reason: SecretProblemReason | null = null;
    if (keys.length === 0) reason = rule.required ? 'missing' : null;
    else if (keys.some(placeholder)) reason = 'placeholder';
    else if (keys.some((key) => key.length < MIN_SECRET_LENGTH)) reason = 'short';
    else if (keys.some((key) => owner.has(key) && owner.get(key) !== rule.name)) reason = 'reused';
    if (reason) problems.push({ name: rule.name, reason });
    for (const key of keys) if (!owner.has(key)) owner.set(key, rule.name);
  }
  return problems;
}

const EXPLAINED: Record<SecretProblemReason, string> = {
  missing: 'is not set',
  placeholder: 'is a placeholder (e.g. the value of .env.example)',
  short: `is shorter than ${MIN_SECRET_LENGTH} characters`,
  reused: 'has the same value as another secret (one key per purpose)',
};

/** Throws, naming every weak setting (never its value), unless the secrets in `env` pass `rules`. */
export function assertSecrets(env: Readonly<Record<string, string | undefined>>, rules: readonly SecretRule[], who: string): void {
  const problems = secretProblems(env, rules);
  if (problems.length === 0) return;
  const lines = problems.map((problem) => `  ${problem.name} ${EXPLAINED[problem.reason]}`);
  throw new Error(
    `${who} refuses to start in production with weak secrets:\n${lines.join('\n')}\n` +
      `Generate each one apart, e.g. \`openssl rand -base64 32\` (APP_KEYS: several, comma-separated), or run \`npm run setup\` to write them into .env.`,
  );
}
