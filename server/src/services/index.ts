import { factories } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';
import reporters from './reporters';
import reporterProfileWrites from './reporter-profile-writes';

export default {
  // The core service behind the core routes of profiles.
  'reporter-profile': factories.createCoreService(REPORTER_UID as never),
  reporters,
  reporterProfileWrites,
};
