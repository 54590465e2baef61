import reporterProfile from './reporter-profile/schema.json';
import slugRedirect from './slug-redirect/schema.json';
import keyFactsBox from './key-facts-box/schema.json';
import importRecord from './import-record/schema.json';
import { KEY_FACTS_FORM, REPORTER_FORM } from './edit-forms';
import { KEY_FACTS_UID, REPORTER_UID } from '../../../shared/content-type-uids';

export { KEY_FACTS_UID, REPORTER_UID };

export const SLUG_REDIRECT_UID = 'plugin::newsroom.slug-redirect';
export const IMPORT_RECORD_UID = 'plugin::newsroom.import-record';
/** Strapi's media library file, which profile photos link to. */
export const UPLOAD_FILE_UID = 'plugin::upload.file';

/** What a key-facts box is read with wherever it is shown: its facts with their sources, its rating. */
export const BOX_POPULATE = { facts: { populate: { sources: true } }, rating: true } as const;

export default {
  'reporter-profile': { schema: { ...reporterProfile, config: REPORTER_FORM } },
  'slug-redirect': { schema: slugRedirect },
  'key-facts-box': { schema: { ...keyFactsBox, config: KEY_FACTS_FORM } },
  'import-record': { schema: importRecord },
};
