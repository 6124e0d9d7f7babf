// What analysing one document remembers from its earlier versions: the reading's memory and each
// rule's. Owned by the document's analyzer (incremental.ts) and passed down; a plain `analyze`
// has none, and gives the same analysis.
import type { ReadingMemory } from '../postmortem/memory';
import { newReadingMemory } from '../postmortem/memory';
import type { Rule, RuleMemory } from './rule';

export interface AnalysisMemory {
  reading: ReadingMemory;
  rules: RuleMemories;
}

export function newAnalysisMemory(): AnalysisMemory {
  return { reading: newReadingMemory(), rules: new RuleMemories() };
}

/** One memory per rule, so no rule sees another's values. */
export class RuleMemories {
  private readonly byRule = new Map<string, RuleMemory>();

  of(rule: Rule): RuleMemory {
    let memory = this.byRule.get(rule.code);
    if (!memory) this.byRule.set(rule.code, (memory = new KeptValues()));
    return memory;
  }
}

/** For a one-off analysis: nothing is kept. */
export const NO_RULE_MEMORY: RuleMemory = { recall: (_key, _inputs, make) => make() };

class KeptValues implements RuleMemory {
  private readonly kept = new WeakMap<object, { inputs: readonly unknown[]; value: unknown }>();

  recall<T>(key: object, inputs: readonly unknown[], make: () => T): T {
    const known = this.kept.get(key);
    // Only this rule's `make` for this key put the value there: it has the type it asks for.
    if (known && sameInputs(known.inputs, inputs)) return known.value as T;
    const value = make();
    this.kept.set(key, { inputs, value });
    return value;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
