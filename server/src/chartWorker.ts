// The insights view's charts are drawn in this worker thread (dist/chartWorker.js), so vega's
// rendering, tens of milliseconds a chart, never holds up the language server's replies. It loads
// the charting code (dist/charts.mjs) at its first chart, as the CLI's report does.
import { parentPort } from 'node:worker_threads';
import type { RenderSvg } from './cli/chartRenderer';
import { loadChartRenderer } from './cli/chartRenderer';
import type { ChartReply, ChartRequest } from './chartThread';

let renderer: Promise<RenderSvg> | undefined;
const port = parentPort;

port?.on('message', (request: ChartRequest) => {
  const started = performance.now();
  const loading = !renderer;
  renderer ??= loadChartRenderer();
  void renderer
    .then(async (render) => {
      const loadMs = loading ? performance.now() - started : undefined;
      const reply: ChartReply = { id: request.id, svg: await render(request.spec), loadMs };
      port.postMessage(reply);
    })
    .catch((error: unknown) => {
      const reply: ChartReply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    });
});
