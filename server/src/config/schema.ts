// One zod schema is the single truth for configuration: VS Code settings, .postmortemrc.json and
// the JSON Schema contributed to VS Code are all derived from it.
import { z } from 'zod';
import type { FigureName } from '../postmortem/vocabulary';
import {
  FIGURE_DEFINITIONS_NAMES,
  FIGURE_NAMES,
  FIGURE_VOCABULARY,
  KEY_MOMENTS,
  PRESET_NAMES,
  SECTION_ROLE_VOCABULARY,
  SECTION_ROLES,
} from '../postmortem/vocabulary';
import { resolveZone } from '../postmortem/zones';

/** `on`: the rule's own severity (after `"default": "off"`, the rules to run). */
export const severitySetting = z.enum(['error', 'warning', 'information', 'hint', 'on', 'off']);
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
  role: z
    .enum(SECTION_ROLES)
    .optional()
    .describe(
      'What the section is for. Without it, the name and aliases say it: "Incident Timeline" is the timeline, "Root Causes" the contributing factors.',
    ),
  style: z
    .enum(['heading', 'bold-label'])
    .optional()
    .describe(
      'How New Postmortem and the missing-section fix write it: a "## Name" heading (the default) or a "**Name**:" bold label, as Google\'s template does. Both are read either way.',
    ),
  prompt: z
    .string()
    .min(1)
    .optional()
    .describe('What the skeleton writes under it, as an <angle placeholder> to replace; by its role when unset.'),
});

/** Two sections with one role would leave the reader guessing which holds the timeline. */
function oneSectionPerRole(sections: z.output<typeof sectionSchema>[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  sections.forEach((section, i) => {
    if (!section.role) return;
    const first = seen.get(section.role);
    if (first === undefined) seen.set(section.role, section.name);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'role'],
        message: `"${section.name}" cannot have the role "${section.role}": "${first}" has it already`,
      });
  });
}

export const figureSchema = z.strictObject({
  from: keyMoment.describe('Key moment the figure is measured from.'),
  to: keyMoment.describe('Key moment the figure is measured to.'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names the Impact section may use.'),
});

const figureOverride = figureSchema.partial().optional();

export const DEFAULT_FILES = [
  '**/{postmortem,postmortems,post-mortem,post-mortems,incident,incidents,incident-report,incident-reports,retro,retros,retrospective,retrospectives}/**/*.{md,markdown}',
];

export const DEFAULT_SECTIONS: z.output<typeof sectionSchema>[] = SECTION_ROLE_VOCABULARY.map((r) => ({
  name: r.name,
  aliases: [...r.aliases],
  required: r.required,
  role: r.role,
}));

/** The header fields that name the incident leader, matched as words of a field's key. */
export const DEFAULT_LEADER_FIELDS = ['Leader', 'Lead', 'Commander', 'IC', 'Owner', 'Owners', 'Incident Manager'];

export const DEFAULT_REQUIRED_FIGURES: FigureName[] = FIGURE_VOCABULARY.filter((f) => f.requiredByDefault).map(
  (f) => f.name,
);

/** One optional entry per name, so a misspelt name is an unknown key with a suggestion. */
function byName<K extends string, T extends z.ZodType>(names: readonly K[], schema: T) {
  return z.strictObject(Object.fromEntries(names.map((n) => [n, schema])) as Record<K, T>);
}

/** The `rules` key for every rule the settings do not name, as markdownlint's `default`. */
export const RULES_DEFAULT = 'default';

export const configSchema = z
  .strictObject({
    preset: z
      .enum(PRESET_NAMES)
      .optional()
      .describe(
        'The public template your postmortems follow: its sections, header fields, key-moment words and figures apply, and every other key here refines them.',
      ),
    files: z
      .array(z.string())
      .default(DEFAULT_FILES)
      .describe('Globs of markdown files that are always treated as postmortems.'),
    sections: z
      .array(sectionSchema)
      .min(1)
      .superRefine(oneSectionPerRole)
      .default(DEFAULT_SECTIONS)
      .describe('The sections of a postmortem, in order.'),
    moments: byName(KEY_MOMENTS, z.array(z.string().min(1)).optional())
      .default({})
      .describe('Extra tags or phrases that mark each key moment (added to the defaults).'),
    wording: byName(KEY_MOMENTS, z.array(z.string().min(1)).optional())
      .default({})
      .describe(
        'Extra phrases that, in an entry\'s words, suggest each key moment when the timeline marks none (added to the defaults; "X" stands for any one word). Suggestions are shown with ≈ and never checked as markers are.',
      ),
    suggestMoments: z
      .boolean()
      .default(true)
      .describe(
        "Suggest key moments from the entries' words when the timeline marks none (alert fired, rolled back, back to normal).",
      ),
    figureDefinitions: z
      .enum(FIGURE_DEFINITIONS_NAMES)
      .optional()
      .describe(
        'Measure the figures as a vendor you compare with does: "firehydrant" and "rootly" measure every time-to from the start, "pagerduty" MTTA and MTTR from the alert, "datadog" and "moj" their own. "figures" refines them.',
      ),
    figures: byName(FIGURE_NAMES, figureOverride)
      .default({})
      .describe('Overrides of which key moments each figure spans, and extra names for it.'),
    figuresIn: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Sections, besides Impact and a Stats heading, whose lines state figures ("Summary" for "Duration: 2h" there).',
      ),
    headerFields: z
      .array(z.string().min(1))
      .default(['Incident Leader'])
      .describe('The fields New Postmortem writes under the title, in order ("Date", "Authors", "Status").'),
    incidentLeader: z
      .array(z.string().min(1))
      .default(DEFAULT_LEADER_FIELDS)
      .describe(
        'Header fields that name who led the incident, matched as words of the field ("Postmortem Owner"); [] when the template has none, which turns incident-leader off.',
      ),
    statusWords: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Words that, alone at the start or end of a table cell, are a status and not a placeholder ("TODO", "DONE").',
      ),
    allowWords: z
      .array(z.string().min(1))
      .default([])
      .describe('Phrases the blameless-wording rule lets pass ("failed to" in a team that means a process failing).'),
    requiredFigures: z
      .array(z.enum(FIGURE_NAMES))
      .default(DEFAULT_REQUIRED_FIGURES)
      .describe('Figures the Impact section must state.'),
    rules: z
      .record(z.string(), severitySetting)
      .default({})
      .describe(
        'Severity per rule, by code (PM001) or name (missing-section); "off" disables it, "on" gives it its own severity. "default" sets every rule not named (\'"default": "off"\' runs only the rules named).',
      ),
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
    workspaceProblems: z
      .boolean()
      .default(true)
      .describe(
        'Show the findings of every postmortem in the workspace in the Problems panel, closed files included: the language server reads the workspace folder in the background, and a file again when it changes on disk. Off (for the workspace folder, or a folder below it in .postmortemrc.json): only open files have findings.',
      ),
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
