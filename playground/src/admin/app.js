// The demo newsroom is bilingual: editors can switch the admin to Ukrainian (profile → Interface language).
export default {
  config: { locales: ['uk'] },
  bootstrap() {},
};
