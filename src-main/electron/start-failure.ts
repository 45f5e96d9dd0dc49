/**
 * The dialog of the installed app when the ballot box does not open. A damaged file cannot be
 * repaired from an installed app (the repair command needs the source checkout), so the
 * sentence says what is true there: the confirmed ballots are in the data folder, keep it as
 * it is, and call whoever installed Priorités. Other failures are told as the host tells them.
 */
import { DamagedFileError } from '../core/document-store';
import { explainStartFailure } from '../core/start-box';

export function explainDesktopStartFailure(e: unknown, dataDir: string): string | null {
  if (!(e instanceof DamagedFileError)) return explainStartFailure(e);
  const { file, reason } = e;
  return [
    `Le fichier ${file} est endommagé (${reason}) : il n’a pas été modifié et le vote ne s’ouvre pas. Les bulletins déjà confirmés sont dans le dossier ${dataDir} : ne le supprimez pas et ne le modifiez pas, et appelez la personne qui a installé Priorités sur cet ordinateur ; elle peut le réparer depuis la dernière sauvegarde valide.`,
    `Het bestand ${file} is beschadigd (${reason}): het is niet gewijzigd en de stemming gaat niet open. De reeds bevestigde stemmen staan in de map ${dataDir}: verwijder of wijzig die niet, en roep de persoon die Priorités op deze computer heeft geïnstalleerd; die kan het herstellen vanaf de laatste geldige reservekopie.`,
    `The file ${file} is damaged (${reason}) and was left untouched; the vote will not open. The ballots already confirmed are in the folder ${dataDir}: do not delete or change it, and call the person who installed Priorités on this computer, who can repair it from the last good backup.`,
  ].join('\n\n');
}
