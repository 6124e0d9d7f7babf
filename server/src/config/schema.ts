// One zod schema is the single truth for configuration: VS Code settings, .postmortemrc.json and
// the JSON Schema contributed to VS Code are all derived from it.
import { z } from 'zod';
import { FIGURE_NAMES, KEY_MOMENTS } from '../postmortem/model';
import { resolveZone } from '../postmortem/zones';

export const severitySetting = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type SeveritySetting = z.infer<typeof severitySetting>;

const keyMoment = z.enum(KEY_MOMENTS);

/** Accepts exactly what a timeline may declare, through the same resolver, so a zone that passes
 * here is never silently replaced by UTC when the timeline is read. */
export const timezoneSetting = z.string().refine((zone) => resolveZone(zone) !== null, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2"`,
});

export const sectionSchema = z.strictObject({
  name: z.string().min(1).describe('Canonical heading of the section, e.g. "Timeline".'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other headings that mean the same section.'),
  required: z.boolean().default(true).describe('Whether a postmortem must have this section.'),
});

export const figureSchema = z.strictObject({
  from: keyMoment.describe('Key moment the figure is measured from.'),
  to: keyMoment.describe('Key moment the figure is measured to.'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names the Impact section may use.'),
});

const figureOverride = figureSchema.partial().optional();

export const DEFAULT_FILES = [
  '**/{postmortem,postmortems,post-mortem,post-mortems,incident,incidents,incident-report,incident-reports,retro,retros,retrospective,retrospectives}/**/*.{md,markdown}',
];

export const DEFAULT_SECTIONS: z.output<typeof sectionSchema>[] = [
  { name: 'Description', aliases: ['Summary', 'Overview'], required: true },
  { name: 'Timeline', aliases: [], required: true },
  {
    name: 'Contributing Factors',
    aliases: ['Contributing Factor', 'Root Causes', 'Root Cause', 'Causes', 'Trigger'],
    required: true,
  },
  { name: 'Stabilization Steps', aliases: ['Mitigation', 'Resolution', 'Recovery'], required: true },
  { name: 'Impact', aliases: [], required: true },
  { name: 'Corrective Actions', aliases: ['Action Items', 'Follow-ups', 'Followups', 'Remediation'], required: true },
];

export const DEFAULT_MOMENTS: Record<(typeof KEY_MOMENTS)[number], string[]> = {
  start: ['start', 'impact start', 'began', 'outage begins', 'start of outage'],
  detected: ['detected', 'alert'],
  acknowledged: ['acknowledged', 'ack'],
  mitigated: ['mitigated', 'outage mitigated'],
  resolved: ['resolved', 'recovered', 'fixed', 'outage ends', 'end of outage'],
};

export const DEFAULT_FIGURES: Record<(typeof FIGURE_NAMES)[number], z.input<typeof figureSchema>> = {
  MTTD: {
    from: 'start',
    to: 'detected',
    aliases: ['TTD', 'Time to detect', 'Time to detection', 'Mean time to detect'],
  },
  MTTA: { from: 'detected', to: 'acknowledged', aliases: ['TTA', 'Time to acknowledge', 'Mean time to acknowledge'] },
  MTTM: {
    from: 'detected',
    to: 'mitigated',
    aliases: ['TTM', 'Time to mitigate', 'Time to mitigation', 'Mean time to mitigate'],
  },
  MTTR: {
    from: 'detected',
    to: 'resolved',
    aliases: [
      'TTR',
      'Time to resolve',
      'Time to resolution',
      'Time to recovery',
      'Time to repair',
      'Time to restore',
      'Mean time to resolve',
      'Mean time to recovery',
      'Mean time to repair',
    ],
  },
  Duration: {
    from: 'start',
    to: 'resolved',
    aliases: ['Total impact', 'Impact duration', 'Outage duration', 'Total duration'],
  },
};

export const configSchema = z
  .strictObject({
    files: z
      .array(z.string())
      .default(DEFAULT_FILES)
      .describe('Globs of markdown files that are always treated as postmortems.'),
    sections: z
      .array(sectionSchema)
      .min(1)
      .default(DEFAULT_SECTIONS)
      .describe('The sections of a postmortem, in order.'),
    moments: z
      .strictObject(
        Object.fromEntries(KEY_MOMENTS.map((m) => [m, z.array(z.string().min(1)).optional()])) as Record<
          (typeof KEY_MOMENTS)[number],
          z.ZodOptional<z.ZodArray<z.ZodString>>
        >,
      )
      .default({})
      .describe('Extra tags or phrases that mark each key moment (added to the defaults).'),
    figures: z
      .strictObject({
        MTTD: figureOverride,
        MTTA: figureOverride,
        MTTM: figureOverride,
        MTTR: figureOverride,
        Duration: figureOverride,
      })
      .default({})
      .describe('Overrides of which key moments each figure spans, and extra names for it.'),
    requiredFigures: z
      .array(z.enum(FIGURE_NAMES))
      .default(['MTTD', 'MTTR'])
      .describe('Figures the Impact section must state.'),
    rules: z
      .record(z.string(), severitySetting)
      .default({})
      .describe('Severity per rule, by code (PM001) or name (missing-section); "off" disables it.'),
    template: z
      .string()
      .optional()
      .describe("Path of the team's postmortem template; found beside the document when unset."),
    defaultTimezone: timezoneSetting
      .default('UTC')
      .describe(
        'Zone assumed when a timeline declares none: an IANA name ("Europe/London"), an abbreviation ("PST") or an offset ("UTC+2").',
      ),
    inlayHints: z
      .strictObject({
        elapsedTime: z
          .boolean()
          .default(true)
          .describe('Show the time since impact start (T+2h52m) after each timeline time.'),
      })
      .default({ elapsedTime: true })
      .describe('Inlay hints in postmortems.'),
    newPostmortem: z
      .strictObject({
        folder: z
          .string()
          .default('docs/postmortems')
          .describe('Folder, relative to the workspace, where "Postmortem: New Postmortem" creates files.'),
      })
      .default({ folder: 'docs/postmortems' })
      .describe('The "Postmortem: New Postmortem" command.'),
  })
  .describe('postmortem-markdown configuration (.postmortemrc.json)');

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;

export function defaultConfig(): Config {
  return configSchema.parse({});
}
