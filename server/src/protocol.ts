// Requests of our own, shared by the server and the VS Code client (and documented for others).
import type { Position, TextEdit } from 'vscode-languageserver-protocol';
import type { InsightsView, ViewGrain } from './insights/render/viewTypes';

export const INSERT_TIMELINE_ENTRY = 'postmortem/insertTimelineEntry';
export interface InsertTimelineEntryParams {
  textDocument: { uri: string };
  /** The client's clock, milliseconds since the epoch: the server never reads one. */
  now: number;
}
export type InsertTimelineEntryResult =
  | {
      edits: TextEdit[];
      /** Where the cursor goes once the edits are applied. */
      cursor: Position;
    }
  /** Nothing inserted, and the sentence a user reads why (the document was not analysed). */
  | { edits: []; refused: string };

export const NEW_POSTMORTEM = 'postmortem/newPostmortem';
export interface NewPostmortemParams {
  title: string;
  /** The incident date, YYYY-MM-DD, from the client's clock; anything else is refused. */
  date: string;
  /**
   * The workspace folder, as a file URI: the server picks the folder inside it from
   * `newPostmortem.folder` (settings and .postmortemrc.json) and checks it stays inside.
   */
  workspaceFolderUri?: string;
  /** Or the folder itself, as a file URI (it must lie inside a workspace folder, when there are any). */
  folderUri?: string;
  /** A preset (`google-sre`) whose skeleton to write, chosen for this postmortem; the configured one when unset. */
  preset?: string;
}
export interface NewPostmortemResult {
  fileName: string;
  text: string;
  /** The folder the file goes in, checked to lie inside the workspace folder. */
  folderUri: string;
}

/** Whether a workspace folder already says what its postmortems look like, and the presets to offer if not. */
export const PRESET_CHOICE = 'postmortem/presetChoice';
export interface PresetChoiceParams {
  workspaceFolderUri: string;
}
export interface PresetChoiceResult {
  /** A preset, `sections` or a team template already decides the sections: nothing to ask. */
  decided: boolean;
  presets: { name: string; title: string; detail: string }[];
}

/** The `.postmortemrc.json` that records a preset for a workspace folder: its URI and new text. */
export const PRESET_FILE = 'postmortem/presetFile';
export interface PresetFileParams {
  workspaceFolderUri: string;
  preset: string;
}
export interface PresetFileResult {
  uri: string;
  /** The whole file with `"preset"` set, comments and other keys kept. */
  text: string;
  /** Whether the file exists already (else it is to be created). */
  exists: boolean;
}

/** The client's word that the user trusted the workspace (VS Code's Restricted Mode ended). */
export const WORKSPACE_TRUSTED = 'postmortem/workspaceTrusted';

/** The server's memory, after a collection when node runs with --expose-gc: for benchmarks and leak tests. */
export const MEMORY_USAGE = 'postmortem/memoryUsage';
export interface MemoryUsageResult {
  heapUsed: number;
  rss: number;
  /** Whether a garbage collection ran first (the figures are then what is really kept). */
  collected: boolean;
}

/** The insights view's tables and charts over the workspace's postmortems, computed and drawn by the server. */
export const INSIGHTS = 'postmortem/insights';
export interface InsightsParams {
  /** What incidents are grouped by; `quarter` when anything else is given. */
  by: ViewGrain;
  /** The client's day, `YYYY-MM-DD`: what overdue action items are counted against. */
  today: string;
}
export type InsightsResult = InsightsView;

/** From the server, once insights were asked for: a postmortem changed, or the workspace's reading went on; ask again. */
export const INSIGHTS_CHANGED = 'postmortem/insightsChanged';
