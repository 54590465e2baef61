import reporters from './reporters';
import reporterProfile from './reporter-profile';

export default {
  reporters,
  'reporter-profile': reporterProfile,
};
