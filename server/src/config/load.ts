// Where a document's configuration comes from: defaults, then the editor's settings, then the
// nearest `.postmortemrc.json` (walking up from the document), and the team's template.
import { dirname, isAbsolute, join, parse as parsePath, resolve } from 'node:path';
import { checkConfig } from './check';
import type { ConfigProblem } from './configFile';
import { CONFIG_FILE_NAME, readConfigText } from './configFile';
import { listDirCached, readTextCached } from './fileCache';
import type { Config, ConfigInput } from './schema';
import { PRESETS } from './presets';
import { configSchema } from './schema';
import { templateConfig } from './templateConfig';

export interface LoadOptions {
  /** The codes and names a `rules` key may use: the host passes the rule registry's. */
  ruleNames: readonly string[];
  /** The editor's `postmortem.*` settings, shaped like the schema's input. */
  settings?: unknown;
  /** A config file named explicitly (the CLI's --config): used instead of discovery. */
  explicitConfigFile?: string;
  /** The workspace root: discovery of config and template stops there. */
  root?: string;
}

export interface LoadedConfig {
  config: Config;
  /** Problems of the config file, located in it. */
  problems: ConfigProblem[];
  /** Problems of the editor's settings, which have no file to show them in. */
  settingsProblems: string[];
  configFile?: string;
  template?: { path: string; text: string };
}

function* ancestors(start: string, root?: string): Generator<string> {
  let dir = resolve(start);
  const stop = root ? resolve(root) : parsePath(dir).root;
  for (;;) {
    yield dir;
    if (dir === stop || dir === dirname(dir)) return;
    dir = dirname(dir);
  }
}

export function findConfigFile(startDir: string, root?: string): string | undefined {
  for (const dir of ancestors(startDir, root)) {
    if (listDirCached(dir).includes(CONFIG_FILE_NAME)) return join(dir, CONFIG_FILE_NAME);
  }
  return undefined;
}

export interface SettingsReading {
  input: ConfigInput;
  /** One sentence per bad setting, named as the editor shows it (`postmortem.rules.PM001`). */
  problems: string[];
}

const settingsReadings = new WeakMap<object, SettingsReading & { ruleNames: readonly string[] }>();

/** Settings come from the editor and may be anything: keep what validates, say what does not. */
export function readSettings(settings: unknown, ruleNames: readonly string[]): SettingsReading {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return { input: {}, problems: [] };
  // The same settings object serves every validation until the editor's settings change.
  const hit = settingsReadings.get(settings);
  if (hit?.ruleNames === ruleNames) return hit;
  // The editor sends null for a setting nobody set: that is no setting, not a wrong one.
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined && v !== null));
  const { input, issues } = checkConfig(given, { ruleNames, ignoreUnknownSettings: true, prefix: 'postmortem.' });
  const reading = { input, problems: issues.map((i) => i.message), ruleNames };
  settingsReadings.set(settings, reading);
  return reading;
}

export function validSettings(settings: unknown, ruleNames: readonly string[]): ConfigInput {
  return readSettings(settings, ruleNames).input;
}

/** Settings keyed by name: a config file adds to the editor's entries rather than replacing them all. */
const KEYED = ['rules', 'moments', 'figures', 'inlayHints', 'newPostmortem'] as const;

// The same inputs give the same Config object, not an equal copy: everything the core remembers
// across keystrokes (vocabularies, read paragraphs, block findings) is keyed by that object, and
// a fresh copy on every change would make each keystroke a full analysis.
const mergedConfigs = new Map<string, Config>();
const MAX_MERGED = 64;

/**
 * The configuration from its layers, each refining the one below entry by entry: the preset
 * (`preset` in the file, else in the settings) or, with neither a preset nor `sections`, the
 * team's template (`template`, see templateConfig.ts); then the editor's settings; then the file.
 */
export function mergeConfig(settings: ConfigInput, file: ConfigInput, template?: ConfigInput): Config {
  const key = JSON.stringify([settings, file, template]);
  let config = mergedConfigs.get(key);
  if (!config) {
    if (mergedConfigs.size >= MAX_MERGED) mergedConfigs.clear();
    config = mergeFresh(settings, file, template);
    mergedConfigs.set(key, config);
  }
  return config;
}

