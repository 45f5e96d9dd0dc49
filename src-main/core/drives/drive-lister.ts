/** Chooses the drive lister of the platform; each one is a plain function of its I/O. */
import fs from 'node:fs/promises';
import type { Drive } from '../../../shared/api';
import type { CommandRunner } from './command-runner';
import { listLinuxDrives } from './linux-drives';
import { listMacDrives } from './macos-drives';
import { listWindowsDrives } from './windows-drives';

export type DriveLister = () => Promise<Drive[]>;

export function createDriveLister(
  platform: NodeJS.Platform,
  run: CommandRunner,
  listVolumes: () => Promise<string[]> = () => fs.readdir('/Volumes').catch(() => []),
): DriveLister {
  if (platform === 'linux') return () => listLinuxDrives(run);
  if (platform === 'win32') return () => listWindowsDrives(run);
  if (platform === 'darwin') return () => listMacDrives(run, listVolumes);
  return () => Promise.resolve([]);
}
