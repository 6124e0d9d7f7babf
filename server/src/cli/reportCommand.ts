// `postmortem-lint report`: reads the postmortems, computes the insights (insights/, the same pure
// function an editor's view calls), renders them, and prints or writes the report whole.
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { insightCharts } from '../insights/charts';
import type { Insights } from '../insights/insights';
import { gatherInsights } from '../insights/insights';
import { renderCsv } from '../insights/render/csv';
import type { RenderContext } from '../insights/render/context';
import type { DrawnCharts } from '../insights/render/html';
import { renderHtml } from '../insights/render/html';
import { renderJson } from '../insights/render/json';
import { renderMarkdown } from '../insights/render/markdown';
import { localToday } from '../localToday';
import { UsageError } from './args';
import { writeFileAtomic } from './atomicWrite';
import type { RenderSvg } from './chartRenderer';
import { loadChartRenderer } from './chartRenderer';
import { resolveFiles } from './files';
import { readEntries } from './reportFiles';
import type { ReportFormat } from './reportArgs';
import { parseReportArgs, REPORT_USAGE } from './reportArgs';
import { TOOL_NAME } from './tool';

export interface ReportIo {
  cwd: string;
  /** The host's clock, as a local `YYYY-MM-DD`. */
  today: () => string;
  stdout: (text: string) => void;
  warn: (line: string) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A link from the output's folder (or the working directory, for stdout) to a postmortem, URL-encoded. */
function hrefFrom(base: string, cwd: string): RenderContext['href'] {
  return (file) => {
    const path = relative(base, resolve(cwd, file)).split(sep).join('/');
    return path.split('/').map(encodeURIComponent).join('/');
  };
}

/** Every chart drawn, or left out with a warning: a chart that cannot be drawn does not stop the report. */
async function drawCharts(
  insights: Insights,
  warn: (line: string) => void,
): Promise<{ drawn: DrawnCharts; failed: boolean }> {
  const charts = insightCharts(insights);
  let renderSvg: RenderSvg;
  try {
    renderSvg = await loadChartRenderer();
  } catch (error) {
    warn(`${TOOL_NAME}: no charts drawn: ${messageOf(error)}`);
    return { drawn: charts.map((chart) => ({ chart, svg: null })), failed: true };
  }
  const drawn: DrawnCharts = [];
  let failed = false;
  for (const chart of charts) {
    try {
      drawn.push({ chart, svg: await renderSvg(chart.spec) });
    } catch (error) {
      warn(`${TOOL_NAME}: the chart "${chart.title}" could not be drawn: ${messageOf(error)}`);
      drawn.push({ chart, svg: null });
      failed = true;
    }
  }
  return { drawn, failed };
}

async function render(
  format: ReportFormat,
  insights: Insights,
  context: RenderContext,
  warn: (line: string) => void,
): Promise<{ text: string; failed: boolean }> {
  switch (format) {
    case 'json':
      return { text: renderJson(insights), failed: false };
    case 'csv':
      return { text: renderCsv(insights), failed: false };
    case 'html': {
      const { drawn, failed } = await drawCharts(insights, warn);
      return { text: renderHtml(insights, drawn, context), failed };
    }
    default:
      return { text: renderMarkdown(insights, context), failed: false };
  }
}

export async function runReport(argv: string[], io: ReportIo): Promise<number> {
  const options = parseReportArgs(argv);
  if (options.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const { files, unmatched, skipped } = resolveFiles(options.operands, io.cwd);
  for (const link of skipped)
    io.warn(
      `${link.path}: skipped: a symlink${link.target ? ` to ${link.target}, outside the folders given` : ', broken'}`,
    );
  if (unmatched.length) throw new UsageError(`No markdown files match: ${unmatched.join(', ')}`);

  const today = options.today ?? io.today();
  const { entries, warnings, failed } = await readEntries({
    files,
    cwd: io.cwd,
    config: options.config,
    today,
  });
  warnings.forEach((line) => io.warn(line));
  const insights = gatherInsights(entries, { by: options.by, since: options.since, until: options.until, today });
  const out = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  const rendered = await render(
    options.format,
    insights,
    { href: hrefFrom(out ? dirname(out) : io.cwd, io.cwd) },
    io.warn,
  );
  const code = failed || rendered.failed ? 2 : 0;
  if (!out) {
    io.stdout(rendered.text);
    return code;
  }
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, rendered.text);
  } catch (error) {
    io.warn(`${TOOL_NAME}: cannot write ${options.out}: ${messageOf(error)}`);
    return 2;
  }
  return code;
}

/** `postmortem-lint report ...` from the command line: sets the exit code when done. */
export function startReport(argv: string[]): void {
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  runReport(argv, { cwd: process.cwd(), today: () => localToday(), stdout: (t) => process.stdout.write(t), warn }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError)
        warn(`${TOOL_NAME}: ${error.message}\nRun "${TOOL_NAME} report --help" for usage.`);
      else
        warn(
          `${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      process.exitCode = 2;
    },
  );
}
