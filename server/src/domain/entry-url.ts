import { ARTICLE_URL_PLACEHOLDERS, type NewsroomConfig } from '../config/schema';
import type { StoredRow } from './stored-row';

/** The public URL of an entry from the `articleUrls` template of its type, if the site gave one. */
export const entryUrl = (config: Pick<NewsroomConfig, 'articleUrls'>, uid: string, entry: StoredRow): string | null => {
  const template = config.articleUrls[uid];
  if (!template) return null;
  return template.replace(ARTICLE_URL_PLACEHOLDERS, (_, key: string) => encodeURIComponent(String(entry[key] ?? '')));
};
