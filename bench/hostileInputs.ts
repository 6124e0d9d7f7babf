// Hostile and huge texts of issue 10, each a kind of input that once crashed or stalled the
// core: the benchmark (bench/hostile.ts) times a full analysis of each and reports its time per KB.
import { generatePostmortem } from './generate';

export interface HostileInput {
  /** What it is, as the issue names it. */
  name: string;
  /** The item. */
  item: number;
  text: string;
  /** A template found beside the document, when the input is the template. */
  template?: string;
}

const HEAD = '# 2024-06-01 Hostile\n\n## Timeline\n\nAll times UTC.\n\n';
const TAIL = '\n\n## Impact\n\nMTTD: 10m\n';
const lines = (line: (i: number) => string, n: number, eol = '\n\n') =>
  Array.from({ length: n }, (_, i) => line(i)).join(eol);

/** One of each kind, at about the size the issue measured it (all under the 2 MB decline limit). */
export function hostileInputs(): HostileInput[] {
  const chat = Array.from({ length: 30_000 }, (_, i) => `chat line ${i} of a pasted log`).join('\n');
  return [
    {
      item: 7,
      name: 'lone CR line endings, 2,000-line paragraph (1.9 MB)',
      text: lines(
        (i) => `line ${i} of a long paragraph of pasted text, no blank line between ${'x'.repeat(900)}`,
        2_100,
        '\r',
      ),
    },
    { item: 7, name: 'lone CR line endings, 10,000 entries', text: generatePostmortem(10_000).replace(/\n/g, '\r') },
    { item: 8, name: "'- ' * 1500 + '10:00 x' (3 KB)", text: `${HEAD}${'- '.repeat(1_500)}10:00 x\n` },
    {
      item: 8,
      name: "'* ' and '+ ' * 1500, 100 lines",
      text: HEAD + lines((i) => `${(i % 2 ? '* ' : '+ ').repeat(1_500)}10:00 x`, 100),
    },
    {
      item: 9,
      name: 'YAML front matter of nested aliases (400 bytes)',
      text: `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n${HEAD}10:00 x\n`,
    },
    {
      item: 11,
      name: 'a one-line template of 10 M characters',
      text: `${HEAD}10:00 x${TAIL}`,
      template: 'x'.repeat(10_000_000),
    },
    { item: 17, name: '10,000 entries at the same time', text: HEAD + lines(() => '10:00 same moment', 10_000) + TAIL },
    {
      item: 17,
      name: '10,000 entries at ??:??',
      text: HEAD + lines((i) => `??:?? unknown moment ${i % 3}`, 10_000) + TAIL,
    },
    {
      item: 19,
      name: 'a 1.4 MB template with a 30,000-line paragraph',
      text: `${HEAD}10:00 x${TAIL}`,
      template: `# Template\n\n${chat}\n`,
    },
    {
      item: 20,
      name: '100 prose lines of 9,000 characters',
      text: HEAD + lines((i) => `${i} ${'word and more words '.repeat(450)}`, 100),
    },
    {
      item: 20,
      name: "'10:00 ' + '*a' * 4900 lines (980 KB)",
      text: HEAD + lines(() => `10:00 ${'*a'.repeat(4_900)}`, 100),
    },
    { item: 20, name: "'[a](' runs, 900 KB", text: HEAD + lines(() => '[a]('.repeat(2_400), 95) },
    { item: 20, name: "'[' runs, 900 KB", text: HEAD + lines(() => '['.repeat(9_500), 95) },
    { item: 20, name: "'a@b.' runs, 900 KB", text: HEAD + lines(() => 'a@b.'.repeat(2_400), 95) },
    { item: 20, name: "'<br>' runs, 900 KB", text: HEAD + lines(() => '<br>'.repeat(2_400), 95) },
    {
      item: 20,
      name: 'reference links, 900 KB',
      text: HEAD + lines(() => '[a][b] '.repeat(1_350), 95) + '\n\n[b]: /x\n',
    },
    { item: 21, name: "'- ' * 200 on 1,000 lines", text: HEAD + lines(() => `${'- '.repeat(200)}x`, 1_000, '\n') },
    { item: 21, name: "'> ' * 200 on 1,000 lines", text: HEAD + lines(() => `${'> '.repeat(200)}x`, 1_000, '\n') },
    {
      item: 22,
      name: '100,000 entries (under 2 MB)',
      text:
        HEAD +
        lines(
          (i) => `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} s${i}`,
          100_000,
        ) +
        TAIL,
    },
  ];
}
