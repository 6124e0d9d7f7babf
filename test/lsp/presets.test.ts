// New Postmortem's preset prompt, server side: whether a workspace folder needs asking, the
// .postmortemrc.json text that records a choice, and the skeleton of a preset chosen once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PresetChoiceResult, PresetFileResult } from '../../server/src/protocol';
import { PRESET_NAMES } from '../../server/src/postmortem/vocabulary';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

const uriOf = (...parts: string[]) => pathToFileURL(join(...parts)).href;

describe('the preset prompt requests', () => {
  const bare = tempTree({ 'README.md': '# x\n' });
  const chosen = tempTree({ '.postmortemrc.json': '{ "preset": "dfds" }' });
  const templated = tempTree({ 'docs/postmortems/template.md': '# T\n\n## Summary\n\n## Timeline\n\n## Follow-ups\n' });
  const commented = tempTree({ '.postmortemrc.json': '{\n  // ours\n  "defaultTimezone": "Europe/Oslo"\n}\n' });
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: bare });
  });
  after(() => client.shutdown());

  const choice = (root: string) =>
    client.connection.sendRequest<PresetChoiceResult>('postmortem/presetChoice', { workspaceFolderUri: uriOf(root) });

  it('asks where nothing decides the sections, with every preset to choose from', async () => {
    const answer = await choice(bare);
    assert.equal(answer.decided, false);
    assert.deepEqual(
      answer.presets.map((p) => p.name),
      [...PRESET_NAMES],
    );
    assert.equal(answer.presets[1].title, 'Google SRE');
  });

  /** A server whose one workspace folder is `root`. */
  const within = async <T>(root: string, run: (other: TestClient) => Promise<T>): Promise<T> => {
    const other = await startServer({ pullConfiguration: true, rootPath: root });
    try {
      return await run(other);
    } finally {
      await other.shutdown();
    }
  };
  const choiceIn = (root: string) =>
    within(root, (other) =>
      other.connection.sendRequest<PresetChoiceResult>('postmortem/presetChoice', { workspaceFolderUri: uriOf(root) }),
    );

  it('does not ask where a preset, sections or the team template decide them', async () => {
    assert.equal((await choiceIn(chosen)).decided, true);
    assert.equal((await choiceIn(templated)).decided, true);
    client.settings = { sections: [{ name: 'Summary' }, { name: 'Timeline' }] };
    client.pushSettings(client.settings);
    assert.equal((await choice(bare)).decided, true);
    client.settings = {};
    client.pushSettings({});
    assert.equal((await choice(bare)).decided, false);
  });

  it('gives the .postmortemrc.json text to write: a new file, or the existing one with its comments', async () => {
    const fresh = await client.connection.sendRequest<PresetFileResult>('postmortem/presetFile', {
      workspaceFolderUri: uriOf(bare),
      preset: 'google-sre',
    });
    assert.deepEqual(fresh, {
      uri: uriOf(bare, '.postmortemrc.json'),
      text: '{\n  "preset": "google-sre"\n}\n',
      exists: false,
    });
    const kept = await within(commented, (other) =>
      other.connection.sendRequest<PresetFileResult>('postmortem/presetFile', {
        workspaceFolderUri: uriOf(commented),
        preset: 'pagerduty',
      }),
    );
    assert.equal(kept.exists, true);
    assert.equal(kept.text, '{\n  "preset": "pagerduty",\n  // ours\n  "defaultTimezone": "Europe/Oslo"\n}\n');
    // Nothing is written by the server: the client applies it as an edit the user can undo.
    assert.equal(
      readFileSync(join(commented, '.postmortemrc.json'), 'utf8'),
      '{\n  // ours\n  "defaultTimezone": "Europe/Oslo"\n}\n',
    );
  });

  it('refuses a name that is no preset, and a folder that is no workspace folder', async () => {
    await assert.rejects(
      client.connection.sendRequest('postmortem/presetFile', { workspaceFolderUri: uriOf(bare), preset: 'acme' }),
      /"acme" is not a preset/,
    );
    await assert.rejects(
      client.connection.sendRequest('postmortem/presetChoice', { workspaceFolderUri: 'file:///etc' }),
      /is not a workspace folder/,
    );
  });

  it("New Postmortem with a preset chosen once writes that preset's skeleton", async () => {
    const answer = await client.connection.sendRequest<{ text: string }>('postmortem/newPostmortem', {
      title: 'Thumbnails down',
      date: '2025-05-14',
      workspaceFolderUri: uriOf(bare),
      preset: 'google-sre',
    });
    assert.ok(
      answer.text.startsWith(
        '# 2025-05-14 Thumbnails down\n\n**Date: <date>**\n\n**Authors: <authors>**\n\n**Status: <status>**\n\n**Summary**: <What broke, for whom and for how long>\n',
      ),
      answer.text,
    );
    await assert.rejects(
      client.connection.sendRequest('postmortem/newPostmortem', {
        title: 'x',
        date: '2025-05-14',
        workspaceFolderUri: uriOf(bare),
        preset: 'acme',
      }),
      /"acme" is not a preset/,
    );
  });
});
