import reporters from './reporters';
import reporterProfile from './reporter-profile';
import admin from './admin';

export default {
  reporters,
  'reporter-profile': reporterProfile,
  admin,
};
