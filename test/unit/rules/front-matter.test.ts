import { frontMatter } from '../../../server/src/analysis/rules/front-matter';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

testRule(frontMatter, {
  valid: [
    {
      name: 'every known key with a value of its kind, and a key it does not know',
      text:
        '---\ndate: 2024-03-05\ntimezone: Europe/Berlin\nseverity: 2\nservices: [a, b]\nowner: x\n---\n' + postmortem(),
    },
    {
      name: 'TOML front matter (+++) with the known keys',
      text: '+++\ndate = 2024-03-05\ntimezone = "Europe/Berlin"\nservices = ["a", "b"]\n+++\n' + postmortem(),
    },
  ],
  invalid: [
    {
      name: 'TOML: a wrong type at its key, and TOML that cannot be read, said as TOML',
      text: '+++\ndate = 5\n+++\n' + postmortem(),
      findings: [{ at: '1:0-1:4', message: 'Front matter "date" must be a date written YYYY-MM-DD.' }],
    },
    {
      name: 'TOML that cannot be read, at the place the parser gives',
      text: '+++\ndate = [\n+++\n' + postmortem(),
      findings: [{ at: '1:7-1:8', message: 'Front matter is not valid TOML: unfinished array' }],
    },
    {
      name: 'a wrong type, at its key, for each key',
      text: '---\ntype: postmortem\ndate: 5\nservices:\n  a: b\n---\n' + postmortem(),
      findings: [
        { at: '2:0-2:4', message: 'Front matter "date" must be a date written YYYY-MM-DD.' },
        { at: '3:0-3:8', message: 'Front matter "services" must be a name or a list of names.' },
      ],
    },
    {
      name: 'near miss: a date shaped right that does not exist',
      text: '---\ndate: 2024-02-30\n---\n' + postmortem(),
      findings: [{ at: '1:0-1:4', message: 'Front matter "date" must be a date written YYYY-MM-DD.' }],
    },
    {
      name: 'YAML that cannot be read, at the place the parser gives, without a crash',
      text: '---\ntype: postmortem\ndate: [\n---\n' + postmortem(),
      findings: [
        {
          at: '2:7-3:0',
          message:
            'Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        },
      ],
    },
    {
      name: 'a timezone that does not exist',
      text: '---\ntimezone: Mars/Olympus\n---\n' + postmortem(),
      findings: [
        {
          at: '1:0-1:8',
          message:
            'Front matter "timezone" is not a timezone this tool knows (use UTC, an offset like UTC+2, or an IANA name like Europe/London).',
        },
      ],
    },
    {
      name: 'a list instead of keys, over the whole front matter',
      text: '---\n- a\n- b\n---\n' + postmortem(),
      findings: [{ at: '0:0-3:3', message: 'Front matter must be a list of "key: value" lines.' }],
    },
  ],
});
