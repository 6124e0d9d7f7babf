// The insights view's page: nothing but the stylesheet and the script of the extension, under a
// Content-Security-Policy that allows only those (the script by its nonce) and no remote resource.
import { randomBytes } from 'node:crypto';

export interface PageResources {
  /** The webview's own source (webview.cspSource): the extension's files, nothing remote. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** Fresh for each page, so only the script this page names can run. */
  nonce?: string;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    // The charts are inline SVG drawn by the server: no image, font or connection is ever fetched.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function insightsPage(resources: PageResources): string {
  const nonce = resources.nonce ?? newNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(resources.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(resources.styleUri)}">
<title>Postmortem Insights</title>
</head>
<body>
<main id="insights" aria-busy="true"><p class="note">Reading the workspace’s postmortems…</p></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(resources.scriptUri)}"></script>
</body>
</html>
`;
}
