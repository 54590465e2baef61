import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';
import { useNewsroomApi } from '../api/client';
import type { StoredEntry } from '../api/types';

// Both panels ask for the same entry at the same moment; they share one request.
const requests = new Map<string, Promise<StoredEntry>>();

const EMPTY: StoredEntry = { credits: [], keyFacts: [] };

/** The locale the edit view shows, as the Content Manager keeps it in the URL. */
export const useEntryLocale = (documentLocale?: string | null): string | undefined => {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  return documentLocale ?? query.plugins?.i18n?.locale;
};

/**
 * The saved credits (with their reporters) and boxes of the entry being edited. Read again when
 * the entry is saved (its `updatedAt` changes), since the form then starts from what was stored.
 */
export const useStoredEntry = (args: { model: string; documentId?: string; locale?: string; status: string | null; version?: string }) => {
  const api = useNewsroomApi();
  const [entry, setEntry] = React.useState<StoredEntry>(EMPTY);
  const [loading, setLoading] = React.useState(Boolean(args.documentId));
  const [failed, setFailed] = React.useState(false);
  const { model, documentId, locale, status, version } = args;

  React.useEffect(() => {
    if (!documentId) {
      setEntry(EMPTY);
      setLoading(false);
      return;
    }
    setLoading(true);
    setFailed(false);
    const key = JSON.stringify([model, documentId, locale, status, version]);
    let request = requests.get(key);
    if (!request) {
      request = api.entry(model, documentId, { locale, status: status === 'published' ? 'published' : 'draft' });
      requests.set(key, request);
      // Kept only long enough for the other panel to share it.
      request.finally(() => setTimeout(() => requests.delete(key), 1000)).catch(() => undefined);
    }
    let current = true;
    request
      .then((data) => current && setEntry(data))
      .catch(() => current && setFailed(true))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [api, model, documentId, locale, status, version]);

  return { entry, loading, failed };
};
