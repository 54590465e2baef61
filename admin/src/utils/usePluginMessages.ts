import { useIntl } from 'react-intl';
import { getTranslation } from './getTranslation';

type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** `t(id, defaultMessage, values)`: one of the plugin's admin texts, as a string. */
export const usePluginMessages = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: MessageValues): string => formatMessage({ id: getTranslation(id), defaultMessage }, values);
};
