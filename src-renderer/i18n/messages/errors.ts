/** Messages of the errors area, in French (the source), Dutch and English. */
export const fr = {
  'error.generic': 'Une erreur est survenue. Appelez un membre de l’équipe.',
  'error.bad-request': 'La demande n’est pas valide.',
  'error.minutes-need-export':
    'Exportez d’abord sur clé USB après la clôture : le procès-verbal cite les empreintes des fichiers exportés.',
  'error.unknown-method': 'Opération inconnue.',
  'error.not-found': 'Introuvable.',
  'error.internal': 'Erreur interne. Appelez un membre de l’équipe.',
  'error.forbidden': 'Accès refusé.',
  'error.staff-only': 'Réservé à l’équipe : saisissez le code PIN.',
  'error.vote-not-open': 'Le vote n’est pas ouvert.',
  'error.invalid-ranking': 'Ce classement n’est pas valide.',
  'error.unknown-section': 'Section inconnue.',
  'error.ballot-id-conflict':
    'Ce bulletin a déjà été enregistré autrement. Recommencez, s’il vous plaît.',
  'error.code-required': 'Saisissez le code de vote de votre coupon.',
  'error.code-malformed': 'Ce code ne semble pas correct. Vérifiez chaque caractère et réessayez.',
  'error.code-unknown': 'Ce code n’est pas reconnu pour ce vote. Adressez-vous à l’accueil.',
  'error.code-used':
    'Ce code a déjà servi à voter. Si ce n’est pas vous, adressez-vous à l’accueil.',
  'error.code-rate-limited':
    'Trop de codes inconnus ont été essayés. Patientez {seconds, plural, one {# seconde} other {# secondes}}, puis réessayez, ou adressez-vous à l’accueil.',
  'error.disk-full':
    'Le vote n’a pas pu être enregistré : le disque est plein. Appelez un membre de l’équipe. Votre vote n’est pas compté.',
  'error.storage-failed':
    'Le vote n’a pas pu être enregistré. Appelez un membre de l’équipe. Votre vote n’est pas compté.',
  'error.pin-not-set': 'Aucun code PIN n’est encore défini.',
  'error.pin-already-set': 'Un code PIN est déjà défini.',
  'error.pin-wrong':
    'Code PIN incorrect. {remaining, plural, =0 {Plus aucun essai.} one {Encore # essai.} other {Encore # essais.}}',
  'error.pin-locked': 'Trop d’essais. Réessayez dans {seconds} s.',
  'error.pin-too-short': 'Le code PIN doit compter de 4 à 12 chiffres.',
  'error.election-invalid': 'La définition du scrutin n’est pas valide.',
  'error.election-locked': 'Des codes ont déjà été générés pour ce scrutin.',
  'error.entitled-would-drop':
    'Ce scrutin n’a plus {count, plural, one {la section {sections}} other {les sections {sections}}} : {count, plural, one {son nombre d’inscrits serait effacé} other {leurs nombres d’inscrits seraient effacés}}.',
  'error.wrong-state': 'Impossible dans l’état actuel du vote.',
  'error.test-ballots-present': 'Des bulletins de test existent : effacez-les d’abord.',
  'error.export-failed': 'L’export a échoué. Rien n’a été laissé sous un nom final.',
  'error.export-no-space': 'La clé est pleine. Libérez de la place ou changez de clé.',
  'error.export-read-only': 'La clé est protégée en écriture.',
  'error.export-verify-failed': 'La relecture de la clé a échoué. Recommencez l’export.',
  'error.import-invalid': 'Le fichier importé n’est pas valide. Rien n’a été importé.',
  'error.drive-not-found': 'Clé introuvable. Est-elle branchée ?',
  'error.not-supported': 'Pas disponible sur ce poste.',
  'error.device-unpaired': 'Cet appareil n’est pas relié au poste central. Appelez le personnel.',
  'error.device-revoked':
    'Cet appareil a été retiré du poste central : il n’enregistre plus aucun vote. Appelez le personnel.',
  'error.device-role': 'Cet appareil ne peut pas faire cela.',
  'error.pairing-code-invalid': 'Ce code d’appairage est erroné, déjà utilisé ou expiré.',
  'error.pairing-rate-limited':
    'Trop de codes d’appairage erronés. Patientez {seconds, plural, one {# seconde} other {# secondes}}.',
  'error.hub-unreachable':
    'Le poste central ne répond pas : votre vote n’a pas été enregistré. Appelez le personnel.',
  'error.hub-certificate':
    'Le poste central ne présente pas le certificat attendu : la liaison est refusée. Appelez le personnel.',
  'error.box-damaged':
    'Un fichier du vote est endommagé : le vote est arrêté. Appelez un membre de l’équipe.',
  'error.pin-unproven':
    'Le code PIN ne peut pas être vérifié : aucune copie intacte ne le contient. Personne ne peut se connecter ici.',
  'error.nothing-to-repair': 'Aucun dommage n’arrête le vote : il n’y a rien à réparer.',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'error.generic': 'Er ging iets mis. Roep een medewerker.',
  'error.bad-request': 'Het verzoek is ongeldig.',
  'error.minutes-need-export':
    'Exporteer eerst naar een USB-stick na de sluiting: het proces-verbaal vermeldt de vingerafdrukken van de geëxporteerde bestanden.',
  'error.unknown-method': 'Onbekende bewerking.',
  'error.not-found': 'Niet gevonden.',
  'error.internal': 'Interne fout. Roep een medewerker.',
  'error.forbidden': 'Toegang geweigerd.',
  'error.staff-only': 'Alleen voor medewerkers: voer de pincode in.',
  'error.vote-not-open': 'De stemming is niet geopend.',
  'error.invalid-ranking': 'Deze rangschikking is ongeldig.',
  'error.unknown-section': 'Onbekende afdeling.',
  'error.ballot-id-conflict':
    'Dit stembiljet werd al anders opgeslagen. Begin opnieuw, alstublieft.',
  'error.code-required': 'Voer de stemcode van uw strookje in.',
  'error.code-malformed':
    'Deze code lijkt niet te kloppen. Controleer elk teken en probeer opnieuw.',
  'error.code-unknown': 'Deze code is niet bekend voor deze stemming. Ga naar het onthaal.',
  'error.code-used': 'Met deze code werd al gestemd. Was u dat niet, ga dan naar het onthaal.',
  'error.code-rate-limited':
    'Er werden te veel onbekende codes geprobeerd. Wacht {seconds, plural, one {# seconde} other {# seconden}} en probeer opnieuw, of ga naar het onthaal.',
  'error.disk-full':
    'Uw stem kon niet worden opgeslagen: de schijf is vol. Roep een medewerker. Uw stem is niet geteld.',
  'error.storage-failed':
    'Uw stem kon niet worden opgeslagen. Roep een medewerker. Uw stem is niet geteld.',
  'error.pin-not-set': 'Er is nog geen pincode ingesteld.',
  'error.pin-already-set': 'Er is al een pincode ingesteld.',
  'error.pin-wrong':
    'Verkeerde pincode. {remaining, plural, =0 {Geen pogingen meer.} one {Nog # poging.} other {Nog # pogingen.}}',
  'error.pin-locked': 'Te veel pogingen. Probeer opnieuw over {seconds} s.',
  'error.pin-too-short': 'De pincode telt 4 tot 12 cijfers.',
  'error.election-invalid': 'De definitie van de stemming is ongeldig.',
  'error.election-locked': 'Er werden al codes aangemaakt voor deze stemming.',
  'error.entitled-would-drop':
    'Deze stemming heeft {count, plural, one {de afdeling {sections}} other {de afdelingen {sections}}} niet meer: {count, plural, one {het aantal ingeschrevenen zou gewist worden} other {de aantallen ingeschrevenen zouden gewist worden}}.',
  'error.wrong-state': 'Niet mogelijk in de huidige toestand van de stemming.',
  'error.test-ballots-present': 'Er zijn teststembiljetten: wis ze eerst.',
  'error.export-failed': 'De export is mislukt. Er bleef niets achter onder een definitieve naam.',
  'error.export-no-space': 'De USB-stick is vol. Maak ruimte vrij of gebruik een andere stick.',
  'error.export-read-only': 'De USB-stick is tegen schrijven beveiligd.',
  'error.export-verify-failed': 'Het nalezen van de stick is mislukt. Exporteer opnieuw.',
  'error.import-invalid': 'Het geïmporteerde bestand is ongeldig. Er werd niets geïmporteerd.',
  'error.drive-not-found': 'USB-stick niet gevonden. Zit hij erin?',
  'error.not-supported': 'Niet beschikbaar op deze computer.',
  'error.device-unpaired':
    'Dit apparaat is niet gekoppeld aan de centrale computer. Roep een medewerker.',
  'error.device-revoked':
    'Dit apparaat is losgekoppeld van de centrale computer: het registreert geen stemmen meer. Roep een medewerker.',
  'error.device-role': 'Dit apparaat mag dit niet doen.',
  'error.pairing-code-invalid': 'Deze koppelcode is verkeerd, al gebruikt of verlopen.',
  'error.pairing-rate-limited':
    'Te veel verkeerde koppelcodes. Wacht {seconds, plural, one {# seconde} other {# seconden}}.',
  'error.hub-unreachable':
    'De centrale computer antwoordt niet: uw stem is niet geregistreerd. Roep een medewerker.',
  'error.hub-certificate':
    'De centrale computer toont niet het verwachte certificaat: de verbinding wordt geweigerd. Roep een medewerker.',
  'error.box-damaged':
    'Een bestand van de stemming is beschadigd: de stemming is stopgezet. Roep een medewerker.',
  'error.pin-unproven':
    'De pincode kan niet worden gecontroleerd: geen enkele intacte kopie bevat ze. Niemand kan zich hier aanmelden.',
  'error.nothing-to-repair': 'Geen schade houdt de stemming tegen: er is niets te herstellen.',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'error.generic': 'Something went wrong. Please call a staff member.',
  'error.bad-request': 'The request is not valid.',
  'error.minutes-need-export':
    'Export to a USB stick after the close first: the minutes cite the fingerprints of the exported files.',
  'error.unknown-method': 'Unknown operation.',
  'error.not-found': 'Not found.',
  'error.internal': 'Internal error. Please call a staff member.',
  'error.forbidden': 'Access refused.',
  'error.staff-only': 'Staff only: enter the PIN.',
  'error.vote-not-open': 'Voting is not open.',
  'error.invalid-ranking': 'This ranking is not valid.',
  'error.unknown-section': 'Unknown section.',
  'error.ballot-id-conflict': 'This ballot was already recorded differently. Please start again.',
  'error.code-required': 'Enter the voting code from your slip.',
  'error.code-malformed': 'This code does not look right. Check each character and try again.',
  'error.code-unknown': 'This code is not known for this vote. Please go to the registration desk.',
  'error.code-used':
    'This code has already been used to vote. If that was not you, please go to the registration desk.',
  'error.code-rate-limited':
    'Too many unknown codes were tried. Please wait {seconds, plural, one {# second} other {# seconds}} and try again, or go to the registration desk.',
  'error.disk-full':
    'Your vote could not be recorded: the disk is full. Please call a staff member. Your vote has not been counted.',
  'error.storage-failed':
    'Your vote could not be recorded. Please call a staff member. Your vote has not been counted.',
  'error.pin-not-set': 'No PIN has been set yet.',
  'error.pin-already-set': 'A PIN is already set.',
  'error.pin-wrong':
    'Wrong PIN. {remaining, plural, =0 {No tries left.} one {# try left.} other {# tries left.}}',
  'error.pin-locked': 'Too many tries. Try again in {seconds} s.',
  'error.pin-too-short': 'The PIN must have 4 to 12 digits.',
  'error.election-invalid': 'The election definition is not valid.',
  'error.election-locked': 'Codes were already generated for this election.',
  'error.entitled-would-drop':
    'This election no longer has {count, plural, one {the section {sections}} other {the sections {sections}}}: {count, plural, one {its entitled count would be erased} other {their entitled counts would be erased}}.',
  'error.wrong-state': 'Not possible in the vote’s current state.',
  'error.test-ballots-present': 'There are test ballots: erase them first.',
  'error.export-failed': 'The export failed. Nothing was left under a final name.',
  'error.export-no-space': 'The stick is full. Free some space or use another stick.',
  'error.export-read-only': 'The stick is write-protected.',
  'error.export-verify-failed': 'Reading the stick back failed. Export again.',
  'error.import-invalid': 'The imported file is not valid. Nothing was imported.',
  'error.drive-not-found': 'Stick not found. Is it plugged in?',
  'error.not-supported': 'Not available on this computer.',
  'error.device-unpaired': 'This device is not paired with the hub. Please call staff.',
  'error.device-revoked':
    'This device was removed from the hub: it records no vote any more. Please call staff.',
  'error.device-role': 'This device may not do this.',
  'error.pairing-code-invalid': 'This pairing code is wrong, already used or expired.',
  'error.pairing-rate-limited':
    'Too many wrong pairing codes. Wait {seconds, plural, one {# second} other {# seconds}}.',
  'error.hub-unreachable':
    'The hub does not answer: your vote was not recorded. Please call staff.',
  'error.hub-certificate':
    'The hub does not present the expected certificate: the link is refused. Please call staff.',
  'error.box-damaged':
    'A file of the vote is damaged: voting is stopped. Please call a staff member.',
  'error.pin-unproven':
    'The PIN cannot be checked: no intact copy holds it. Nobody can sign in here.',
  'error.nothing-to-repair': 'No damage stops the vote: there is nothing to repair.',
};
