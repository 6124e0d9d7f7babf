import type { Config } from '../config/schema';
import type { MarkdownTree } from '../postmortem/markdown';
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

/**
 * What a rule remembers across versions of one document, by objects the incremental parse keeps:
 * a block it reused is the same node with the same text (possibly moved). Each rule has its own;
 * a one-off analysis remembers nothing and every `recall` makes its value afresh.
 */
export interface RuleMemory {
  /** The value made for `key` from the same `inputs` (compared by identity) in an earlier version, else `make()`'s, kept. */
  recall<T>(key: object, inputs: readonly unknown[], make: () => T): T;
}

export interface RuleContext {
  config: Config;
  figures: ImpactFigure[];
  /** Normalised lines and paragraphs of the team's template, when one was found. */
  templateBlocks: ReadonlySet<string>;
  /**
   * The document's remark tree, lent for this analysis only, for rules that read prose: keep
   * nothing of it in findings (later versions move its nodes), only offsets from `spanOf`.
   */
  markdown: MarkdownTree;
  memory: RuleMemory;
  /** The host's day (`YYYY-MM-DD`): what a due date is compared with. Unset, nothing is overdue. */
  today?: string;
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
