# ruff: noqa: E501
"""Round-7 French training families for the red-flag classifier: self-harm told indirectly or
inside coaching talk, mental-health crises that mention treatment, a psychiatrist, hospital or
no sleep without any misuse, domestic violence where the injuries or food rules come from a
partner or parent, laxatives and diet pills as an eating disorder, and ordinary French coaching
talk with strong words (craquer, crever, mourir de, j'en peux plus) to cut false alarms."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- self_harm ---
    ("fr.t7.self_harm.checkin_excuse", "self_harm", "medium", "indirect", (
        "(désolé|désolée|dsl) pour le point (raté|manqué)( de lundi|), je me suis (encore|de nouveau) fait du mal (dimanche|ce week-end)",
        "j'ai pas tenu mes objectifs cette semaine, j'ai (recommencé à me faire du mal|encore abîmé mes bras|recommencé à me griffer jusqu'au sang)",
    )),
    ("fr.t7.self_harm.relapse_blade", "self_harm", "medium", "direct", (
        "j'étais (sans me couper|sans toucher à une lame|sans me scarifier) depuis (deux semaines|un mois|40 jours) et j'ai (rechuté|craqué) (hier soir|cette nuit)",
        "mon compteur de jours sans (scarification|me couper) est retombé à zéro( ce matin|)",
        "(j'ai|jai) des grosses envies de me couper (depuis la séance|depuis hier), je sais pas comment tenir",
    )),
    ("fr.t7.self_harm.wound_bleeding", "self_harm", "high", "direct", (
        "je me suis (coupé|coupée) trop profond( au bras| à la cuisse|) et ça (saigne encore|saigne toujours)",
        "(aide moi|aidez moi|svp), la coupure que je me suis faite (tout à l'heure|ce soir) s'arrête pas de saigner",
        "je me suis (brûlé|brûlée) exprès avec (un briquet|le fer à repasser) et la plaie est (énorme|toute ouverte), je fais quoi",
    )),
    ("fr.t7.self_harm.old_urges_back", "self_harm", "low", "indirect", (
        "ça fait (un an|deux ans|des mois) que je me fais plus de mal mais (l'envie revient|j'y repense) (ces temps-ci|depuis quelques jours)",
        "mes vieilles cicatrices (aux poignets|sur les bras) me (démangent|rappellent des trucs) et l'idée de (recommencer|reprendre la lame) me trotte dans la tête",
    )),
    # --- mental_health_crisis ---
    ("fr.t7.mhc.no_sleep_racing", "mental_health_crisis", "medium", "direct", (
        "ça fait (trois|quatre|cinq) nuits que je dors (pas|plus du tout) et mes pensées (vont trop vite|s'arrêtent pas)",
        "je prends (bien|correctement) mon traitement (comme prescrit|comme mon psychiatre a dit) mais je dors plus depuis (des jours|trois jours) et j'ai l'impression de perdre la tête",
    )),
    ("fr.t7.mhc.voices_psychiatrist", "mental_health_crisis", "high", "direct", (
        "mon psychiatre (répond pas|est en congé|est injoignable) et (j'entends des voix|les voix sont là) qui me disent de (sortir dans la rue en pleine nuit|tout casser chez moi)",
        "(les voix sont revenues|j'entends à nouveau les voix), elles m'ordonnent de (quitter l'appart|partir loin) (maintenant|tout de suite), je dois aller à l'hôpital?",
    )),
    ("fr.t7.mhc.meds_numb", "mental_health_crisis", "low", "indirect", (
        "depuis que (mon psy|ma psychiatre) a changé mon traitement je me sens (vide|éteint|éteinte), j'arrive plus à (avancer sur mes objectifs|me motiver)",
        "mon médecin m'a mis sous (antidépresseurs|un nouveau traitement) et (je sens plus rien|tout me paraît gris), (c'est normal|ça va passer)?",
        "je vois (mon psychiatre|ma psy) (jeudi|la semaine prochaine) mais en attendant j'ai l'impression que rien va jamais changer",
    )),
    # --- domestic_violence ---
    ("fr.t7.dv.partner_food_rules", "domestic_violence", "medium", "direct", (
        "mon (copain|mari|conjoint) décide (de ce que je mange|combien je mange) et (me pèse tous les matins|m'engueule si je prends un gramme)",
        "(ma mère|mon père) me pèse (chaque dimanche|tous les soirs) et me prive de dîner si (le chiffre monte|j'ai pris du poids)",
        "j'ose plus manger devant (lui|mon copain) parce qu'il (compte mes calories|vérifie mon assiette) et (ça finit en cris|il me menace)",
    )),
    ("fr.t7.dv.bruises_from_him", "domestic_violence", "high", "direct", (
        "les bleus (sur mes bras|dans mon cou) c'est pas (le sport|une chute), c'est (mon copain|mon ex|mon mari) (hier soir|ce week-end)",
        "il m'a (poussée contre le mur|serrée à la gorge) et j'ai peur de rentrer ce soir",
    )),
    # --- eating_disorder ---
    ("fr.t7.ed.laxatives_pills", "eating_disorder", "medium", "direct", (
        "je prends des (laxatifs|coupe-faim|pilules minceur) (après chaque repas|tous les jours) pour (pas grossir|compenser ce que je mange)",
        "j'ai (doublé|triplé) la dose de laxatifs (cette semaine|depuis lundi) pour perdre (du poids|encore deux kilos) avant (la pesée|l'été)",
    )),
    # --- none / hard_negative ---
    ("fr.t7.none.craquer_snack", "none", "none", "hard_negative", (
        "j'ai (craqué|encore craqué) sur (le chocolat|les chips|une pizza) hier soir, comment je (reprends mon plan|me remets sur les rails)?",
        "(grosse journée|semaine de fou), j'ai failli craquer en réunion mais (ça s'est bien fini|j'ai gardé mon calme)",
        "je (craque|craque complètement) pour (ce nouveau carnet|cette appli de suivi), trop bien pour mes objectifs",
    )),
    ("fr.t7.none.creve_reschedule", "none", "none", "hard_negative", (
        "je suis (crevé|crevée|mort|morte) après (ma garde de nuit|cette semaine de boulot|le déménagement), on peut décaler (la séance|notre point)?",
        "(je suis|jsuis) complètement (crevé|crevée) ce soir, je fais (juste dix minutes|la version courte) de ma routine, ça compte quand même?",
    )),
    ("fr.t7.none.mourir_de", "none", "none", "hard_negative", (
        "je meurs de (faim|chaud|sommeil) pendant mes (réunions|cours du matin), des astuces pour (tenir|rester concentré)?",
        "(mdr|haha) je suis (morte|mort) de rire, mon chef a (renversé son café|oublié sa propre réunion)",
    )),
    ("fr.t7.none.dossier_tue", "none", "none", "hard_negative", (
        "j'en peux plus de ce (dossier|rapport|projet), (il me tue|il m'achève), vivement (vendredi|les vacances)",
        "ce (tableur|client) va me tuer, je (le finis|l'envoie) (ce soir|demain) et après je souffle",
    )),
    ("fr.t7.none.prescribed_tablets", "none", "none", "hard_negative", (
        "mon médecin m'a prescrit des (comprimés pour la tension|cachets pour la thyroïde), je les prends (le matin|le soir) ou c'est pareil pour ma routine?",
        "est-ce que je peux (courir|aller à la salle) avec mon (traitement|antibiotique) ou il vaut mieux (attendre|faire une pause)?",
        "je cherche une astuce pour pas oublier (mes comprimés|mon cachet) du (matin|soir), (une alarme|un pilulier) ça marche?",
    )),
    ("fr.t7.none.fasting_partner_cooks", "none", "none", "hard_negative", (
        "je fais du jeûne intermittent (16/8|18/6), (des conseils|une astuce) pour tenir jusqu'à midi?",
        "mon (copain|mari|coloc) fait la cuisine (tous les soirs|le week-end) et c'est (trop bon|super riche), comment je garde mon (rééquilibrage|régime) sans le vexer?",
    )),
    ("fr.t7.none.drink_friends", "none", "none", "hard_negative", (
        "un (verre|apéro) avec (les collègues|des potes) (vendredi|ce soir), ça casse mon défi (sans sucre|du mois)?",
        "j'ai bu (une bière|un verre de vin) avec (mes amis|ma sœur) hier, je note ça dans mon suivi ou pas?",
    )),
    ("fr.t7.none.bruise_sport", "none", "none", "hard_negative", (
        "j'ai un (gros bleu|énorme bleu) (au genou|sur la cuisse) depuis (le match de foot|le cours de boxe), je reprends l'entraînement quand?",
        "(haha|lol) je me suis (cogné|cognée) (au mur d'escalade|au basket) et j'ai un bleu violet, mais (la séance était top|je lâche rien)",
    )),
    # --- none / ordinary ---
    ("fr.t7.none.goal_plan", "none", "none", "ordinary", (
        "(mon objectif|mon but) ce mois-ci c'est de (courir deux fois par semaine|lire vingt minutes par jour|apprendre cinquante mots d'espagnol), (on fait un plan|tu m'aides à le découper)?",
        "je voudrais (enfin |)(passer mon permis|finir ma formation en ligne) avant (l'été|la rentrée)",
    )),
    ("fr.t7.none.habit_tracking", "none", "none", "ordinary", (
        "j'ai tenu ma routine du matin (cinq|six) jours sur sept, (content|contente|plutôt fier|plutôt fière) de moi",
        "comment je fais pour (boire plus d'eau|me coucher plus tôt|moins scroller le soir) sans oublier?",
        "(des idées|une astuce) pour (garder|installer) l'habitude de (méditer|marcher) le matin?",
    )),
    ("fr.t7.none.work_prep", "none", "none", "ordinary", (
        "j'ai (un entretien|une présentation|une réunion importante) (jeudi|la semaine prochaine), tu peux m'aider à (préparer|organiser) mes idées?",
        "mon (manager|chef) m'a proposé (un nouveau projet|plus de responsabilités), comment (je négocie|je m'organise)?",
    )),
    ("fr.t7.none.week_planning", "none", "none", "ordinary", (
        "(aide-moi|tu peux m'aider) à planifier ma semaine, j'ai (trois réunions|beaucoup de déplacements) et (le sport|mes cours du soir)",
        "je fais mon planning (du dimanche|de la semaine), (je commence par quoi|tu as une méthode)?",
        "on peut (caler|fixer) notre prochain point (mardi|jeudi) (à 18h|en fin de journée)?",
    )),
)
