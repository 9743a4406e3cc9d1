import { PLUGIN_ID } from '../pluginId';

/** The id of one of this plugin's messages (translations/<locale>.json keys are unprefixed). */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export function prefixTranslations(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));
}
