// A folder of generated postmortems, as a team keeps them: dated over two years, 20 to 80 timeline
// entries each, severities, services, action items (some done, some overdue). Seeded, so every run
// measures the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePostmortem } from './generate';

const SERVICES = ['checkout', 'search', 'payments', 'login', 'api', 'billing'];

export function generateFolder(dir: string, count: number, seed = 42): void {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const entries = 20 + Math.floor(random() * 61);
    const date = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const due = new Date(Date.parse(date) + Math.floor(random() * 120) * 86_400_000).toISOString().slice(0, 10);
    const text = generatePostmortem(entries)
      .replace('# 2024-06-01 Synthetic incident', `# ${date} Synthetic incident ${i + 1}`)
      .replace(/### 2024-06-(\d\d)/g, `### ${date}`)
      .replace(
        '**Incident Leader: Bench**\n',
        `**Incident Leader: Bench**\n\nSeverity: SEV${1 + Math.floor(random() * 3)}\n\nService: ${SERVICES[i % SERVICES.length]}\n`,
      )
      .replace(
        '## Corrective Actions\n\n- Generated.\n',
        [
          '## Corrective Actions',
          '',
          `- [ ] Add an alert on step latency (owner: @sre, due ${due}) [detect]`,
          `- [${random() < 0.5 ? 'x' : ' '}] Write the runbook for the generated failure OPS-${i + 1}`,
          '',
          '| Action Item | Type | Owner | Bug |',
          '| --- | --- | --- | --- |',
          `| Canary the deploys | prevent | dana | [#${i + 1}](https://github.com/acme/app/issues/${i + 1}) |`,
          '',
        ].join('\n'),
      );
    writeFileSync(join(dir, 'postmortems', `${date}-incident-${i + 1}.md`), text);
  }
}
