import type { TimeFault, TimelineEntry } from '../../postmortem/model';
import type { Fix } from '../finding';
import type { Rule, RuleFinding } from '../rule';

export const unreadableTime: Rule = {
  code: 'PM102',
  name: 'timeline-unreadable-time',
  description:
    'A timeline entry starts with a time that cannot be one as written (25:61, 2400 UTC, 07:7:47, 13:55 PM) or with a day that does not exist (2024-02-30).',
  defaultSeverity: 'error',
  check(pm) {
    return (pm.timeline?.entries ?? []).flatMap((e) => {
      if (e.fault) return [finding(e, e.fault)];
      // Every unreadable time the reader makes says why; this is for one that would not.
      if (!e.unreadable) return [];
      if (e.unreadableDate) return [{ message: dateMessage(e), span: e.timeSpan }];
      return [{ message: `"${e.timeText}" is not a time of day: ${HOW}`, span: e.timeSpan }];
    });
  },
};

const HOW = 'write it as HH:MM, 00:00 to 23:59.';

function finding(entry: TimelineEntry, fault: TimeFault): RuleFinding {
  const written = `"${entry.timeText}"`;
  const span = entry.timeSpan;
  switch (fault.kind) {
    case 'out-of-range':
      return { message: `${written} is not a time of day: ${outOfRange(fault)}; ${HOW}`, span };
    case 'hour-zero':
      return {
        message: `${written} is not a time of day: a 12-hour clock has no hour 0. Write 12:${pad(fault.minute)} PM after noon, or 00:${pad(fault.minute)} after midnight.`,
        span,
      };
    case 'digits':
      return {
        message: `${written} is not a time of day: minutes and seconds take two digits (${padded(entry.timeText)}, if that is what was meant).`,
        span,
      };
    case 'date':
      return { message: dateMessage(entry), span };
    case 'meridiem':
      return meridiem(entry, fault);
  }
}

/** The date reader says why the day does not exist ("February 2019 has 28 days") when it can. */
function dateMessage(entry: TimelineEntry): string {
  const written = `"${entry.timeText}"`;
  if (entry.unreadableDate)
    return `${written} starts with a day that does not exist: ${entry.unreadableDate}. Correct the date.`;
  return `${written} is not a time of day: its date is no day of the calendar; write it as YYYY-MM-DD.`;
}

function outOfRange(fault: { hour: number; minute: number; second: number }): string {
  const wrong: string[] = [];
  if (fault.hour === 24 && fault.minute === 0 && fault.second === 0)
    return 'there is no hour 24 (midnight is 00:00 of the next day)';
  if (fault.hour > 23) wrong.push(`there is no hour ${fault.hour} (hours go from 00 to 23)`);
  if (fault.minute > 59) wrong.push(`minutes go up to 59, not ${fault.minute}`);
  if (fault.second > 59) wrong.push(`seconds go up to 59, not ${fault.second}`);
  return wrong.join(', and ');
}

/** `07:7:47` -> `07:07:47`: each field after the hour with the digit it lacks. */
function padded(written: string): string {
  return written.replace(/:(\d)(?!\d)/g, ':0$1');
}

/** `13:55 PM`: read on the 24-hour clock, as its hour allows; PM agrees with it, AM does not. */
function meridiem(
  entry: TimelineEntry,
  fault: { meridiem: 'AM' | 'PM'; span: { start: number; end: number } },
): RuleFinding {
  const time = entry.time;
  const written = `"${entry.timeText}"`;
  const clock24 = time ? `${pad(time.hour)}:${pad(time.minute)}${time.second ? `:${pad(time.second)}` : ''}` : '';
  const hour12 = time ? time.hour - 12 : 0;
  const clock12 = time ? `${hour12}:${pad(time.minute)}${time.second ? `:${pad(time.second)}` : ''}` : '';
  const drop: Fix = {
    title: `Write ${clock24}`,
    edits: [{ span: fault.span, newText: '' }],
    // PM only repeats what the hour says, so dropping it changes nothing; AM contradicts it.
    safe: fault.meridiem === 'PM',
  };
  if (fault.meridiem === 'PM') {
    return {
      message: `${written} mixes the 24-hour and 12-hour clocks: read as ${clock24}. Write ${clock24}, or ${clock12} PM.`,
      span: entry.timeSpan,
      fixes: [drop],
    };
  }
  return {
    message: `${written} cannot be: ${clock24} is after noon, not AM. Read as ${clock24}: write ${clock24}, or ${clock12} PM.`,
    span: entry.timeSpan,
    fixes: [drop],
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
