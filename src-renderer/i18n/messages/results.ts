/** Messages of the results area (the projector and its printed report), in French (the source), Dutch and English. */
export const fr = {
  'results.title': 'Résultats',
  'results.ballots': 'Bulletins',
  'results.ballotsLabel': 'Bulletins :',
  'results.turnout':
    'participation {pct} des {entitled, plural, one {# inscrit} other {# inscrits}}',
  'results.percent': '{pct} %',
  'results.none': 'Aucun bulletin pour le moment.',
  'results.view.ALL': 'Ensemble',
  'results.views': 'Vue affichée',
  'results.pages': 'Page affichée',
  'results.page.summary': 'Classement',
  'results.page.matrix': 'Face-à-face',
  'results.status.preparation': 'Avant l’ouverture du vote',
  'results.status.open': 'Vote en cours',
  'results.status.closed': 'Vote clos : résultats définitifs',
  'results.batches':
    '{n, plural, one {mis à jour à chaque bulletin} other {mis à jour tous les # bulletins}}',
  'results.test': 'TEST : bulletins d’essai, effacés avant l’ouverture',
  'results.hidden.below-threshold':
    '{min, plural, one {Résultats affichés dès le premier bulletin.} other {Résultats affichés à partir de # bulletins, pour garder le vote secret.}}',
  'results.hidden.combined-waits':
    'Le résultat d’ensemble attend que chaque section ait au moins {min, plural, one {# bulletin} other {# bulletins}}, pour garder le vote secret.',
  'results.hidden.hidden-until-close': 'Les résultats seront dévoilés après la clôture du vote.',
  'results.hidden.awaiting-reveal':
    'Le vote est clos. Les résultats définitifs apparaîtront quand l’équipe les révélera.',
  'results.orderBy': 'Ordre de priorité, méthode {method}',
  'results.col.rank': 'Rang',
  'results.col.theme': 'Thème',
  'results.score.borda': 'Points',
  'results.score.copeland': 'Victoires − défaites',
  'results.score.schulze': 'Duels gagnés',
  'results.score.kemeny': 'Duels gagnés',
  'results.score.irv': 'Voix au dernier tour',
  'results.tied': 'ex aequo',
  'results.tieBreak.decided': 'Égalité entre {tied} : départagée par {rule}, {first} passe devant.',
  'results.tieBreak.rule.first-choices': 'le plus de premiers choix',
  'results.tieBreak.rule.head-to-head': 'leurs duels',
  'results.tieBreak.rule.lot': 'le tirage au sort public',
  'results.tieBreak.waiting':
    'Égalité entre {tied} : elle sera départagée par le tirage au sort public.',
  'results.method.borda': 'Borda',
  'results.method.schulze': 'Schulze',
  'results.method.kemeny': 'Kemeny-Young',
  'results.method.copeland': 'Copeland',
  'results.method.irv': 'du vote alternatif',
  'results.dist.title': 'Répartition des rangs',
  'results.dist.rank': '{rank} choix',
  'results.dist.unranked': 'non classé',
  'results.dist.item': '{label} : {n}',
  'results.check.same': 'Toutes les méthodes de calcul donnent le même ordre.',
  'results.condorcet.winner':
    '{option} l’emporte en face-à-face sur chacun des autres thèmes (vainqueur de Condorcet).',
  'results.condorcet.none': 'Aucun thème ne l’emporte en face-à-face sur tous les autres.',
  'results.matrix.caption':
    'Chaque case : nombre de votants qui préfèrent le thème de la ligne à celui de la colonne.',
  'results.matrix.cell': '{a} préféré {toB} par {n, plural, one {# votant} other {# votants}}',
  'results.matrix.majority': 'majorité',
  'results.matrix.legend': '▲ : la ligne l’emporte sur la colonne',
  'results.blank': '{n, plural, one {dont # blanc} other {dont # blancs}}',
  'results.check.others': 'Les autres méthodes de calcul',
  'results.check.methods':
    '{count, plural, one {La méthode {methods}} other {Les méthodes {methods}}}',
  'results.check.keep': '{who} {count, plural, one {donne} other {donnent}} le même ordre.',
  'results.check.placeTied':
    '{who} {count, plural, one {place} other {placent}} {options} à égalité {position}.',
  'results.check.placeOne':
    '{who} {count, plural, one {place} other {placent}} {option} {position}.',
  'results.check.placeMany':
    '{who} {count, plural, one {place} other {placent}} {n, plural, one {# thème} other {# thèmes}} à égalité {position}.',
  'results.position.first': 'en tête',
  'results.position.rank': 'au {rank} rang',
  'results.explain.borda.first':
    '{points, plural, one {# point} other {# points}} pour un {rank} choix',
  'results.explain.borda.next': '{points} pour un {rank}',
  'results.explain.borda': '{scale}.',
  'results.explain.borda.share':
    '{scale} ; les thèmes non classés se partagent le reste, d’où les scores en {half}.',
  'results.explain.copeland':
    'Victoires − défaites : un thème gagne un duel quand la majorité le préfère à l’autre.',
  'results.explain.schulze':
    'Duels gagnés : un thème gagne un duel quand la plus forte chaîne de majorités le préfère à l’autre.',
  'results.explain.kemeny':
    'L’ordre qui contredit le moins de préférences des votants ; duels gagnés à la majorité.',
  'results.explain.irv':
    'À chaque tour, le thème le moins souvent en tête est éliminé et ses bulletins passent au choix suivant.',
  'results.prep.to': 'à',
  'results.controls': 'Commandes de l’animateur',
  'results.controls.themeLight': 'Thème clair',
  'results.controls.themeDark': 'Thème sombre',
  'results.controls.cycleOn': 'Défilement automatique',
  'results.controls.cycleOff': 'Arrêter le défilement',
  'results.controls.png': 'Image de la vue (PNG)',
  'results.controls.pdf': 'Toutes les vues (PDF)',
  'results.controls.keys':
    'Touches : 1 à 9 vues, flèches, M face-à-face, T thème, L langue, A défilement, C commandes',
  'results.export.failed': 'L’image n’a pas pu être créée.',
  'results.report.title': 'Résultats pour le procès-verbal',
  'results.report.at': 'Situation au {date}',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'results.title': 'Resultaten',
  'results.ballots': 'Stembiljetten',
  'results.ballotsLabel': 'Stembiljetten:',
  'results.turnout':
    'opkomst {pct} van {entitled, plural, one {# stemgerechtigde} other {# stemgerechtigden}}',
  'results.percent': '{pct}%',
  'results.none': 'Nog geen stembiljetten.',
  'results.view.ALL': 'Alle afdelingen',
  'results.views': 'Getoonde weergave',
  'results.pages': 'Getoonde pagina',
  'results.page.summary': 'Rangschikking',
  'results.page.matrix': 'Onderlinge duels',
  'results.status.preparation': 'Voor de opening van de stemming',
  'results.status.open': 'Stemming bezig',
  'results.status.closed': 'Stemming gesloten: definitieve resultaten',
  'results.batches':
    '{n, plural, one {bijgewerkt bij elk stembiljet} other {bijgewerkt per # stembiljetten}}',
  'results.test': 'TEST: proefstembiljetten, gewist voor de opening',
  'results.hidden.below-threshold':
    '{min, plural, one {Resultaten worden getoond vanaf het eerste stembiljet.} other {Resultaten worden getoond vanaf # stembiljetten, om de stemming geheim te houden.}}',
  'results.hidden.combined-waits':
    'Het totaalresultaat wacht tot elke afdeling minstens {min, plural, one {# stembiljet} other {# stembiljetten}} heeft, om de stemming geheim te houden.',
  'results.hidden.hidden-until-close':
    'De resultaten worden bekendgemaakt na het sluiten van de stemming.',
  'results.hidden.awaiting-reveal':
    'De stemming is gesloten. De definitieve resultaten verschijnen zodra het team ze toont.',
  'results.orderBy': 'Volgorde van prioriteit, methode {method}',
  'results.col.rank': 'Rang',
  'results.col.theme': 'Thema',
  'results.score.borda': 'Punten',
  'results.score.copeland': 'Winst − verlies',
  'results.score.schulze': 'Gewonnen duels',
  'results.score.kemeny': 'Gewonnen duels',
  'results.score.irv': 'Stemmen in de laatste ronde',
  'results.tied': 'ex aequo',
  'results.tieBreak.decided':
    'Gelijke stand tussen {tied}: beslecht door {rule}, {first} gaat voor.',
  'results.tieBreak.rule.first-choices': 'de meeste eerste keuzes',
  'results.tieBreak.rule.head-to-head': 'hun duels',
  'results.tieBreak.rule.lot': 'de openbare loting',
  'results.tieBreak.waiting': 'Gelijke stand tussen {tied}: de openbare loting zal beslissen.',
  'results.method.borda': 'Borda',
  'results.method.schulze': 'Schulze',
  'results.method.kemeny': 'Kemeny-Young',
  'results.method.copeland': 'Copeland',
  'results.method.irv': 'alternatieve stemming',
  'results.dist.title': 'Verdeling van de rangen',
  'results.dist.rank': '{rank} keuze',
  'results.dist.unranked': 'niet gerangschikt',
  'results.dist.item': '{label}: {n}',
  'results.check.same': 'Alle rekenmethoden geven dezelfde volgorde.',
  'results.condorcet.winner':
    '{option} wint elk onderling duel met de andere thema’s (Condorcetwinnaar).',
  'results.condorcet.none': 'Geen enkel thema wint al zijn onderlinge duels.',
  'results.matrix.caption':
    'Elk vak: aantal kiezers dat het thema van de rij verkiest boven dat van de kolom.',
  'results.matrix.cell': '{a} verkozen {toB} door {n, plural, one {# kiezer} other {# kiezers}}',
  'results.matrix.majority': 'meerderheid',
  'results.matrix.legend': '▲: de rij wint van de kolom',
  'results.blank': '{n, plural, one {waarvan # blanco} other {waarvan # blanco}}',
  'results.check.others': 'De andere rekenmethoden',
  'results.check.methods':
    '{count, plural, one {De methode {methods}} other {De methoden {methods}}}',
  'results.check.keep': '{who} {count, plural, one {geeft} other {geven}} dezelfde volgorde.',
  'results.check.placeTied':
    '{who} {count, plural, one {zet} other {zetten}} {options} gelijk {position}.',
  'results.check.placeOne': '{who} {count, plural, one {zet} other {zetten}} {option} {position}.',
  'results.check.placeMany':
    '{who} {count, plural, one {zet} other {zetten}} {n, plural, one {# thema} other {# thema’s}} gelijk {position}.',
  'results.position.first': 'bovenaan',
  'results.position.rank': 'op de {rank} plaats',
  'results.explain.borda.first':
    '{points, plural, one {# punt} other {# punten}} voor een {rank} keuze',
  'results.explain.borda.next': '{points} voor een {rank}',
  'results.explain.borda': '{scale}.',
  'results.explain.borda.share':
    '{scale}; niet-gerangschikte thema’s delen de rest, vandaar scores op {half}.',
  'results.explain.copeland':
    'Winst − verlies: een thema wint een duel als de meerderheid het verkiest boven het andere.',
  'results.explain.schulze':
    'Gewonnen duels: een thema wint een duel als de sterkste keten van meerderheden het verkiest boven het andere.',
  'results.explain.kemeny':
    'De volgorde die het minst ingaat tegen de voorkeuren van de kiezers; duels gewonnen bij meerderheid.',
  'results.explain.irv':
    'Elke ronde valt het thema af dat het minst als eerste gekozen is; zijn stembiljetten gaan naar de volgende keuze.',
  'results.prep.to': 'boven',
  'results.controls': 'Bediening voor de gespreksleider',
  'results.controls.themeLight': 'Licht thema',
  'results.controls.themeDark': 'Donker thema',
  'results.controls.cycleOn': 'Automatisch wisselen',
  'results.controls.cycleOff': 'Stop met wisselen',
  'results.controls.png': 'Afbeelding van de weergave (PNG)',
  'results.controls.pdf': 'Alle weergaven (PDF)',
  'results.controls.keys':
    'Toetsen: 1 tot 9 weergaven, pijlen, M duels, T thema, L taal, A wisselen, C bediening',
  'results.export.failed': 'De afbeelding kon niet worden gemaakt.',
  'results.report.title': 'Resultaten voor de notulen',
  'results.report.at': 'Stand op {date}',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'results.title': 'Results',
  'results.ballots': 'Ballots',
  'results.ballotsLabel': 'Ballots:',
  'results.turnout':
    'turnout {pct} of {entitled, plural, one {# entitled voter} other {# entitled voters}}',
  'results.percent': '{pct}%',
  'results.none': 'No ballots yet.',
  'results.view.ALL': 'Combined',
  'results.views': 'View shown',
  'results.pages': 'Page shown',
  'results.page.summary': 'Ranking',
  'results.page.matrix': 'Head to head',
  'results.status.preparation': 'Before the vote opens',
  'results.status.open': 'Vote in progress',
  'results.status.closed': 'Vote closed: final results',
  'results.batches': '{n, plural, one {updated with every ballot} other {updated every # ballots}}',
  'results.test': 'TEST: trial ballots, erased before the opening',
  'results.hidden.below-threshold':
    '{min, plural, one {Results are shown from the first ballot.} other {Results are shown from # ballots on, to keep the vote secret.}}',
  'results.hidden.combined-waits':
    'The combined result waits until every section has at least {min, plural, one {# ballot} other {# ballots}}, to keep the vote secret.',
  'results.hidden.hidden-until-close': 'Results will be revealed after the vote closes.',
  'results.hidden.awaiting-reveal':
    'Voting is closed. The final results will appear when the staff reveal them.',
  'results.orderBy': 'Order of priority, {method} method',
  'results.col.rank': 'Rank',
  'results.col.theme': 'Theme',
  'results.score.borda': 'Points',
  'results.score.copeland': 'Wins − losses',
  'results.score.schulze': 'Duels won',
  'results.score.kemeny': 'Duels won',
  'results.score.irv': 'Votes in the last round',
  'results.tied': 'tied',
  'results.tieBreak.decided': 'Tie between {tied}: broken by {rule}, {first} comes first.',
  'results.tieBreak.rule.first-choices': 'the most first choices',
  'results.tieBreak.rule.head-to-head': 'their head-to-head results',
  'results.tieBreak.rule.lot': 'the public draw by lot',
  'results.tieBreak.waiting': 'Tie between {tied}: the public draw by lot will decide.',
  'results.method.borda': 'Borda',
  'results.method.schulze': 'Schulze',
  'results.method.kemeny': 'Kemeny-Young',
  'results.method.copeland': 'Copeland',
  'results.method.irv': 'instant runoff',
  'results.dist.title': 'Distribution of ranks',
  'results.dist.rank': '{rank} choice',
  'results.dist.unranked': 'not ranked',
  'results.dist.item': '{label}: {n}',
  'results.check.same': 'Every counting method gives the same order.',
  'results.condorcet.winner': '{option} beats every other theme head to head (Condorcet winner).',
  'results.condorcet.none': 'No theme beats all the others head to head.',
  'results.matrix.caption':
    'Each cell: number of voters who prefer the row’s theme to the column’s.',
  'results.matrix.cell': '{a} preferred {toB} by {n, plural, one {# voter} other {# voters}}',
  'results.matrix.majority': 'majority',
  'results.matrix.legend': '▲: the row beats the column',
  'results.blank': '{n, plural, one {of which # blank} other {of which # blank}}',
  'results.check.others': 'The other counting methods',
  'results.check.methods':
    '{count, plural, one {The {methods} method} other {The {methods} methods}}',
  'results.check.keep': '{who} {count, plural, one {gives} other {give}} the same order.',
  'results.check.placeTied':
    '{who} {count, plural, one {places} other {place}} {options} joint {position}.',
  'results.check.placeOne':
    '{who} {count, plural, one {places} other {place}} {option} {position}.',
  'results.check.placeMany':
    '{who} {count, plural, one {places} other {place}} {n, plural, one {# theme} other {# themes}} joint {position}.',
  'results.position.first': 'first',
  'results.position.rank': '{rank}',
  'results.explain.borda.first':
    '{points, plural, one {# point} other {# points}} for a {rank} choice',
  'results.explain.borda.next': '{points} for a {rank}',
  'results.explain.borda': '{scale}.',
  'results.explain.borda.share':
    '{scale}; unranked themes share the rest, hence scores ending in {half}.',
  'results.explain.copeland':
    'Wins − losses: a theme wins a duel when the majority prefers it to the other.',
  'results.explain.schulze':
    'Duels won: a theme wins a duel when the strongest chain of majorities prefers it to the other.',
  'results.explain.kemeny':
    'The order that goes against the fewest of the voters’ preferences; duels won by majority.',
  'results.explain.irv':
    'Each round, the theme least often in first place drops out and its ballots go to the next choice.',
  'results.prep.to': 'to',
  'results.controls': 'Facilitator controls',
  'results.controls.themeLight': 'Light theme',
  'results.controls.themeDark': 'Dark theme',
  'results.controls.cycleOn': 'Cycle automatically',
  'results.controls.cycleOff': 'Stop cycling',
  'results.controls.png': 'Image of this view (PNG)',
  'results.controls.pdf': 'Every view (PDF)',
  'results.controls.keys':
    'Keys: 1 to 9 views, arrows, M head to head, T theme, L language, A cycle, C controls',
  'results.export.failed': 'The image could not be created.',
  'results.report.title': 'Results for the minutes',
  'results.report.at': 'As of {date}',
};
