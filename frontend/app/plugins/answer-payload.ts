/**
 * Answers of the site's own API travel in the page payload as JSON text (shared/utils/answer-json.ts):
 * one string for the payload serializer instead of every value of a large answer, and one JSON.parse
 * in the browser.
 */
export default definePayloadPlugin(() => {
  if (import.meta.server) {
    const texts = answerExchangeOf(useRequestEvent()?.context)?.texts;
    if (texts) definePayloadReducer('AnswerJson', (value: unknown) => (typeof value === 'object' && value !== null ? texts.get(value) : undefined));
  }
  definePayloadReviver('AnswerJson', (text: string) => JSON.parse(text) as unknown);
});
