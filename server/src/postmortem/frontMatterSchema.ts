// What the known front matter keys may hold (FORMAT.md section 2); unknown keys are the team's own.
import { z } from 'zod';
import { isValidIsoDate } from './dates';
import { resolveZone } from './zones';

const text = z.string().min(1, 'must not be empty');

export const frontMatterSchema = z.looseObject({
  type: text.optional(),
  title: text.optional(),
  date: z
    .string()
    .refine((d) => isValidIsoDate(d.slice(0, 10)), 'must be a date written YYYY-MM-DD')
    .optional(),
  timezone: z
    .string()
    .refine(
      (zone) => resolveZone(zone) !== null,
      'is not a timezone this tool knows (use UTC, an offset like UTC+2, or an IANA name like Europe/London)',
    )
    .optional(),
  leader: text.optional(),
  severity: z.union([text, z.number()]).optional(),
  status: text.optional(),
  services: z.union([text, z.array(text)]).optional(),
});
