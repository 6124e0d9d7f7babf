// The charting code, loaded only when a chart is drawn: dist/charts.mjs beside the bundle (see
// scripts/build.mjs), or its source when this runs unbundled (tests under tsx).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TopLevelSpec } from 'vega-lite';

export type RenderSvg = (spec: TopLevelSpec) => Promise<string>;

export async function loadChartRenderer(): Promise<RenderSvg> {
  const bundled = join(__dirname, 'charts.mjs');
  // A computed specifier: the bundler leaves it alone, so the charts stay out of the CLI's bundle.
  const unbundled = join(__dirname, '..', 'charts', 'renderSvg.ts');
  const source = existsSync(bundled) ? pathToFileURL(bundled).href : existsSync(unbundled) ? unbundled : undefined;
  if (!source) throw new Error(`the charting code is missing: ${bundled} should be installed beside ${__filename}`);
  const module = (await import(source)) as { renderSvg: RenderSvg };
  return module.renderSvg;
}
