import reporterProfile from './reporter-profile/schema.json';
import slugRedirect from './slug-redirect/schema.json';

export const REPORTER_UID = 'plugin::newsroom.reporter-profile';
export const SLUG_REDIRECT_UID = 'plugin::newsroom.slug-redirect';

export default {
  'reporter-profile': { schema: reporterProfile },
  'slug-redirect': { schema: slugRedirect },
};
