// Configuration as the hosts (server, CLI, the schema generator) read it: config/ sits below the
// rule registry and is handed its codes and names, which a `rules` key may use; this binds them.
import { RULE_NAMES } from './analysis/rules';
import type { ConfigFileReading } from './config/configFile';
import * as configFile from './config/configFile';
import * as jsonSchema from './config/jsonSchema';
import type { CheckedConfigFile, ConfigFileOptions, LoadedConfig, LoadOptions, SettingsReading } from './config/load';
import * as load from './config/load';
import type { ConfigInput } from './config/schema';

export function loadConfigFor(filePath: string, options: Omit<LoadOptions, 'ruleNames'> = {}): LoadedConfig {
  return load.loadConfigFor(filePath, { ...options, ruleNames: RULE_NAMES });
}

export function readSettings(settings: unknown): SettingsReading {
  return load.readSettings(settings, RULE_NAMES);
}

export function validSettings(settings: unknown): ConfigInput {
  return load.validSettings(settings, RULE_NAMES);
}

export function readConfigText(file: string, text: string): ConfigFileReading {
  return configFile.readConfigText(file, text, RULE_NAMES);
}

export function postmortemrcJsonSchema(): ReturnType<typeof jsonSchema.postmortemrcJsonSchema> {
  return jsonSchema.postmortemrcJsonSchema(RULE_NAMES);
}

export function settingsContribution(): Record<string, unknown> {
  return jsonSchema.settingsContribution(RULE_NAMES);
}

export function readConfigFile(
  file: string,
  text: string,
  options: Omit<ConfigFileOptions, 'ruleNames'> = {},
): CheckedConfigFile {
  return load.readConfigFile(file, text, { ...options, ruleNames: RULE_NAMES });
}
