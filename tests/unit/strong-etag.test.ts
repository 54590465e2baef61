import { strongEtag } from '../../server/src/domain/strong-etag';

describe('strong ETags', () => {
  it('are quoted, equal for equal bytes and different for any change', () => {
    expect(strongEtag('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('é')).not.toBe(strongEtag('e\u0301'));
  });
});
