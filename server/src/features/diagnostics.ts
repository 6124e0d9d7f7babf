// Findings become LSP diagnostics here and nowhere else.
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import type { Severity } from '../analysis/finding';
import type { ConfigProblem } from '../config/configFile';
import { LineIndex } from '../postmortem/positions';

export const DOCS_BASE = 'https://github.com/postmortem-markdown/postmortem-markdown/blob/main/docs/rules/';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Diagnostics carry the finding's index in `data`, so code actions can find its fixes again.
 * `lines` may be the editor's own line index of the same text, which it keeps up to date as it
 * types: the analysis's index would scan the whole text again.
 */
export function toDiagnostics(analysis: Analysis, lines: LineIndex = analysis.lines): Diagnostic[] {
  return analysis.findings.map((finding, index) => ({
    range: lines.range(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `${DOCS_BASE}${finding.name}.md` },
    // VS Code shows `source(code)`: "postmortem(PM006)"; the rule's name is in the docs link.
    source: 'postmortem',
    message: finding.message,
    data: { index },
  }));
}

export function configProblemDiagnostics(text: string, problems: ConfigProblem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((p) => ({
    range: lines.range(p.span),
    severity: p.severity === 'information' ? DiagnosticSeverity.Information : DiagnosticSeverity.Error,
    source: 'postmortem',
    message: p.message,
  }));
}
