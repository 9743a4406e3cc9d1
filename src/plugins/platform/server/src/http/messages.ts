/**
 * Texts in the caller's language. A module keeps its texts in `i18n/messages.ts` as one catalog per
 * language of the same type (a text missing in either language does not compile) and makes them
 * values with `defineMessages`; the kit's own texts (what is wrong with a request's field) are below.
 */
import type { Locale } from './locale';

/** A text as a value: put into words later, in whoever's language. `key` names it (logs, tests). */
export interface Text {
  readonly key: string;
  render(locale: Locale): string;
}

/** Parameters of each text of a catalog (`void`: none). */
export type ParamsOf<P, K extends keyof P> = P[K] extends void ? [] : [params: P[K]];

export type Catalog<P> = { [K in keyof P]: (params: P[K]) => string };

/**
 * A module's catalogs as texts: `const t = defineMessages<MyParams>({ ru, en })`, then
 * `t('event.not-found')` is a Text, and `t.render('en', 'event.not-found')` its words.
 */
export function defineMessages<P>(catalogs: Record<Locale, Catalog<P>>) {
  const write = <K extends keyof P>(locale: Locale, key: K, params: P[K]): string => catalogs[locale][key](params);
  const text = <K extends keyof P & string>(key: K, ...params: ParamsOf<P, K>): Text => ({
    key,
    // ParamsOf<P, K> is [] exactly when the text takes nothing (void)
    render: (locale) => write(locale, key, params[0] as P[K]),
  });
  return Object.assign(text, {
    render: <K extends keyof P & string>(locale: Locale, key: K, ...params: ParamsOf<P, K>): string => write(locale, key, params[0] as P[K]),
    keys: Object.keys(catalogs.ru) as Array<keyof P & string>,
  });
}

/** The kit's texts: what is wrong with a field of a request, and its own refusals. */
export interface RequestMessageParams {
  'request.invalid': void;
  'request.unknown-field': void;
  'request.required': void;
  'request.wrong-type': { expected: string };
  'request.too-long': { max: number | bigint };
  'request.too-short': { min: number | bigint };
  'request.bad-email': void;
  'request.bad-format': void;
  'request.bad-value': void;
  'live.sign-in': void;
}

const RU_TYPES: Record<string, string> = { string: 'строка', number: 'число', boolean: 'да/нет', object: 'объект', array: 'список' };
const EN_TYPES: Record<string, string> = { string: 'text', number: 'number', boolean: 'yes/no', object: 'object', array: 'list' };

export const requestText = defineMessages<RequestMessageParams>({
  ru: {
    'request.invalid': () => 'Неверные данные',
    'request.unknown-field': () => 'Неизвестное поле',
    'request.required': () => 'Обязательное поле',
    'request.wrong-type': ({ expected }) => `Неверный тип: ожидается ${RU_TYPES[expected] ?? expected}`,
    'request.too-long': ({ max }) => `Слишком длинное значение (не больше ${String(max)})`,
    'request.too-short': ({ min }) => `Слишком короткое значение (не меньше ${String(min)})`,
    'request.bad-email': () => 'Проверьте адрес почты',
    'request.bad-format': () => 'Неверный формат',
    'request.bad-value': () => 'Недопустимое значение',
    'live.sign-in': () => 'Войдите, чтобы получать обновления',
  },
  en: {
    'request.invalid': () => 'Invalid data',
    'request.unknown-field': () => 'Unknown field',
    'request.required': () => 'Required field',
    'request.wrong-type': ({ expected }) => `Wrong type: ${EN_TYPES[expected] ?? expected} expected`,
    'request.too-long': ({ max }) => `Value too long (at most ${String(max)})`,
    'request.too-short': ({ min }) => `Value too short (at least ${String(min)})`,
    'request.bad-email': () => 'Please check the email address',
    'request.bad-format': () => 'Invalid format',
    'request.bad-value': () => 'Value not allowed',
    'live.sign-in': () => 'Sign in to receive live updates',
  },
});
