import reporters from './reporters';
import reporterProfile from './reporter-profile';
import reporterJsonLd from './reporter-json-ld';
import admin from './admin';
import bylines from './bylines';
import keyFacts from './key-facts';
import { factories } from '@strapi/strapi';
import { KEY_FACTS_UID } from '../content-types';

export default {
  reporters,
  'reporter-profile': reporterProfile,
  'reporter-json-ld': reporterJsonLd,
  admin,
  bylines,
  'key-facts': keyFacts,
  // The core controller behind the core routes of boxes.
  'key-facts-box': factories.createCoreController(KEY_FACTS_UID as never),
};
