import { readRelationChange } from '../../server/src/domain/relation-refs';

describe('reading a relation value from Document Service / Content Manager data', () => {
  it.each([
    ['absent: the relation stays as it is', undefined, { refs: [], unchanged: true, malformed: false }],
    ['null: the relation is cleared', null, { refs: [], unchanged: false, malformed: false }],
    ['a documentId', 'abc123', { refs: [{ documentId: 'abc123' }], unchanged: false, malformed: false }],
    ['an id', 7, { refs: [{ id: 7 }], unchanged: false, malformed: false }],
    ['{ documentId }', { documentId: 'abc123' }, { refs: [{ documentId: 'abc123' }], unchanged: false, malformed: false }],
    ['{ id }', { id: 7 }, { refs: [{ id: 7 }], unchanged: false, malformed: false }],
    ['{ id } as a numeric string', { id: '7' }, { refs: [{ id: 7 }], unchanged: false, malformed: false }],
    ['{ documentId, id }: documentId wins', { documentId: 'abc', id: 7 }, { refs: [{ documentId: 'abc' }], unchanged: false, malformed: false }],
    [
      'a list of mixed shapes',
      ['a', 2, { documentId: 'c' }, { id: 4 }],
      { refs: [{ documentId: 'a' }, { id: 2 }, { documentId: 'c' }, { id: 4 }], unchanged: false, malformed: false },
    ],
    ['an empty list: the relation is cleared', [], { refs: [], unchanged: false, malformed: false }],
    // What the Content Manager's relation field sends.
    [
      'connect with position',
      { connect: [{ id: 3, documentId: 'r3', position: { end: true } }], disconnect: [] },
      { refs: [{ documentId: 'r3' }], unchanged: false, malformed: false },
    ],
    ['connect a single object', { connect: { documentId: 'r3' } }, { refs: [{ documentId: 'r3' }], unchanged: false, malformed: false }],
    ['disconnect only', { connect: [], disconnect: [{ id: 3 }] }, { refs: [], unchanged: false, malformed: false }],
    ['empty connect and disconnect: nothing changes', { connect: [], disconnect: [] }, { refs: [], unchanged: true, malformed: false }],
    [
      'set replaces, connect is ignored',
      { set: ['a', 'b'], connect: ['c'] },
      { refs: [{ documentId: 'a' }, { documentId: 'b' }], unchanged: false, malformed: false },
    ],
    ['set to an empty list clears', { set: [] }, { refs: [], unchanged: false, malformed: false }],
  ])('%s', (_label, value, expected) => {
    expect(readRelationChange(value)).toEqual(expected);
  });

  it.each([
    ['a blank documentId', '  '],
    ['a fractional id', 1.5],
    ['a boolean', true],
    ['an object with neither id nor documentId', { slug: 'tim' }],
    ['a non-numeric id string', { id: '7a' }],
    ['a bad item in connect', { connect: [{ documentId: 'a' }, { name: 'x' }] }],
    ['a bad item in set', { set: [false] }],
  ])('marks %s as malformed, keeping the good refs', (_label, value) => {
    const change = readRelationChange(value);
    expect(change.malformed).toBe(true);
    expect(change.refs.every((ref) => ref.documentId || Number.isInteger(ref.id))).toBe(true);
  });

  it('keeps the good refs beside a malformed one', () => {
    expect(readRelationChange(['a', null, 3])).toEqual({ refs: [{ documentId: 'a' }, { id: 3 }], unchanged: false, malformed: true });
  });
});
