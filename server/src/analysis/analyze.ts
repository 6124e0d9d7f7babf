// The core's single entry point: text + configuration in, model + figures + findings out.
// Pure: no file system, no clock, no connection. The server caches one Analysis per version;
// a document's analyzer (incremental.ts) gives its parse and its memory of earlier versions.
import { readerSettings } from '../config/readerSettings';
import type { Config } from '../config/schema';
import type { MarkdownTree } from '../postmortem/markdown';
import { parseMarkdown } from '../postmortem/markdown';
import type { Postmortem } from '../postmortem/model';
import { parsePostmortem } from '../postmortem/parse';
import { LineIndex } from '../postmortem/positions';
import type { ImpactFigure } from './figure';
import { computeFigures, keyMoments } from './figures';
import type { Finding } from './finding';
import type { KeyMoments } from './moment';
import type { AnalysisMemory } from './memory';
import type { Rule } from './rule';
import type { RuleFailure } from './rules';
import { RULES } from './rules';
import { runRules } from './rules';
import { declineReason } from './decline';
import { notAnalysed } from './rules/not-analysed';
import { templateBlocks } from './template';

export interface AnalysisContext {
  /** The document's path (or URI path), matched against `config.files`. */
  path?: string;
  /** Text of the team's template, when the host found one. */
  template?: string;
  /** The rules to run, when not the whole registry (a rule's own tests run it alone). */
  rules?: readonly Rule[];
}

export interface Analysis {
  postmortem: Postmortem;
  figures: ImpactFigure[];
  /** Each key moment known: where it falls and where that comes from (marked, inferred, suggested). */
  moments: KeyMoments;
  /** Empty when the document is not a postmortem. */
  findings: Finding[];
  /** Rules that threw on this document; hosts log them. */
  failures: RuleFailure[];
  lines: LineIndex;
  /** The configuration and context it was computed with, for features that build on it. */
  config: Config;
  context: AnalysisContext;
}

/** What a document's analyzer gives: this version's parse and what earlier versions left. */
export interface Incremental {
  tree: MarkdownTree;
  memory: AnalysisMemory;
}

export function analyze(
  text: string,
  config: Config,
  context: AnalysisContext = {},
  incremental?: Incremental,
): Analysis {
  // A caller with a tree of its own (IncrementalAnalyzer) has already declined or accepted the text.
  const declined = incremental ? undefined : declineReason(text);
  // Declined, nothing of the text is parsed: the model is read from an empty text.
  const tree = incremental?.tree ?? parseMarkdown(declined ? '' : text);
  const parsed = parsePostmortem(
    declined ? '' : text,
    readerSettings(config),
    context.path,
    tree,
    incremental?.memory.reading,
  );
  const postmortem: Postmortem = declined ? { ...parsed, text, declined } : parsed;
  const moments = keyMoments(postmortem, config);
  const figures = computeFigures(postmortem, config, moments);
  const { findings, failures } = postmortem.classification
    ? runRules(
        postmortem,
        // The tree is lent to the rules for this analysis only: the Analysis does not keep it.
        { config, figures, templateBlocks: templateBlocks(context.template), markdown: tree },
        // A declined text is not read: only not-analysed has something to say about it.
        (context.rules ?? RULES).filter((rule) => !declined || rule === notAnalysed),
        incremental?.memory.rules,
      )
    : { findings: [], failures: [] };
  return { postmortem, figures, moments, findings, failures, lines: new LineIndex(text), config, context };
}
