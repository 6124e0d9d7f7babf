import { titleDate } from '../../../server/src/analysis/rules/title-date';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const NO_DATE = 'Start the title with the incident date ("# YYYY-MM-DD ...") or add "date:" to the front matter.';
const titled = (title: string) => postmortem({ head: `${title}\n\n**Incident Leader: Dana**\n` });

testRule(titleDate, {
  valid: [
    // Issue 11: the incident date from wherever the title gives it (`# Incident on 2026-03-30 - ...`).
    { name: 'a date later in the title dates the incident', text: titled('# Checkout errors on 2024-03-05') },
    {
      name: 'entries that carry their date, or a day heading, date the timeline',
      text: postmortem({
        head: '# Checkout errors\n\n**Incident Leader: Dana**\n',
        timeline:
          '## Timeline\n\nAll times UTC.\n\n### 2024-03-05\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
      }),
    },
    {
      name: 'a Date header field',
      text: postmortem({ head: '# Checkout errors\n\n**Date:** 2024-03-05\n\n**Incident Leader: Dana**\n' }),
    },
    {
      name: 'no date in the title, but one in front matter',
      text: '---\ndate: 2024-03-05\n---\n' + titled('# Checkout errors'),
    },
    { name: 'a date later in the title', text: titled('# Checkout errors on 2024-03-05') },
    { name: 'a date in words in the title', text: titled('# March 5th, 2024: checkout errors') },
    { name: 'a day-first date the numbers decide', text: titled('# Checkout errors 28/03/2024') },
    { name: 'a Date field before the timeline', text: titled('# Checkout errors\n\nDate: 2024-03-05') },
    { name: 'a date in the TOML front matter', text: '+++\ndate = 2024-03-05\n+++\n' + titled('# Checkout errors') },
    {
      name: 'the day a declaration gives before the timeline',
      text: titled('# Checkout errors\n\nAll times are UTC, on 2024-03-05.'),
    },
    {
      name: 'a YAML front matter title with a date, and no H1',
      text: '---\ntitle: "Checkout errors on 2024-03-05"\n---\n' + postmortem({ head: '**Incident Leader: Dana**\n' }),
    },
    {
      name: 'a TOML front matter title with a date in words, and no H1',
      text:
        '+++\ntitle = "Checkout errors, March 5th 2024"\n+++\n' + postmortem({ head: '**Incident Leader: Dana**\n' }),
    },
    {
      name: 'a front matter title without a date, and a front matter date',
      text:
        '---\ntitle: Checkout errors\ndate: 2024-03-05\n---\n' + postmortem({ head: '**Incident Leader: Dana**\n' }),
    },
    {
      name: 'near miss: turned off by the configuration',
      text: titled('# Checkout errors'),
      config: { rules: { 'title-date': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'a title without a date',
      text: titled('# Checkout errors'),
      findings: [{ at: '0:0-0:17', message: NO_DATE }],
    },
    {
      name: 'no title at all: at the start of the text',
      text: postmortem({ head: '**Incident Leader: Dana**\n' }),
      findings: [{ at: '0:0-0:0', message: 'Add a title with the incident date: "# YYYY-MM-DD What broke".' }],
    },
    {
      name: 'a YAML front matter title without a date: the title line, not "add a title"',
      text: '---\nlayout: post\ntitle: Checkout errors  \n---\n' + postmortem({ head: '**Incident Leader: Dana**\n' }),
      findings: [
        { at: '2:0-2:22', message: 'Add the incident date to the front matter ("date: YYYY-MM-DD") or to its title.' },
      ],
    },
    {
      name: 'a TOML front matter title without a date: the date key as TOML writes it',
      text:
        '+++\ntitle = "Checkout errors"\n[extra]\nteam = "payments"\n+++\n' +
        postmortem({ head: '**Incident Leader: Dana**\n' }),
      findings: [
        { at: '1:0-1:25', message: 'Add the incident date to the front matter ("date = YYYY-MM-DD") or to its title.' },
      ],
    },
    {
      name: 'near miss: an empty front matter title is no title',
      text: '---\ntitle: ""\n---\n' + postmortem({ head: '**Incident Leader: Dana**\n' }),
      findings: [{ at: '0:0-0:0', message: 'Add a title with the incident date: "# YYYY-MM-DD What broke".' }],
    },
    {
      name: 'near miss: a day that does not exist',
      text: titled('# 2024-02-30 Checkout errors'),
      findings: [{ at: '0:0-0:28', message: NO_DATE }],
    },
    {
      name: 'after a BOM, the range starts after it on the first line',
      text: '\uFEFF' + titled('# Checkout errors'),
      findings: [{ at: '0:1-0:18', message: NO_DATE }],
    },
    {
      name: 'at the severity the configuration gives, by code',
      text: titled('# Checkout errors'),
      config: { rules: { PM005: 'error' } },
      findings: [{ at: '0:0-0:17', message: NO_DATE, severity: 'error' }],
    },
    {
      name: 'at the severity the configuration gives, by name',
      text: titled('# Checkout errors'),
      config: { rules: { 'title-date': 'hint' } },
      findings: [{ at: '0:0-0:17', message: NO_DATE, severity: 'hint' }],
    },
  ],
});
