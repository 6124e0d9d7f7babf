import type { Rule } from '../rule';

export const titleDate: Rule = {
  code: 'PM005',
  name: 'title-date',
  description:
    'The postmortem has no title (an H1, or `title` in front matter), or its title has no incident date (and front matter gives none).',
  defaultSeverity: 'warning',
  check(pm) {
    if (!pm.title)
      return [
        { message: 'Add a title with the incident date: "# YYYY-MM-DD What broke".', span: { start: 0, end: 0 } },
      ];
    // Entries dated on their line (DFDS's `| 2025-02-11 08:20 |`) or by a day heading (Flutter's `### 2025-04-18`) anchor the timeline themselves.
    if (pm.date || (pm.timeline?.entries.length && ['entry', 'heading'].includes(pm.timeline.entries[0].dateSource)))
      return [];
    // A title written in front matter is fixed there: its date key in the front matter's own language.
    const dateKey = pm.frontMatter?.language === 'toml' ? 'date = YYYY-MM-DD' : 'date: YYYY-MM-DD';
    const message =
      pm.title.source === 'front-matter'
        ? `Add the incident date to the front matter ("${dateKey}") or to its title.`
        : 'Start the title with the incident date ("# YYYY-MM-DD ...") or add "date:" to the front matter.';
    return [{ message, span: pm.title.span }];
  },
};
