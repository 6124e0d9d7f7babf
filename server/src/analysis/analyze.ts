// The core's single entry point: text + configuration in, model + figures + findings out.
// Pure: no file system, no clock, no connection. The server caches one Analysis per version;
// a document's analyzer (incremental.ts) gives its parse and its memory of earlier versions.
import { readerSettings } from '../config/readerSettings';
import type { Config } from '../config/schema';
import type { MarkdownTree } from '../postmortem/markdown';
import { parseMarkdown } from '../postmortem/markdown';
import type { Postmortem } from '../postmortem/model';
import { parsePostmortem, parsePostmortemSteps } from '../postmortem/parse';
import type { Steps } from '../postmortem/steps';
import { finish } from '../postmortem/steps';
import { LineIndex } from '../postmortem/positions';
import type { ImpactFigure } from './figure';
import { computeFigures, keyMoments } from './figures';
import type { Finding } from './finding';
import type { KeyMoments } from './moment';
import type { AnalysisMemory } from './memory';
import type { Rule } from './rule';
import type { RuleFailure } from './rules';
import { RULES } from './rules';
import { runRules, runRulesSteps } from './rules';
import { declineReason } from './decline';
import { notAnalysed } from './rules/not-analysed';
import { templateBlocks } from './template';
import { lineEnding, truncate, withLoneCrAsLf } from '../postmortem/text';

export interface AnalysisContext {
  /** The document's path (or URI path), matched against `config.files`. */
  path?: string;
  /** Text of the team's template, when the host found one. */
  template?: string;
  /** The rules to run, when not the whole registry (a rule's own tests run it alone). */
  rules?: readonly Rule[];
  /** The host's calendar day (`YYYY-MM-DD`): the core reads no clock, so due dates pass only against this. */
  today?: string;
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
  return finish(analyzeInSteps(text, config, context, incremental));
}

/**
 * The same analysis in steps: the timeline's reading, then each rule, so a host answers
 * requests while a long document is analysed. Between two steps nothing else may use the
 * incremental tree's nodes (its analyzer sees to that).
 */
export function* analyzeInSteps(
  text: string,
  config: Config,
  context: AnalysisContext = {},
  incremental?: Incremental,
): Steps<Analysis> {
  try {
    return yield* analyzeText(text, config, context, incremental);
  } catch (error) {
    // Whatever throws while reading one text (a stack overflow in remark, a bug of ours) is this
    // text's problem: the host publishes the finding and logs the failure, other files go on.
    return failedAnalysis(text, config, context, error);
  }
}

function* analyzeText(
  text: string,
  config: Config,
  context: AnalysisContext,
  incremental?: Incremental,
): Steps<Analysis> {
  // A lone CR ends a line like LF: the reader reads it as one (the same offsets), and lines an
  // edit adds end as the document's own lines do.
  const reading = withLoneCrAsLf(text);
  // A caller with a tree of its own (IncrementalAnalyzer) has already declined or accepted the text.
  const declined = incremental ? undefined : declineReason(reading);
  // Declined, nothing of the text is parsed: the model is read from an empty text.
  const tree = incremental?.tree ?? parseMarkdown(declined ? '' : reading);
  const parsed = yield* parsePostmortemSteps(
    declined ? '' : reading,
    readerSettings(config),
    context.path,
    tree,
    incremental?.memory.reading,
  );
  const postmortem: Postmortem = declined
    ? { ...parsed, text: reading, declined, eol: lineEnding(text) }
    : reading === text
      ? parsed
      : { ...parsed, eol: lineEnding(text) };
  const moments = keyMoments(postmortem, config);
  const figures = computeFigures(postmortem, config, moments);
  yield;
  const { findings, failures } = postmortem.classification
    ? yield* runRulesSteps(
        postmortem,
        // The tree is lent to the rules for this analysis only: the Analysis does not keep it.
        { config, figures, templateBlocks: templateBlocks(context.template), markdown: tree, today: context.today },
        // A declined text is not read: only not-analysed has something to say about it.
        (context.rules ?? RULES).filter((rule) => !declined || rule === notAnalysed),
        incremental?.memory.rules,
      )
    : { findings: [], failures: [] };
  return { postmortem, figures, moments, findings, failures, lines: new LineIndex(text), config, context };
}

/** What a failure's `rule` is when the reading itself failed, not one rule. */
export const READING = 'reading';

/** How a failure is named in a log: the rule that threw, or the reading. */
export function failureSource(failure: RuleFailure): string {
  return failure.rule === READING ? 'reading the document' : `rule ${failure.rule}`;
}

/**
 * The analysis of a text whose reading threw: its model empty, as a declined text's, with
 * not-analysed's finding saying so when the file is a postmortem by its path (its content could
 * not be read to tell), and the failure for the host's log.
 */
export function failedAnalysis(text: string, config: Config, context: AnalysisContext, error: unknown): Analysis {
  const failures: RuleFailure[] = [{ rule: READING, error }];
  const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const declined = `Not analysed: reading this file failed (${truncate(why, 200)}). This is a bug in postmortem-markdown: please report it, with a text that shows it.`;
  let postmortem: Postmortem = {
    text,
    declined,
    classification: null,
    metadata: [],
    sections: [],
    statedFigures: [],
    keyEvents: [],
    proseDurations: [],
    actionItems: [],
    eol: '\n',
  };
  let findings: Finding[] = [];
  try {
    // An empty text's model, classified by the path alone; guarded too, as the configuration may be what throws.
    const parsed = parsePostmortem('', readerSettings(config), context.path);
    postmortem = { ...parsed, text, declined, eol: lineEnding(text) };
    if (postmortem.classification)
      findings = runRules(postmortem, { config, figures: [], templateBlocks: EMPTY, markdown: parseMarkdown('') }, [
        notAnalysed,
      ]).findings;
  } catch (again) {
    failures.push({ rule: READING, error: again });
  }
  return {
    postmortem,
    figures: [],
    moments: { moments: new Map() },
    findings,
    failures,
    lines: new LineIndex(text),
    config,
    context,
  };
}

const EMPTY: ReadonlySet<string> = new Set();
