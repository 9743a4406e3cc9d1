import { describe, expect, it } from 'vitest';
import { handOver, takeAnswer, type AnswerExchange } from '../../../shared/utils/answer-json';
import { isCachedValue, SwrCache } from '../../../server/utils/swr-cache';

const exchange = (): AnswerExchange => ({ texts: new WeakMap(), handed: new Map(), next: 0 });

describe('answers of the site API during a page render', () => {
  it('hands a cached object over by ticket, once, with its JSON text for the payload', () => {
    const answers = exchange();
    const value = { items: [{ title: 'Хакатон' }] };
    const body = handOver(answers, value, JSON.stringify(value));
    expect(body.length).toBeLessThan(40);
    expect(takeAnswer(body, answers)).toBe(value);
    expect(answers.texts.get(value)).toBe('{"items":[{"title":"Хакатон"}]}');
    expect(() => takeAnswer(body, answers)).toThrow(/no answer/);
  });

  it('parses other answers and keeps their text; text that is no JSON stays text', () => {
    const answers = exchange();
    const text = '{"organization":{"name":"МИЦО"}}';
    const value = takeAnswer(text, answers) as { organization: { name: string } };
    expect(value.organization.name).toBe('МИЦО');
    expect(answers.texts.get(value)).toBe(text);
    expect(takeAnswer('not json', answers)).toBe('not json');
    expect(takeAnswer('42', answers)).toBe(42);
  });

  it('drops keys that could reach prototypes, and then keeps no text (it would not match the object)', () => {
    const answers = exchange();
    const value = takeAnswer('{"a":1,"__proto__":{"polluted":true},"b":{"constructor":{"x":1}}}', answers) as Record<string, unknown>;
    expect(value).toEqual({ a: 1, b: {} });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(answers.texts.get(value)).toBeUndefined();
  });
});

describe('a shared SwrCache', () => {
  it('freezes what it stores, deeply, and marks it as shared; a plain one does neither', async () => {
    const shared = new SwrCache<{ list: Array<{ n: number }> }>({ maxAgeMs: 1000, staleMs: 0, maxEntries: 10, shared: true });
    const value = await shared.get('a', async () => ({ list: [{ n: 1 }] }));
    expect(Object.isFrozen(value) && Object.isFrozen(value.list) && Object.isFrozen(value.list[0])).toBe(true);
    expect(isCachedValue(value)).toBe(true);
    expect(() => value.list.push({ n: 2 })).toThrow(TypeError);

    const plain = new SwrCache<{ n: number }>({ maxAgeMs: 1000, staleMs: 0, maxEntries: 10 });
    const own = await plain.get('a', async () => ({ n: 1 }));
    expect(Object.isFrozen(own)).toBe(false);
    expect(isCachedValue(own)).toBe(false);
  });
});
