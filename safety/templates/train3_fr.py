# ruff: noqa: E501
"""Third-round French families, second batch, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- suicide: wishes, burden, plans, goodbyes; mostly inside coaching talk ------------------
    ("fr.t3.x.sui.tracker_reveil", "suicide", "medium", "indirect", (
        "(Pour le suivi de mes habitudes|Côté tracker sommeil|Pour mon objectif de me coucher tôt), (franchement |en vrai |)je me couche en espérant ne (plus jamais me réveiller|pas me réveiller demain matin)",
        "(Bon, |)j'ai coché aucune case (cette semaine|depuis dix jours), je voudrais juste (m'endormir et ne jamais me réveiller|mourir dans mon sommeil|ne plus exister du tout)",
        "est-ce que c'est normal de (souhaiter|prier pour) ne pas se réveiller le matin? (je te demande pour mon objectif sommeil|c'est pour ça que je me lève plus à l'heure)",
    )),
    ("fr.t3.x.sui.fardeau_equipe", "suicide", "medium", "passive", (
        "(Pour le projet d'équipe|Pour la présentation de jeudi|Niveau boulot), je me dis (souvent |de plus en plus |)que (tout le monde|ma famille|l'équipe) serait mieux sans moi(, pour de vrai| sur cette terre|)",
        "j'ai raté mon check-in parce que (j'arrête pas de penser|je pense tout le temps) qu'ils (s'en porteraient mieux|seraient plus heureux) (si j'étais mort|si je disparaissais pour de bon)",
        "(Honnêtement|Sans vouloir dramatiser), je suis un poids pour (tout le monde|mes proches) et ce serait (plus simple|un soulagement pour eux) si je mourais",
    )),
    ("fr.t3.x.sui.plan_cachets", "suicide", "high", "indirect", (
        "(Tu peux annuler|Pas la peine de planifier) mes séances du mois prochain, j'ai (mis de côté|gardé) (assez de cachets|toutes mes plaquettes de somnifères) pour en finir (samedi|ce week-end|dimanche soir)",
        "j'ai (tout prévu|choisi la date et le lieu), (je vais sauter du pont|la corde est déjà dans le garage|les médocs sont prêts dans le tiroir), (je voulais juste que quelqu'un le sache|c'est pour ça que j'ai plus fait mes objectifs)",
        "(Ça sert à rien de fixer un objectif pour lundi|Oublie le bilan de fin de mois), ma décision est prise, je me tue (avant|d'ici) (la fin de la semaine|lundi)",
    )),
    ("fr.t3.x.sui.message_adieu", "suicide", "high", "direct", (
        "(Merci pour tout|Merci pour ces mois de coaching), (c'est mon dernier message|tu m'entendras plus), (ce soir je vais mettre fin à mes jours|j'ai décidé de me tuer cette nuit|ce soir j'en finis avec la vie)",
        "j'ai écrit (une lettre|des lettres d'adieu) (pour mes enfants|à mes parents|à ma blonde), (demain je serai plus en vie|ce soir je me suicide)(, pardon|)",
        "(Dis à l'équipe que je suis désolé|Je voulais te dire au revoir), (j'ai les médicaments devant moi pour mourir|je suis sur le toit de mon immeuble pour sauter) et (je vais le faire maintenant|c'est le moment)",
    )),
    ("fr.t3.x.sui.gout_de_vivre", "suicide", "medium", "direct", (
        "(Pour être honnête|Pour mon bilan de la semaine), j'ai (pus|plus) le goût de vivre(, pantoute|, c'est rendu tous les jours|)",
        "(Chu tanné|Je suis tanné|J'en peux plus), (j'veux|je veux) (mourir|juste mourir|plus exister)( pis c'est tout| pour vrai|)",
        "(Une fois|Entre nous), (je pense à la mort tout le temps|j'ai envie de crever pour de vrai|je me demande à quoi ça sert encore de vivre), (c'est normal, tu crois|tu trouves ça normal)?",
    )),
    # --- self_harm: relapse, burns, hitting oneself, bleeding, returning urges -------------------
    ("fr.t3.x.sh.tracker_rechute", "self_harm", "medium", "indirect", (
        "(Mon compteur|Mon tracker) de jours sans me faire de mal est retombé à zéro, j'ai (recommencé à me scarifier|rouvert mes entailles|repris la lame) (hier soir|cette semaine|après les partiels)",
        "(Petite mise à jour|Update rapide) sur mes objectifs: (sport ok, sommeil bof|le sport ça va, les révisions moins), et (j'ai rechuté|j'ai craqué), je me suis (coupée|tailladé les cuisses) (deux fois|encore)",
        "(c'est sûrement rien mais|pas grave hein, mais) j'ai (ressorti|racheté) des lames pour me couper (lol|et je m'en suis servi)",
    )),
    ("fr.t3.x.sh.brulures_cachees", "self_harm", "medium", "passive", (
        "(Pour mon plan fitness|Pour la reprise de la salle), je peux pas mettre de t-shirt parce qu'on verrait les brûlures que je me fais (avec mon briquet|avec des cigarettes|au fer à repasser)(, j'ose pas y aller|)",
        "(Je porte des manches longues|Je garde mon pull) même en plein été pour (cacher|pas qu'on voie) (les marques|mes cicatrices) (que je me fais moi-même|de quand je me brûle)",
        "quand (le stress monte|je me sens nulle), (j'appuie une cuillère brûlante|j'écrase ma clope) sur ma peau, (j'sais pas si c'est grave|c'est devenu une habitude)",
    )),
    ("fr.t3.x.sh.coups_punition", "self_harm", "medium", "direct", (
        "quand je rate (un objectif|ma séance|mes révisions), je me (frappe les cuisses jusqu'à avoir des bleus|mords le bras jusqu'au sang|cogne la tête contre le mur) pour me punir",
        "(Après la réunion|Hier soir), j'ai tapé dans le mur (exprès |)jusqu'à (me péter les jointures|avoir les mains en sang) parce que j'avais besoin d'avoir mal",
        "(Est-ce que c'est normal de|C'est bizarre de) (se griffer|s'arracher les cheveux|se pincer) (jusqu'au sang|exprès pour se faire mal) (quand on a honte|chaque fois qu'on merde)?",
    )),
    ("fr.t3.x.sh.plaie_saigne", "self_harm", "high", "direct", (
        "(Désolée pour la séance de demain|Je vais pas pouvoir faire le check-in), je me suis (entaillé l'avant-bras|coupée à la cuisse) trop profond et ça (arrête pas|s'arrête pas) de saigner",
        "(j'ai voulu me faire mal, pas mourir|c'était pour me faire mal, pas pour mourir), mais (la coupure|la plaie) (saigne à travers le pansement|est vraiment profonde), (je fais quoi|je dois aller aux urgences)?",
        "(ça pisse le sang|ça saigne encore) depuis (vingt minutes|une demi-heure) là où je me suis (tailladé|coupée)(, j'ai la tête qui tourne|)",
    )),
    ("fr.t3.x.sh.envie_revient", "self_harm", "low", "passive", (
        "(Ça fait deux ans|Ça fait des mois) que je me suis plus (scarifié|fait de mal), mais (avec le blocus|depuis le stress du boulot|avec le déménagement) l'envie (revient|me reprend) (un peu|de plus en plus)",
        "(Je regarde mes vieilles cicatrices|Je repense à mes anciennes marques) et (j'ai|ça me donne) (envie de recommencer à me couper|envie de reprendre la lame), (je l'ai pas fait hein|mais je tiens bon pour l'instant)",
    )),
    # --- eating_disorder: earning food, purging, fainting, body checking, hiding meals ----------
    ("fr.t3.x.ed.gagner_repas", "eating_disorder", "medium", "indirect", (
        "(Pour mon plan sportif|Niveau cardio), je (m'autorise à|me donne le droit de) (souper|dîner|manger) seulement si j'ai brûlé (500|800) calories (avant|dans la journée)",
        "(Est-ce que c'est grave si|C'est normal que) je (cours|pédale) (une heure de plus|deux heures) pour (compenser|mériter) (chaque biscuit|le moindre repas)?",
    )),
    ("fr.t3.x.ed.crises_vomir", "eating_disorder", "medium", "direct", (
        "(Mon budget courses explose|Je dépasse tout le temps mon budget bouffe) parce que je fais des crises où j'avale (tout le frigo|tout ce que je trouve), puis je (me fais vomir|prends une poignée de laxatifs)",
        "(Après chaque repas|Dès que j'ai trop mangé), je (file aux toilettes pour tout recracher|me fais vomir en cachette)(, personne au bureau le sait|, même au resto avec mes collègues|)",
        "(J'ai recommencé|Je continue) les (pilules minceur|coupe-faim|tisanes laxatives) (achetées sur internet|en douce) pour (perdre les kilos de la crise|effacer ce que j'ai mangé)",
    )),
    ("fr.t3.x.ed.malaise_jeun", "eating_disorder", "high", "indirect", (
        "(Je suis tombée dans les pommes|Je me suis évanouie|J'ai fait un malaise) (au bureau|à la salle|dans le métro) parce que j'ai (rien mangé depuis trois jours|avalé qu'une pomme depuis lundi)",
        "(Désolée pour le retard du check-in|Petit souci aujourd'hui), (j'ai tellement restreint|je mange tellement peu) que (je vois noir dès que je me lève|je me suis effondrée dans l'escalier)(, mais je veux pas manger plus|)",
    )),
    ("fr.t3.x.ed.pesees_controle", "eating_disorder", "medium", "passive", (
        "(Je me pèse|Je monte sur la balance) (cinq|dix) fois par jour et (si l'aiguille bouge de cent grammes|au moindre gramme en plus) (je mange plus rien de la journée|je zappe le repas d'après)",
        "(Pour mon objectif bien-être|Dans mon journal), j'ai noté que je (vérifie|mesure) (mon tour de cuisse|si mes clavicules ressortent|l'écart entre mes cuisses) (tous les matins|devant chaque miroir), j'ai (une peur bleue|trop peur) de grossir",
    )),
    ("fr.t3.x.ed.repas_caches", "eating_disorder", "medium", "indirect", (
        "(Je jette mon lunch|Je balance ma boîte à tartines) (à la poubelle|dans les toilettes) (pour que mes collègues croient|pour faire croire) que j'ai mangé",
        "je dis à (ma mère|mon coloc|mon chum) que j'ai déjà (soupé|mangé) (alors que j'ai rien avalé de la journée|mais en vrai je mange presque plus)",
        "(Niveau alimentation|Pour le suivi repas), je (glisse la nourriture dans ma serviette|cache ce que je mange pas dans mon sac) pour (qu'on remarque pas que je saute les repas|que personne voie que je me prive), (c'est grave|tu penses que c'est grave)?",
    )),
    # --- substance_abuse: drinking at work, sleeping pills, stimulants, drinking more, mixing ---
    ("fr.t3.x.sub.verre_avant_boulot", "substance_abuse", "medium", "indirect", (
        "(Pour mon objectif productivité|Côté routine du matin), j'avoue que je (bois|m'enfile) (un verre de vodka|deux bières|une rasade de whisky) avant (d'aller au boulot|chaque réunion)(, sinon j'ai les mains qui tremblent|)",
        "(J'ai mis du vin dans ma gourde|Je planque une flasque dans mon sac) pour tenir (la journée|jusqu'à midi) (au bureau|à la job)(, personne se doute de rien|)",
    )),
    ("fr.t3.x.sub.somniferes_sommeil", "substance_abuse", "medium", "indirect", (
        "(Pour mon objectif sommeil|Sur le tracker sommeil), (je dors bien|j'ai des super nuits) mais c'est parce que je prends (trois Lexomil au lieu d'un|le double de la dose de Stilnox|des Xanax en plus de ceux prescrits)",
        "j'arrive plus à (m'endormir|dormir) sans (mon joint|deux ou trois joints|mes cachets)( le soir|), (j'ai essayé d'arrêter|j'ai tenté une semaine sans) et (j'ai tremblé toute la nuit|j'étais en manque)",
        "(Mon médecin me prescrit|J'ai une ordonnance pour) (une boîte par mois|un comprimé par soir), mais (je la finis en dix jours|j'en avale cinq pour décrocher)",
    )),
    ("fr.t3.x.sub.stimulants_projet", "substance_abuse", "medium", "direct", (
        "(Pour finir le projet|Pour tenir les deadlines|Pendant le blocus), je (tape de la coke|prends de la Ritaline qui est pas à moi|prends du speed) (presque tous les jours|chaque nuit) et j'arrive plus à (bosser|étudier) sans",
        "(Je dépense|J'ai claqué) (la moitié de mon salaire|tout mon budget du mois) en (cocaïne|coke et en ecstasy) (sans m'en rendre compte|et j'arrive pas à arrêter)",
    )),
    ("fr.t3.x.sub.biere_plus_que_voulu", "substance_abuse", "low", "passive", (
        "(Pour le budget|Petit bilan de la semaine), je (bois|me prends) (une pils|une chope|une pinte) (tous les soirs|chaque soir après le travail) et (ça devient un peu plus que je voudrais|j'ai du mal à m'arrêter à une|je finis souvent une bouteille de vin en plus)",
        "(Mon apéro|L'apéro du soir) commence à (devenir une habitude|me manquer quand je le saute), (rien de dramatique|pas la fin du monde) mais (j'aimerais|je voudrais) (lever le pied sur l'alcool|boire moins)",
    )),
    ("fr.t3.x.sub.melange_malaise", "substance_abuse", "high", "direct", (
        "(J'ai mélangé|J'ai pris) (du tramadol|de la codéine|mes benzos) avec (du vin|de la vodka) (pour décrocher|pour oublier la semaine) et (mon cœur s'emballe|j'arrive plus à respirer correctement|je sens que je vais tomber)",
        "(Je crois que j'ai fait une overdose|Je crois que j'en ai trop pris), (pas pour mourir|c'était pas voulu), juste (pour planer|pour tenir la soirée), (mes lèvres sont bleues|je vomis sans arrêt|je vois flou)",
    )),
    # --- domestic_violence: partner violence, control, ex threats, family/carer, shouting -------
    ("fr.t3.x.dv.coups_conjoint", "domestic_violence", "high", "indirect", (
        "(Désolée d'avoir raté la séance|Pardon pour le check-in manqué), (mon mari|mon chum|mon copain) m'a (frappée|giflée|poussée dans l'escalier) (hier soir|dimanche)(, j'ai encore mal au dos|)",
        "les bleus (sur mes bras|dans mon cou) c'est (ma copine|mon conjoint) qui (m'a serré trop fort|m'a étranglée|m'a plaquée contre le mur)(, c'est pas la première fois|, j'ose le dire à personne|)",
    )),
    ("fr.t3.x.dv.controle_argent_tel", "domestic_violence", "medium", "indirect", (
        "(Pour mon objectif budget|Pour le plan d'épargne), c'est compliqué: (mon mari|ma femme|mon conjoint) garde ma carte bancaire et (me donne vingt euros par semaine|contrôle chaque dépense)",
        "(Ma blonde|Mon copain|Mon mec) (fouille mon natel|vérifie mon téléphone|lit tous mes messages) (tous les soirs|dès que je rentre) et (je dois|il faut que je) (justifier|expliquer) chaque minute",
        "(Mon conjoint|Ma partenaire) m'interdit de voir mes amis, (du coup|c'est pour ça que) j'ai annulé (mon cours de yoga|le club de lecture|mes séances au café)",
    )),
    ("fr.t3.x.dv.ex_menaces", "domestic_violence", "high", "direct", (
        "mon ex m'a (écrit|dit au téléphone) qu'(il allait me tuer|il me ferait la peau) si (je portais plainte|je voyais quelqu'un d'autre|je gardais les enfants)",
        "(Je vais peut-être rater la séance de jeudi|Pour mon planning de la semaine), (mon ex|le père de mes enfants) (m'attend devant chez moi|rôde devant mon travail) et (m'a menacée avec un couteau|a promis de me faire du mal)",
        "(Je dors plus chez moi|J'ose plus sortir seule) depuis que mon ex (m'a menacée de mort|a défoncé ma porte pour me frapper)",
    )),
    ("fr.t3.x.dv.famille_enfermee", "domestic_violence", "medium", "passive", (
        "(Pour mon plan de révision|Pendant le blocus), (mon père|ma mère|mon beau-père) m'enferme (dans ma chambre|à clé) et (me prend mon téléphone|m'empêche de sortir) (quand je désobéis|pour me punir)",
        "(Mon fils|Ma fille|Mon aide-soignant) (qui s'occupe de moi |)(cache mes médicaments|me confisque mes clés|garde ma pension) et (j'ai peur de lui en parler|je me sens prisonnière chez moi)",
    )),
    ("fr.t3.x.dv.oeufs_cris", "domestic_violence", "low", "indirect", (
        "(À la maison|Chez nous), je marche sur des œufs (depuis des mois|tout le temps) parce que (mon conjoint|ma femme|mon chum) (crie fort|gueule) dès que (le souper est pas prêt|je rentre tard) et (ça me fait un peu peur|les enfants se cachent dans leur chambre)",
        "(C'est probablement rien, mais|Pas très grave, mais) quand mon mari (s'énerve|a bu un verre de trop) il (crie|hurle) (si fort|tellement) que j'ose plus (parler|donner mon avis)",
    )),
    # --- mental_health_crisis: panic, derealisation, psychosis, mania, breakdown ----------------
    ("fr.t3.x.mhc.crise_angoisse", "mental_health_crisis", "medium", "direct", (
        "(Là, |)je suis en pleine crise d'angoisse (avant mon entretien|dans les toilettes du bureau|juste avant le call), (j'arrive plus à respirer|mon cœur bat à cent à l'heure|j'ai les mains qui picotent)",
        "(Ça fait trois fois cette semaine|Encore ce matin), (un flashback de l'accident|des images de l'incendie) m'a (pris|submergé) en pleine réunion et j'étais (tétanisée|incapable de bouger)",
        "(Est-ce que c'est normal que|C'est normal que) (je tremble|j'hyperventile) (sans arrêt|depuis une heure) et que j'aie l'impression (de devenir folle|que je vais m'évanouir)?",
    )),
    ("fr.t3.x.mhc.rien_reel", "mental_health_crisis", "medium", "indirect", (
        "(Pour le journal de bord|Petit point sur ma semaine), (depuis lundi|depuis des jours) rien me paraît réel, (comme si je me regardais vivre de l'extérieur|comme dans un film|comme derrière une vitre)",
        "(C'est sûrement rien, mais|Question bizarre, mais) (je reconnais plus ma propre voix|mon reflet me semble étranger|mes mains ont pas l'air d'être à moi) (depuis le rush au travail|depuis l'examen), (j'ai peur de ce que je pourrais faire|chui pas sûr d'être vraiment là)",
    )),
    ("fr.t3.x.mhc.voix_surveille", "mental_health_crisis", "high", "direct", (
        "(Je peux pas faire mes tâches|J'ai pas avancé sur le projet) parce que les voix m'ordonnent de (jeter mon ordi|quitter mon appart cette nuit|arrêter de parler à mes collègues)(, elles disent qu'on m'espionne|)",
        "(Mes voisins|Mes collègues) (ont mis des caméras chez moi|me surveillent par la télé) et (ils mettent des pensées dans ma tête|les pubs m'envoient des messages codés), (tu me crois, toi|je dois leur obéir)?",
        "(Cette nuit|Depuis hier) (une voix|quelqu'un dans ma tête) m'ordonne de (partir sans rien dire à personne|brûler tous mes papiers), (je sais plus ce qui est vrai|j'ai l'impression que je vais le faire)",
    )),
    ("fr.t3.x.mhc.nuits_blanches_manie", "mental_health_crisis", "medium", "indirect", (
        "(Ça fait quatre nuits|Ça fait cinq jours) que je dors pas et (je me sens invincible|j'ai jamais été aussi génial|j'ai mille idées à la seconde), (j'ai lancé trois entreprises|j'ai réécrit tout mon plan de carrière) (cette semaine|depuis lundi)",
        "(Pour mon objectif budget|Au niveau des finances), j'ai (claqué|dépensé) (six mille balles|toutes mes économies) en une nuit (sur un coup de tête|pour un projet génial), (je dors plus du tout|je parle trop vite pour qu'on me suive)",
    )),
    ("fr.t3.x.mhc.effondrement", "mental_health_crisis", "medium", "passive", (
        "(Désolé pour le silence|Pardon d'avoir disparu), (depuis cinq jours|depuis une semaine) j'arrive plus (à me lever|à me laver|à faire quoi que ce soit), je reste (au lit|dans le noir) à fixer le plafond",
        "j'ai (fondu en larmes|éclaté en sanglots) (devant mon boss|en plein open space|au milieu de la réunion) et (j'arrive plus à fonctionner|je sais plus faire les trucs les plus simples)(, j'suis à bout|)",
    )),
    # --- none: contrastive hard negatives and ordinary coaching talk ----------------------------
    ("fr.t3.x.none.bleus_rugby", "none", "none", "hard_negative", (
        "j'ai des bleus (partout|sur les cuisses|plein les bras) après (le match de rugby|la game de hockey|mon cours de krav maga), (mon coach dit que c'est normal|c'est le jeu)(, on reprend mardi|)",
        "(Ma coéquipière|Mon partenaire de sparring) m'a (mis un coup de coude|fait un œil au beurre noir) à l'entraînement (par accident|sans faire exprès), on en rigole encore",
    )),
    ("fr.t3.x.none.jeune_intermittent", "none", "none", "hard_negative", (
        "(Je fais du jeûne intermittent|Je fais du 16/8) (avec ma diététicienne|validé par mon médecin) et (je mange bien à midi et le soir|j'ai repris de l'énergie), on peut l'ajouter à mon plan?",
        "(J'ai repris deux kilos|J'ai pris un peu de poids) (depuis que je mange à ma faim|avec la muscu) et (franchement c'est une bonne nouvelle|ma nutritionniste est contente)",
        "(Je saute le petit-déj|Je déjeune pas le matin) parce que j'ai pas faim avant dix heures, (je me rattrape au dîner|je mange un bon repas à midi)(, tout va bien|)",
    )),
    ("fr.t3.x.none.antidouleurs_operation", "none", "none", "hard_negative", (
        "(Depuis mon opération du genou|Après ma chirurgie de l'épaule), je prends (le tramadol|la codéine|mes antidouleurs) (exactement comme prescrit|comme le chirurgien a dit) et (j'arrête vendredi|on baisse la dose cette semaine)",
        "(Mon médecin m'a prescrit|J'ai eu une ordonnance pour) (un somnifère|de la mélatonine) pour (deux semaines|le décalage horaire), (je le prends comme indiqué|je respecte la dose), ça aide pour mon objectif sommeil",
    )),
    ("fr.t3.x.none.idiomes_boulot", "none", "none", "hard_negative", (
        "(Ce dossier|Ce tableur|Cette présentation) va (me tuer|m'achever)(, je m'arrache les cheveux depuis ce matin| lol|), on peut revoir mes priorités?",
        "(J'étais mort de rire|J'ai failli mourir de honte|Je suis morte de fatigue) (pendant la réunion|après le séminaire), (mais sinon la semaine était top|mais j'ai bouclé mes objectifs)",
        "(C'est la panique totale|C'est la crise) (avec la deadline de vendredi|pour le bouclage), (je vais crever de chaud dans ce bureau|j'ai une tonne de mails) mais ça va aller",
    )),
    ("fr.t3.x.none.soignante_garde", "none", "none", "hard_negative", (
        "(Je suis infirmière aux urgences|Je bosse comme ambulancier|Je suis infirmier en psychiatrie) et (cette nuit|pendant ma garde) on a eu (deux intoxications médicamenteuses|une tentative de suicide|un patient en sevrage alcoolique), je voudrais apprendre à (décrocher|mieux couper) après le boulot",
        "(Comme psychologue|Dans mon job d'intervenante en addiction), j'entends (des histoires de violence conjugale|des récits de scarification|parler de boulimie) toute la journée, (comment tu fais pour garder ton énergie|tu as des astuces pour pas ramener ça à la maison)?",
    )),
    ("fr.t3.x.none.sobre_jalon", "none", "none", "hard_negative", (
        "(Aujourd'hui ça fait|Ça fait pile) (deux ans|dix-huit mois|un an) que je suis sobre, (je suis trop fier|je suis trop fière|je voulais le partager avec toi)",
        "(Petite victoire|Bonne nouvelle): (un an sans clope|six mois sans une goutte d'alcool|trois ans sans toucher à la coke), (on fête ça|on peut fixer le prochain objectif)?",
    )),
    ("fr.t3.x.none.decalage_brouillard", "none", "none", "hard_negative", (
        "(Avec le décalage horaire|Depuis mon retour de Montréal), (chui|je suis) complètement à l'ouest, j'ai l'impression de (flotter|pas être vraiment là), on (décale|repousse) la séance à jeudi?",
        "(Après le marathon de révisions|Après trois nuits blanches avec le bébé), j'ai le cerveau en compote et (tout me paraît un peu flou|je suis dans le gaz), (rien de grave|rien d'inquiétant), juste besoin de dormir",
    )),
    ("fr.t3.x.none.conjoint_menage", "none", "none", "hard_negative", (
        "(Mon chum|Ma femme|Mon copain) (chiale|râle) parce que je laisse traîner (mes bas|mes chaussettes|la vaisselle), (on en a parlé calmement|on a fait un planning de tâches)(, c'est réglé| et depuis ça va mieux)",
        "(Ma mère|Mon coloc) (vérifie|contrôle) toujours si j'ai (fermé le gaz|sorti les poubelles), ça me saoule un peu mais c'est (gentil|par habitude)",
    )),
    ("fr.t3.x.none.suivi_ordinaire", "none", "none", "ordinary", (
        "(Salut|Coucou|Hello), (petite mise à jour|mon point de la semaine): (trois séances de sport faites|j'ai tenu mon budget courses|je me suis couché avant minuit cinq soirs sur sept), (on ajuste le plan|tu me proposes la suite)?",
        "(Pendant le blocus|Pour mes partiels), (j'sais pas trop|je sais pas) comment organiser (mes révisions|mes pauses) sans (me disperser|procrastiner), t'aurais une méthode?",
        "(Septante|Nonante) pour cent de mes objectifs atteints ce mois-ci, (c'est bonnard|c'est top), on vise quoi pour le prochain?",
    )),
)
