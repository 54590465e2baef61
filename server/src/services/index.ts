import type { UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import reporters from './public/reporters';
import reporterFeeds from './public/reporter-feeds';
import reporterProfileWrites from './writes/reporter-profile-writes';
import keyFactsWrites from './writes/key-facts-writes';
import credits from './writes/credits';
import bylines from './public/bylines';
import keyFacts from './public/key-facts';
import reporterMerge from './admin/reporter-merge';
import adminEntries from './admin/admin-entries';
import adminReporters from './admin/admin-reporters';
import adminKeyFacts from './admin/admin-key-facts';
import adminEditLayout from './admin/admin-edit-layout';
import withheldIdentity from './writes/withheld-identity';
import adminAccess from './admin/admin-access';
import creditIndex from './records/credit-index';
import reporterSitemap from './public/reporter-sitemap';
import slugRedirects from './records/slug-redirects';
import wordpressImport from './import/wordpress-import';
import profilesCsv from './import/profiles-csv';
import importJobs from './admin/import-jobs';

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
  profilesCsv,
  importJobs,
};
