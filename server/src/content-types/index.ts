import reporterProfile from './reporter-profile/schema.json';
import slugRedirect from './slug-redirect/schema.json';
import keyFactsBox from './key-facts-box/schema.json';

export const REPORTER_UID = 'plugin::newsroom.reporter-profile';
export const SLUG_REDIRECT_UID = 'plugin::newsroom.slug-redirect';
export const KEY_FACTS_UID = 'plugin::newsroom.key-facts-box';

export default {
  'reporter-profile': { schema: reporterProfile },
  'slug-redirect': { schema: slugRedirect },
  'key-facts-box': { schema: keyFactsBox },
};
