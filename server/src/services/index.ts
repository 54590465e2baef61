import type { UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import reporters from './reporters';
import reporterFeeds from './reporter-feeds';
import reporterProfileWrites from './reporter-profile-writes';
import keyFactsWrites from './key-facts-writes';
import credits from './credits';
import bylines from './bylines';
import keyFacts from './key-facts';
import reporterMerge from './reporter-merge';
import adminEntries from './admin-entries';
import adminReporters from './admin-reporters';
import adminKeyFacts from './admin-key-facts';
import adminEditLayout from './admin-edit-layout';
import withheldIdentity from './withheld-identity';
import adminAccess from './admin-access';
import creditIndex from './credit-index';
import reporterSitemap from './reporter-sitemap';
import slugRedirects from './slug-redirects';
import wordpressImport from './wordpress-import';

export default {
  // The core service behind the core routes of profiles.
  'reporter-profile': factories.createCoreService(REPORTER_UID as UID.ContentType),
  'key-facts-box': factories.createCoreService(KEY_FACTS_UID as UID.ContentType),
  reporters,
  reporterFeeds,
  reporterProfileWrites,
  keyFactsWrites,
  credits,
  bylines,
  keyFacts,
  reporterMerge,
  adminEntries,
  adminReporters,
  adminKeyFacts,
  adminEditLayout,
  withheldIdentity,
  adminAccess,
  creditIndex,
  reporterSitemap,
  slugRedirects,
  wordpressImport,
};
