/**
 * The module's decisions, pure: no Strapi, no database, the clock passed in. Unit-tested in
 * __tests__/ping.unit.test.ts. Replace this example with the module's own rules.
 */

export interface Pong {
  echo: string;
  at: string;
}

export type PingRefusal = { reason: 'echo-too-long'; max: number };

export type PingResult = { ok: true; pong: Pong } | { ok: false; refusal: PingRefusal };

/** Echoes `echo` (trimmed) with the time it was answered, or refuses a text longer than `maxEchoLength`. */
export function answerPing(echo: string, options: { maxEchoLength: number; now: Date }): PingResult {
  const text = echo.trim();
  if (text.length > options.maxEchoLength) return { ok: false, refusal: { reason: 'echo-too-long', max: options.maxEchoLength } };
  return { ok: true, pong: { echo: text, at: options.now.toISOString() } };
}
