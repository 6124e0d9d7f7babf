// The words timezones are written with, as data: abbreviations with the region they belong to and
// the offset they stand for, zone names in words, and the words of a declaration ("All times are
// given in UTC"). A leaf beside vocabulary.ts. Intl names zones but cannot read an abbreviation, so
// this table is the one place they live; offsets on a given day come from Intl through luxon.

export interface ZoneAbbreviation {
  /** The IANA zone whose clocks the abbreviation names (`UTC` for UTC itself). */
  region: string;
  /**
   * The offset it stands for, in minutes east of UTC: `EDT` is -240 whatever the season. Absent
   * for a name that follows the region's clocks through the year (`PT`, `Eastern Time`).
   */
  offsetMinutes?: number;
  /**
   * True when some place keeps this offset all year (Arizona's MST, Queensland's AEST), so
   * writing it in summer is no mistake.
   */
  yearRound?: boolean;
}

const region = (name: string, offsetMinutes?: number, yearRound?: boolean): ZoneAbbreviation =>
  offsetMinutes === undefined
    ? { region: name }
    : yearRound
      ? { region: name, offsetMinutes, yearRound }
      : { region: name, offsetMinutes };

/** Abbreviations, in capitals; `UTC`, `GMT` and `Z` in any case. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, ZoneAbbreviation>> = {
  UTC: region('UTC', 0),
  GMT: region('UTC', 0),
  Z: region('UTC', 0),
  ZULU: region('UTC', 0),
  UCT: region('UTC', 0),
  PST: region('America/Los_Angeles', -480),
  PDT: region('America/Los_Angeles', -420),
  PT: region('America/Los_Angeles'),
  MST: region('America/Denver', -420, true),
  MDT: region('America/Denver', -360),
  MT: region('America/Denver'),
  CST: region('America/Chicago', -360),
  CDT: region('America/Chicago', -300),
  CT: region('America/Chicago'),
  EST: region('America/New_York', -300),
  EDT: region('America/New_York', -240),
  ET: region('America/New_York'),
  AKST: region('America/Anchorage', -540),
  AKDT: region('America/Anchorage', -480),
  HST: region('Pacific/Honolulu', -600),
  BRT: region('America/Sao_Paulo', -180),
  ART: region('America/Argentina/Buenos_Aires', -180),
  BST: region('Europe/London', 60),
  WET: region('Europe/Lisbon', 0),
  WEST: region('Europe/Lisbon', 60),
  CET: region('Europe/Paris', 60),
  CEST: region('Europe/Paris', 120),
  EET: region('Europe/Athens', 120),
  EEST: region('Europe/Athens', 180),
  MSK: region('Europe/Moscow', 180),
  IST: region('Asia/Kolkata', 330),
  SGT: region('Asia/Singapore', 480),
  HKT: region('Asia/Hong_Kong', 480),
  JST: region('Asia/Tokyo', 540),
  KST: region('Asia/Seoul', 540),
  AEST: region('Australia/Sydney', 600, true),
  AEDT: region('Australia/Sydney', 660),
  ACST: region('Australia/Adelaide', 570, true),
  ACDT: region('Australia/Adelaide', 630),
  AWST: region('Australia/Perth', 480),
  NZST: region('Pacific/Auckland', 720),
  NZDT: region('Pacific/Auckland', 780),
};

/**
 * Zones named in words, lower case, each with the abbreviation it means: `Eastern Time` follows
 * New York's clocks, `Eastern Daylight Time` is EDT.
 */
export const ZONE_NAMES: Readonly<Record<string, string>> = {
  'coordinated universal time': 'UTC',
  'universal time': 'UTC',
  'greenwich mean time': 'GMT',
  'pacific time': 'PT',
  'pacific standard time': 'PST',
  'pacific daylight time': 'PDT',
  pacific: 'PT',
  'mountain time': 'MT',
  'mountain standard time': 'MST',
  'mountain daylight time': 'MDT',
  mountain: 'MT',
  'central time': 'CT',
  'central standard time': 'CST',
  'central daylight time': 'CDT',
  central: 'CT',
  'eastern time': 'ET',
  'eastern standard time': 'EST',
  'eastern daylight time': 'EDT',
  eastern: 'ET',
  'alaska standard time': 'AKST',
  'alaska daylight time': 'AKDT',
  'hawaii standard time': 'HST',
  'british summer time': 'BST',
  'western european time': 'WET',
  'western european summer time': 'WEST',
  'central european time': 'CET',
  'central european standard time': 'CET',
  'central european summer time': 'CEST',
  'eastern european time': 'EET',
  'eastern european summer time': 'EEST',
  'moscow time': 'MSK',
  'india standard time': 'IST',
  'indian standard time': 'IST',
  'singapore time': 'SGT',
  'hong kong time': 'HKT',
  'japan standard time': 'JST',
  'korea standard time': 'KST',
  'australian eastern standard time': 'AEST',
  'australian eastern daylight time': 'AEDT',
  'australian central standard time': 'ACST',
  'australian central daylight time': 'ACDT',
  'australian western standard time': 'AWST',
  'new zealand standard time': 'NZST',
  'new zealand daylight time': 'NZDT',
};

/**
 * What a declaration says its zone is about, lower case: "All **times** are UTC", "All **events**
 * are documented in UTC", "**Date and time** in CET".
 */
export const DECLARATION_NOUNS: readonly string[] = [
  'times',
  'time',
  'timestamps',
  'timestamp',
  'events',
  'dates and times',
  'date and time',
  'dates/times',
  'date/time',
];

/**
 * Words that may stand between a declaration's noun and its zone, lower case: "All times **are
 * given in the** timeline's own zone" reads up to six of them.
 */
export const DECLARATION_FILLERS: readonly string[] = [
  'are',
  'were',
  'is',
  'in',
  'as',
  'given',
  'shown',
  'listed',
  'written',
  'expressed',
  'recorded',
  'documented',
  'noted',
  'reported',
  'logged',
  'both',
  'the',
  'this',
  'that',
  'below',
  'above',
  'here',
  'document',
  'report',
  'postmortem',
  'page',
  'timeline',
  'section',
];

/** Keys that name a zone directly: `Timezone: UTC`, `TZ: CET`. */
export const ZONE_KEYS: readonly string[] = ['timezone', 'time zone', 'tz', 'zone', 'times', 'time'];
