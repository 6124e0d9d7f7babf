// The registry: the single list of rules. docs/rules/<name>.md is checked against it by a test.
import type { Postmortem } from '../../postmortem/model';
import type { Finding, Severity } from '../finding';
import type { Rule, RuleContext } from '../rule';
import { approximateTime } from './approximateTime';
import { correctiveActions } from './correctiveActions';
import { dayRollover } from './dayRollover';
import { duplicateEntry } from './duplicateEntry';
import { duplicateMarker } from './duplicateMarker';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { figureMismatch } from './figureMismatch';
import { frontMatter } from './frontMatter';
import { incidentLeader } from './incidentLeader';
import { inferredMoments } from './inferredMoments';
import { missingFigure } from './missingFigure';
import { missingSection } from './missingSection';
import { notAnalysed } from './notAnalysed';
import { placeholder } from './placeholder';
import { sectionOrder } from './sectionOrder';
import { timelineOrder } from './timelineOrder';
import { timezone } from './timezone';
import { titleDate } from './titleDate';
import { unknownTime } from './unknownTime';
import { unmarkedMoments } from './unmarkedMoments';
import { unreadableFigure } from './unreadableFigure';
import { unreadableTime } from './unreadableTime';

export const RULES: readonly Rule[] = [
  notAnalysed,
  missingSection,
  sectionOrder,
  emptySection,
  duplicateSection,
  titleDate,
  incidentLeader,
  placeholder,
  frontMatter,
  timezone,
  unreadableTime,
  timelineOrder,
  duplicateEntry,
  approximateTime,
  dayRollover,
  unknownTime,
  missingFigure,
  unreadableFigure,
  figureMismatch,
  unmarkedMoments,
  duplicateMarker,
  inferredMoments,
  correctiveActions,
];

export function findRule(codeOrName: string): Rule | undefined {
  return RULES.find((r) => r.code === codeOrName || r.name === codeOrName);
}

export function severityOf(rule: Rule, settings: Record<string, string>): Severity | 'off' {
  return (settings[rule.code] ?? settings[rule.name] ?? rule.defaultSeverity) as Severity | 'off';
}

export interface RuleFailure {
  rule: string;
  error: unknown;
}

export interface RuleResults {
  findings: Finding[];
  /** Rules that threw: the host logs them; the other rules' findings stand. */
  failures: RuleFailure[];
}

export function runRules(pm: Postmortem, ctx: RuleContext, rules: readonly Rule[] = RULES): RuleResults {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, ctx.config.rules);
    if (severity === 'off') continue;
    try {
      for (const f of rule.check(pm, ctx)) {
        findings.push({
          code: rule.code,
          name: rule.name,
          severity,
          message: f.message,
          span: f.span,
          fixes: f.fixes ?? [],
        });
      }
    } catch (error) {
      failures.push({ rule: `${rule.code}/${rule.name}`, error });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}
