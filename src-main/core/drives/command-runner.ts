/**
 * How the drive listers and the exporter run system tools (lsblk, PowerShell, diskutil, sync):
 * an injected function, so tests replay recorded outputs and nothing needs a native module.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (command: string, args: readonly string[]) => Promise<CommandResult>;

/** Runs a tool without a shell, with a timeout: a hung tool must not hang the console. */
export const runCommand: CommandRunner = (command, args) =>
  new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { timeout: 15_000, maxBuffer: 8 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code =
          error === null ? 0 : typeof error.code === 'number' ? error.code : /* spawn failed */ -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
