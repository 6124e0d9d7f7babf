// What the action-item rules (PM302-PM305) share: which items are still to be chased, and how a
// message names an item.
import type { ActionItem } from '../postmortem/model';
import { truncate } from '../postmortem/text';

/** Done or cancelled: nothing is left to chase, so no owner, ticket or rewording is asked of it. */
export function isSettled(item: ActionItem): boolean {
  return item.status?.value === 'done' || item.status?.value === 'cancelled';
}

/** The action as a message quotes it: short enough for one line of the Problems panel. */
export function quoted(item: ActionItem): string {
  return `"${truncate(item.text, 60)}"`;
}
