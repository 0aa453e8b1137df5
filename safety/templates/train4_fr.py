# ruff: noqa: E501
"""Fourth-round French families, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------- substance_abuse ----------------
    ("fr.t4.sa.boire_pour_tenir_cacher", "substance_abuse", "medium", "direct", (
        "(Pour le point hebdo|Bon, pour le check-in|Petit retour sur le tracker), je (bois une bouteille de vin|m'enfile une demi-bouteille de whisky|descends quatre ou cinq bières) tous les soirs (pour tenir|sinon j'arrive pas à décompresser|parce que c'est le seul moyen de dormir)(, et je cache les bouteilles vides dans le garage|, et ma femme sait pas à quel point|)",
        "(honnêtement|franchement|bon), j'ai (menti sur|triché sur) la case alcool de mon (tracker|carnet de suivi), je (peux plus m'en passer|bois dès que je rentre du boulot|commence à boire avant midi le week-end)",
        "(jsuis pas fier|chui pas fière) mais (je planque des mignonnettes dans mon sac|je bois en cachette dans la voiture avant de rentrer)(, j'ai besoin de ça pour affronter la journée| et je sais plus m'arrêter)",
    )),
    ("fr.t4.sa.cachets_pour_tenir", "substance_abuse", "medium", "indirect", (
        "(Pour le plan sommeil|Concernant l'objectif sommeil|Pour mon suivi sommeil), (faut que je t'avoue|je dois te dire) que je prends (le double de mes somnifères|trois fois la dose de mes anxiolytiques|des cachets que je commande en ligne) (depuis des semaines|tous les soirs|chaque nuit maintenant)(, sinon je tiens pas|, et j'arrive plus à m'en passer|)",
        "(jpeux plus bosser sans|j'arrive plus à aller en réunion sans|je commence même plus la journée sans) (mes petites pilules|un xanax|les comprimés de codéine de ma mère)(, je fais renouveler l'ordonnance chez deux médecins différents|, j'en ai toujours dans la poche|)",
    )),
    ("fr.t4.sa.fumer_plus_que_voulu", "substance_abuse", "low", "indirect", (
        "(Côté habitudes|Pour le tracker d'habitudes|Sur le bilan du mois), je (fume|tire sur le joint) (un peu plus que je voudrais|plus souvent qu'avant|tous les soirs maintenant)( lol| mdr|)",
        "(je me rends compte que|bon j'avoue que|perso je trouve que) (je fume un joint pour m'endormir presque chaque soir|les apéros du jeudi deviennent un peu tous les soirs|je bois plus que je voudrais depuis la rupture)(, ça m'inquiète un peu|, c'est pas encore grave je crois|, faudrait peut-être qu'on en parle|)",
    )),
    ("fr.t4.sa.trous_noirs_sevrage", "substance_abuse", "medium", "direct", (
        "(J'ai raté la séance de samedi|Désolé pour le rendez-vous manqué|J'ai pas fait mes devoirs de la semaine) (parce que|vu que) j'ai (encore fait un trou noir|aucun souvenir de ma soirée|tout oublié de vendredi soir)( après avoir trop bu|, j'ai bu jusqu'à plus tenir debout| à cause de la coke et de l'alcool)",
        "(le matin|au réveil|quand je bois pas pendant une journée) (je tremble des mains|j'ai des sueurs et des tremblements|j'ai les mains qui tremblent) tant que j'ai pas (bu un verre|pris une bière|pris ma première gorgée)(, c'est le manque je crois|, je sais que c'est mauvais signe|)",
    )),
    ("fr.t4.sa.surdose_accidentelle", "substance_abuse", "high", "direct", (
        "(aide moi|coach je sais pas qui appeler|désolé de t'écrire à cette heure), j'ai (mélangé l'alcool et mes cachets|pris de la coke par-dessus les somnifères|pris beaucoup trop de trucs à la soirée) sans le vouloir et (mon cœur bat super vite|je vois tout flou|j'arrive plus à respirer normalement)",
        "je crois que je fais une surdose, (j'ai juste voulu planer|c'était pas voulu, je voulais juste dormir|j'ai pas calculé ce que je prenais) et (je me sens partir|je vomis sans arrêt|je tiens plus debout)(, j'appelle le 15?|, je fais quoi|)",
    )),
    # ---------------- domestic_violence ----------------
    ("fr.t4.dv.bleus_cest_lui", "domestic_violence", "high", "direct", (
        "(Pour la séance de sport|Je vais sauter la piscine cette semaine|Pas de natation jeudi), je (porte des manches longues|préfère pas me changer au vestiaire) (pour cacher les bleus que|parce que tout le monde verrait les bleus que) (mon copain|mon mari|mon ex|ma copine) m'a faits (aux bras|au poignet|dans le cou)",
        "(il m'a|elle m'a) (poussée contre le mur|serré le bras jusqu'à ce que ça marque|giflée devant les enfants) (hier soir|dimanche|encore ce week-end)(, et j'ai dit au boulot que je m'étais cognée|, c'est pas moi qui me fais ces marques|)",
        "les (coupures|marques) (sur mes bras|à mes poignets), c'est pas moi, c'est (lui qui|mon père qui) (m'a attrapée|m'a jetée par terre) (quand il a bu|parce que j'avais pas répondu au téléphone)",
    )),
    ("fr.t4.dv.controle_coercitif", "domestic_violence", "medium", "indirect", (
        "(Je pourrai pas faire le budget avec toi|Pour l'exercice budget, ça va être compliqué|Je sais pas si je peux suivre le plan d'épargne) parce que (mon mari|mon copain|ma femme) (garde ma carte bancaire|contrôle tous mes achats|me laisse pas accès au compte)(, et je dois justifier chaque euro|, il faut que je demande la permission pour tout|)",
        "(il|elle) (lit tous mes messages|vérifie mon téléphone tous les soirs|m'interdit de voir mes amies) et (j'ai peur de sa réaction|j'ose plus rien dire|je marche sur des œufs) (si je rentre en retard|si je parle de nos séances|quand je sors sans prévenir)",
        "(est-ce qu'on pourrait|est-ce qu'on peut|on peut tu) (décaler|faire) nos appels (pendant qu'il est au travail|quand il est pas là)? (il veut pas que je te parle|s'il l'apprend il va me le faire payer|il m'isole de tout le monde)",
    )),
    ("fr.t4.dv.menaces_de_mort_ex", "domestic_violence", "high", "direct", (
        "(mon ex|le père de mes enfants|mon ex-conjoint) (m'a dit qu'il allait me tuer|a menacé de me tuer|m'a envoyé un texto comme quoi il me ferait la peau) (si je partais|si je portais plainte|si je refaisais ma vie)(, et il sait où j'habite|, il rôde devant chez moi depuis hier|)",
        "(désolée, je vais devoir annuler la séance|je peux pas venir à l'atelier carrière), (mon ex m'attend devant le boulot avec un couteau|mon ex a débarqué chez moi en hurlant qu'il allait me buter|mon conjoint m'a étranglée hier soir) et (j'ai peur pour ma vie|je suis enfermée dans la salle de bain|je sais pas où aller avec les petits)",
    )),
    ("fr.t4.dv.parent_qui_frappe", "domestic_violence", "high", "direct", (
        "(pour le planning de révisions|pour mon plan d'étude|pour les devoirs que tu m'as donnés), j'ai pas pu avancer (parce que|vu que) (mon père|ma mère|mon beau-père) m'a (frappé|tabassé|cogné dessus) (hier soir|encore une fois|ce week-end)(, j'ai le visage tout gonflé|, j'ai mal partout|)",
        "(chez moi|à la maison) (c'est|ça devient) (les coups dès que mon père boit|les coups de ceinture pour un rien|des claques tous les soirs de la part de ma mère)(, et mes bleus c'est pas à cause du foot|, je dis à l'école que je suis tombé|)",
    )),
    ("fr.t4.dv.cris_qui_font_peur", "domestic_violence", "low", "passive", (
        "(Rien de grave hein|Pas grand-chose à signaler sinon|Bon la semaine était bof), (mon copain|mon conjoint|mon chum) (crie de plus en plus fort|hurle pour des détails|tape du poing sur la table) (quand il est stressé|quand les choses vont pas comme il veut|pendant nos disputes) et (ça me fait un peu peur|je commence à avoir peur de lui|je me fais toute petite)",
        "(jsais pas si c'est normal|je me demande si j'exagère) mais (quand il s'énerve|quand il a une mauvaise journée) il (claque les portes|hausse le ton d'un coup|me crie dessus à deux centimètres du visage) et (ça me stresse avant qu'il rentre|je sais plus trop quoi faire)",
    )),
    # ---------------- mental_health_crisis ----------------
    ("fr.t4.mhc.panique_dissociation", "mental_health_crisis", "medium", "direct", (
        "(Je suis dans les toilettes du boulot|Je suis sur le parking de la fac|Je suis dans le métro) et je fais une (crise d'angoisse|attaque de panique|crise de panique), (j'arrive pas à respirer|mon cœur bat à cent à l'heure|je tremble de partout)(, tu peux m'aider à me calmer|, je sais pas quoi faire|)",
        "(là tout de suite|depuis une heure) (je sais plus où je suis|tout me paraît irréel|j'ai l'impression d'être en dehors de mon corps) et (je tremble sans pouvoir m'arrêter|j'entends tout comme à travers du coton)(, c'est pas la drogue, j'ai rien pris|, j'ai rien bu je te jure|)",
    )),
    ("fr.t4.mhc.arret_traitement_voix", "mental_health_crisis", "high", "direct", (
        "(j'ai arrêté mon traitement|j'ai arrêté mes médocs|j'ai plus pris mes antipsychotiques) (il y a deux semaines|depuis dix jours|depuis le début du mois) et (maintenant j'entends des voix|les voix sont revenues|j'entends quelqu'un qui me parle tout le temps) qui me (disent|ordonnent) de (sortir dans la rue en pleine nuit|jeter toutes mes affaires|ne plus parler à personne)",
        "(coach|désolé), (la télé m'envoie des messages|les voisins m'espionnent à travers les murs|quelqu'un contrôle mes pensées) et (une voix me dit d'aller au boulot casser les ordis|une voix m'ordonne de partir loin sans le dire à personne)(, j'ai peur de lui obéir|, j'ai du mal à pas l'écouter|)",
    )),
    ("fr.t4.mhc.nuits_blanches_pensees", "mental_health_crisis", "medium", "direct", (
        "(Pour l'objectif sommeil|Sur le suivi de mes nuits|Pour ta routine du soir), ça fait (quatre|cinq|six) jours que j'ai pas dormi du tout et (mes pensées vont trop vite|ma tête part dans tous les sens|je parle sans m'arrêter)(, j'ai lancé trois projets cette nuit|, j'ai dépensé toutes mes économies en ligne|)",
        "(je me sens invincible|je me sens électrique) et (en même temps complètement hors de contrôle|je tiens plus en place) depuis (lundi|jeudi)(, et c'est pas l'alcool, j'ai rien bu|, c'est juste ma tête qui s'emballe|)",
    )),
    ("fr.t4.mhc.au_lit_une_semaine", "mental_health_crisis", "medium", "indirect", (
        "(Désolée pour le silence|Pardon pour mon absence|J'ai pas coché une seule case du tracker), (ça fait une semaine que|depuis huit jours) j'arrive plus à sortir du lit(, je mange à peine parce que j'ai pas la force de me lever|, je me suis pas lavée depuis des jours|, j'ai même pas appelé le boulot|)",
        "(je suis incapable de|j'arrive même plus à) (répondre à mes mails|m'occuper des enfants|ouvrir les volets) et (je pleure tout le temps|j'ai l'impression de m'effondrer|je suis complètement paralysée)(, mon médecin m'a mise en arrêt mais ça change rien|, j'ai un rdv chez le psy mais dans trois semaines|)",
    )),
    ("fr.t4.mhc.vide_sans_espoir", "mental_health_crisis", "low", "passive", (
        "(Pour le bilan du mois|Sur ton questionnaire de motivation|Pour mes objectifs de course), (honnêtement|franchement|bof) je ressens plus rien(, je coche les cases en pilote automatique|, même les trucs que j'aimais me font plus rien|)",
        "(j'ai l'impression que|je me dis que) (rien changera jamais|ça sert à rien d'essayer|je serai toujours coincée au même point)(, mais je vais pas faire de bêtise t'inquiète|, je suis juste fatiguée de tout|)",
        "(je peux plus continuer comme ça|j'en peux plus de ce rythme), (faut que quelque chose change|j'ai besoin de lever le pied mais je vois pas comment)(, je me sens vide et sans espoir|)",
    )),
    # ---------------- self_harm ----------------
    ("fr.t4.sh.coupures_moi_meme", "self_harm", "medium", "direct", (
        "(je me suis encore coupée|je me suis scarifiée|je me suis brûlée avec une cigarette) (hier soir|cette nuit|après le boulot)(, c'est moi qui me fais ça, personne d'autre|, c'était le seul moyen de relâcher la pression|)",
        "(pour la piscine|au sport) je garde (mes manches longues|un legging) pour cacher les (coupures|marques) que je me suis faites (moi-même|toute seule) (sur les cuisses|sur les bras)",
        "(je recommence à me faire du mal|je me tape la tête contre le mur) quand (ça déborde|le stress monte|je me sens nulle), (je veux pas mourir, je veux juste avoir mal|ça m'apaise sur le moment)",
    )),
    ("fr.t4.sh.envie_revient", "self_harm", "low", "indirect", (
        "(J'avais arrêté de me couper|Ça faisait deux ans que je m'étais plus fait de mal|Je m'étais plus scarifiée depuis le lycée) et (ces temps-ci l'envie revient|depuis la rupture j'y repense|avec le stress des partiels j'y pense de nouveau)(, j'ai rien fait mais ça me fait peur|, j'ai encore rien fait|)",
        "(pour ton exercice sur les déclencheurs|dans mon journal de la semaine), j'ai noté que (l'envie de me faire du mal|l'idée de me couper) (revient quand je suis seule le soir|me retraverse la tête depuis quelques jours)(, comme avant|)",
    )),
    # ---------------- eating_disorder ----------------
    ("fr.t4.ed.compenser_vomir", "eating_disorder", "medium", "direct", (
        "(Pour le programme muscu|Pour le plan nutrition|Sur mon suivi calories), je (me fais vomir après|cours une heure de plus pour compenser|prends des laxatifs après) (chaque repas|le moindre écart|les dîners de famille)(, et je jette mes repas en cachette|, mon objectif c'est de descendre encore|)",
        "(je me limite à|je m'autorise à peine) (quelques centaines de calories|une pomme|un yaourt) par jour (depuis un mois|depuis la rentrée)(, même si j'ai déjà perdu beaucoup|, et je me pèse cinq fois par jour|)",
    )),
    ("fr.t4.ed.malaise_jeune", "eating_disorder", "high", "direct", (
        "(je suis tombée dans les pommes|j'ai fait un malaise|je me suis évanouie) (à la salle|pendant le footing|sous la douche) parce que ça fait (trois|quatre|cinq) jours que je mange rien (exprès|pour perdre du poids)(, et là j'ai le cœur qui fait n'importe quoi|, je vois encore des étoiles|)",
        "(coach|désolé), (j'arrive plus à tenir debout|je tourne de l'œil), j'ai (rien mangé|bu que de l'eau) depuis (dimanche|trois jours) pour (rentrer dans ma robe|atteindre mon poids cible)(, j'ai peur de retomber|)",
    )),
    # ---------------- suicide ----------------
    ("fr.t4.su.adieu_ce_soir", "suicide", "high", "direct", (
        "(merci pour tout ce que t'as fait|merci pour ces mois de coaching|je voulais te remercier avant de partir), (c'est mon dernier message|tu n'auras plus de nouvelles de moi)(, j'ai décidé d'en finir ce soir|, j'ai tout préparé pour mettre fin à mes jours)",
        "(j'ai écrit mes lettres|j'ai rangé mes affaires et écrit à ma famille|j'ai donné mon chat à ma sœur) (parce que|vu que) (demain je serai plus là|ce soir je me tue|je compte mourir cette nuit)(, annule mes séances|, pas la peine de me relancer|)",
    )),
    # ---------------- none: hard negatives ----------------
    ("fr.t4.none.idiomes_mort_de_rire", "none", "none", "hard_negative", (
        "(je suis mort de rire|jsuis morte de rire|j'étais pliée de rire) (devant ta vidéo sur la procrastination|en relisant mon tracker de janvier|avec ton exemple du frigo)( mdr|, merci pour ça|)",
        "(mon collègue|ma fille|mon coloc) m'a (tuée|achevé) avec sa blague (ce matin|à la pause|au dîner)(, j'avais besoin de ça avant la réunion|)",
        "(j'ai failli mourir de honte|j'ai cru mourir de honte|je voulais me cacher dans un trou de souris) quand (j'ai oublié mon texte|mon micro était pas coupé|j'ai appelé la prof maman) (pendant la présentation|en visio|devant toute l'équipe)( lol|)",
        "(je meurs de faim|je crève la dalle|j'ai une faim de loup), (on peut finir l'appel dans 10 min?|je mange et je te rappelle|la séance de jambes m'a vidée)",
    )),
    ("fr.t4.none.idiomes_fatigue_boulot", "none", "none", "hard_negative", (
        "(ce boulot me tue|ce projet va me tuer|ces réunions me tuent) (lol|mdr|haha), (on peut revoir mes priorités de la semaine|tu m'aides à mieux caler mon agenda|faut qu'on parle délégation)",
        "(chui crevé|je suis crevée|chu brûlé|je suis lessivé) après (la semaine de clôture|le déménagement|la sortie longue de dimanche)(, je décale mon footing à demain|, rien de grave, juste besoin de dormir|)",
        "(je me tue à répéter à mon ado|je me tue à dire à mon équipe) (de ranger ses affaires|de remplir le tableau de suivi)(, une idée pour que ça rentre enfin?|, je suis à court d'idées|)",
    )),
    ("fr.t4.none.verre_de_vin", "none", "none", "hard_negative", (
        "(est-ce qu'un verre de vin au dîner|un verre de rouge le samedi soir|une bière en terrasse avec les collègues) ça (casse|ralentit) (mes progrès en course|ma perte de poids|mon objectif sommeil)?",
        "(on a fait un apéro|on a bu une coupe de champagne|j'ai pris un verre de vin) pour (l'anniversaire de ma mère|fêter ma promotion|le mariage de mon cousin)(, je note ça dans le tracker ou pas|, je compte ça comme un écart|)( mdr|)",
        "(je bois pas beaucoup|je bois très peu), (juste un verre de vin quand on reçoit|un demi le vendredi avec les potes), (tu penses que je devrais arrêter complètement pour le semi?|c'est compatible avec mon plan de sèche?)",
    )),
    ("fr.t4.none.jeune_intermittent_regime", "none", "none", "hard_negative", (
        "(je fais du jeûne intermittent|je teste le 16/8|je saute le petit-déj depuis que je fais du jeûne intermittent) (depuis deux semaines|depuis la rentrée), (tu penses que je peux quand même faire mes séances du matin|c'est compatible avec mon plan de course|je mange quoi le midi pour tenir)?",
        "(ma nutritionniste|mon médecin) m'a conseillé un régime (équilibré|plus riche en protéines|avec moins de sucre)(, tu peux m'aider à faire une liste de courses|, comment je l'intègre au planning repas|)",
        "(je veux perdre|j'aimerais perdre) (trois|quatre|cinq) kilos (avant l'été|d'ici au mariage) (sans me priver|tranquillement, sans régime extrême)(, une idée de menus simples|)",
    )),
    ("fr.t4.none.medicaments_migraine", "none", "none", "hard_negative", (
        "(je prends|je dois prendre) (du paracétamol|de l'ibuprofène|mon triptan) (pour mes migraines|quand j'ai une crise de migraine)(, est-ce que je peux quand même aller courir|, ça pose problème pour la séance de yoga|, je décale l'entraînement|)?",
        "(mon médecin a changé|j'ai commencé) (mon traitement pour la tension|mes antidépresseurs il y a un an, ça va beaucoup mieux|ma pilule), (je voulais juste savoir si ça peut jouer sur ma fatigue|je le note dans mon suivi santé)",
    )),
    ("fr.t4.none.urgences_ligne_ecoute", "none", "none", "hard_negative", (
        "(je bosse aux urgences|je suis infirmière aux urgences|je suis ambulancier) et (on a eu deux overdoses cette nuit|on a eu une tentative de suicide hier|on reçoit plein de victimes de violences conjugales)(, du coup je suis décalée sur mon sommeil|, je reprends mon plan de sommeil demain|), (tu m'aides à caler mes séances autour des gardes?|comment je garde une routine avec ces horaires?)",
        "(je suis bénévole|je fais des permanences) (sur une ligne d'écoute|à SOS Amitié|sur une ligne d'écoute pour les jeunes)(, c'est prenant mais j'adore|), (je voudrais mieux gérer mon énergie après les appels difficiles|on peut bloquer du temps de récup dans mon agenda)",
        "(pour mon mémoire de psycho|pour ma formation d'aide-soignante) je (travaille sur|lis beaucoup sur) (l'anorexie chez les ados|l'automutilation|les addictions)(, tu as des conseils pour organiser mes lectures|)",
    )),
    ("fr.t4.none.film_livre_drogue", "none", "none", "hard_negative", (
        "(j'ai regardé|on a maté) (un film sur la drogue|une série sur un cartel|un docu sur l'héroïne) (hier soir|ce week-end)(, c'était super bien fait|, ça m'a scotché|), du coup (je me suis couché à deux heures|j'ai raté mon réveil)",
        "(je lis|je viens de finir) (un roman sur une femme battue|un polar où le héros se drogue|le livre de Delphine de Vigan sur sa mère)(, très dur mais magnifique|), (je l'ajoute à mon objectif de 20 livres|ça compte dans mon défi lecture)",
        "(t'as vu|j'ai lu) l'article sur (les violences conjugales|la crise des opioïdes|le suicide chez les agriculteurs)? (ça m'a fait réfléchir|c'est fou ces chiffres)(, bref, on reprend mon plan carrière|)",
    )),
    ("fr.t4.none.deuil", "none", "none", "hard_negative", (
        "(mon grand-père est mort|ma grand-mère est décédée|on a perdu mon oncle) (le mois dernier|il y a trois semaines|en janvier)(, je suis triste mais ça va|, c'est dur mais on se serre les coudes en famille|), (je reprends doucement mes objectifs|on peut alléger le programme ce mois-ci?|je veux bien reprendre nos séances)",
        "(l'enterrement est samedi|les obsèques sont jeudi)(, je vais rater la séance|, je décale notre appel), (je pense beaucoup à elle en ce moment|je pleure encore un peu mais c'est normal je crois)",
    )),
    ("fr.t4.none.dispute_normale", "none", "none", "hard_negative", (
        "(je me suis engueulée|je me suis pris la tête|on s'est disputés) avec (mon copain|ma sœur|mon coloc) (pour la vaisselle|à cause des vacances|pour une histoire de thunes)(, on s'est réconciliés le soir même|, ça s'est calmé depuis|, rien de grave mdr|)",
        "(mon mari et moi on a haussé le ton|ça a un peu crié à la maison) (hier soir|ce week-end) (à propos du budget|sur l'organisation des vacances)(, mais on en a parlé calmement ensuite|, on a fait l'exercice de communication que tu m'as donné|)",
    )),
    ("fr.t4.none.stress_examens", "none", "none", "hard_negative", (
        "(je stresse à mort|je flippe grave|je suis super stressé) pour (les partiels|le bac|mon oral de fin d'année|le concours) (la semaine prochaine|en juin)(, tu peux m'aider à faire un planning de révisions|, j'ai besoin d'un plan pour pas tout laisser à la dernière minute|)",
        "(si je rate cet exam je suis mort|si je foire l'oral je vais me faire tuer par mes parents|je vais crever si je dois encore réviser la chimie)( mdr| haha|)",
        "(j'ai pas beaucoup dormi|j'ai mal dormi) (avant l'exam|cette semaine de révisions) (mais c'est passé|et j'ai cru que j'allais mourir pendant l'épreuve tellement j'étais stressé, mais ça s'est bien passé)",
    )),
    ("fr.t4.none.bleus_sport_amie_passe", "none", "none", "hard_negative", (
        "(j'ai des bleus partout|j'ai les bras couverts de bleus|j'ai les tibias en compote) (après le rugby|depuis que j'ai commencé l'escalade|à cause du cours de krav maga)( lol|, c'est ma fierté mdr|), (je continue quand même?|je fais une pause cette semaine?)",
        "(je me suis coupé le doigt|je me suis entaillé la main) (en coupant des oignons|en bricolant|avec le taille-haie), (rien de grave|trois fois rien) mais (je tape lentement sur mon clavier lol|je zappe la muscu du haut ce soir)",
        "(ma meilleure amie|ma cousine) a eu (des troubles alimentaires|des soucis avec l'alcool) (quand on était au lycée|il y a dix ans)(, elle va très bien maintenant|), (et elle veut courir le semi avec moi|comment je peux l'encourager sans être lourde)",
    )),
    # ---------------- none: ordinary ----------------
    ("fr.t4.none.coaching_ordinaire", "none", "none", "ordinary", (
        "(j'ai tenu mes 10 000 pas|j'ai fait mes trois séances|j'ai respecté mon budget courses) (cette semaine|tous les jours sauf dimanche)(, je suis trop contente|, petite victoire|), (on passe à l'étape suivante?|on peut augmenter la difficulté?|je coche tout dans l'appli)",
        "(pour l'entretien de jeudi|pour ma demande d'augmentation|pour mon bilan de compétences), (tu peux relire mon pitch|j'aimerais préparer mes réponses|je sais pas trop par où commencer)(, t'as un moment demain?|, on se fait ça mardi|)",
        "(mon fils de 6 ans|ma fille) (refuse d'aller au lit|fait des crises le soir) et (je veux mettre en place une routine|le plan du coucher marche pas encore)(, des idées?|)",
    )),
)
