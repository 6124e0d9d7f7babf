// The words dates are written with, as data: month and weekday names with the abbreviations and
// misspellings people type, ordinals, the keys of an incident-date field and the phrases that make
// a timeline's day a default with exceptions. A leaf beside vocabulary.ts (which imports nothing):
// the readers build their patterns from these lists, never from words of their own.

/** Each month's names, January first: the full name, then abbreviations and common misspellings. */
export const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janurary', 'januray'],
  ['february', 'feb', 'febr', 'feburary', 'febuary', 'februrary'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug', 'agust'],
  ['september', 'sep', 'sept', 'septmber'],
  ['october', 'oct', 'ocotber'],
  ['november', 'nov', 'novmber'],
  ['december', 'dec', 'decmber'],
];

/** Each weekday's names, Monday first (luxon's and ISO's weekday 1). */
export const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['monday', 'mon'],
  ['tuesday', 'tue', 'tues'],
  ['wednesday', 'wed'],
  ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
];

/** What follows a day's number as an ordinal: `1st`, `22nd`, `3rd`, `15th`. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Days written as words, the first of the month first: `March the first`, `the 3rd`. */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
  'twenty-sixth',
  'twenty-seventh',
  'twenty-eighth',
  'twenty-ninth',
  'thirtieth',
  'thirty-first',
];

/**
 * Keys of a field that gives the incident's day, in a header line (`Date: 2019-12-11`), a bold
 * label or a two-column table row (`| Date | 2015-10-21 |`); compared without case or emphasis.
 */
export const INCIDENT_DATE_KEYS: readonly string[] = [
  'date',
  'dates',
  'date/time',
  'date and time',
  'incident date',
  'date of incident',
  'date of the incident',
  'incident day',
  'day',
  'when',
  'occurred',
  'occurred on',
];

/**
 * Phrases that make a declared day the default rather than the rule: "Unless otherwise noted, all
 * events happened on 2019-10-21" means an entry's own date is for that entry alone.
 */
export const DEFAULT_DAY_PHRASES: readonly string[] = [
  'unless otherwise noted',
  'unless otherwise stated',
  'unless otherwise specified',
  'unless otherwise indicated',
  'unless noted otherwise',
  'unless stated otherwise',
  'except where noted',
  'except where stated',
  'except where otherwise noted',
];
