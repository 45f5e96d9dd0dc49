/**
 * The sentences of the procès-verbal (src-main/core/minutes), in ICU MessageFormat, filled by
 * the one filler (formatMessage). Keyed once: a missing sentence in one language fails the
 * typecheck.
 */
import type { Method, TieBreakRule } from '../domain/election';
import type { MessageLang } from './message-format';

export interface MinutesCatalog {
  title: string;
  part: string;
  page: string;
  date: string;
  question: string;
  sections: {
    participation: string;
    rules: string;
    method: string;
    order: string;
    tieBreak: string;
    check: string;
    headToHead: string;
    distribution: string;
    integrity: string;
    signatures: string;
  };
  combined: string;
  columns: { view: string; entitled: string; voted: string; turnout: string; blank: string };
  unknown: string;
  ranking: string;
  blankAllowed: string;
  blankRefused: string;
  eligibility: { open: string; codes: string };
  methodName: Record<Method, string>;
  methodPlain: Record<Method, string>;
  scoreHeader: Record<Method, string>;
  rankLabel: string;
  rank: string;
  tied: string;
  sectionOrder: string;
  tieRules: Record<TieBreakRule, string>;
  tieNone: string;
  tieDeclared: string;
  tieDecided: string;
  tieNothingToBreak: string;
  tieAwaitingDraw: string;
  tieSeed: string;
  checkSame: string;
  checkDiffers: string;
  h2hNote: string;
  distNote: string;
  unranked: string;
  ballotsHash: string;
  manifestHash: string;
  auditHead: string;
  chair: string;
  secretary: string;
  signature: string;
}

