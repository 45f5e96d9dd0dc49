/**
 * Removable drives on Windows: logical disks of type 2 (removable) from PowerShell's CIM
 * cmdlets, as JSON. ConvertTo-Json prints one object, not an array, when there is one disk.
 */
import type { Drive } from '../../../shared/api';
import type { CommandRunner } from './command-runner';

export const POWERSHELL_ARGS = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,Size,FreeSpace | ConvertTo-Json -Compress",
] as const;

interface LogicalDisk {
  DeviceID?: string;
  VolumeName?: string | null;
  Size?: number | null;
}

export function parseLogicalDisks(json: string): Drive[] {
  if (json.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  const disks = (Array.isArray(raw) ? raw : [raw]) as LogicalDisk[];
  return (
    disks
      .filter((d) => typeof d?.DeviceID === 'string' && /^[A-Z]:$/i.test(d.DeviceID))
      // A card reader without a card reports no size: nothing to write to.
      .filter((d) => typeof d.Size === 'number' && d.Size > 0)
      .map((d) => ({
        id: d.DeviceID as string,
        label: d.VolumeName?.trim() || (d.DeviceID as string),
        mountpoint: `${d.DeviceID as string}\\`,
        sizeBytes: d.Size ?? null,
      }))
  );
}

export async function listWindowsDrives(run: CommandRunner): Promise<Drive[]> {
  const r = await run('powershell.exe', POWERSHELL_ARGS);
  return r.code === 0 ? parseLogicalDisks(r.stdout) : [];
}
