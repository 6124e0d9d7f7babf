// Vega-Lite specs drawn as SVG, offline, with vega's headless renderer (no browser, no canvas: text
// widths are estimated). The entry of its own bundle, dist/charts.mjs, which hosts load only when
// they draw a chart: the charting code stays out of the server and the CLI until it is needed.
import type { TopLevelSpec } from 'vega-lite';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Imported here, not at the top: vega is ESM with a top-level await, which only import() loads.
  const [{ compile }, { parse, View }] = await Promise.all([import('vega-lite'), import('vega')]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
