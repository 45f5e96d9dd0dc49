/**
 * The export folder's name: the election id and the time, written without ':' (refused on
 * FAT sticks and on Windows), e.g. `sip-2020-2021_2021-05-18_14-03-22`. Local time, because
 * that is the time staff read on the wall clock when they look for the right folder.
 */
const two = (n: number) => String(n).padStart(2, '0');

export function exportFolderName(electionId: string, at: Date): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}-${two(at.getMinutes())}-${two(at.getSeconds())}`;
  return `${electionId}_${day}_${time}`;
}
