import { describe, expect, it } from 'vitest';
import type { CommandRunner } from './command-runner';
import { createDriveLister } from './drive-lister';
import { LSBLK_ARGS, parseLsblk } from './linux-drives';
import { driveFromDiskutil } from './macos-drives';
import { parseLogicalDisks } from './windows-drives';

// Recorded on a laptop (util-linux 2.39) with an internal NVMe disk and a SanDisk stick.
const LSBLK_USB = `{
   "blockdevices": [
      {"name":"sda","path":"/dev/sda","label":null,"model":"Ultra Fit","size":30752000000,"rm":true,"hotplug":true,"tran":"usb","type":"disk","mountpoint":null,"mountpoints":[null],
         "children": [
            {"name":"sda1","path":"/dev/sda1","label":"SMART-AG","model":null,"size":30750000000,"rm":true,"hotplug":true,"tran":null,"type":"part","mountpoint":"/media/staff/SMART-AG","mountpoints":["/media/staff/SMART-AG"]}
         ]
      },
      {"name":"nvme0n1","path":"/dev/nvme0n1","label":null,"model":"SAMSUNG MZVLB512","size":512110190592,"rm":false,"hotplug":false,"tran":"nvme","type":"disk","mountpoint":null,"mountpoints":[null],
         "children": [
            {"name":"nvme0n1p1","path":"/dev/nvme0n1p1","label":"EFI","model":null,"size":536870912,"rm":false,"hotplug":false,"tran":"nvme","type":"part","mountpoint":"/boot/efi","mountpoints":["/boot/efi"]},
            {"name":"nvme0n1p2","path":"/dev/nvme0n1p2","label":null,"model":null,"size":511571229696,"rm":false,"hotplug":false,"tran":"nvme","type":"part","mountpoint":"/","mountpoints":["/"]}
         ]
      }
   ]
}`;

// Recorded with util-linux 2.34 (Ubuntu 20.04): flags as "0"/"1", no mountpoints, one stick
// not mounted and one USB disk whose flags say fixed but whose transport is usb.
const LSBLK_OLD = `{
   "blockdevices": [
      {"name": "sdb", "path": "/dev/sdb", "label": null, "model": "Cruzer Blade", "size": "8004304896", "rm": "1", "hotplug": "1", "tran": "usb", "type": "disk", "mountpoint": null,
         "children": [
            {"name": "sdb1", "path": "/dev/sdb1", "label": null, "model": null, "size": "8003256320", "rm": "1", "hotplug": "1", "tran": null, "type": "part", "mountpoint": null}
         ]
      },
      {"name": "sdc", "path": "/dev/sdc", "label": null, "model": "Elements 25A2", "size": "1000170586112", "rm": "0", "hotplug": "0", "tran": "usb", "type": "disk", "mountpoint": null,
         "children": [
            {"name": "sdc1", "path": "/dev/sdc1", "label": "ARCHIVES", "model": null, "size": "1000169537536", "rm": "0", "hotplug": "0", "tran": null, "type": "part", "mountpoint": "/media/staff/ARCHIVES"}
         ]
      },
      {"name": "sda", "path": "/dev/sda", "label": null, "model": "WDC WD10EZEX", "size": "1000204886016", "rm": "0", "hotplug": "0", "tran": "sata", "type": "disk", "mountpoint": null,
         "children": [
            {"name": "sda1", "path": "/dev/sda1", "label": null, "model": null, "size": "1000203837440", "rm": "0", "hotplug": "0", "tran": null, "type": "part", "mountpoint": "/"}
         ]
      }
   ]
}`;

// Recorded on Windows 11 with a stick (E:) and an empty SD card reader (F:).
const CIM_TWO = `[{"DeviceID":"E:","VolumeName":"SMART-AG","Size":31029460992,"FreeSpace":30990000128},{"DeviceID":"F:","VolumeName":null,"Size":null,"FreeSpace":null}]`;
const CIM_ONE = `{"DeviceID":"E:","VolumeName":"","Size":7998537728,"FreeSpace":7900000000}`;

