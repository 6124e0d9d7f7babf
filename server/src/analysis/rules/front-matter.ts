import { frontMatterSchema } from '../../postmortem/frontMatterSchema';
import type { Rule, RuleFinding } from '../rule';

const EXPECTED: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  timezone: 'a timezone such as UTC, UTC+2 or Europe/London',
  severity: 'text or a number',
  services: 'a name or a list of names',
};

export const frontMatter: Rule = {
  code: 'PM008',
  name: 'front-matter',
  description: 'The YAML or TOML front matter cannot be read, or a known key has a value of the wrong kind.',
  defaultSeverity: 'error',
  check(pm) {
    const fm = pm.frontMatter;
    if (!fm) return [];
    const findings: RuleFinding[] = fm.errors.map((e) => ({
      message: `Front matter is not valid ${fm.language === 'toml' ? 'TOML' : 'YAML'}: ${e.message}`,
      span: e.span,
    }));
    if (!fm.data) {
      if (findings.length === 0)
        findings.push({
          message:
            fm.language === 'toml'
              ? 'Front matter must be a list of "key = value" lines.'
              : 'Front matter must be a list of "key: value" lines.',
          span: fm.span,
        });
      return findings;
    }
    const result = frontMatterSchema.safeParse(fm.data);
    if (result.success) return findings;
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const message =
        issue.code === 'custom'
          ? `Front matter "${key}" ${issue.message}.`
          : `Front matter "${key}" must be ${EXPECTED[key] ?? 'text'}.`;
      findings.push({ message, span: fm.keySpans[key] ?? fm.span });
    }
    return findings;
  },
};
