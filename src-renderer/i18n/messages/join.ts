/** Messages of the join screen (a kiosk joined to a hub) and of the kiosk's hub indicator. */
export const fr = {
  'staff.nav.join': 'Poste central',
  'join.title': 'Relier cette borne à un poste central',
  'join.help':
    'Sur le poste central : console de l’équipe › Réseau, activez le mode réseau, puis « Créer un code d’appairage ». Saisissez ici son adresse et le code, ou collez le lien du code QR.',
  'join.found': 'Postes centraux trouvés sur le réseau',
  'join.noneFound': 'Aucun poste central trouvé sur le réseau : saisissez son adresse.',
  'join.use': 'Choisir {name}',
  'join.address': 'Adresse du poste central ou lien d’appairage',
  'join.addressHint': 'Par exemple 192.168.1.20:8418',
  'join.code': 'Code d’appairage',
  'join.name': 'Nom de cette borne',
  'join.namePlaceholder': 'Borne 2',
  'join.expected': 'Empreinte attendue du certificat : {fingerprint}',
  'join.submit': 'Relier',
  'join.cannot':
    'Cette borne tient déjà son propre vote (ouvert, clos ou avec des bulletins), ou elle est elle-même un poste central : on ne la relie qu’en préparation, vide, mode réseau désactivé.',
  'join.joined.kiosk':
    'Cette borne est reliée au poste central {address}, pour la section {section}.',
  'join.joined.projector': 'Cet ordinateur est un écran de projection du poste central {address}.',
  'join.deviceName': 'Nom de cet appareil sur le poste central : {name}',
  'join.fingerprint': 'Empreinte du certificat du poste central : {fingerprint}',
  'join.link.up': 'Liaison : le poste central répond.',
  'join.link.down':
    'Liaison : le poste central ne répond pas. Les votes sans code continuent et partiront dès son retour ; les votes avec code sont refusés.',
  'join.link.certificate':
    'Liaison refusée : le poste central présente un autre certificat que celui de l’appairage. Quelqu’un s’est peut-être placé entre les deux ordinateurs.',
  'join.link.revoked':
    'Le poste central a retiré cette borne. Déliez-la, puis reliez-la avec un nouveau code.',
  'join.waiting':
    '{count, plural, =0 {Aucun bulletin en attente.} one {# bulletin attend d’être envoyé au poste central.} other {# bulletins attendent d’être envoyés au poste central.}}',
  'join.done': 'Borne reliée au poste central.',
  'join.export.help':
    'Si le poste central a clos le vote avant de recevoir tous les bulletins de cette borne : enregistrez-les dans un fichier, puis importez-le au poste central (« Importer des bulletins »). Les bulletins qu’il a déjà reçus n’y comptent qu’une fois.',
  'join.export.save': 'Enregistrer les bulletins de cette borne',
  'join.export.done':
    '{count, plural, =0 {Aucun bulletin sur cette borne : le fichier est vide.} one {# bulletin enregistré dans le fichier.} other {# bulletins enregistrés dans le fichier.}}',
  'join.export.unreadable':
    '{count, plural, one {# ligne endommagée n’a pas pu être lue : gardez le dossier de données de cette borne et appelez l’équipe technique.} other {# lignes endommagées n’ont pas pu être lues : gardez le dossier de données de cette borne et appelez l’équipe technique.}}',
  'join.unpair': 'Délier cette borne',
  'join.unpair.title': 'Délier cette borne du poste central ?',
  'join.unpair.body':
    'Elle redeviendra une borne autonome, avec son propre vote. Le poste central garde les bulletins déjà reçus.',
  'join.unpair.confirm': 'Délier',
  'join.unpaired': 'Cette borne est de nouveau autonome.',
  'join.error.hub-unreachable':
    'Aucun poste central ne répond à cette adresse. Vérifiez l’adresse, que le mode réseau est activé sur le poste central et que les deux ordinateurs sont sur le même réseau.',
  'join.error.hub-certificate':
    'Le poste central présente un autre certificat que celui du code QR : la liaison est refusée. Quelqu’un s’est peut-être placé entre les deux ordinateurs.',
  'join.error.pairing-code-invalid':
    'Ce code d’appairage est erroné, déjà utilisé ou expiré (il vaut 5 minutes). Créez-en un nouveau sur le poste central.',
  'join.error.bad-request':
    'Ce n’est pas l’adresse d’un poste central. Exemple : 192.168.1.20:8418.',
  'join.error.waiting':
    'Des bulletins attendent encore le poste central : rétablissez la liaison avant de délier cette borne.',
  'kiosk.hub.down':
    'Poste central injoignable · {count, plural, =0 {aucun bulletin en attente} one {# bulletin en attente} other {# bulletins en attente}}',
  'kiosk.hub.certificate': 'Poste central : autre certificat, liaison refusée',
  'kiosk.hub.revoked': 'Borne retirée par le poste central',
  'kiosk.hub.label': 'Liaison avec le poste central',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'staff.nav.join': 'Centrale computer',
  'join.title': 'Deze stemzuil aan een centrale computer koppelen',
  'join.help':
    'Op de centrale computer: Console voor medewerkers › Netwerk, zet de netwerkmodus aan en kies ‘Koppelcode aanmaken’. Vul hier het adres en de code in, of plak de link van de QR-code.',
  'join.found': 'Centrale computers gevonden op het netwerk',
  'join.noneFound': 'Geen centrale computer gevonden op het netwerk: vul het adres in.',
  'join.use': '{name} kiezen',
  'join.address': 'Adres van de centrale computer of koppellink',
  'join.addressHint': 'Bijvoorbeeld 192.168.1.20:8418',
  'join.code': 'Koppelcode',
  'join.name': 'Naam van deze stemzuil',
  'join.namePlaceholder': 'Stemzuil 2',
  'join.expected': 'Verwachte vingerafdruk van het certificaat: {fingerprint}',
  'join.submit': 'Koppelen',
  'join.cannot':
    'Deze stemzuil heeft al een eigen stemming (open, gesloten of met stembiljetten), of is zelf een centrale computer: koppelen kan alleen in voorbereiding, leeg, met de netwerkmodus uit.',
  'join.joined.kiosk':
    'Deze stemzuil is gekoppeld aan de centrale computer {address}, voor afdeling {section}.',
  'join.joined.projector':
    'Deze computer is een projectiescherm van de centrale computer {address}.',
  'join.deviceName': 'Naam van dit apparaat op de centrale computer: {name}',
  'join.fingerprint': 'Vingerafdruk van het certificaat van de centrale computer: {fingerprint}',
  'join.link.up': 'Verbinding: de centrale computer antwoordt.',
  'join.link.down':
    'Verbinding: de centrale computer antwoordt niet. Stemmen zonder code gaan door en worden verstuurd zodra hij terug is; stemmen met code worden geweigerd.',
  'join.link.certificate':
    'Verbinding geweigerd: de centrale computer toont een ander certificaat dan bij het koppelen. Misschien heeft iemand zich tussen de twee computers geplaatst.',
  'join.link.revoked':
    'De centrale computer heeft deze stemzuil verwijderd. Ontkoppel ze en koppel ze opnieuw met een nieuwe code.',
  'join.waiting':
    '{count, plural, =0 {Geen stembiljetten in wachtrij.} one {# stembiljet wacht om naar de centrale computer te gaan.} other {# stembiljetten wachten om naar de centrale computer te gaan.}}',
  'join.done': 'Stemzuil gekoppeld aan de centrale computer.',
  'join.export.help':
    'Als de centrale computer de stemming sloot voordat hij alle stembiljetten van deze stemzuil kreeg: sla ze op in een bestand en importeer het op de centrale computer (‘Stembiljetten importeren’). Stembiljetten die hij al kreeg, tellen daar maar één keer.',
  'join.export.save': 'Stembiljetten van deze stemzuil opslaan',
  'join.export.done':
    '{count, plural, =0 {Geen stembiljetten op deze stemzuil: het bestand is leeg.} one {# stembiljet in het bestand opgeslagen.} other {# stembiljetten in het bestand opgeslagen.}}',
  'join.export.unreadable':
    '{count, plural, one {# beschadigde regel kon niet gelezen worden: bewaar de gegevensmap van deze stemzuil en bel het technische team.} other {# beschadigde regels konden niet gelezen worden: bewaar de gegevensmap van deze stemzuil en bel het technische team.}}',
  'join.unpair': 'Deze stemzuil ontkoppelen',
  'join.unpair.title': 'Deze stemzuil van de centrale computer ontkoppelen?',
  'join.unpair.body':
    'Ze wordt weer een zelfstandige stemzuil, met een eigen stemming. De centrale computer houdt de stembiljetten die hij al ontving.',
  'join.unpair.confirm': 'Ontkoppelen',
  'join.unpaired': 'Deze stemzuil werkt weer zelfstandig.',
  'join.error.hub-unreachable':
    'Geen centrale computer antwoordt op dit adres. Controleer het adres, of de netwerkmodus op de centrale computer aan staat en of beide computers op hetzelfde netwerk zitten.',
  'join.error.hub-certificate':
    'De centrale computer toont een ander certificaat dan dat van de QR-code: de verbinding wordt geweigerd. Misschien heeft iemand zich tussen de twee computers geplaatst.',
  'join.error.pairing-code-invalid':
    'Deze koppelcode is fout, al gebruikt of verlopen (ze geldt 5 minuten). Maak een nieuwe aan op de centrale computer.',
  'join.error.bad-request':
    'Dit is geen adres van een centrale computer. Voorbeeld: 192.168.1.20:8418.',
  'join.error.waiting':
    'Er wachten nog stembiljetten op de centrale computer: herstel de verbinding voor u deze stemzuil ontkoppelt.',
  'kiosk.hub.down':
    'Centrale computer onbereikbaar · {count, plural, =0 {geen stembiljetten in wachtrij} one {# stembiljet in wachtrij} other {# stembiljetten in wachtrij}}',
  'kiosk.hub.certificate': 'Centrale computer: ander certificaat, verbinding geweigerd',
  'kiosk.hub.revoked': 'Stemzuil verwijderd door de centrale computer',
  'kiosk.hub.label': 'Verbinding met de centrale computer',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'staff.nav.join': 'Hub',
  'join.title': 'Join this kiosk to a hub',
  'join.help':
    'On the hub: Staff console › Network, switch network mode on, then “Make a pairing code”. Type its address and the code here, or paste the link of the QR code.',
  'join.found': 'Hubs found on the network',
  'join.noneFound': 'No hub found on the network: type its address.',
  'join.use': 'Choose {name}',
  'join.address': 'Hub address or pairing link',
  'join.addressHint': 'For example 192.168.1.20:8418',
  'join.code': 'Pairing code',
  'join.name': 'Name of this kiosk',
  'join.namePlaceholder': 'Kiosk 2',
  'join.expected': 'Expected certificate fingerprint: {fingerprint}',
  'join.submit': 'Join',
  'join.cannot':
    'This kiosk already holds its own vote (open, closed or with ballots), or is a hub itself: it can only be joined in preparation, empty, with network mode off.',
  'join.joined.kiosk': 'This kiosk is joined to the hub {address}, for section {section}.',
  'join.joined.projector': 'This computer is a projector of the hub {address}.',
  'join.deviceName': 'Name of this device at the hub: {name}',
  'join.fingerprint': 'Fingerprint of the hub’s certificate: {fingerprint}',
  'join.link.up': 'Link: the hub answers.',
  'join.link.down':
    'Link: the hub does not answer. Votes without a code go on and will be sent when it is back; votes with a code are refused.',
  'join.link.certificate':
    'Link refused: the hub presents another certificate than at pairing. Someone may have placed themselves between the two computers.',
  'join.link.revoked': 'The hub removed this kiosk. Unpair it, then join it again with a new code.',
  'join.waiting':
    '{count, plural, =0 {No ballot waiting.} one {# ballot waits to be sent to the hub.} other {# ballots wait to be sent to the hub.}}',
  'join.done': 'Kiosk joined to the hub.',
  'join.export.help':
    'If the hub closed the vote before it received every ballot of this kiosk: save them to a file, then import it at the hub (“Import ballots”). Ballots it already received count once there.',
  'join.export.save': 'Save this kiosk’s ballots',
  'join.export.done':
    '{count, plural, =0 {No ballot on this kiosk: the file is empty.} one {# ballot saved to the file.} other {# ballots saved to the file.}}',
  'join.export.unreadable':
    '{count, plural, one {# damaged line could not be read: keep this kiosk’s data folder and call the technical team.} other {# damaged lines could not be read: keep this kiosk’s data folder and call the technical team.}}',
  'join.unpair': 'Unpair this kiosk',
  'join.unpair.title': 'Unpair this kiosk from the hub?',
  'join.unpair.body':
    'It will stand alone again, with its own vote. The hub keeps the ballots it already received.',
  'join.unpair.confirm': 'Unpair',
  'join.unpaired': 'This kiosk stands alone again.',
  'join.error.hub-unreachable':
    'No hub answers at this address. Check the address, that network mode is on at the hub and that both computers are on the same network.',
  'join.error.hub-certificate':
    'The hub presents another certificate than the QR code’s: the link is refused. Someone may have placed themselves between the two computers.',
  'join.error.pairing-code-invalid':
    'This pairing code is wrong, already used or expired (it lasts 5 minutes). Make a new one at the hub.',
  'join.error.bad-request': 'This is not a hub address. Example: 192.168.1.20:8418.',
  'join.error.waiting':
    'Ballots still wait for the hub: restore the link before unpairing this kiosk.',
  'kiosk.hub.down':
    'Hub unreachable · {count, plural, =0 {no ballot waiting} one {# ballot waiting} other {# ballots waiting}}',
  'kiosk.hub.certificate': 'Hub: another certificate, link refused',
  'kiosk.hub.revoked': 'Kiosk removed by the hub',
  'kiosk.hub.label': 'Link to the hub',
};
