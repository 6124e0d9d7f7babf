import { blamelessWording } from '../../../server/src/analysis/rules/blameless-wording';
import { BLAMELESS_VOCABULARY, PERSON_BLAME_VOCABULARY } from '../../../server/src/postmortem/vocabulary';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const advice = (kind: string) => BLAMELESS_VOCABULARY.find((e) => e.kind === kind)!.advice;
const says = (phrase: string, kind: string) => `"${phrase}": ${advice(kind)}.`;
const person = (phrase: string) => `"${phrase}": ${PERSON_BLAME_VOCABULARY.advice}.`;
const factors = (body: string) => postmortem({ factors: `## Contributing Factors\n\n${body}\n` });
// Line 24 is the factors section's first line in the shared postmortem.
const L = 24;

testRule(blamelessWording, {
  valid: [
    {
      name: 'near miss: what an attacker or a load could have done',
      text: factors('- An attacker could have read the tokens; the load could have doubled.'),
    },
    {
      name: 'near miss: a quotation, a block quote, inline code, a code block',
      text: factors(
        '- The message said "this should have been caught" and “human error” in chat.\n\n> We should have known.\n\nThe check `should_have_run` was off.\n\n```\nshould have\n```',
      ),
    },
    {
      name: 'near miss: the timeline records what people said and did',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy [start]\n\n10:12 alert; Dana: we should have seen this [detected]\n\n10:15 Bob forgot to ack, obviously [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 error rate back to normal [resolved]\n',
      }),
    },
    {
      name: 'near miss: the impact and the action items are not the analysis',
      text: postmortem({
        impact: '## Impact\n\nCustomers should have been warned sooner.\n\nMTTD: 14m\n\nMTTR: 28m\n',
        actions: '## Corrective Actions\n\n- Be careful: we should have a canary.\n',
      }),
    },
    {
      name: 'near miss: a system or a role as the subject, a name the document gives no person',
      text: postmortem({
        head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Bob Lee**\n',
        factors:
          '## Contributing Factors\n\n- Redis missed the flag; the job failed to start.\n- The on-call engineer missed the page among forty others.\n- Carol missed the bus.\n',
      }),
    },
    {
      name: 'allowWords lets a phrase pass, in any case and spacing',
      text: factors('- A test could have caught it.'),
      config: { allowWords: ['Could  Have CAUGHT'] },
    },
  ],
  invalid: [
    {
      name: 'counterfactuals, error labels, blame adjectives and hindsight, each at its words',
      text: factors(
        "- The change should've been reviewed; a review could have caught it.\n- It would not have happened if only the flag had been on.\n- Classic human error and a sloppy rollout.\n- Obviously the dashboard was wrong, as everyone knows.",
      ),
      findings: [
        { at: `${L}:13-${L}:22`, message: says("should've", 'counterfactual') },
        { at: `${L}:47-${L}:64`, message: says('could have caught', 'counterfactual') },
        { at: `${L + 1}:5-${L + 1}:28`, message: says('would not have happened', 'counterfactual') },
        { at: `${L + 1}:29-${L + 1}:36`, message: says('if only', 'counterfactual') },
        { at: `${L + 2}:10-${L + 2}:21`, message: says('human error', 'error-label') },
        { at: `${L + 2}:28-${L + 2}:34`, message: says('sloppy', 'blame-adjective') },
        { at: `${L + 3}:2-${L + 3}:11`, message: says('Obviously', 'obviousness') },
        { at: `${L + 3}:40-${L + 3}:54`, message: says('everyone knows', 'obviousness') },
      ],
    },
    {
      name: 'a named person as the subject of a cause: always for "forgot to", for "missed" when named as a person',
      text: postmortem({
        head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Bob Lee**\n',
        factors:
          '## Contributing Factors\n\n- Alice forgot to run the canary.\n- Bob missed the alert.\n- @dana failed to page the owner.\n',
      }),
      findings: [
        { at: `${L}:2-${L}:17`, message: person('Alice forgot to') },
        { at: `${L + 1}:2-${L + 1}:12`, message: person('Bob missed') },
        { at: `${L + 2}:2-${L + 2}:17`, message: person('@dana failed to') },
      ],
    },
    {
      name: 'the summary, the mitigation and lessons learned, whatever the template calls them',
      text: postmortem({
        description: '## Summary\n\nIt was human error.\n',
        stabilization: '## Resolution\n\n- Rolled back; of course it worked.\n',
        actions: '## Corrective Actions\n\n- Add a canary.\n\n## Lessons Learned\n\n- The operator was negligent.\n',
      }),
      findings: [
        { at: '6:7-6:18', message: says('human error', 'error-label') },
        { at: '28:15-28:24', message: says('of course', 'obviousness') },
        { at: '42:19-42:28', message: says('negligent', 'blame-adjective') },
      ],
    },
    {
      name: 'allowWords silences only the phrase it names',
      text: factors('- A test could have caught it.\n- The deploy should have waited.'),
      config: { allowWords: ['could have caught'] },
      findings: [{ at: `${L + 1}:13-${L + 1}:24`, message: says('should have', 'counterfactual') }],
    },
  ],
});
