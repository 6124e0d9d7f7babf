import type { Rule } from '../rule';
import { isSettled, quoted } from '../actionItemFacts';

export const actionItemOwner: Rule = {
  code: 'PM302',
  name: 'action-item-owner',
  description: 'An action item that is not done names no owner.',
  defaultSeverity: 'warning',
  check(pm) {
    return pm.actionItems
      .filter((item) => !item.owner && !isSettled(item))
      .map((item) => ({
        message: `No owner for ${quoted(item)}: name the person or team who will see it through, e.g. "(owner: @dana)".`,
        span: item.textSpan,
      }));
  },
};
