// SARIF 2.1.0, the format code-scanning services read: one run, the rule catalogue, one result per finding.
import type { Severity } from '../../analysis/finding';
import { RULES } from '../../analysis/rules';
import { DOCS_BASE } from '../../features/diagnostics';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(reports: FileReport[], version: string): string {
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version,
            informationUri: 'https://github.com/postmortem-markdown/postmortem-markdown',
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.description },
              helpUri: `${DOCS_BASE}${r.name}.md`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
