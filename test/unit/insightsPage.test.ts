// The insights view's page (client/src/insights/webviewHtml.ts): a strict Content-Security-Policy
// that lets run only the extension's own script, by a nonce fresh for each page, and loads nothing
// remote; the webview's script draws with DOM calls only (checked in its source below).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, insightsPage, newNonce } from '../../client/src/insights/webviewHtml';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const page = (nonce?: string) =>
  insightsPage({
    cspSource: SOURCE,
    scriptUri: `${SOURCE}/ext/dist/webview/insights.js`,
    styleUri: `${SOURCE}/ext/dist/webview/insights.css`,
    nonce,
  });

describe('the insights view’s page', () => {
  it('allows only the extension’s stylesheet and the script with its nonce: nothing inline, nothing evaluated, nothing remote', () => {
    assert.equal(
      contentSecurityPolicy(SOURCE, 'abc123'),
      `default-src 'none'; style-src ${SOURCE}; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'`,
    );
    const html = page('abc123');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, contentSecurityPolicy(SOURCE, 'abc123'));
    assert.doesNotMatch(html, /unsafe-|<style|\sstyle="|\son[a-z]+="/);
    assert.deepEqual(
      [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]),
      [` nonce="abc123" src="${SOURCE}/ext/dist/webview/insights.js"`],
    );
    // Every URL in the page is the extension's own.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) assert.ok(url.startsWith(`${SOURCE}/ext/`), url);
  });

  it('makes a new nonce for each page, unguessable', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
    assert.notEqual(/nonce="([^"]+)"/.exec(page())?.[1], /nonce="([^"]+)"/.exec(page())?.[1]);
  });

  it('draws the server’s text with DOM calls, never as markup, and parses the charts as SVG', () => {
    const script = readFileSync(join(__dirname, '..', '..', 'client', 'webview', 'insights.ts'), 'utf8');
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    assert.match(script, /parseFromString\(markup, 'image\/svg\+xml'\)/);
  });
});
