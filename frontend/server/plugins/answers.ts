/**
 * The answers of the site's own API, made cheap for the pages that call it while they render (every
 * page does, for its content): see shared/utils/answer-json.ts.
 * - An answer held by the public data cache (the same frozen object for every reader) is turned into
 *   JSON once per cache entry, not on every request.
 * - A page render's own call gets such an answer as the object itself, by ticket, through the
 *   internal request (whose `__unenv__` is the page request's context): no JSON to write and parse
 *   again. Serializing and parsing an event page's data cost a good part of its render.
 */
import type { H3Event } from 'h3';

const serialized = new WeakMap<object, string>();
const jsonOf = (value: object): string => {
  let text = serialized.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    serialized.set(value, text);
  }
  return text;
};

type InternalRequest = { __unenv__?: Record<string, unknown> };

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event: H3Event) => {
    // the site's own calls made while a page renders are internal requests: only pages set this up
    if ((event.node.req as InternalRequest).__unenv__) return;
    const exchange: AnswerExchange = { texts: new WeakMap(), handed: new Map(), next: 0 };
    event.context[ANSWER_EXCHANGE_KEY] = exchange;
    const $fetch = event.$fetch;
    event.$fetch = ((request, options) => {
      // a call that reads the answer its own way gets it as it is
      if (options?.parseResponse || options?.responseType) return $fetch(request, options);
      const headers = new Headers(options?.headers);
      headers.set(ANSWER_HANDOFF_HEADER, '1');
      return $fetch(request, { ...options, headers: Object.fromEntries(headers), parseResponse: (text: string) => takeAnswer(text, exchange) });
    }) as typeof event.$fetch;
  });

  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const body = response.body;
    if (!isCachedValue(body)) return;
    const text = jsonOf(body);
    if (!event.node.res.getHeader('content-type')) setResponseHeader(event, 'content-type', 'application/json');
    const exchange = answerExchangeOf((event.node.req as InternalRequest).__unenv__);
    const asked = event.method === 'GET' && event.node.req.headers[ANSWER_HANDOFF_HEADER] === '1';
    response.body = exchange && asked ? handOver(exchange, body, text) : text;
  });
});
