import type { Rule } from '../rule';

export const notAnalysed: Rule = {
  code: 'PM000',
  name: 'not-analysed',
  description:
    'The file was not analysed: it is too large for a postmortem (over 2 MB or 50,000 lines), binary, or holds a paragraph of more than 2,000 lines.',
  defaultSeverity: 'warning',
  check(pm) {
    return pm.declined ? [{ message: pm.declined, span: { start: 0, end: 0 } }] : [];
  },
};
