// Types of the plain-JavaScript setup logic, for the TypeScript tests that use it.
export type Purpose = 'test' | 'start';
export type NeedName = 'chromium' | 'ripgrep' | 'kerberos';
export interface Machine {
  isRoot: boolean;
  onPath(name: string): boolean;
  exists(path: string): boolean;
  env: Record<string, string | undefined>;
  codeServerInstalled: boolean;
}
export interface Need {
  why: string;
  present(machine: Machine): boolean;
  packages: { 'apt-get': string; dnf: string };
}
export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: [string, string[]][] }
  | { kind: 'stop'; message: string };
export interface RunResult {
  status: number;
  output: string;
}
export const NEEDS: Record<NeedName, Need>;
export const DEFAULT_CHROMIUM: string;
export function chromiumPathOf(machine: Machine): string;
export function needsFor(purpose: Purpose, machine: Machine): NeedName[];
export function missingFor(purpose: Purpose, machine: Machine): NeedName[];
export function installCommand(missing: NeedName[], machine: Machine): string | undefined;
export function planSetup(purpose: Purpose, machine: Machine): Plan;
export function setUp(
  purpose: Purpose,
  io: {
    probe(): Machine;
    run(command: string, args: string[], env: Record<string, string>): RunResult;
    log(line: string): void;
  },
): number;
export function onPath(name: string, path?: string): boolean;
export function thisMachine(codeServerPath: string): Machine;
