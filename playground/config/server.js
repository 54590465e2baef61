// The secrets below are fallbacks for the local demo and tests only; a real site sets APP_KEYS etc.
module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS', ['newsroomDemoKeyA', 'newsroomDemoKeyB']) },
});
