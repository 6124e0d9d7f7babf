// The core's single entry point: text + configuration in, model + figures + findings out.
// Pure: no file system, no clock, no connection. The server caches one Analysis per version;
// `tree` is given when an incremental parser (incremental.ts) already has the parse.
import { readerSettings } from '../config/readerSettings';
import type { Config } from '../config/schema';
import type { MarkdownTree } from '../postmortem/markdown';
import type { Postmortem } from '../postmortem/model';
import { parsePostmortem } from '../postmortem/parse';
import { LineIndex } from '../postmortem/positions';
import type { ImpactFigure } from './figure';
import type { MomentEntries } from './figures';
import { computeFigures, keyMomentEntries } from './figures';
import type { Finding } from './finding';
import type { RuleFailure } from './rules';
import { runRules } from './rules';
import { declineReason } from './decline';
import { notAnalysed } from './rules/not-analysed';
import { templateBlocks } from './template';

export interface AnalysisContext {
  /** The document's path (or URI path), matched against `config.files`. */
  path?: string;
  /** Text of the team's template, when the host found one. */
  template?: string;
}

export interface Analysis {
  postmortem: Postmortem;
  figures: ImpactFigure[];
  /** The entry of each key moment, marked or inferred. */
  moments: MomentEntries;
  /** Empty when the document is not a postmortem. */
  findings: Finding[];
  /** Rules that threw on this document; hosts log them. */
  failures: RuleFailure[];
  lines: LineIndex;
  /** The configuration and context it was computed with, for features that build on it. */
  config: Config;
  context: AnalysisContext;
}

export function analyze(text: string, config: Config, context: AnalysisContext = {}, tree?: MarkdownTree): Analysis {
  // A caller with a tree of its own (IncrementalAnalyzer) has already declined or accepted the text.
  const declined = tree ? undefined : declineReason(text);
  const postmortem = declined
    ? declinedPostmortem(text, declined, config, context.path)
    : parsePostmortem(text, readerSettings(config), context.path, tree);
  const moments = keyMomentEntries(postmortem, config);
  const figures = computeFigures(postmortem, config, moments);
  const { findings, failures } = postmortem.classification
    ? runRules(
        postmortem,
        { config, figures, templateBlocks: templateBlocks(context.template) },
        declined ? [notAnalysed] : undefined,
      )
    : { findings: [], failures: [] };
  return { postmortem, figures, moments, findings, failures, lines: new LineIndex(text), config, context };
}

/** An empty model that keeps the text: classified by path alone, since the text is not read. */
function declinedPostmortem(text: string, declined: string, config: Config, path?: string): Postmortem {
  return { ...parsePostmortem('', readerSettings(config), path), text, declined };
}
