// The text of a new postmortem: the team's template with the title filled in, or our skeleton.
import type { Config } from '../config/schema';
import { postmortemSkeleton } from './skeletons';

export function newPostmortemText(title: string, date: string, config: Config, template?: string): string {
  if (!template) return postmortemSkeleton(title, date, config);
  const heading = `# ${date} ${title}`;
  // The template's own H1 (`# 2019-..-..`) becomes the real title; without one, it goes on top.
  return /^# .*$/m.test(template) ? template.replace(/^# .*$/m, heading) : `${heading}\n\n${template}`;
}

/** `2024-03-05-checkout-errors.md` */
export function newPostmortemFileName(title: string, date: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${date}-${slug || 'postmortem'}.md`;
}
