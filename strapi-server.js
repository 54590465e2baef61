'use strict';

// Strapi loads this when the package has no `exports` support; it only forwards to the built server.
module.exports = require('./dist/server');
