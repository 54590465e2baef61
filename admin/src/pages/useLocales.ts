import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** The site's locales (from the i18n plugin), default first. */
export const useLocales = (): Locale[] => {
  const { get } = useFetchClient();
  const [locales, setLocales] = React.useState<Locale[]>([]);
  React.useEffect(() => {
    let current = true;
    get<Locale[]>('/i18n/locales')
      .then((res) => current && setLocales([...res.data].sort((a, b) => Number(b.isDefault) - Number(a.isDefault))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [get]);
  return locales;
};
