// The team's template is read by the host and its text copied into every new postmortem, so a
// configuration (perhaps from a repository nobody reviewed) must not make it read any file it
// likes: a template is a markdown file inside the workspace folder (for the CLI, the document's
// repository or home), within a size any template has, and a configured one that cannot be used
// is said at its key rather than silently replaced by the built-in skeleton.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileText } from './fileCache';
import { readFileText } from './fileCache';

/**
 * Bytes a template may have. Public templates are 2-10 KB; the placeholder rule compares every
 * block of the document with the template's, which at this size stays under 100 ms per analysis.
 */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

const MARKDOWN = /\.(md|markdown)$/i;

export function isMarkdownName(path: string): boolean {
  return MARKDOWN.test(path);
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** Whether the real path `real` lies inside the folder `root` (links resolved). */
function isInside(real: string, root: string): boolean {
  const realRoot = realOrUndefined(root);
  if (!realRoot) return false;
  const rel = relative(realRoot, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export type TemplateRead = { path: string; text: string } | { path: string; problem: string };

/**
 * A template file checked, then read (never read before it is known to be inside `root`):
 * `problem` ends a sentence that starts with the template's name.
 */
export function readTemplateFile(path: string, root: string, rootName: string): TemplateRead {
  if (!isMarkdownName(path)) return { path, problem: 'is not a markdown file (.md or .markdown)' };
  const real = realOrUndefined(path);
  if (real !== undefined && !isInside(real, root))
    return { path, problem: `is outside ${rootName}; a template must be a markdown file inside it` };
  const read: FileText = readFileText(real ?? path, MAX_TEMPLATE_BYTES);
  if (read.unreadable !== undefined) return { path, problem: `cannot be used: ${read.unreadable}` };
  return { path, text: read.text };
}

/** Where a configured template path points: absolute, or relative to `base`. */
export function resolveTemplatePath(configured: string, base: string): string {
  return isAbsolute(configured) ? configured : resolve(base, configured);
}