export const minutesCatalogs: Record<MessageLang, MinutesCatalog> = {
  fr: {
    title: 'Procès-verbal du vote',
    part: 'Version française',
    page: 'Page {page} sur {pages}',
    date: 'Date du vote : {date}',
    question: 'Question posée : {question}',
    sections: {
      participation: 'Participation',
      rules: 'Règles du vote',
      method: 'Méthode de décompte',
      order: 'Ordre final',
      tieBreak: 'Départage des égalités',
      check: 'Vérification par les autres méthodes',
      headToHead: 'Duels entre thèmes',
      distribution: 'Répartition des rangs',
      integrity: 'Empreintes des fichiers',
      signatures: 'Signatures',
    },
    combined: 'Toutes sections réunies',
    columns: {
      view: 'Section',
      entitled: 'Inscrits',
      voted: 'Votants',
      turnout: 'Participation',
      blank: 'Blancs',
    },
    unknown: 'non indiqué',
    ranking:
      '{full, select, true {Classement complet : chaque bulletin classe les {options} thèmes.} other {Classement partiel : chaque bulletin classe au moins {min, plural, one {# thème} other {# thèmes}} sur {options}.}}',
    blankAllowed: 'Le vote blanc est possible.',
    blankRefused: 'Le vote blanc n’est pas proposé.',
    eligibility: {
      open: 'Vote ouvert à toute personne présente au kiosque.',
      codes: 'Vote sur présentation d’un code à usage unique remis à chaque membre inscrit.',
    },
    methodName: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'vote alternatif (IRV)',
      kemeny: 'Kemeny-Young',
    },
    methodPlain: {
      borda:
        'Méthode de Borda : sur chaque bulletin, un thème reçoit un point par thème classé après lui ; les points des places laissées vides sont partagés entre les thèmes non classés. Le thème qui totalise le plus de points vient en tête.',
      schulze:
        'Méthode de Schulze : les thèmes sont comparés deux à deux ; un thème passe devant un autre s’il le bat directement ou par une chaîne de duels plus forte.',
      copeland:
        'Méthode de Copeland : chaque thème marque un point par duel gagné et en perd un par duel perdu.',
      irv: 'Vote alternatif : à chaque tour, le thème qui a le moins de premiers choix est éliminé et ses bulletins passent au choix suivant.',
      kemeny:
        'Méthode de Kemeny-Young : l’ordre retenu est celui qui s’accorde avec le plus grand nombre de préférences exprimées sur les bulletins.',
    },
    scoreHeader: {
      borda: 'Points',
      copeland: 'Victoires − défaites',
      irv: 'Premiers choix',
      schulze: 'Premiers choix',
      kemeny: 'Premiers choix',
    },
    rankLabel: '{k, selectordinal, one {#er} other {#e}}',
    rank: 'Rang',
    tied: 'ex æquo',
    sectionOrder: '{section} : {order}',
    tieRules: {
      'first-choices': 'le plus de premiers choix',
      'head-to-head': 'les duels entre les thèmes à égalité',
      lot: 'le tirage au sort public',
    },
    tieNone: 'Aucune règle de départage n’a été déclarée : les égalités restent des égalités.',
    tieDeclared: 'Règles déclarées avant le vote, dans l’ordre : {rules}.',
    tieDecided: 'Égalité entre {tied} : départagée par {rule}, qui donne {order}.',
    tieNothingToBreak: 'Aucune égalité à départager.',
    tieAwaitingDraw: 'Égalité entre {tied} : en attente du tirage au sort.',
    tieSeed:
      'Graine du tirage saisie devant la salle : « {seed} ». Chaque thème reçoit l’empreinte SHA-256 de « graine:identifiant » ; la plus petite passe devant.',
    checkSame:
      'Les cinq méthodes de décompte (Borda, Schulze, Copeland, Kemeny-Young, vote alternatif) donnent le même ordre.',
    checkDiffers:
      'Les autres méthodes ne donnent pas toutes le même ordre : {methods} {count, plural, one {diffère} other {diffèrent}} de la méthode principale.',
    h2hNote: 'Nombre de bulletins qui préfèrent le thème de la ligne à celui de la colonne.',
    distNote: 'Pour chaque thème, part des bulletins non blancs qui le placent à chaque rang.',
    unranked: 'non classé',
    ballotsHash: 'SHA-256 de ballots.csv',
    manifestHash: 'SHA-256 de manifest.json',
    auditHead: 'Dernière empreinte du journal d’audit',
    chair: 'Le président ou la présidente de séance',
    secretary: 'Le ou la secrétaire de séance',
    signature: 'Nom, date et signature',
  },
  nl: {
    title: 'Proces-verbaal van de stemming',
    part: 'Nederlandse versie',
    page: 'Pagina {page} van {pages}',
    date: 'Datum van de stemming: {date}',
    question: 'Gestelde vraag: {question}',
    sections: {
      participation: 'Opkomst',
      rules: 'Stemregels',
      method: 'Telmethode',
      order: 'Eindrangschikking',
      tieBreak: 'Beslechting van gelijke stand',
      check: 'Controle met de andere methodes',
      headToHead: 'Duels tussen thema’s',
      distribution: 'Verdeling van de rangen',
      integrity: 'Vingerafdrukken van de bestanden',
      signatures: 'Handtekeningen',
    },
    combined: 'Alle afdelingen samen',
    columns: {
      view: 'Afdeling',
      entitled: 'Stemgerechtigd',
      voted: 'Gestemd',
      turnout: 'Opkomst',
      blank: 'Blanco',
    },
    unknown: 'niet opgegeven',
    ranking:
      '{full, select, true {Volledige rangschikking: elk stembiljet rangschikt de {options} thema’s.} other {Gedeeltelijke rangschikking: elk stembiljet rangschikt minstens {min, plural, one {# thema} other {# thema’s}} van de {options}.}}',
    blankAllowed: 'Blanco stemmen is mogelijk.',
    blankRefused: 'Blanco stemmen wordt niet aangeboden.',
    eligibility: {
      open: 'Iedereen die aan de kiosk staat, kan stemmen.',
      codes: 'Stemmen met een eenmalige code, uitgereikt aan elk ingeschreven lid.',
    },
    methodName: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'alternatieve stem (IRV)',
      kemeny: 'Kemeny-Young',
    },
    methodPlain: {
      borda:
        'Methode-Borda: op elk stembiljet krijgt een thema één punt per thema dat lager gerangschikt staat; de punten van lege plaatsen worden verdeeld over de niet-gerangschikte thema’s. Het thema met de meeste punten staat bovenaan.',
      schulze:
        'Methode-Schulze: de thema’s worden twee aan twee vergeleken; een thema gaat voor een ander als het dat rechtstreeks verslaat of via een sterkere keten van duels.',
      copeland:
        'Methode-Copeland: elk thema krijgt een punt per gewonnen duel en verliest er een per verloren duel.',
      irv: 'Alternatieve stem: in elke ronde valt het thema met de minste eerste keuzes af en gaan zijn stembiljetten naar de volgende keuze.',
      kemeny:
        'Methode-Kemeny-Young: de gekozen volgorde stemt overeen met het grootste aantal voorkeuren op de stembiljetten.',
    },
    scoreHeader: {
      borda: 'Punten',
      copeland: 'Winst − verlies',
      irv: 'Eerste keuzes',
      schulze: 'Eerste keuzes',
      kemeny: 'Eerste keuzes',
    },
    rankLabel: '{k}e',
    rank: 'Rang',
    tied: 'gelijk',
    sectionOrder: '{section}: {order}',
    tieRules: {
      'first-choices': 'de meeste eerste keuzes',
      'head-to-head': 'de duels tussen de gelijk geëindigde thema’s',
      lot: 'de openbare loting',
    },
    tieNone: 'Er werd geen regel voor gelijke stand aangegeven: gelijke standen blijven gelijk.',
    tieDeclared: 'Regels aangegeven vóór de stemming, in volgorde: {rules}.',
    tieDecided: 'Gelijke stand tussen {tied}: beslecht door {rule}, met als uitkomst {order}.',
    tieNothingToBreak: 'Geen gelijke stand te beslechten.',
    tieAwaitingDraw: 'Gelijke stand tussen {tied}: de loting moet nog plaatsvinden.',
    tieSeed:
      'Zaadwaarde van de loting, ingevoerd in het bijzijn van de zaal: ‘{seed}’. Elk thema krijgt de SHA-256-vingerafdruk van ‘zaadwaarde:id’; de kleinste gaat voor.',
    checkSame:
      'De vijf telmethodes (Borda, Schulze, Copeland, Kemeny-Young, alternatieve stem) geven dezelfde volgorde.',
    checkDiffers:
      'Niet alle andere methodes geven dezelfde volgorde: {methods} {count, plural, one {wijkt} other {wijken}} af van de hoofdmethode.',
    h2hNote: 'Aantal stembiljetten dat het thema van de rij verkiest boven dat van de kolom.',
    distNote: 'Per thema het aandeel van de niet-blanco stembiljetten dat het op elke rang zet.',
    unranked: 'niet gerangschikt',
    ballotsHash: 'SHA-256 van ballots.csv',
    manifestHash: 'SHA-256 van manifest.json',
    auditHead: 'Laatste vingerafdruk van het auditlogboek',
    chair: 'De voorzitter van de vergadering',
    secretary: 'De secretaris van de vergadering',
    signature: 'Naam, datum en handtekening',
  },
  en: {
    title: 'Minutes of the vote',
    part: 'English version',
    page: 'Page {page} of {pages}',
    date: 'Date of the vote: {date}',
    question: 'Question: {question}',
    sections: {
      participation: 'Turnout',
      rules: 'Voting rules',
      method: 'Counting method',
      order: 'Final order',
      tieBreak: 'Breaking ties',
      check: 'Check by the other methods',
      headToHead: 'Head to head',
      distribution: 'Distribution of ranks',
      integrity: 'File fingerprints',
      signatures: 'Signatures',
    },
    combined: 'All sections combined',
    columns: {
      view: 'Section',
      entitled: 'Entitled',
      voted: 'Voted',
      turnout: 'Turnout',
      blank: 'Blank',
    },
    unknown: 'not given',
    ranking:
      '{full, select, true {Full ranking: every ballot ranks all {options} themes.} other {Partial ranking: every ballot ranks at least {min, plural, one {# theme} other {# themes}} of {options}.}}',
    blankAllowed: 'A blank ballot is possible.',
    blankRefused: 'No blank ballot is offered.',
    eligibility: {
      open: 'Anyone at the kiosk may vote.',
      codes: 'Voting with a single-use code handed to each registered member.',
    },
    methodName: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'instant runoff (IRV)',
      kemeny: 'Kemeny-Young',
    },
    methodPlain: {
      borda:
        'Borda count: on each ballot a theme gets one point for each theme ranked below it; the points of places left empty are shared among the unranked themes. The theme with the most points comes first.',
      schulze:
        'Schulze method: themes are compared in pairs; a theme comes before another when it beats it directly or through a stronger chain of head-to-head wins.',
      copeland:
        'Copeland method: each theme scores one point per head-to-head win and loses one per loss.',
      irv: 'Instant runoff: in each round the theme with the fewest first choices is eliminated and its ballots move to their next choice.',
      kemeny:
        'Kemeny-Young method: the order chosen agrees with the largest number of preferences expressed on the ballots.',
    },
    scoreHeader: {
      borda: 'Points',
      copeland: 'Wins − losses',
      irv: 'First choices',
      schulze: 'First choices',
      kemeny: 'First choices',
    },
    rankLabel: '{k, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
    rank: 'Rank',
    tied: 'tied',
    sectionOrder: '{section}: {order}',
    tieRules: {
      'first-choices': 'the most first choices',
      'head-to-head': 'head to head between the tied themes',
      lot: 'the public draw by lot',
    },
    tieNone: 'No tie-break rule was declared: ties stay ties.',
    tieDeclared: 'Rules declared before the vote, in order: {rules}.',
    tieDecided: 'Tie between {tied}: broken by {rule}, which gives {order}.',
    tieNothingToBreak: 'No tie to break.',
    tieAwaitingDraw: 'Tie between {tied}: awaiting the draw by lot.',
    tieSeed:
      'Seed of the draw entered in front of the room: “{seed}”. Each theme gets the SHA-256 of “seed:id”; the lowest comes first.',
    checkSame:
      'All five counting methods (Borda, Schulze, Copeland, Kemeny-Young, instant runoff) give the same order.',
    checkDiffers:
      'Not every other method gives the same order: {methods} {count, plural, one {differs} other {differ}} from the primary method.',
    h2hNote: 'Number of ballots preferring the row’s theme to the column’s.',
    distNote: 'For each theme, the share of non-blank ballots placing it at each rank.',
    unranked: 'unranked',
    ballotsHash: 'SHA-256 of ballots.csv',
    manifestHash: 'SHA-256 of manifest.json',
    auditHead: 'Last hash of the audit trail',
    chair: 'The chair of the meeting',
    secretary: 'The secretary of the meeting',
    signature: 'Name, date and signature',
  },
};
