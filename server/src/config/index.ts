import { parseConfig } from './schema';

export default {
  // Defaults live in the schema: Strapi merges `default` into the user's config with
  // lodash `defaultsDeep`, which would splice default array items into a shorter user array.
  default: {},
  validator: (config: unknown) => {
    parseConfig(config);
  },
};
