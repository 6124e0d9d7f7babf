// Timezones: the one place the rest of the reader and the features ask about them. A zone as
// written (zoneNames.ts), declarations in text (zoneDeclarations.ts), and wall-clock times as
// instants, clock changes included (instants.ts).
export type { ZoneReading } from './zoneNames';
export { abbreviationFor, offsetLabel, offsetZone, readZone, regionOffset, resolveZone } from './zoneNames';
export type { Declaration, DeclaredDay, ZoneMatch } from './zoneDeclarations';
export { findTimezoneDeclaration } from './zoneDeclarations';
export type { ClockChange, Instant, WallInstant } from './instants';
export { formatIso, InstantCache, toInstant } from './instants';
