import type { Rule } from '../rule';
import { isSettled, quoted } from '../actionItemFacts';

export const actionItemOverdue: Rule = {
  code: 'PM304',
  name: 'action-item-overdue',
  description: 'An action item whose due date has passed and that is not done.',
  defaultSeverity: 'warning',
  check(pm, ctx) {
    // The day is the host's (the editor's clock, the CLI's --today): without one, nothing is overdue.
    const { today } = ctx;
    if (!today) return [];
    return pm.actionItems.flatMap((item) => {
      const due = item.due?.value;
      if (!item.due || !due || due >= today || isSettled(item)) return [];
      return [
        {
          message: `${quoted(item)} was due on ${due} and is not done: finish it and mark it done, or agree a new due date.`,
          span: item.due.span,
        },
      ];
    });
  },
};
