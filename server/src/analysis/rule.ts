import type { Config } from '../config/schema';
import type { Postmortem } from '../postmortem/model';
import type { ImpactFigure } from './figure';
import type { Fix, Severity } from './finding';
import type { Span } from '../postmortem/model';

/** What a rule reports; the registry adds code, name and the configured severity. */
export interface RuleFinding {
  message: string;
  span: Span;
  fixes?: Fix[];
}

export interface RuleContext {
  config: Config;
  figures: ImpactFigure[];
  /** Normalised lines and paragraphs of the team's template, when one was found. */
  templateBlocks: ReadonlySet<string>;
}

/** A rule is data plus one function (see ARCHITECTURE.md). */
export interface Rule {
  code: string;
  name: string;
  /** One sentence for the docs index and the rule's page. */
  description: string;
  defaultSeverity: Severity;
  check(pm: Postmortem, ctx: RuleContext): RuleFinding[];
}
