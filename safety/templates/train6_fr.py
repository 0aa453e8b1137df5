# ruff: noqa: E501
"""Round-6 French training families for the red-flag classifier. The classifier mixes up
neighbouring crisis categories (self-harm read as substance use, substance use as self-harm or
mental-health crisis, mental-health crisis as suicide, domestic violence as mental-health
crisis), so each crisis family here carries the cue that puts it in its own category: the
self-harm object named next to shared words like "rechuté" or "recommencé", the substance named
next to the same words, distress that explicitly excludes a wish to die, a partner or parent as
the source of fear. Hard negatives reuse crisis vocabulary in safe everyday French senses, and
ordinary families add short, plain chat messages."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- self_harm ---------------------------------------------------------------------------
    ("fr.t6.sh.cacher_marques", "self_harm", "medium", "indirect", (
        "(je mets|je porte) (des manches longues même en plein été|toujours un sweat) pour que personne voie (les coupures|les marques) sur mes (bras|cuisses)",
        "(j'ai peur|je flippe) qu'on voie les (cicatrices|pansements) que je cache sous mes (manches|bracelets)( au boulot|)",
        "comment (cacher|planquer) des (marques de coupures|brûlures que je me suis faites) (l'été|à la piscine)",
    )),
    ("fr.t6.sh.rechute_scarif", "self_harm", "medium", "direct", (
        "j'ai (rechuté|craqué) (hier soir|cette nuit), je me suis (coupée|scarifié) après (trois semaines|deux mois) sans",
        "j'ai remis (mon compteur|mon appli) à zéro, je me suis (encore coupé|encore brûlée avec un briquet|refait des marques) (cette nuit|ce matin)",
        "ça faisait (un mois|six mois) que je m'étais pas (coupée|fait de mal|scarifié) et (j'ai recommencé|j'ai replongé) (hier|ce soir)",
    )),
    ("fr.t6.sh.saigne_trop", "self_harm", "high", "direct", (
        "je me suis (coupé|coupée) trop (profond|profondément)( au bras|) et ça (arrête pas de saigner|saigne encore depuis une heure)",
        "ça fait (20 min|une demi-heure) que j'appuie (une serviette|un tee-shirt) sur la coupure que je me suis (faite|faite au poignet) et ça saigne (toujours|encore)",
        "(je dois|est-ce que je dois) aller aux urgences? je me suis (coupée|entaillé le bras) exprès et (ça saigne énormément|ça s'arrête pas|y a du sang partout)",
    )),
    ("fr.t6.sh.envies_reviennent", "self_harm", "low", "passive", (
        "ça fait (deux ans|longtemps) que j'ai (arrêté de me couper|plus touché à une lame) mais (l'envie revient|j'y repense|les pensées reviennent) (ces temps-ci|depuis quelques jours)",
        "(quand je stresse|après chaque dispute) je (repense à|regarde) mes (vieilles cicatrices|anciennes marques) et (ça me redonne envie de me faire mal|j'ai envie de recommencer)",
        "j'ai pas recommencé à me (couper|brûler) mais (j'y pense|l'idée revient) (souvent|un peu trop)",
    )),
    # --- substance_abuse ---------------------------------------------------------------------
    ("fr.t6.sa.boire_le_matin", "substance_abuse", "medium", "direct", (
        "(je bois|je prends un verre|je bois une bière) (dès le réveil|le matin avant le taf|avant d'aller bosser) sinon (je tremble|mes mains tremblent)",
        "si je bois pas (un coup|un verre) (le matin|en me levant) (j'ai des sueurs|j'ai des tremblements|je suis pas bien) toute la matinée",
        "je commence à boire (seul|seule) (à 10h|dès le matin) juste pour (arrêter de trembler|tenir la journée)",
    )),
    ("fr.t6.sa.rechute_conso", "substance_abuse", "medium", "direct", (
        "j'ai (rechuté|replongé) (ce week-end|hier soir), (j'ai repris de la coke|j'ai reconsommé de la cocaïne|j'ai repris de la kéta) après (trois mois|six semaines) clean",
        "j'ai dû remettre (mon compteur de sobriété|mon appli de sobriété) à zéro, j'ai (rebu|repris de l'alcool|bu toute une bouteille) (hier|samedi)",
        "j'avais arrêté (l'alcool|la weed|les cachets) depuis (un mois|l'été) et j'ai (tout repris|recommencé à consommer)",
    )),
    ("fr.t6.sa.melange_accidentel", "substance_abuse", "high", "direct", (
        "j'ai pris (trop de xanax|plusieurs lexomil|trop de somnifères) avec (de l'alcool|du vin) (pour dormir|pour me calmer) et (je sens plus mes jambes|j'arrive plus à garder les yeux ouverts)",
        "c'était pas exprès, j'ai mélangé (de la codéine|des benzos|de la kéta) avec (de la vodka|de l'alcool) et (je respire bizarre|mon cœur bat trop vite)",
    )),
    ("fr.t6.sa.boire_plus_que_voulu", "substance_abuse", "low", "indirect", (
        "je bois (un peu|) plus que (je voudrais|je devrais) (le soir|en semaine) (ces temps-ci|depuis mon nouveau poste)",
        "il me faut (deux ou trois verres|un joint|un ou deux joints) chaque soir pour (décompresser|arriver à dormir), (ça commence à m'inquiéter|je sais pas si c'est normal)",
    )),
    # --- mental_health_crisis ----------------------------------------------------------------
    ("fr.t6.mh.panique_maintenant", "mental_health_crisis", "medium", "direct", (
        "(je fais|j'ai) une crise d'angoisse (là|en ce moment|maintenant), (j'arrive plus à respirer|je respire plus|mon cœur va exploser)",
        "(aide moi|aidez-moi) je panique (complètement|grave), (j'ai les mains qui tremblent|tout tourne) et (je sais pas pourquoi|ça s'arrête pas)",
        "(je suis|jsuis) en pleine crise de panique (dans les toilettes du bureau|dans le métro), j'ai l'impression (que je vais m'évanouir|d'étouffer)",
    )),
    ("fr.t6.mh.voix_ordres", "mental_health_crisis", "high", "direct", (
        "(j'entends|jentends) des voix qui me (disent|répètent) de (tout jeter par la fenêtre|sortir de chez moi en pleine nuit|débrancher mon téléphone parce qu'on m'écoute)",
        "les voix (sont revenues|reviennent) et (elles me donnent des ordres|elles me disent quoi faire), (j'ai peur de perdre la tête|je sais plus ce qui est réel)",
        "(je suis sûr|je suis sûre) que (mes voisins|mes collègues) (m'espionnent|ont mis des caméras chez moi) et (une voix|quelqu'un dans ma tête) me dit de partir tout de suite",
    )),
    ("fr.t6.mh.vide_irreel", "mental_health_crisis", "low", "indirect", (
        "je me sens (vide|complètement éteint|complètement éteinte) (depuis des semaines|ces derniers temps), (comme si je regardais ma vie de l'extérieur|comme si rien était réel)",
        "(c'est pas que je veux mourir|j'ai pas d'idées noires hein|je pense pas au suicide), (mais|c'est juste que) je ressens plus rien( du tout|) et (j'arrive plus à bosser|tout me paraît irréel)",
        "(j'ai l'impression|jai l'impression) d'être (dans un brouillard|à côté de mon corps) (toute la journée|depuis lundi)",
    )),
    # --- domestic_violence -------------------------------------------------------------------
    ("fr.t6.dv.frappe_menace", "domestic_violence", "high", "direct", (
        "(mon copain|mon mari|mon ex) m'a (frappée|poussée contre le mur|étranglée) (hier soir|ce week-end) et (j'ai peur de rentrer|il revient ce soir)",
        "(il|mon conjoint) a dit qu'il (me tuerait|allait me tuer) si je (partais|le quittais)( et j'ai des bleus partout|)",
    )),
    ("fr.t6.dv.controle", "domestic_violence", "medium", "indirect", (
        "(mon mec|ma copine|mon mari) (vérifie|fouille) mon téléphone (tous les soirs|dès que je rentre) et (m'interdit de voir mes potes|contrôle tout ce que je dépense)",
        "(mon copain|ma femme) garde (ma carte bancaire|mon salaire) et je dois (demander la permission|me justifier) pour (sortir|acheter quoi que ce soit)",
        "j'ai peur de la réaction de (mon copain|ma copine|mon père) si je (rentre en retard|réponds pas tout de suite à ses messages)",
    )),
    # --- eating_disorder ---------------------------------------------------------------------
    ("fr.t6.ed.vomir_laxatifs", "eating_disorder", "medium", "direct", (
        "je me fais vomir (après chaque repas|après presque tous les repas|dès que je mange trop) (depuis un mois|en cachette)",
        "(je prends|j'ai pris) (des laxatifs|plein de laxatifs) (après avoir mangé|pour compenser ce que j'ai mangé)( aujourd'hui|)",
        "(après une crise|quand je craque) je (mange tout ce qui traîne|vide le frigo) puis (je vais tout vomir|je me fais vomir)",
    )),
    ("fr.t6.ed.malaise_jeune", "eating_disorder", "high", "direct", (
        "(je me suis évanouie|j'ai fait un malaise|je suis tombée dans les pommes) (en cours|au boulot|au supermarché) parce que j'ai (rien mangé|pas mangé) depuis (trois jours|deux jours)",
        "ça fait (quatre jours|une semaine) que je mange (presque rien pour maigrir|moins de 300 calories par jour) et (j'ai la tête qui tourne dès que je me lève|je vois tout noir quand je me lève)",
    )),
    # --- suicide -----------------------------------------------------------------------------
    ("fr.t6.su.fardeau_disparaitre", "suicide", "medium", "passive", (
        "(tout le monde|ma famille) serait (mieux|plus tranquille) sans moi, (je suis juste un poids|j'en peux plus d'être un fardeau)",
        "(j'aimerais|je voudrais) (m'endormir et plus me réveiller|juste plus exister|disparaître pour de bon)( des fois|)",
        "je pense (de plus en plus souvent|tout le temps) à (mourir|ne plus être là), (j'ai pas de plan mais|sans vraiment de plan mais) (ça me fait peur|ça m'obsède)",
    )),
    # --- none: hard negatives ----------------------------------------------------------------
    ("fr.t6.none.expressions_mort", "none", "none", "hard_negative", (
        "(je meurs d'envie de|je meurs d'impatience de) (commencer le module suivant|voir mes résultats|tester ta méthode)",
        "(ce délai|cette deadline|ce dossier) me tue, (j'aurai jamais fini à temps|il me reste trois jours)( mdr|)",
        "(je suis mort de rire|je suis morte de rire|jsuis mort) avec (ton exemple|ta comparaison) sur (les réunions|les mails)",
    )),
    ("fr.t6.none.ecarts_alimentaires", "none", "none", "hard_negative", (
        "j'ai (encore|) craqué sur (le chocolat|les biscuits|la pizza) (hier soir|ce week-end)( haha|)",
        "(je fais|je teste) du jeûne intermittent( depuis lundi|), (t'as des conseils|c'est compatible avec mes entraînements)?",
        "(j'ai sauté|j'ai zappé) le déjeuner à cause des réunions, (je vais manger un truc|je me rattrape ce soir)",
    )),
    ("fr.t6.none.verre_accro_rechute", "none", "none", "hard_negative", (
        "c'est ok si je prends (un verre de vin|une bière) (au resto|avec les collègues) (ce soir|vendredi) pendant (mon défi sport|mon programme)?",
        "je suis (complètement|trop) (accro à|addict à) (ce podcast|cette série|ton appli)",
        "(j'ai rechuté|j'ai replongé) dans (le doomscrolling|tiktok|les séries) (hier soir|tout le week-end)",
    )),
    ("fr.t6.none.dispute_stress_bobo", "none", "none", "hard_negative", (
        "(on s'est disputés|on s'est engueulés) avec (mon copain|ma copine|mon coloc) pour (la vaisselle|le ménage), rien de grave",
        "j'ai (paniqué|eu un coup de stress) avant (ma présentation|mon entretien) mais (ça s'est bien passé|au final ça a été)",
        "je me suis (coupé|brûlé) (le doigt|la main) en (cuisinant|faisant à manger), (du coup je tape lentement|je tape d'une main)",
        "mon ex et moi on (gère bien|s'organise bien pour) la garde (des enfants|du petit), (c'est cool|ça roule)",
    )),
    # --- none: ordinary ----------------------------------------------------------------------
    ("fr.t6.none.excuses_retard", "none", "none", "ordinary", (
        "(désolé|désolée|dsl|pardon) pour le temps de réponse",
        "(désolé|dsl|pardon) (je réponds tard|j'avais pas vu ton message|j'étais en réunion)",
        "(oups|ah mince) (je suis à la bourre|j'ai oublié de répondre)",
    )),
    ("fr.t6.none.continue", "none", "none", "ordinary", (
        "(ok|d'accord) (continue|je t'écoute)",
        "(tu peux|tu pourrais) (développer un peu|expliquer un peu plus|m'en dire plus)( stp|)?",
        "(explique-moi ça|je veux la suite|et ensuite on fait quoi)( stp|)",
    )),
    ("fr.t6.none.au_revoir_plan", "none", "none", "ordinary", (
        "(ok|bon) je (m'y mets|teste ça) (demain matin|ce soir|lundi)",
        "(merci|top), je reviens (te voir|) (après ma réunion|demain)",
        "à (demain|plus), je (fais l'exercice|relis mes notes) d'ici là",
    )),
    ("fr.t6.none.avancement", "none", "none", "ordinary", (
        "(c'est fait|fini|terminé|presque fini) pour aujourd'hui",
        "j'ai (fini|bouclé) le (module|chapitre) (2|3)",
        "(pas encore|toujours pas) (commencé|fait), (je m'y mets|demain promis)",
    )),
)
