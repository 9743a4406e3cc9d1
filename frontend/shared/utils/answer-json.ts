/**
 * How a page render receives the answers of the site's own API (server/plugins/answers.ts) and
 * carries them in its payload (app/plugins/answer-payload.ts): an answer held by the public data
 * cache is handed over as the very (frozen) object, with the JSON text the cache made of it once;
 * any other answer is parsed from its JSON text, which is kept. The payload then carries that text as
 * it is, instead of serializing the object value by value again.
 */
export type AnswerTexts = WeakMap<object, string>;

/** What a page request keeps in its event context. */
export interface AnswerExchange {
  /** The JSON text of each answer object, for the payload. */
  texts: AnswerTexts;
  /** Objects handed over by ticket, until the call that asked takes them. */
  handed: Map<string, object>;
  next: number;
}

export const ANSWER_EXCHANGE_KEY = 'mmsoAnswers';
/** The header by which a page render's own call asks for a handover. */
export const ANSWER_HANDOFF_HEADER = 'x-mmso-answer-handoff';
const TICKET = '{"mmsoAnswerTicket":"';

export function answerExchangeOf(context: Record<string, unknown> | undefined): AnswerExchange | undefined {
  const exchange = context?.[ANSWER_EXCHANGE_KEY];
  return typeof exchange === 'object' && exchange !== null && 'handed' in exchange ? (exchange as AnswerExchange) : undefined;
}

/** Hands `value` (and its JSON text) to the page render of `exchange`; the answer's body is the ticket. */
export function handOver(exchange: AnswerExchange, value: object, text: string): string {
  exchange.next += 1;
  const ticket = String(exchange.next);
  exchange.handed.set(ticket, value);
  exchange.texts.set(value, text);
  return `${TICKET}${ticket}"}`;
}

// keys that must never become own properties of parsed data (as in ofetch's default parser)
const UNSAFE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;
const dropUnsafe = (key: string, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value);

/**
 * An answer as the page render uses it: the object handed over for a ticket, or the JSON text
 * parsed like ofetch does (text that is no JSON stays text), its text kept for an object.
 */
export function takeAnswer(text: string, exchange: AnswerExchange): unknown {
  if (text.startsWith(TICKET)) {
    const ticket = text.slice(TICKET.length, -2);
    const value = exchange.handed.get(ticket);
    if (!value) throw new Error(`no answer was handed over for ticket ${ticket}`);
    exchange.handed.delete(ticket);
    return value;
  }
  const unsafe = UNSAFE_KEY.test(text);
  let value: unknown;
  try {
    value = JSON.parse(text, unsafe ? dropUnsafe : undefined);
  } catch {
    return text;
  }
  if (!unsafe && typeof value === 'object' && value !== null) exchange.texts.set(value, text);
  return value;
}
