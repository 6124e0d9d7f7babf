// Who postmortem-lint is, for --version and SARIF: read from the manifest so nothing drifts.
import manifest from '../../../package.json';

export const TOOL_NAME = 'postmortem-lint';
export const TOOL_VERSION: string = manifest.version;
export const INFORMATION_URI: string = manifest.homepage;
/** Each rule's page is docs/rules/<name>.md in the repository, as the editor's diagnostics link. */
export const RULE_DOCS_BASE = `${manifest.repository.url}/blob/main/docs/rules/`;
