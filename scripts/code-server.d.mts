// Types of the plain-JavaScript VS Code server harness, for the TypeScript tests that use it.
export const ROOT: string;
export const CACHE: string;
export const CODE_SERVER: string;
export const CHROMIUM_ARGS: string[];
export interface Profile {
  dir: string;
  userDataDir: string;
  extensionsDir: string;
  xdg: string;
}
export interface RunningServer {
  port: number;
  base: string;
  stop(): void;
  log(): string;
}
export function ensureCodeServer(): string;
export function freePort(): Promise<number>;
export function freshProfile(name: string): Profile;
export function installExtension(profile: Profile, vsix: string): void;
export function startCodeServer(profile: Profile): Promise<RunningServer>;
export function chromiumPath(): string;
export function prepareWorkspace(): string;
export const REFERENCE_DIR: string;
export function hasReference(): boolean;
