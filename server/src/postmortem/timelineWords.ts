// The words a timeline is written with, beyond its key moments: the column headers that name a
// table's time and date columns. One list, read by the timeline's table form (timelineTable.ts);
// it belongs with the vocabulary (vocabulary.ts). A leaf module: it imports nothing.

export const TIMELINE_WORDS = {
  /**
   * Headers of the column an entry's time is in, compared lower case, punctuation dropped and
   * words singular (`Date/Time` is `datetime`, `Date & Time` is `date time`), without a zone
   * after them (`Time (UTC)`, `Timestamp UTC`).
   */
  timeColumns: [
    'time',
    'when',
    'timestamp',
    'time stamp',
    'datetime',
    'date time',
    'date and time',
    'time and date',
    'time of day',
    'local time',
    'hour',
    'clock',
  ],
  /** Headers of a column with the entry's date when its time is in another (`| Date | Time | Event |`). */
  dateColumns: ['date', 'day'],
} as const;
