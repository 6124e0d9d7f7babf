// The registry: the single list of rules. docs/rules/<name>.md is checked against it by a test.
import type { Postmortem } from '../../postmortem/model';
import type { Steps } from '../../postmortem/steps';
import { finish } from '../../postmortem/steps';
import { RULES_DEFAULT } from '../../config/schema';
import type { Finding, Severity } from '../finding';
import type { RuleMemories } from '../memory';
import { NO_RULE_MEMORY } from '../memory';
import type { Rule, RuleContext } from '../rule';
import { actionItemOverdue } from './action-item-overdue';
import { actionItemOwner } from './action-item-owner';
import { actionItemTicket } from './action-item-ticket';
import { actionItemVague } from './action-item-vague';
import { approximateTime } from './timeline-approximate-time';
import { blamelessWording } from './blameless-wording';
import { correctiveActions } from './no-corrective-actions';
import { dayRollover } from './timeline-day-rollover';
import { duplicateEntry } from './timeline-duplicate-entry';
import { duplicateMarker } from './key-moment-duplicate';
import { duplicateSection } from './duplicate-section';
import { emptySection } from './empty-section';
import { figureMismatch } from './figure-mismatch';
import { frontMatter } from './front-matter';
import { incidentLeader } from './incident-leader';
import { inferredMoments } from './key-moments-inferred';
import { missingFigure } from './figure-missing';
import { missingSection } from './missing-section';
import { notAnalysed } from './not-analysed';
import { placeholder } from './placeholder';
import { proseDurationMismatch } from './prose-duration-mismatch';
import { sectionOrder } from './section-order';
import { timelineOrder } from './timeline-order';
import { timezone } from './timeline-timezone';
import { titleDate } from './title-date';
import { titleDateMismatch } from './title-date-mismatch';
import { dayBackwards } from './timeline-day-backwards';
import { impossibleDate } from './timeline-impossible-date';
import { timezoneNotInEffect } from './timezone-not-in-effect';
import { timesDisagree } from './timeline-times-disagree';
import { dstGap } from './timeline-dst-gap';
import { dstRepeated } from './timeline-dst-repeated';
import { ambiguousDate } from './timeline-ambiguous-date';
import { unknownTime } from './timeline-unknown-time';
import { unmarkedMoments } from './key-moments-unmarked';
import { unreadableFigure } from './figure-unreadable';
import { unreadableTime } from './timeline-unreadable-time';
import { unreadableTimeline } from './timeline-unreadable';
import { unclosedCodeFence } from './unclosed-code-fence';

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
  unclosedCodeFence,
  timezone,
  unreadableTime,
  timelineOrder,
  duplicateEntry,
  approximateTime,
  dayRollover,
  unknownTime,
  unreadableTimeline,
  titleDateMismatch,
  dayBackwards,
  impossibleDate,
  timezoneNotInEffect,
  timesDisagree,
  dstGap,
  dstRepeated,
  ambiguousDate,
  missingFigure,
  unreadableFigure,
  figureMismatch,
  unmarkedMoments,
  duplicateMarker,
  inferredMoments,
  proseDurationMismatch,
  correctiveActions,
  actionItemOwner,
  actionItemTicket,
  actionItemOverdue,
  actionItemVague,
  blamelessWording,
];

/** Every code and name a configuration's `rules` may use: config/ is handed this by the hosts. */
export const RULE_NAMES: readonly string[] = RULES.flatMap((r) => [r.code, r.name]);

export function findRule(codeOrName: string): Rule | undefined {
  return RULES.find((r) => r.code === codeOrName || r.name === codeOrName);
}

export function severityOf(rule: Rule, settings: Record<string, string>): Severity | 'off' {
  const set = settings[rule.code] ?? settings[rule.name] ?? settings[RULES_DEFAULT];
  return set === undefined || set === 'on' ? rule.defaultSeverity : (set as Severity | 'off');
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

/** What every rule is given; each also gets its own memory. */
export type RuleInputs = Omit<RuleContext, 'memory'>;

/** `memories` are the document's, when it has an analyzer: each rule recalls only its own. */
export function runRules(
  pm: Postmortem,
  inputs: RuleInputs,
  rules: readonly Rule[] = RULES,
  memories?: RuleMemories,
): RuleResults {
  return finish(runRulesSteps(pm, inputs, rules, memories));
}

/** The same, a step after each rule: a host answers requests between them. */
export function* runRulesSteps(
  pm: Postmortem,
  inputs: RuleInputs,
  rules: readonly Rule[] = RULES,
  memories?: RuleMemories,
): Steps<RuleResults> {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, inputs.config.rules);
    if (severity === 'off') continue;
    try {
      const ctx: RuleContext = { ...inputs, memory: memories?.of(rule) ?? NO_RULE_MEMORY };
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
    yield;
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, failures };
}
