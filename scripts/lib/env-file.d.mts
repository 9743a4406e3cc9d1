// Types of env-file.mjs (plain JavaScript: it runs before `npm ci`) for the TypeScript that imports it.
export const GENERATED: Record<string, () => string>;
export function parseEnv(text: string): Record<string, string>;
export function ensureEnvFile(path: string): string[];
export function loadEnv(path: string): Record<string, string | undefined>;
