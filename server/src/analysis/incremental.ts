// One open document's analyses: each version reuses the parse of every block the edit did not
// touch. The result is the analysis `analyze` gives for the whole text (test/unit/incremental.test.ts).
import type { Config } from '../config/schema';
import { MarkdownCache } from '../postmortem/markdownCache';
import type { Analysis, AnalysisContext } from './analyze';
import { analyze } from './analyze';
import { declineReason } from './decline';

export class IncrementalAnalyzer {
  private markdown = new MarkdownCache();

  analyze(text: string, config: Config, context: AnalysisContext = {}): Analysis {
    const steps = this.analyzeSteps(text, config, context);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** The same analysis in steps: the host may answer other requests between them, or stop. */
  *analyzeSteps(text: string, config: Config, context: AnalysisContext = {}): Generator<void, Analysis> {
    if (declineReason(text)) {
      // Nothing of it is parsed: let go of the blocks of the text it replaced.
      this.markdown = new MarkdownCache();
      return analyze(text, config, context);
    }
    const tree = yield* this.markdown.parseSteps(text);
    return analyze(text, config, context, tree);
  }

  /** Blocks parsed anew (not reused) by the latest analysis. */
  get reparsedBlocks(): number {
    return this.markdown.reparsed;
  }
}
