'use strict';

/**
 * On SQLite, serve requests one per event-loop turn, first come first served.
 *
 * better-sqlite3 answers synchronously, so without this a request runs from its first byte to
 * its response without giving the event loop back, and Node accepts only one waiting connection
 * per turn. Under a burst of new clients (100 at once, as from a CDN) every turn served every
 * connected client, so the hundredth connection waited a hundred such turns: 12 to 30 s while
 * the rest were served in under a second. Queued here, a turn serves one request, new connections
 * are accepted between requests, and everyone waits their turn (latency ≈ queue × service time).
 * It changes nothing on PostgreSQL or MySQL, whose drivers give the loop back at every query.
 */
const createRequestQueue = () => {
  const waiting = [];
  let serving = false;
  let scheduled = false;

  const serveNext = () => {
    scheduled = false;
    if (serving || waiting.length === 0) return;
    serving = true;
    waiting.shift()();
  };
  // The next request starts in the next turn, after Node has read sockets and accepted one.
  const scheduleNext = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(serveNext);
  };

  return async (ctx, next) => {
    await new Promise((resolve) => {
      waiting.push(resolve);
      scheduleNext();
    });
    try {
      // A client that gave up while it waited costs nothing more.
      if (ctx.req.socket.destroyed) return;
      await next();
    } finally {
      serving = false;
      scheduleNext();
    }
  };
};

module.exports = (_config, { strapi }) => {
  if (strapi.config.get('database.connection.client') !== 'sqlite') return (_ctx, next) => next();
  return createRequestQueue();
};
module.exports.createRequestQueue = createRequestQueue;
