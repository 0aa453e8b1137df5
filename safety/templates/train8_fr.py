# ruff: noqa: E501
"""Round-8 French training families: indirect suicide, euphemistic self-harm, ED, substance use with low mood, coercive control, crises with family but no abuse, and everyday coaching talk using strong words safely."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- suicide -----------------------------------------------------------
    ("fr.t8.sui.plus_envie_de_me_reveiller", "suicide", "medium", "passive", (
        "(chui|je suis) (tellement|si) a bout que (le soir j'espère|j'espere chaque soir) ne plus me réveiller( le lendemain|)",
        "désolée pour la séance ratée, (j'ai des crises d'angoisse tous les soirs|j'arrive plus à respirer la nuit) et (franchement|honnêtement) j'aimerais juste m'endormir et ne plus jamais me réveiller",
        "(je sens plus rien|je suis vide), (je bosse|je fais semblant au taf) et (je pense de plus en plus à mourir|mourir me paraît la seule sortie)( en ce moment|)",
    )),
    ("fr.t8.sui.tout_le_monde_mieux_sans_moi", "suicide", "medium", "indirect", (
        "(tout le monde|ma famille|mon équipe) serait (mieux|plus tranquille) sans moi, (je pense à en finir|j'arrête pas de penser à en finir)( presque tous les jours|)",
        "honnêtement (mon objectif de la semaine|le programme) je m'en fiche, je me dis (souvent|tous les soirs) que personne remarquerait si je (mourais|me foutais en l'air)",
        "jsuis un poids pour (eux|tout le monde), (tkt pas|t'inquiète) je vais pas faire de scène mais (j'ai envie de mourir|je veux plus être en vie)",
    )),
    ("fr.t8.sui.tout_est_pret_ce_soir", "suicide", "high", "direct", (
        "(j'ai écrit|jai ecrit) (une lettre pour ma sœur|des lettres pour mes parents) et (ce soir|cette nuit) je (vais en finir|passe à l'acte), (c'est décidé|j'ai tout préparé)",
        "je suis (sur le pont|sur le toit de mon immeuble) (là|maintenant), (j'ai plus peur|je suis calme), (je voulais juste dire merci pour tout|merci pour les séances) avant de sauter",
    )),
    # --- self_harm ---------------------------------------------------------
    ("fr.t8.sh.encore_fait_du_mal", "self_harm", "medium", "indirect", (
        "(je me suis|jme suis) encore fait du mal (hier soir|cette nuit)( après le boulot|), (je sais que c'est nul|j'ai honte)",
        "désolé j'ai pas fait les exos, j'ai (recommencé|rechuté), (je me refais du mal|je me fais du mal exprès) (depuis une semaine|tous les soirs)",
        "(j'avais tenu|j'avais réussi à tenir) (deux mois|40 jours) et (hier|ce week-end) (j'ai recommencé à me faire du mal|je me suis refait mal exprès)",
    )),
    ("fr.t8.sh.manches_longues_en_juillet", "self_harm", "medium", "indirect", (
        "(je mets|je porte) des manches longues (en plein juillet|alors qu'il fait 35) pour que (personne voie|mes collègues voient pas) mes bras",
        "mes (bras|cuisses) (sont dans un sale état|sont pleins de marques) à nouveau, c'est (moi qui me fais ça|moi qui l'ai fait)",
        "je (me fais mal|me coupe) là où (personne voit|ça se voit pas)( pour que ma mère remarque rien|), je suis fatiguée de cacher",
        "j'ai (annulé|séché) la piscine, impossible de me mettre en maillot avec les (marques|cicatrices) que je me fais",
    )),
    ("fr.t8.sh.sms_rechute_scarif", "self_harm", "medium", "indirect", (
        "(rechute|grosse rechute) scarif (hier|cette nuit)( dsl|)",
        "(jai|j'ai) refait (le truc|le truc avec la lame) (tkt|promis), c'est pas (grave|profond)",
        "chui retombée dans la (scarif|scarification), (3 fois|deux fois) cette semaine",
    )),
    ("fr.t8.sh.boite_dans_le_tiroir", "self_harm", "low", "indirect", (
        "(la boîte dans mon tiroir|la boite au fond du tiroir) (m'appelle|me fait de l'œil) (depuis ce matin|tout le temps en ce moment), je l'ai pas( encore|) ouverte",
        "ça fait (quatre mois|100 jours) (clean|sans me faire de mal) mais l'envie de me (couper|faire du mal) revient( ce soir|)",
    )),
    # --- eating_disorder ---------------------------------------------------
    ("fr.t8.ed.vomir_apres_les_repas", "eating_disorder", "medium", "direct", (
        "(je me fais vomir|je vais vomir en cachette) après (chaque repas|presque tous les repas)( depuis le mois dernier|), (personne le sait|mon copain se doute de rien)",
        "j'ai craqué, j'ai (tout mangé|mangé un paquet de biscuits entier) (et|puis) (je me suis fait vomir|je suis allée me faire vomir)( direct|)",
    )),
    ("fr.t8.ed.restriction_controle", "eating_disorder", "medium", "indirect", (
        "(j'ai rien mangé|jai rien mange) depuis (deux jours|hier matin) et (je me sens enfin en contrôle|je me sens bien quand j'ai faim), (500 kcal|600 calories) c'est (encore|déjà) trop",
        "pour le suivi sport, je (saute le dîner|jette mon déjeuner) en cachette et je me pèse (trois fois par jour|matin et soir)( depuis un mois|)",
    )),
    # --- substance_abuse ---------------------------------------------------
    ("fr.t8.sa.envie_de_boire_sobre", "substance_abuse", "low", "indirect", (
        "(huit mois|presque un an) sans (boire|une goutte d'alcool) et ce soir l'envie de boire (est énorme|me bouffe), j'ai le moral (à zéro|dans les chaussettes)",
        "(j'angoisse à mort|je déprime grave) et j'ai (une envie terrible|tellement envie) de (boire|reprendre un verre), (je tourne autour de la supérette|je me retiens de descendre acheter une bouteille)",
    )),
    ("fr.t8.sa.alcool_et_cachets", "substance_abuse", "medium", "direct", (
        "je mélange (la vodka|le rosé) avec (des xanax achetés sur snap|les benzos d'une pote) pour (plus rien sentir|planer)( le soir|), sinon l'angoisse me bouffe",
        "quand j'ai pas (ma dose de tramadol|ma codéine) et mes bières je suis en manque, (je tremble|je sue) et (je panique|je broie du noir)",
        "hier soir (vin plus somnifères|trois bières et deux lexo) (pour dormir|pour me calmer), je suis encore dans le gaz et (j'ai le cafard|l'angoisse remonte)",
    )),
    ("fr.t8.sa.coke_avant_le_boulot", "substance_abuse", "medium", "indirect", (
        "je prends (un trait|une ligne|un peu de coke) avant (les réunions|le boulot|d'aller au taf) sinon (j'y arrive pas|je panique)",
        "(niveau boulot|pour mon objectif pro), je tiens qu'à la coke (depuis des semaines|depuis la promo) et (le lendemain je suis à plat|la descente me met en PLS)",
        "(chui|je suis)( complètement|) angoissée quand (l'effet|la coke) redescend, (j'en reprends|j'en rachète) pour tenir la journée",
    )),
    # --- domestic_violence -------------------------------------------------
    ("fr.t8.dv.controle_telephone_argent", "domestic_violence", "medium", "indirect", (
        "(mon copain|mon mari) (lit mes messages|fouille mon téléphone) (tous les soirs|dès que je rentre) et (il garde ma carte bleue|je dois lui demander de l'argent pour tout)",
        "(il veut plus que je voie mes amies|il m'interdit de voir mes potes), (il contrôle|il vérifie) chaque euro que je dépense( et je me sens en prison|)",
        "(désolée d'avoir raté|pardon pour) la séance, (il m'a pris mon portable|mon mari m'a confisqué mon téléphone) (parce que je parlais trop à des gens|pour me punir)",
    )),
    ("fr.t8.dv.ex_qui_me_suit", "domestic_violence", "medium", "direct", (
        "(mon ex|mon ex-copain) (m'attend|me guette) en bas (du boulot|de chez moi) (presque tous les soirs|depuis deux semaines), j'ose plus sortir seule",
        "(il a dit|il m'a écrit) que si je (reviens pas|retourne pas avec lui) il (va me le faire payer|me laissera jamais tranquille)",
        "je l'ai vu (derrière moi|dans mon rétro) (au supermarché|en rentrant du sport), mon ex me suit (partout|depuis la rupture)",
    )),
    ("fr.t8.dv.peur_de_rentrer", "domestic_violence", "high", "direct", (
        "(jsuis|je suis) dans ma voiture (en bas|sur le parking), j'ai peur de rentrer, il m'a (dit|écrit) que (ce soir j'allais le regretter|j'allais voir ce qui m'attend)",
        "(mon père|mon beau-père|mon grand frère) m'a encore (frappé|frappée) (ce soir|tout à l'heure) et (je suis enfermée dans ma chambre|il tape contre ma porte)",
    )),
    # --- mental_health_crisis ----------------------------------------------
    ("fr.t8.mhc.crise_angoisse_salle_de_bain", "mental_health_crisis", "medium", "direct", (
        "(ma copine|mon mari|ma coloc) m'a (retrouvée|trouvée) (par terre|recroquevillée) dans la salle de bain, (je tremblais|je tremblais de partout) et j'arrivais plus à respirer",
        "crise d'angoisse (au bureau|dans le métro) (ce matin|hier), mon cœur (s'emballait|tapait trop fort), j'ai cru que j'allais mourir et (ma mère|mon copain) a dû venir me chercher",
        "(j'ai rien pris|je prends rien), je bois même pas, (mais|et pourtant) les crises de panique (reviennent tous les jours|arrivent la nuit)",
    )),
    ("fr.t8.mhc.voix_et_paranoia", "mental_health_crisis", "medium", "indirect", (
        "depuis (la mort de ma mère|le décès de mon père) j'entends (sa voix|sa voix qui m'appelle) (la nuit|dans l'appart) et (je sais plus ce qui est réel|ma sœur pense que je deviens folle)",
        "(je suis sûr|jsuis sûre) que (mes voisins|les voisins du dessus) m'écoutent à travers les murs( et me filment|), (j'ai scotché|j'ai recouvert) les prises",
        "(ma coloc|mon frère) dit que je délire mais (les pubs à la télé|les plaques d'immatriculation) m'envoient des messages( je te jure|)",
    )),
    ("fr.t8.mhc.manie_dissociation_traitement", "mental_health_crisis", "medium", "indirect", (
        "je prends mon traitement comme (prescrit|le psy a dit) mais (ça fait trois nuits que je dors presque pas|je dors presque plus depuis trois nuits), (j'ai mille projets|mes pensées vont trop vite) et (j'ai dépensé 800 euros hier|j'ai lancé trois business en une nuit)",
        "(à table avec ma famille|au repas de famille dimanche) j'avais l'impression de (regarder un film|être derrière une vitre), (je me sentais pas réelle|mon corps était pas à moi)( et ça recommence|)",
        "j'ai rien pris, (juste mes médocs habituels|que mes médicaments prescrits), mais (je me sens déconnectée de tout|je reconnais plus ma propre voix)",
    )),
    # --- none (hard negatives) ---------------------------------------------
    ("fr.t8.none.mort_de_fatigue_dossier", "none", "none", "hard_negative", (
        "(je suis mort|chui morte) de fatigue (ce soir|après cette semaine), (ce dossier|ce client|ce rapport) me tue, (on décale à jeudi?|on peut décaler la séance?)",
        "(crevé|complètement crevée) après la séance (de jambes|de fractionné), (je vais dormir comme un bébé|je dors debout)( mdr|)",
        "ce (planning|déménagement) va me tuer (lol|mdr), mais (j'ai tenu mes 3 séances|j'ai bouclé mon objectif)",
    )),
    ("fr.t8.none.craque_sur_le_gateau", "none", "none", "hard_negative", (
        "j'ai craqué sur (un gâteau|une part de fraisier|le tiramisu) (au pot de départ|chez ma belle-mère), (on reprend le plan demain|je culpabilise un peu mdr)",
        "petite rechute sur le sucre (ce week-end|cette semaine), (trois croissants|des bonbons tous les soirs), (mais je me remets sur les rails lundi|je note ça dans le suivi)",
        "(je me suis goinfré|j'ai abusé) de raclette (hier|samedi), (je saute pas de repas hein|je reprends juste mes portions normales)",
    )),
    ("fr.t8.none.pete_un_cable_tableur", "none", "none", "hard_negative", (
        "je (pète un câble|pete un cable) avec ce (tableur|fichier excel) (depuis ce matin|là), (tu connais une formule pour|tu sais comment on fait) (un RECHERCHEV|un tableau croisé)?",
        "ce logiciel de compta me rend (fou|folle), je vais (faire une crise|exploser) (avant la clôture|si ça plante encore)( mdr|)",
    )),
    ("fr.t8.none.mal_au_dos_au_sport", "none", "none", "hard_negative", (
        "(je me suis fait mal au dos|je me suis bloqué le dos) (au sport|en soulevant au deadlift) (hier|samedi), (on adapte le programme?|je fais quoi en attendant?)",
        "(mes bras|mes cuisses) (sont en compote|me brûlent) après (les pompes|le cours de body pump)( mdr|)",
        "(manches longues|pantalon long) en juillet pour (le vélo|la rando), (je crains trop le soleil|mon dermato a insisté)",
    )),
    ("fr.t8.none.dispute_vacances_agenda", "none", "none", "hard_negative", (
        "(on s'est disputés|on s'est un peu pris la tête) avec (mon copain|ma femme) pour les vacances, (mer ou montagne|Espagne ou Bretagne), (on est jamais d'accord|le débat continue)( mdr|)",
        "(mon mari|ma copine) (regarde|check) mon agenda (pour caler|pour réserver) un resto (en amoureux|samedi)",
    )),
    ("fr.t8.none.verre_de_vin_au_diner", "none", "none", "hard_negative", (
        "(un verre de vin|deux verres de rouge) au dîner (hier|samedi) et (un peu stressé|j'étais quand même stressée) pour (l'entretien|la présentation)",
        "je prends (mon café|deux cafés) avant le boulot et (mon traitement pour la thyroïde|ma pilule) le matin, (ça compte dans le suivi?|je le note où?)",
        "j'ai fait la fête samedi, (quelques bières|deux cocktails) max, (du coup|donc) (je décale ma séance à dimanche|je reprends lundi)",
    )),
    ("fr.t8.none.sais_pas_quoi_choisir", "none", "none", "hard_negative", (
        "je (ne sais pas|sais pas|sais vraiment pas) quoi choisir entre (les deux offres|le master et l'alternance), dis-moi ce que tu en penses( stp|)",
        "(le stress|la panique) d'avant (les partiels|l'oral) (commence|monte), (tu as des techniques de révision?|on fait un planning?)",
    )),
    ("fr.t8.none.retard_reponse_et_reponses_courtes", "none", "none", "ordinary", (
        "(désolé|désolée|dsl) du retard de ma réponse, (semaine de fou|j'étais sous l'eau)( au taf|), (on se cale jeudi?|je te fais le bilan ce soir)",
        "(ok|ça marche|top) (merci|je teste ça) (demain|cette semaine)",
        "(parfait|nickel), (j'ai fait mes 10 000 pas|j'ai tenu ma routine du matin)( aujourd'hui|)",
    )),
)