const DEFAULTS = configSchema.parse({}) as Record<string, unknown>;

/**
 * Editors hand over every setting, those nobody changed at their default value: such a setting
 * says nothing, so it must not undo a preset's or a template's sections.
 */
function changedSettings(settings: ConfigInput): ConfigInput {
  return Object.fromEntries(
    Object.entries(settings).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(DEFAULTS[k])),
  ) as ConfigInput;
}

function layer(under: ConfigInput, over: ConfigInput): ConfigInput {
  const merged: Record<string, unknown> = { ...under, ...over };
  for (const key of KEYED) {
    if (under[key] && over[key]) merged[key] = { ...under[key], ...over[key] };
  }
  return merged as ConfigInput;
}

function mergeFresh(rawSettings: ConfigInput, file: ConfigInput, template?: ConfigInput): Config {
  const settings = changedSettings(rawSettings);
  const preset = file.preset ?? settings.preset;
  const base = preset ? PRESETS[preset] : (template ?? {});
  const result = configSchema.safeParse(layer(layer(base, settings), file));
  // Both sides validated on their own, so this only fails on a combination: the file alone then.
  if (result.success) return result.data;
  const fileOnly = configSchema.safeParse(layer(base, file));
  return fileOnly.success ? fileOnly.data : configSchema.parse(base);
}

/** Whether the configuration leaves the sections to the team's template: no preset, no `sections`. */
export function templateDefinesSections(settings: ConfigInput, file: ConfigInput): boolean {
  const changed = changedSettings(settings);
  return !file.preset && !changed.preset && !file.sections && !changed.sections;
}

const MARKDOWN = /\.(md|markdown)$/i;

/** The team's template: the configured one, else a markdown file named like a template nearby. */
export function findTemplate(
  documentPath: string,
  options: { root?: string; configured?: string; base?: string },
): { path: string; text: string } | undefined {
  if (options.configured) {
    const path = isAbsolute(options.configured)
      ? options.configured
      : resolve(options.base ?? options.root ?? dirname(documentPath), options.configured);
    const text = path === resolve(documentPath) ? undefined : readTextCached(path);
    return text === undefined ? undefined : { path, text };
  }
  const self = resolve(documentPath);
  for (const dir of ancestors(dirname(documentPath), options.root)) {
    for (const name of listDirCached(dir)) {
      if (!/template/i.test(name) || !MARKDOWN.test(name)) continue;
      const path = join(dir, name);
      if (path === self) continue;
      const text = readTextCached(path);
      if (text !== undefined) return { path, text };
    }
  }
  return undefined;
}

export function loadConfigFor(filePath: string, options: LoadOptions): LoadedConfig {
  const configFile = options.explicitConfigFile
    ? resolve(options.explicitConfigFile)
    : findConfigFile(dirname(filePath), options.root);
  let fileInput: ConfigInput = {};
  let problems: ConfigProblem[] = [];
  if (configFile) {
    const text = readTextCached(configFile);
    if (text === undefined) {
      problems = [
        { file: configFile, message: `Cannot read the configuration file ${configFile}.`, span: { start: 0, end: 0 } },
      ];
    } else {
      ({ input: fileInput, problems } = readConfigText(configFile, text, options.ruleNames));
    }
  }
  const settings = readSettings(options.settings, options.ruleNames);
  const config = mergeConfig(settings.input, fileInput);
  const template = findTemplate(filePath, {
    root: options.root,
    configured: config.template,
    base: fileInput.template && configFile ? dirname(configFile) : options.root,
  });
  // The team's template is the configuration of its sections when nothing else says what they are.
  const fromTemplate =
    template && templateDefinesSections(settings.input, fileInput) ? templateConfig(template.text) : undefined;
  const effective = fromTemplate ? mergeConfig(settings.input, fileInput, fromTemplate) : config;
  return { config: effective, problems, settingsProblems: settings.problems, configFile, template };
}
