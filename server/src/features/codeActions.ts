// Code actions at a place: the quick fixes of its findings, fix-all (resolved later, see
// fixAllAction.ts) and "Mark as <moment>", as far as the client's `only` asks for them.
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import type { Span } from '../postmortem/model';
import { FIX_ALL_KIND, fixAllAction } from './fixAllAction';
import { markAsActions } from './markAs';
import { quickFixes } from './quickFixes';

export interface CodeActionRequest {
  uri: string;
  span: Span;
  diagnostics: Diagnostic[];
  only?: string[];
}

const wants = (only: string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(analysis: Analysis, request: CodeActionRequest): CodeAction[] {
  const { uri, only } = request;
  if (!analysis.postmortem.classification) return [];
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(analysis, uri, request.diagnostics));
  const fixAll = wants(only, FIX_ALL_KIND) ? fixAllAction(analysis, uri) : undefined;
  if (fixAll) actions.push(fixAll);
  // Mark as is a refactor, or a quick fix for a moment the entry's words suggest: each by its own kind.
  if (wants(only, CodeActionKind.RefactorRewrite) || wants(only, CodeActionKind.QuickFix))
    actions.push(...markAsActions(analysis, uri, request.span).filter((a) => wants(only, a.kind ?? '')));
  return actions;
}
