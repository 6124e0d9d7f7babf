// Synthetic postmortems of a given length: realistic entries (notes, markers, a date change, an
// approximate time) so the benchmark exercises the same paths as real documents.
export function generatePostmortem(entries: number): string {
  const lines: string[] = [
    '# 2024-06-01 Synthetic incident',
    '',
    '**Incident Leader: Bench**',
    '',
    '## Description',
    '',
    'A generated postmortem used to measure parse and analysis time.',
    '',
    '## Timeline',
    '',
    'All times UTC.',
    '',
  ];
  let minute = 0;
  let day = 1;
  for (let i = 0; i < entries; i++) {
    if (minute >= 24 * 60) {
      minute -= 24 * 60;
      day++;
      lines.push(`### 2024-06-${String(day).padStart(2, '0')}`, '');
    }
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    const marker = i === 0 ? ' [start]' : i === 1 ? ' [detected]' : i === entries - 1 ? ' [resolved]' : '';
    const approx = i % 97 === 5 ? '~' : '';
    lines.push(
      `${approx}${hh}:${mm} step ${i}: service **api-${i % 13}** reported \`status=${i % 5}\` to https://example.org/run/${i}${marker}`,
      '',
    );
    if (i % 10 === 3) lines.push(`- note on step ${i}`, `- second note with _emphasis_`, '');
    minute += 1;
  }
  lines.push(
    '## Contributing Factors',
    '',
    '- Generated.',
    '',
    '## Stabilization Steps',
    '',
    '- Generated.',
    '',
    '## Impact',
    '',
    'MTTD: 1m',
    '',
    `MTTR: ${entries - 2}m`,
    '',
    '## Corrective Actions',
    '',
    '- Generated.',
    '',
  );
  return lines.join('\n');
}
