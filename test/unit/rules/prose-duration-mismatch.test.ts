import { proseDurationMismatch } from '../../../server/src/analysis/rules/prose-duration-mismatch';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

// The reference timeline runs 09:58 [start] to 10:40 [resolved]: 42 minutes.
const described = (sentence: string) =>
  postmortem({ description: `## Description\n\nCheckout returned 500s after a config push. ${sentence}\n` });
const GIVES = 'the timeline gives 42m, 09:58 → 10:40 (start → resolved).';
const UNMARKED_TIMELINE =
  '## Timeline\n\nAll times UTC.\n\n09:58 checkout errors after a config push\n\n10:12 error-rate alert fires\n\n10:40 error rate back to normal\n';

testRule(proseDurationMismatch, {
  valid: [
    { name: 'an exact length that agrees', text: described('The outage lasted 42 minutes.') },
    { name: 'an approximation that holds', text: described('Checkout was down for about 45 minutes.') },
    { name: 'numbers in words, and a bound that holds', text: described('It lasted less than an hour.') },
    {
      name: 'in Impact too',
      text: postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\n42 minutes of downtime.\n' }),
    },
    {
      name: 'near miss: a duration that is not the incident’s length (part of the impact, another figure, a moment)',
      text: described(
        'Some users saw errors for three hours. It took two hours to detect. After 10 minutes the alert fired.',
      ),
    },
    {
      name: 'near miss: a length the timeline gives only by the entries’ words (≈) is not held against prose',
      text: postmortem({
        timeline: UNMARKED_TIMELINE,
        impact: '## Impact\n\nCheckout failed.\n',
        description: '## Description\n\nThe outage lasted about six hours.\n',
      }),
    },
    {
      name: 'near miss: no timeline figure at all',
      text: postmortem({
        timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 deploy\n',
        description: '## Description\n\nThe outage lasted about six hours.\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'at the sentence, with what it says and what the timeline gives',
      text: described('The outage lasted about six hours.'),
      findings: [{ at: '6:44-6:78', message: `Says "about six hours"; ${GIVES}` }],
    },
    {
      name: 'an exact length beyond its own precision, in digits',
      text: described('We saw 90 minutes of downtime.'),
      findings: [{ at: '6:44-6:74', message: `Says "90 minutes"; ${GIVES}` }],
    },
    {
      name: '"just over" allows a little more, never less',
      text: described('Checkout was unavailable for just over an hour.'),
      findings: [{ at: '6:44-6:91', message: `Says "just over an hour"; ${GIVES}` }],
    },
    {
      name: 'only sentences that disagree, once each',
      text: described('The outage lasted 42 minutes. In all, a two-hour outage.'),
      findings: [{ at: '6:74-6:100', message: `Says "two-hour"; ${GIVES}` }],
    },
  ],
});
