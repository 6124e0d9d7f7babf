import type { Span } from '../postmortem/model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are the ones `--fix` and fix-all apply without asking. */
  safe: boolean;
}

export interface Finding {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
}
