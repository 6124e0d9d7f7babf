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
  it('the headings a never-closed code fence swallowed still say the file is a postmortem', () => {
    const swallowed =
      '# X\n\n## Description\n\nBad.\n\n```sh\nkubectl logs api\n\n## Timeline\n\n10:00 a\n\n## Impact\n\nBad.\n';
    assert.equal(classification(swallowed), 'content');
    // In a quote or a list item too: the fence's lines are read without their markers.
    assert.equal(classification('# X\n\n> ```\n> ## Timeline\n>\n> 10:00 a\n>\n> ## Impact\n'), 'content');
  });
  it("near miss: a closed fence quoting a postmortem's headings does not make one", () => {
    const quoted = '# Our template\n\nCopy this:\n\n```markdown\n## Timeline\n\n## Impact\n```\n';
    assert.equal(classification(quoted), null);
    // Nor does an unclosed fence in a README holding headings of no postmortem.
    assert.equal(classification('# My project\n\n```\n## Install\n\n## Usage\n'), null);
  });
  it('a file named like a template is not linted, even in a postmortem folder', () => {
    assert.equal(classification(postmortem(), '/repo/incidents/.post-mortem-template.md'), null);
    assert.equal(classification(postmortem(), '/repo/incidents/Template.md'), null);
  });

  describe("a postmortems folder's index pages", () => {
    const LIST =
      '# Incident reports\n\nWhat we learnt, newest first.\n\n' +
      '- [2024-05-02: search slow](2024-05-02.md)\n- [2024-03-11: login errors](2024-03-11.md)\n' +
      '- [2023-12-24: queue stuck](2023-12-24.md)\n';
    const ABOUT = '# Our postmortems\n\nHow we run a review, and where the notes live.\n\n## Purpose\n\n- Learn\n';

    it('a README or index page beside the postmortems is not one, and gets no findings', () => {
      assert.equal(classification(ABOUT, '/repo/docs/postmortems/README.md'), null);
      assert.equal(classification(ABOUT, '/repo/docs/incidents/index.html.md.erb'), null);
      assert.equal(classification(ABOUT, '/repo/docs/incidents/_index.md'), null);
      assert.deepEqual(lint(ABOUT, {}, { path: '/repo/docs/postmortems/README.md' }).findings, []);
    });
    it('a page that is mostly a list of links to the postmortems is not one, whatever its name', () => {
      assert.equal(classification(LIST, '/repo/docs/postmortems/all-reports.md'), null);
      const table =
        '# Reports\n\n| Date | Report |\n| --- | --- |\n| [May](a.md) | [Search slow](a.md) |\n' +
        '| [March](b.md) | [Login errors](b.md) |\n| [December](c.md) | [Queue stuck](c.md) |\n';
      assert.equal(classification(table, '/repo/docs/postmortems/list.md'), null);
    });
    it('a README with a timeline, or with sections of a postmortem, is one', () => {
      const withTimeline = '# 2024-05-02 Search slow\n\n## Timeline\n\n- 10:00 alert\n';
      assert.equal(classification(withTimeline, '/repo/incidents/2024-05-02/README.md'), 'path');
      const withImpact = ABOUT + '\n## Impact\n\nSearch was slow for an hour.\n';
      assert.equal(classification(withImpact, '/repo/incidents/2024-05-02/README.md'), 'path');
    });
    it('a postmortem with a few links among its lists is still one', () => {
      const notes =
        '# Login errors\n\n## Description\n\nLogins failed.\n\n## Links\n\n- [Dashboard](https://d)\n' +
        '- [Ticket](https://t)\n- [Chat](https://c)\n';
      assert.equal(classification(notes, '/repo/docs/postmortems/2024-03-11.md'), 'path');
      const links = '# Login errors\n\n- [Dashboard](https://d)\n- [Ticket](https://t)\n';
      assert.equal(classification(links, '/repo/docs/postmortems/2024-03-11.md'), 'path');
    });
  });

  it('a timeline written as a bold label, with timed entries, and another section make one', () => {
    const labelled =
      '# Queue stuck\n\n- **Timeline**\n  - 2024-01-02 10:00 alert fires\n  - 2024-01-02 10:30 fixed\n\n' +
      '- **Impact**: jobs waited half an hour\n';
    assert.equal(classification(labelled), 'content');
    const untimed = '# Roadmap\n\n**Timeline:** next quarter, roughly.\n\n**Impact:** faster builds.\n';
    assert.equal(classification(untimed), null);
  });
});
