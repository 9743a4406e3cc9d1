import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';

/** The id of one of this plugin's messages (translations/<locale>.json keys are unprefixed). */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

/** The plugin's messages under their admin-wide ids. */
export const withPluginPrefix = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [getTranslation(key), text]));

export type Translate = (id: string, values?: Record<string, string | number>) => string;

/** `t('list.title')`: a message of this plugin in the admin's language (Russian first). */
export function useT(): Translate {
  const { formatMessage } = useIntl();
  return React.useCallback((id, values) => formatMessage({ id: getTranslation(id), defaultMessage: id }, values), [formatMessage]);
}
