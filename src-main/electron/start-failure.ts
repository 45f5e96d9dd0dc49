/**
 * The dialog of the installed app when the ballot box does not open. A damaged file no longer
 * stops the app: it starts in the damaged mode and the staff console repairs it, behind the
 * PIN. Should a damaged file still reach here, the sentence points to the console, never to a
 * command (an installed app has no terminal). Other failures are told as the host tells them.
 */
import { DamagedFileError } from '../core/document-store';
import { explainStartFailure } from '../core/start-box';

export function explainDesktopStartFailure(e: unknown, dataDir: string): string | null {
  if (!(e instanceof DamagedFileError)) return explainStartFailure(e);
  const { file } = e;
  return [
    `Le fichier ${file} est endommagé : il n’a pas été modifié et le vote ne s’ouvre pas. Ne supprimez rien dans le dossier ${dataDir}. Relancez Priorités et ouvrez la console de l’équipe (code PIN) : elle propose « Réparer ». Sinon, appelez la personne qui a installé Priorités sur cet ordinateur.`,
    `Het bestand ${file} is beschadigd: het is niet gewijzigd en de stemming gaat niet open. Verwijder niets in de map ${dataDir}. Start Priorités opnieuw en open de console van het team (pincode): die biedt ‘Herstellen’ aan. Anders, roep de persoon die Priorités op deze computer heeft geïnstalleerd.`,
    `The file ${file} is damaged and was left untouched; the vote will not open. Delete nothing in the folder ${dataDir}. Start Priorités again and open the staff console (PIN): it offers “Repair”. Otherwise, call the person who installed Priorités on this computer.`,
  ].join('\n\n');
}
