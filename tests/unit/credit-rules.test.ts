/**
 * A credit's note limit is one constant: the rule cuts exactly there, so the panel's input (whose
 * maxLength is the same constant) never lets an editor type a note the server refuses.
 */
import { CREDIT_NOTE_MAX_LENGTH, creditFields } from '../../shared/credit-rules';

const rule = creditFields(['author', 'editor']);

describe('credit rules', () => {
  it(`take a note of ${CREDIT_NOTE_MAX_LENGTH} characters and refuse one more`, () => {
    expect(rule.safeParse({ role: 'author', note: 'n'.repeat(CREDIT_NOTE_MAX_LENGTH) }).success).toBe(true);
    const tooLong = rule.safeParse({ role: 'author', note: 'n'.repeat(CREDIT_NOTE_MAX_LENGTH + 1) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['note', `must be at most ${CREDIT_NOTE_MAX_LENGTH} characters`],
    ]);
  });

  it('refuse a role not configured', () => {
    expect(rule.safeParse({ role: 'photographer' }).success).toBe(false);
  });
});
