import contentApi from './content-api';
import admin from './admin';

export default {
  'content-api': contentApi,
  admin,
};
