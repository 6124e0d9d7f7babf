import type { Config } from '../../config/schema';
import type { Postmortem } from '../../postmortem/model';
import { PRESET_VOCABULARY } from '../../postmortem/vocabulary';
import type { Fix } from '../finding';
import type { Rule, RuleFinding } from '../rule';
import { sectionAfter } from '../sectionNames';
import { sectionBlock } from '../skeletons';
import type { ConfiguredSection } from '../templateFit';
import { missingRequired, writtenToAnotherTemplate } from '../templateFit';

export const missingSection: Rule = {
  code: 'PM001',
  name: 'missing-section',
  description: 'A section the configuration requires is missing.',
  defaultSeverity: 'warning',
  check(pm, { config, markdown }) {
    const at = pm.title?.span ?? { start: 0, end: 0 };
    // A section a never-closed code fence swallowed is written: unclosed-code-fence says to close the fence.
    const missing = missingRequired(pm, config, markdown);
    if (writtenToAnotherTemplate(missing, config)) {
      return [
        {
          message: anotherTemplate(missing, config),
          span: at,
          fixes: [addSections(pm, config, missing), ...missing.map((s) => addSection(pm, config, s))],
        },
      ];
    }
    return missing.map((s): RuleFinding => ({
      message: `Add a "## ${s.name}" section: this postmortem has none.`,
      span: at,
      fixes: [addSection(pm, config, s)],
    }));
  },
};

function anotherTemplate(missing: readonly ConfiguredSection[], config: Config): string {
  const names = missing.map((s) => `"${s.name}"`);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const preset = PRESET_VOCABULARY.find((p) => p.name === config.preset);
  const source = preset ? `the ${preset.title} preset requires` : 'the configuration requires';
  const advice = preset
    ? 'add them, or, if your team writes to another template, choose its "preset" in .postmortemrc.json.'
    : 'add them, or, if your team writes to another template, set its "preset" (or your own "sections") in .postmortemrc.json so the sections you write are the ones checked.';
  return `This postmortem has none of ${list}, which ${source}: ${advice}`;
}

/** Every missing section at its place, in the configured order: one edit per place. */
function addSections(pm: Postmortem, config: Config, missing: readonly ConfiguredSection[]): Fix {
  const eol = pm.eol;
  const byOffset = new Map<number, string[]>();
  for (const s of missing) {
    const offset = sectionAfter(pm, config, s.name)?.headingSpan.start ?? pm.text.length;
    byOffset.set(offset, [...(byOffset.get(offset) ?? []), sectionBlock(s, config, eol)]);
  }
  const edits = [...byOffset].map(([offset, blocks]) => {
    if (offset !== pm.text.length) return { span: { start: offset, end: offset }, newText: blocks.join(eol) + eol };
    const lead = pm.text.endsWith('\n') ? eol : eol + eol;
    return { span: { start: offset, end: offset }, newText: lead + blocks.join(eol) };
  });
  return { title: `Add the ${missing.length} missing sections with their skeletons`, edits, safe: false };
}

function addSection(pm: Postmortem, config: Config, s: ConfiguredSection): Fix {
  const offset = sectionAfter(pm, config, s.name)?.headingSpan.start ?? pm.text.length;
  const eol = pm.eol;
  const atEnd = offset === pm.text.length;
  const lead = atEnd ? (pm.text.endsWith('\n') ? eol : eol + eol) : '';
  return {
    title: `Add the "${s.name}" section with its skeleton`,
    edits: [
      {
        span: { start: offset, end: offset },
        newText: `${lead}${sectionBlock(s, config, eol)}${atEnd ? '' : eol}`,
      },
    ],
    safe: false,
  };
}
