import * as React from 'react';
import { useNewsroomApi } from '../api/client';
import type { NewsroomSettings } from '../api/types';

/** The plugin's config as the admin needs it (roles, staleness), or null while it loads. */
export const useSettings = (): NewsroomSettings | null => {
  const api = useNewsroomApi();
  const [settings, setSettings] = React.useState<NewsroomSettings | null>(null);
  React.useEffect(() => {
    let current = true;
    api
      .settings()
      .then((data) => current && setSettings(data))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api]);
  return settings;
};
