// One open document's analyses: each version reuses the parse of every block the edit did not
// touch, and what reading and the rules remembered of them. The result is the analysis `analyze`
// gives for the whole text (test/unit/incremental.test.ts), whatever the order in which versions
// and other texts (fix-all's) are analysed, interleaved or abandoned half-way.
import type { Config } from '../config/schema';
import { MarkdownCache } from '../postmortem/markdownCache';
import type { Analysis, AnalysisContext } from './analyze';
import { analyze } from './analyze';
import { declineReason } from './decline';
import type { AnalysisMemory } from './memory';
import { newAnalysisMemory } from './memory';

export class IncrementalAnalyzer {
  private markdown = new MarkdownCache();
  private memory: AnalysisMemory = newAnalysisMemory();

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
      // Nothing of it is parsed: let go of the blocks of the text it replaced, and their memory.
      this.markdown = new MarkdownCache();
      this.memory = newAnalysisMemory();
      return analyze(text, config, context);
    }
    const tree = yield* this.markdown.parseSteps(text);
    // No step between the parse and the analysis: the tree's nodes stay where this text has them.
    return analyze(text, config, context, { tree, memory: this.memory });
  }

  /** Blocks parsed anew (not reused) by the latest analysis. */
  get reparsedBlocks(): number {
    return this.markdown.reparsed;
  }
}
