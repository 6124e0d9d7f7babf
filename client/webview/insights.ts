// The insights view's script, in the webview (dist/webview/insights.js): it draws the view the
// server computed (tables of text cells, charts as SVG the server drew) with DOM calls only, so no
// text from a postmortem is ever read as markup, and tells the extension what the user clicks.
import type {
  InsightsView,
  ViewCell,
  ViewChart,
  ViewColumn,
  ViewGrain,
} from '../../server/src/insights/render/viewTypes';
import type { DrawnReport, FromWebview, ToWebview } from '../src/insights/messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('insights') as HTMLElement;
const GRAINS: { value: ViewGrain; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; title?: string } = {},
  ...children: (Node | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.title) node.title = options.title;
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * The server's SVG, parsed as SVG and adopted: scripts, foreign content, event handlers, links and
 * inline styles are dropped (vega's renderer writes none; the CSP would refuse them anyway).
 */
function chartSvg(markup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length) return null;
  svg.querySelectorAll('script, foreignObject, style').forEach((node) => node.remove());
  for (const node of [svg, ...svg.querySelectorAll('*')])
    for (const attribute of [...node.attributes])
      if (/^on/i.test(attribute.name) || /href$/i.test(attribute.name) || attribute.name === 'style')
        node.removeAttribute(attribute.name);
  svg.setAttribute('role', 'img');
  return document.importNode(svg, true) as unknown as SVGSVGElement;
}

function chart(c: ViewChart): HTMLElement {
  const svg = c.svg === null ? null : chartSvg(c.svg);
  const figure = element('figure', { className: 'chart' });
  figure.dataset.chart = c.id;
  if (svg) {
    svg.setAttribute('aria-label', c.title);
    figure.append(svg);
    figure.classList.add('drawn');
  } else
    figure.append(
      element('p', { className: 'note', text: `${c.title}: could not be drawn${c.problem ? ` (${c.problem})` : ''}.` }),
    );
  return figure;
}

function cell(tag: 'td' | 'th', c: ViewCell, column: ViewColumn): HTMLTableCellElement {
  const node = element(tag, { className: column.text ? 'text' : 'number' });
  node.append(c.text);
  if (c.note) node.append(' ', element('span', { className: c.note === 'draft' ? 'draft' : 'source', text: c.note }));
  if (c.alert) node.classList.add('overdue');
  return node;
}

function table(
  id: string,
  caption: string,
  columns: ViewColumn[],
  rows: ViewCell[][],
  link?: (row: number, title: HTMLTableCellElement) => void,
) {
  const head = element('tr');
  for (const column of columns)
    head.append(
      element('th', { className: column.text ? 'text' : 'number', text: column.title, title: column.description }),
    );
  const body = element('tbody');
  rows.forEach((cells, r) => {
    const tr = element('tr');
    cells.forEach((c, i) => {
      const td = cell('td', c, columns[i]);
      if (link && i === 1) link(r, td);
      tr.append(td);
    });
    body.append(tr);
  });
  const t = element('table', {}, element('caption', { text: caption }), element('thead', {}, head), body);
  t.id = id;
  return t;
}

function grainPicker(by: ViewGrain): HTMLElement {
  const select = element('select');
  select.id = 'by';
  for (const g of GRAINS) {
    const option = element('option', { text: g.label });
    option.value = g.value;
    option.selected = g.value === by;
    select.append(option);
  }
  select.addEventListener('change', () => vscode.postMessage({ type: 'by', by: select.value as ViewGrain }));
  const label = element('label', { text: 'Group by ' }, select);
  label.htmlFor = 'by';
  return label;
}

/** The view drawn now: a click names its row in it. */
let drawnSerial = -1;

function draw(view: InsightsView, serial: number): void {
  drawnSerial = serial;
  const header = element(
    'header',
    {},
    element('h1', { text: 'Postmortem Insights' }),
    element('p', { className: 'summary', text: view.summary }),
    grainPicker(view.by),
  );
  const reading = view.reading
    ? element('p', {
        className: 'reading',
        text: `Reading the workspace: ${view.reading.done.toLocaleString('en')} of ${view.reading.total.toLocaleString('en')} files…`,
      })
    : null;
  if (reading) reading.setAttribute('role', 'status');
  const sections: (Node | null)[] = [header, reading];
  if (view.empty) sections.push(element('p', { className: 'empty', text: view.empty }));
  else {
    sections.push(
      element('h2', { text: 'Charts' }),
      element('div', { className: 'charts' }, ...view.charts.map(chart)),
      element('h2', { text: `By ${view.by}` }),
      element('p', {
        className: 'note',
        text: 'Each figure is the median / 90th percentile, with how many incidents give it; an incident that does not give a figure is left out of it, not counted as zero.',
      }),
      table('periods', `Incidents by ${view.by}`, view.periods.columns, view.periods.rows),
      element('h2', { text: 'Incidents' }),
      element('p', {
        className: 'note',
        text: 'Newest first. Figures come from the key moments marked in the timeline unless marked inferred (from the stated figures) or stated (the Impact section, which the timeline cannot confirm). Click an incident to open it.',
      }),
      table(
        'incidents',
        'Incidents',
        view.incidents.columns,
        view.incidents.rows.map((r) => r.cells),
        (row, title) => {
          const link = element('a', { title: view.incidents.rows[row].label });
          link.href = '#';
          link.dataset.row = String(row);
          link.append(...title.childNodes);
          title.replaceChildren(link);
        },
      ),
    );
    if (view.excluded.length) {
      const list = element('ul', { className: 'excluded' });
      for (const e of view.excluded)
        list.append(element('li', {}, element('code', { text: e.label }), document.createTextNode(`: ${e.reason}`)));
      sections.push(element('h2', { text: 'Left out' }), list);
    }
  }
  root.replaceChildren(...sections.filter((s): s is Node => s !== null));
  root.setAttribute('aria-busy', view.reading ? 'true' : 'false');
  const report: DrawnReport = {
    serial,
    summary: view.summary,
    charts: [...root.querySelectorAll('figure.chart.drawn svg')].map((svg) => svg.getAttribute('aria-label') ?? ''),
    periods: view.periods.rows.length,
    incidents: view.incidents.rows.map((r) => r.cells[1]?.text ?? ''),
    reading: view.reading !== null,
  };
  vscode.postMessage({ type: 'drawn', report });
}

root.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a[data-row]');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', serial: drawnSerial, row: Number(link.dataset.row) });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'view') draw(message.view, message.serial);
  else if (message.type === 'error')
    root.replaceChildren(
      element('p', { className: 'error', text: `The insights could not be computed: ${message.message}` }),
    );
});

vscode.postMessage({ type: 'ready' });
