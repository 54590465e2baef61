// The playground's SQLite request queue: one request at a time, in arrival order, one per turn.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createRequestQueue } = require('../../playground/src/middlewares/sqlite-request-queue');

type Ctx = { req: { socket: { destroyed: boolean } } };
const ctx = (destroyed = false): Ctx => ({ req: { socket: { destroyed } } });
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('sqlite request queue', () => {
  it('serves requests one at a time, first come first served, one per event-loop turn', async () => {
    const queue = createRequestQueue();
    const log: string[] = [];
    let active = 0;
    const handler = (name: string) => async () => {
      active += 1;
      log.push(`start ${name} (${active} active)`);
      await turn();
      await turn();
      log.push(`end ${name}`);
      active -= 1;
    };
    await Promise.all(['a', 'b', 'c'].map((name) => queue(ctx(), handler(name))));
    expect(log).toEqual(['start a (1 active)', 'end a', 'start b (1 active)', 'end b', 'start c (1 active)', 'end c']);
  });

  it('does not start a request in the turn it arrived: Node gets to accept connections first', async () => {
    const queue = createRequestQueue();
    let started = false;
    const served = queue(ctx(), async () => {
      started = true;
    });
    expect(started).toBe(false);
    await served;
    expect(started).toBe(true);
  });

  it('skips a request whose client left while it waited, and keeps serving the others', async () => {
    const queue = createRequestQueue();
    const served: string[] = [];
    await Promise.all([queue(ctx(true), async () => served.push('gone')), queue(ctx(), async () => served.push('here'))]);
    expect(served).toEqual(['here']);
  });

  it('moves on after a request that throws', async () => {
    const queue = createRequestQueue();
    const failing = queue(ctx(), async () => {
      throw new Error('boom');
    });
    let served = false;
    const next = queue(ctx(), async () => {
      served = true;
    });
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(served).toBe(true);
  });
});