const diskutil = (entries: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
${Object.entries(entries)
  .map(([k, v]) => `\t<key>${k}</key>\n\t${v}`)
  .join('\n')}
</dict>
</plist>`;

// Abridged from `diskutil info -plist` on macOS 14: a FAT stick and the system volume.
const MAC_STICK = diskutil({
  BusProtocol: '<string>USB</string>',
  DeviceIdentifier: '<string>disk4s1</string>',
  Ejectable: '<true/>',
  Internal: '<false/>',
  MountPoint: '<string>/Volumes/SMART &amp; CO</string>',
  Removable: '<false/>',
  RemovableMedia: '<true/>',
  TotalSize: '<integer>15518924800</integer>',
  VolumeName: '<string>SMART &amp; CO</string>',
  WritableVolume: '<true/>',
});
const MAC_SYSTEM = diskutil({
  BusProtocol: '<string>Apple Fabric</string>',
  DeviceIdentifier: '<string>disk3s1s1</string>',
  Ejectable: '<false/>',
  Internal: '<true/>',
  MountPoint: '<string>/</string>',
  RemovableMedia: '<false/>',
  TotalSize: '<integer>494384795648</integer>',
  VolumeName: '<string>Macintosh HD</string>',
});

describe('Linux (lsblk --json)', () => {
  it('offers the mounted partition of a USB stick and never the system disk', () => {
    expect(parseLsblk(LSBLK_USB)).toEqual([
      {
        id: '/dev/sda1',
        label: 'SMART-AG',
        mountpoint: '/media/staff/SMART-AG',
        sizeBytes: 30750000000,
      },
    ]);
  });

  it('reads the older string flags, skips unmounted sticks, and trusts the USB transport', () => {
    expect(parseLsblk(LSBLK_OLD)).toEqual([
      {
        id: '/dev/sdc1',
        label: 'ARCHIVES',
        mountpoint: '/media/staff/ARCHIVES',
        sizeBytes: 1000169537536,
      },
    ]);
  });

  it('answers nothing rather than failing on unreadable output', () => {
    expect(parseLsblk('lsblk: unknown column')).toEqual([]);
  });

  it('retries without MOUNTPOINTS when an old lsblk refuses the column', async () => {
    const calls: string[][] = [];
    const run: CommandRunner = async (cmd, args) => {
      calls.push([cmd, ...args]);
      return args.at(-1)?.includes('MOUNTPOINTS')
        ? { code: 1, stdout: '', stderr: 'lsblk: unknown column: MOUNTPOINTS' }
        : { code: 0, stdout: LSBLK_OLD, stderr: '' };
    };
    const drives = await createDriveLister('linux', run)();
    expect(drives.map((d) => d.mountpoint)).toEqual(['/media/staff/ARCHIVES']);
    expect(calls[0]).toEqual(['lsblk', ...LSBLK_ARGS]);
    expect(calls).toHaveLength(2);
  });
});

describe('Windows (Get-CimInstance Win32_LogicalDisk)', () => {
  it('lists removable disks with media and skips an empty card reader', () => {
    expect(parseLogicalDisks(CIM_TWO)).toEqual([
      { id: 'E:', label: 'SMART-AG', mountpoint: 'E:\\', sizeBytes: 31029460992 },
    ]);
  });

  it('accepts the single object PowerShell prints for one disk, and no output at all', () => {
    expect(parseLogicalDisks(CIM_ONE)).toEqual([
      { id: 'E:', label: 'E:', mountpoint: 'E:\\', sizeBytes: 7998537728 },
    ]);
    expect(parseLogicalDisks('')).toEqual([]);
  });

  it('runs PowerShell with the DriveType=2 filter', async () => {
    let seen: readonly string[] = [];
    const run: CommandRunner = async (cmd, args) => {
      seen = [cmd, ...args];
      return { code: 0, stdout: CIM_ONE, stderr: '' };
    };
    expect(await createDriveLister('win32', run)()).toHaveLength(1);
    expect(seen.join(' ')).toContain("Win32_LogicalDisk -Filter 'DriveType=2'");
  });
});

describe('macOS (/Volumes and diskutil)', () => {
  it('keeps an ejectable USB volume and decodes its name', () => {
    expect(driveFromDiskutil('/Volumes/SMART & CO', MAC_STICK)).toEqual({
      id: 'disk4s1',
      label: 'SMART & CO',
      mountpoint: '/Volumes/SMART & CO',
      sizeBytes: 15518924800,
    });
  });

  it('drops the internal system volume', () => {
    expect(driveFromDiskutil('/Volumes/Macintosh HD', MAC_SYSTEM)).toBeNull();
  });

  it('asks diskutil about every visible volume', async () => {
    const run: CommandRunner = async (_cmd, args) => ({
      code: 0,
      stdout: args.at(-1) === '/Volumes/Macintosh HD' ? MAC_SYSTEM : MAC_STICK,
      stderr: '',
    });
    const list = createDriveLister('darwin', run, async () => [
      'Macintosh HD',
      'SMART & CO',
      '.Trashes',
    ]);
    expect((await list()).map((d) => d.id)).toEqual(['disk4s1']);
  });
});
