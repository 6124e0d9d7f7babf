// The one place where offsets become LSP positions: through the document's own line index, so
// tabs, CRLF, a BOM, emoji and CJK text all land on the right UTF-16 characters.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './model';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private readonly doc: TextDocument;
  constructor(text: string) {
    this.doc = TextDocument.create('postmortem:index', 'markdown', 0, text);
  }
  static of(doc: TextDocument): LineIndex {
    const index = Object.create(LineIndex.prototype) as LineIndex;
    (index as unknown as { doc: TextDocument }).doc = doc;
    return index;
  }
  position(offset: number): Position {
    return this.doc.positionAt(offset);
  }
  range(span: Span): Range {
    return { start: this.doc.positionAt(span.start), end: this.doc.positionAt(span.end) };
  }
  offset(position: Position): number {
    return this.doc.offsetAt(position);
  }
  get lineCount(): number {
    return this.doc.lineCount;
  }
}
