// What the insights view's webview and the extension say to each other: the webview is given the
// server's view (InsightsView) to draw, and says what the user did and what it drew. A leaf, typed
// both by the extension and by the webview's script (client/webview), which runs in a browser.
import type { InsightsView, ViewGrain } from '../../../server/src/insights/render/viewTypes';

/** `serial` numbers the views the extension sends, so a click is read against the view it was made on. */
export type ToWebview = { type: 'view'; view: InsightsView; serial: number } | { type: 'error'; message: string };

/** What the webview drew, told after each drawing: the extension-host tests read it. */
export interface DrawnReport {
  /** The view drawn. */
  serial: number;
  summary: string;
  /** Titles of the charts drawn as SVG (one that could not be drawn is not among them). */
  charts: string[];
  periods: number;
  /** Titles of the incidents' rows, in order. */
  incidents: string[];
  reading: boolean;
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'by'; by: ViewGrain }
  | { type: 'open'; serial: number; row: number }
  | { type: 'drawn'; report: DrawnReport };
