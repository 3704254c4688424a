/**
 * The verdict on a company (lib/verdict.ts) as data: what the background sends with a marker, and
 * what a directory row keeps (lib/directory/rows.ts), validated like every other message.
 */
import * as z from 'zod/mini';
import { Amount, Involvement } from '../data/schema';
import type { Verdict } from './verdict';

export const VerdictMessage = z.strictObject({
  tier: z.enum(['direct', 'indirect']),
  recent: z.boolean(),
  lastYear: z.optional(z.number()),
  agencies: z.array(z.string()),
  way: z.optional(z.enum(['reseller', 'sale-to-contractor', 'infrastructure', 'reported-spending'])),
  seat: z.optional(z.boolean()),
  kind: Involvement,
  amount: z.optional(
    z.strictObject({
      usd: z.number(),
      qualifier: Amount.shape.qualifier,
      basis: z.enum(['records', 'resold', 'minimum-order', 'source']),
      kind: Amount.shape.kind,
      from: z.optional(z.number()),
      to: z.optional(z.number()),
      toPartial: z.optional(z.boolean()),
      beforeDeobligations: z.optional(z.boolean()),
      year: z.optional(z.number()),
    }),
  ),
}) satisfies z.ZodMiniType<Verdict>;
