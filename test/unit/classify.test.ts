// Which markdown files are postmortems (FORMAT.md section 1): by path, front matter or headings;
// an ordinary README never is, and a team's template is not linted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, postmortem } from '../support/core';

const README = '# My project\n\nTODO: write docs\n\n## Install\n\nnpm i\n';
const classification = (text: string, path?: string) => lint(text, {}, { path }).postmortem.classification;

describe('classification', () => {
  it('a README is no postmortem, and gets no findings', () => {
    assert.equal(classification(README), null);
    assert.deepEqual(lint(README).findings, []);
  });
  it('a path under a postmortem folder makes a postmortem', () => {
    assert.equal(classification(README, '/repo/docs/incidents/2024-01-01.md'), 'path');
    assert.equal(classification(README, 'C:\\repo\\Post-Mortems\\2024-01-01.md'), 'path');
  });
  it('front matter says so either way', () => {
    assert.equal(classification('---\ntype: postmortem\n---\n' + README), 'front-matter');
    assert.equal(classification('---\ntype: Post-Mortem\n---\n' + README), 'front-matter');
    assert.equal(classification('---\ntype: runbook\n---\n' + postmortem(), '/repo/incidents/a.md'), null);
  });
  it('a Timeline heading and another section of a postmortem make one', () => {
    assert.equal(classification(postmortem()), 'content');
    assert.equal(classification('# X\n\n## Timeline\n\n10:00 a\n\n## Impact\n\nBad.\n'), 'content');
  });
  it('a Timeline heading alone, or beside a Description, is not enough', () => {
    assert.equal(classification('# Release plan\n\n## Timeline\n\n10:00 freeze\n'), null);
    assert.equal(classification('# Release plan\n\n## Description\n\nx\n\n## Timeline\n\n10:00 freeze\n'), null);
  });
  it('a file named like a template is not linted, even in a postmortem folder', () => {
    assert.equal(classification(postmortem(), '/repo/incidents/.post-mortem-template.md'), null);
    assert.equal(classification(postmortem(), '/repo/incidents/Template.md'), null);
  });
});
