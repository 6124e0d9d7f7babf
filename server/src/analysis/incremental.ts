// One open document's analyses: each version reuses the parse of every block the edit did not
// touch, and what reading and the rules remembered of them. The result is the analysis `analyze`
// gives for the whole text (test/unit/incremental.test.ts), whatever the order in which versions
// and other texts (fix-all's) are analysed, interleaved or abandoned half-way.
import type { Config } from '../config/schema';
import { MarkdownCache } from '../postmortem/markdownCache';
import type { MarkdownTree } from '../postmortem/markdown';
import { finish } from '../postmortem/steps';
import { withLoneCrAsLf } from '../postmortem/text';
import type { Analysis, AnalysisContext } from './analyze';
import { analyze, analyzeInSteps, failedAnalysis, READING } from './analyze';
import { declineReason } from './decline';
import type { AnalysisMemory } from './memory';
import { newAnalysisMemory } from './memory';

export class IncrementalAnalyzer {
  private markdown = new MarkdownCache();
  private memory: AnalysisMemory = newAnalysisMemory();

  analyze(text: string, config: Config, context: AnalysisContext = {}): Analysis {
    return finish(this.analyzeSteps(text, config, context));
  }

  /** The same analysis in steps: the host may answer other requests between them, or stop. */
  *analyzeSteps(text: string, config: Config, context: AnalysisContext = {}): Generator<void, Analysis> {
    // Read as analyze reads it: a lone CR is a line feed, offsets unchanged.
    const reading = withLoneCrAsLf(text);
    if (declineReason(reading)) {
      this.forget();
      return analyze(text, config, context);
    }
    for (;;) {
      let tree: MarkdownTree;
      try {
        tree = yield* this.markdown.parseSteps(reading);
      } catch (error) {
        this.forget();
        return failedAnalysis(text, config, context, error);
      }
      const cache = this.markdown;
      const placed = cache.placements;
      const steps = analyzeInSteps(text, config, context, { tree, memory: this.memory });
      let step = steps.next();
      // Another text parsed with this analyzer between two steps (fix-all's passes) moves the
      // nodes this analysis reads: then it starts again from the parse, which places them back.
      const moved = () => this.markdown !== cache || cache.placements !== placed;
      while (!step.done) {
        yield;
        if (moved()) break;
        step = steps.next();
      }
      if (step.done) {
        const analysis = step.value;
        // A reading that failed half-way may have left its memory half-made: the next version starts afresh.
        if (analysis.failures.some((f) => f.rule === READING)) this.forget();
        return analysis;
      }
    }
  }

  /** Lets go of the blocks of the text analysed last, and of their memory: nothing of them is kept for the next. */
  private forget(): void {
    this.markdown = new MarkdownCache();
    this.memory = newAnalysisMemory();
  }

  /** Blocks parsed anew (not reused) by the latest analysis. */
  get reparsedBlocks(): number {
    return this.markdown.reparsed;
  }
}
