// Requests of our own, shared by the server and the VS Code client (and documented for others).
import type { Position, TextEdit } from 'vscode-languageserver-protocol';

export const INSERT_TIMELINE_ENTRY = 'postmortem/insertTimelineEntry';
export interface InsertTimelineEntryParams {
  textDocument: { uri: string };
  /** The client's clock, milliseconds since the epoch: the server never reads one. */
  now: number;
}
export interface InsertTimelineEntryResult {
  edits: TextEdit[];
  /** Where the cursor goes once the edits are applied. */
  cursor: Position;
}

export const NEW_POSTMORTEM = 'postmortem/newPostmortem';
export interface NewPostmortemParams {
  title: string;
  /** The incident date, YYYY-MM-DD, from the client's clock. */
  date: string;
  /** The folder the file goes in, as a file URI. */
  folderUri: string;
}
export interface NewPostmortemResult {
  fileName: string;
  text: string;
}

/** The server's memory, after a collection when node runs with --expose-gc: for benchmarks and leak tests. */
export const MEMORY_USAGE = 'postmortem/memoryUsage';
export interface MemoryUsageResult {
  heapUsed: number;
  rss: number;
  /** Whether a garbage collection ran first (the figures are then what is really kept). */
  collected: boolean;
}
