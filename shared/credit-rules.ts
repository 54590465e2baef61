import { z } from 'zod/v4';
import { plainText } from './text-rules';

export const MAX_CREDITS = 30;
/** A credit note's longest length: the validator, the component's column and the panel's input all use it. */
export const CREDIT_NOTE_MAX_LENGTH = 200;

/** The rules of one credit's own fields; the reporter reference is checked against the database. */
export const creditFields = (roles: readonly string[]) =>
  z
    .object({
      role: z.enum(roles as [string, ...string[]], { error: `must be one of ${roles.join(', ')}` }),
      note: plainText(CREDIT_NOTE_MAX_LENGTH).nullable().optional(),
    })
    .passthrough();

export const creditsRule = (roles: readonly string[]) =>
  z.array(creditFields(roles), { error: 'must be a list of credits' }).max(MAX_CREDITS, `must have at most ${MAX_CREDITS} credits`);
