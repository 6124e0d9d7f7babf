// Loads the extension's bundle as VS Code does at activation, with the `vscode` module stood in for
// by an inert proxy: what the bundle costs to read and evaluate before `activate` runs.
import Module, { createRequire } from 'node:module';

const inert = new Proxy(function () {}, {
  get: (_target, key) => (key === '__esModule' ? false : inert),
  apply: () => inert,
  construct: () => inert,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? inert : load.call(this, request, ...rest);
};
const { activate } = createRequire(import.meta.url)(process.argv[2]);
if (typeof activate !== 'function') throw new Error(`${process.argv[2]} has no activate`);
