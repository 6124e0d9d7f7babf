import type { EntryZone, Span, Timeline, TimelineEntry, TimezoneDeclaration } from '../../postmortem/model';
import { ZONE_ABBREVIATIONS } from '../../postmortem/zoneWords';
import { abbreviationFor, offsetLabel, readZone, regionOffset } from '../../postmortem/zones';
import type { Rule, RuleFinding } from '../rule';

type Written = TimezoneDeclaration | EntryZone;

/** Each dated entry with the zone it was read in: its own, its day's, or the timeline's. */
function readIn(timeline: Timeline): { entry: TimelineEntry; zone: Written }[] {
  const out: { entry: TimelineEntry; zone: Written }[] = [];
  let dayZone: TimezoneDeclaration | undefined;
  let d = 0;
  for (const entry of timeline.entries) {
    // The latest day marker above the entry gives it its zone, or takes it away.
    while (d < timeline.days.length && timeline.days[d].span.start < entry.span.start)
      dayZone = timeline.days[d++].zone;
    out.push({ entry, zone: entry.zone ?? dayZone ?? timeline.timezone });
  }
  return out;
}

/** What a label stood for where it was not in effect: the offset used and the one in effect. */
interface Miss {
  entry: TimelineEntry;
  used: number;
  inEffect: number;
}

function miss(entry: TimelineEntry, zone: Written): Miss | null {
  if (!zone.region || entry.date === null || entry.epochMs === null || entry.offsetMinutes === null) return null;
  const inEffect = regionOffset(zone.region, entry.epochMs);
  const used = entry.offsetMinutes;
  if (inEffect === used) return null;
  // Arizona keeps MST all year, Queensland AEST: written in summer, they are no mistake.
  const abbreviation = readZone(zone.label)?.abbreviation;
  if (abbreviation && ZONE_ABBREVIATIONS[abbreviation]?.yearRound) return null;
  return { entry, used, inEffect };
}

function describe(label: string, region: string, first: Miss, more: number): string {
  const name = abbreviationFor(region, first.inEffect);
  const was = name ? `${name} (${offsetLabel(first.inEffect)})` : offsetLabel(first.inEffect);
  const others = more ? ` (and ${more} more ${more === 1 ? 'entry' : 'entries'})` : '';
  return `${label} is not in effect on ${first.entry.date}${others}; ${was} was. Read as written: ${offsetLabel(first.used)}.`;
}

/** Replacing the label with the abbreviation in effect, when it is an abbreviation and one name fits every miss. */
function rewrite(label: string, region: string, misses: Miss[], spans: Span[]): RuleFinding['fixes'] {
  if (!(label.toUpperCase() in ZONE_ABBREVIATIONS)) return [];
  const names = new Set(misses.map((m) => abbreviationFor(region, m.inEffect)));
  const [name] = [...names];
  if (names.size !== 1 || !name || !(name in ZONE_ABBREVIATIONS)) return [];
  return [{ title: `Write ${name}`, edits: spans.map((span) => ({ span, newText: name })), safe: false }];
}

export const timezoneNotInEffect: Rule = {
  code: 'PM112',
  name: 'timezone-not-in-effect',
  description:
    'A timezone abbreviation (or an offset written beside a zone name) is not the one in effect on the day, such as EDT in February.',
  defaultSeverity: 'warning',
  check(pm) {
    const timeline = pm.timeline;
    if (!timeline) return [];
    const findings: RuleFinding[] = [];
    const declarations = new Map<Written, { read: number; misses: Miss[] }>();
    const entryLabels = new Map<string, { region: string; zones: EntryZone[]; misses: Miss[]; read: number }>();
    for (const { entry, zone } of readIn(timeline)) {
      if (!zone.region || entry.date === null) continue;
      const m = miss(entry, zone);
      if ('source' in zone) {
        const seen = declarations.get(zone) ?? { read: 0, misses: [] };
        seen.read++;
        if (m) seen.misses.push(m);
        declarations.set(zone, seen);
      } else {
        const key = `${zone.label}\u0000${zone.region}`;
        const seen = entryLabels.get(key) ?? { region: zone.region, zones: [], misses: [], read: 0 };
        seen.read++;
        if (m) {
          seen.misses.push(m);
          seen.zones.push(zone);
        }
        entryLabels.set(key, seen);
      }
    }
    for (const [zone, { read, misses }] of declarations) {
      if (!misses.length || !zone.region) continue;
      // One label for the whole timeline can be rewritten only when no entry read in it was right.
      const fixes = misses.length === read ? rewrite(zone.label, zone.region, misses, [zone.span]) : [];
      findings.push({ message: describe(zone.label, zone.region, misses[0], 0), span: zone.span, fixes });
    }
    for (const { region, zones, misses } of entryLabels.values()) {
      if (!misses.length) continue;
      const label = zones[0].label;
      findings.push({
        message: describe(label, region, misses[0], misses.length - 1),
        span: zones[0].span,
        fixes: rewrite(
          label,
          region,
          misses,
          zones.map((z) => z.span),
        ),
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
