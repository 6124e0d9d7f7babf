// SARIF 2.1.0, what code-scanning services read: one run, the rule catalogue, one result per finding.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../analysis/finding';
import { RULES } from '../../analysis/rules';
import type { FileReport } from '../report';
import { INFORMATION_URI, RULE_DOCS_BASE, TOOL_NAME, TOOL_VERSION } from '../tool';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * Relative paths stay relative (to %SRCROOT%, the working directory); each segment percent-encoded.
 * A backslash separates folders only on Windows; elsewhere it is part of a name, encoded as %5C.
 */
export function artifactUri(file: string, windows = sep === '\\'): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const uri = (windows ? file.replace(/\\/g, '/') : file)
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

export function formatSarif(reports: FileReport[], cwd: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const root = pathToFileURL(cwd).href;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.description },
              helpUri: `${RULE_DOCS_BASE}${r.name}.md`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        // Each postmortem's figures and key moments, with where they come from (`wording`: suggested).
        artifacts: reports
          .filter((r) => r.isPostmortem)
          .map((r) => ({ location: artifactUri(r.file), properties: { figures: r.figures, moments: r.moments } })),
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        // LSP ranges count UTF-16 code units, and so do these columns.
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.findings.map((f) => {
            const index = ruleIndex.get(f.code);
            return {
              ruleId: f.code,
              ...(index === undefined ? {} : { ruleIndex: index }),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactUri(r.file),
                    region: {
                      startLine: f.range.start.line + 1,
                      startColumn: f.range.start.character + 1,
                      endLine: f.range.end.line + 1,
                      endColumn: f.range.end.character + 1,
                    },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
