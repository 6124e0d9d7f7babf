// Where a document's configuration comes from: defaults, then the editor's settings, then the
// nearest `.postmortemrc.json` (walking up from the document), and the team's template.
import { dirname, join, resolve } from 'node:path';
import { checkConfig } from './check';
import type { ConfigFileReading, ConfigProblem } from './configFile';
import { CONFIG_FILE_NAME, locateInConfig, MAX_CONFIG_FILE_BYTES, readConfigTextCached } from './configFile';
import { discoveryRoot } from './discovery';
import { listDirCached, readFileText } from './fileCache';
import type { TemplateRead } from './templateFile';
import { isMarkdownName, readTemplateFile, resolveTemplatePath } from './templateFile';
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
  /** The workspace root: discovery of config and template stops there (else at discoveryRoot's). */
  root?: string;
  /** How messages name the root ("the workspace folder"); its path when unset. */
  rootName?: string;
  /** False in an untrusted workspace: a config file's keys that read files or match paths are set aside. */
  trusted?: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** Problems of the config file, located in it. */
  problems: ConfigProblem[];
  /** Problems of the editor's settings, which have no file to show them in. */
  settingsProblems: string[];
  configFile?: string;
  /** The config file's text as read, which `problems` are located in. */
  configText?: string;
  template?: { path: string; text: string };
}

/** From `start` up to `root` included; nothing when there is no root (no folder is safe to look in). */
function* ancestors(start: string, root: string | undefined): Generator<string> {
  if (root === undefined) return;
  let dir = resolve(start);
  const stop = resolve(root);
  for (;;) {
    yield dir;
    if (dir === stop || dir === dirname(dir)) return;
    dir = dirname(dir);
  }
}

/** The folder discovery for a document in `dir` stops at: the workspace root given, else discoveryRoot's. */
export function searchRoot(dir: string, root?: string): string | undefined {
  return root ?? discoveryRoot(dir);
}

export function findConfigFile(startDir: string, root?: string): string | undefined {
  for (const dir of ancestors(startDir, searchRoot(startDir, root))) {
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
const KEYED = ['rules', 'moments', 'wording', 'figures', 'inlayHints', 'newPostmortem'] as const;

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

/** Keys of a config file that read files, match paths or choose where files are written. */
export const RESTRICTED_KEYS = ['template', 'files', 'newPostmortem'] as const;

export interface ConfigFileOptions {
  /** Where a configured template must lie (and discovery stopped); the config file's folder when unset. */
  root?: string;
  rootName?: string;
  trusted?: boolean;
  /** The codes and names a `rules` key may use (the registry's, passed by the host). */
  ruleNames: readonly string[];
}

export interface CheckedConfigFile extends ConfigFileReading {
  /** The configured template, read or refused (its problem is in `problems` too). */
  template?: TemplateRead;
}

/**
 * A config file as it applies: validated, its keys that read files set aside in an untrusted
 * workspace (said at each key), and a configured template checked and read.
 */
export function readConfigFile(file: string, text: string, options: ConfigFileOptions): CheckedConfigFile {
  const reading = readConfigTextCached(file, text, options.ruleNames);
  let input = reading.input;
  const problems = [...reading.problems];
  if (options.trusted === false) {
    const kept: Record<string, unknown> = { ...input };
    for (const key of RESTRICTED_KEYS) {
      if (!(key in kept)) continue;
      delete kept[key];
      problems.push({
        file,
        message: `"${key}" is ignored in Restricted Mode: trust this workspace to use it.`,
        span: locateInConfig(text, [key]),
        severity: 'information',
      });
    }
    input = kept as ConfigInput;
  }
  let template: TemplateRead | undefined;
  if (input.template) {
    const root = options.root ?? dirname(file);
    template = readTemplateFile(resolveTemplatePath(input.template, dirname(file)), root, options.rootName ?? root);
    if ('problem' in template)
      problems.push({
        file,
        message: `"template": ${JSON.stringify(input.template)} ${template.problem}.`,
        span: locateInConfig(text, ['template']),
      });
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { input, problems, template };
}

/** The team's template when none is configured: a markdown file named like a template nearby. */
export function findTemplate(
  documentPath: string,
  options: { root?: string },
): { path: string; text: string } | undefined {
  const self = resolve(documentPath);
  const root = searchRoot(dirname(self), options.root);
  for (const dir of ancestors(dirname(self), root)) {
    for (const name of listDirCached(dir)) {
      if (!/template/i.test(name) || !isMarkdownName(name)) continue;
      const path = join(dir, name);
      if (path === self || root === undefined) continue;
      // Found, not chosen: one that cannot be used (a link leading outside, a folder, too big) is passed over.
      const read = readTemplateFile(path, root, root);
      if ('text' in read) return read;
    }
  }
  return undefined;
}

export function loadConfigFor(filePath: string, options: LoadOptions): LoadedConfig {
  const root = searchRoot(dirname(resolve(filePath)), options.root);
  const configFile = options.explicitConfigFile
    ? resolve(options.explicitConfigFile)
    : findConfigFile(dirname(filePath), root);
  let fileInput: ConfigInput = {};
  let problems: ConfigProblem[] = [];
  let configText: string | undefined;
  let configured: TemplateRead | undefined;
  if (configFile) {
    const read = readFileText(configFile, MAX_CONFIG_FILE_BYTES);
    if (read.text === undefined) {
      problems = [
        {
          file: configFile,
          message: `Cannot read this configuration file: ${read.unreadable}.`,
          span: { start: 0, end: 0 },
        },
      ];
    } else {
      configText = read.text;
      const checked = readConfigFile(configFile, read.text, {
        // An explicit --config may live anywhere; its template, like a discovered one's, is inside the root.
        root: root ?? dirname(resolve(filePath)),
        rootName: options.rootName,
        trusted: options.trusted,
        ruleNames: options.ruleNames,
      });
      ({ input: fileInput, problems, template: configured } = checked);
    }
  }
  const settings = readSettings(options.settings, options.ruleNames);
  const settingsProblems = [...settings.problems];
  const config = mergeConfig(settings.input, fileInput);
  const self = resolve(filePath);
  let template: { path: string; text: string } | undefined;
  if (configured) {
    template = 'text' in configured && resolve(configured.path) !== self ? configured : undefined;
  } else if (config.template) {
    // From the editor's settings: relative to the workspace root, like every path setting.
    const base = root ?? dirname(self);
    const read = readTemplateFile(resolveTemplatePath(config.template, base), base, options.rootName ?? base);
    if ('problem' in read)
      settingsProblems.push(`"postmortem.template": ${JSON.stringify(config.template)} ${read.problem}.`);
    else if (resolve(read.path) !== self) template = read;
  } else {
    template = findTemplate(filePath, { root });
  }
  // The team's template is the configuration of its sections when nothing else says what they are.
  const fromTemplate =
    template && templateDefinesSections(settings.input, fileInput) ? templateConfig(template.text) : undefined;
  const effective = fromTemplate ? mergeConfig(settings.input, fileInput, fromTemplate) : config;
  return { config: effective, problems, settingsProblems, configFile, configText, template };
}
