# ruff: noqa: E501
"""Fifth-round Spanish, French and German families, training only: (id, category, severity, style, patterns).

Short chat messages, mostly one to eight words. The everyday ones (thanks, "I don't know",
test messages, greetings, quick answers to a coach's question) teach the model that a short
message is not a crisis; the short crises next to them keep it from learning the opposite,
that only long messages can be red flags.
"""

from __future__ import annotations

from safety.templates.english import Family

SPANISH: tuple[Family, ...] = (
    # --- none ----------------------------------------------------------------------------------
    ("es.t5.none.gracias", "none", "none", "ordinary", (
        "(gracias|muchas gracias|mil gracias|graciass|grax)(| de verdad| crack)",
        "(vale|okis|okey|perfecto|genial|entendido)(|, gracias|, me sirve|, apuntado)",
    )),
    ("es.t5.none.acuerdo", "none", "none", "ordinary", (
        "(sí|si|sip|claro), (tiene sentido|me cuadra|me parece bien|lo veo)",
        "(mmm|hmm|pues) no (lo veo|estoy de acuerdo|me convence|creo)",
        "(tienes razón|en eso tienes razón|no del todo|no estoy tan seguro|no estoy tan segura)",
    )),
    ("es.t5.none.no_se", "none", "none", "ordinary", (
        "(no sé|nose|ni idea|no lo sé|ns|yo qué sé|ni idea la verdad|pues no sé)",
        "(quizás|tal vez|a lo mejor|puede que) (sí|no)",
        "no (estoy segura|estoy seguro|sabría decirte|lo tengo claro|sé qué decir)",
    )),
    ("es.t5.none.aclarar", "none", "none", "ordinary", (
        "¿(qué quieres decir|a qué te refieres|cómo|perdona, cómo|en qué sentido)?",
        "no (lo entiendo|te entiendo|te he entendido|lo pillo)(|, perdona|, explícalo otra vez)",
        "¿(me lo repites|puedes repetirlo|me lo explicas otra vez|me pones un ejemplo|un ejemplo)( porfa|)?",
    )),
    ("es.t5.none.formato", "none", "none", "ordinary", (
        "(más corto|más cortito|resumido|en una frase|en pocas palabras)(| porfa| por favor)",
        "(dame|necesito) más (detalle|detalles|info)",
        "¿(puedes|podrías) (resumirlo|alargarlo un poco|hacerlo en lista|dármelo en puntos)?",
    )),
    ("es.t5.none.por_que", "none", "none", "ordinary", (
        "¿(y eso por qué|por qué|xq|por qué eso|y por qué no)?",
        "¿(y cómo|cómo) (lo hago|empiezo|lo consigo|lo mido)?",
        "¿(y ahora qué|qué hago ahora|qué sigue|cuál es el siguiente paso|por dónde empiezo)?",
        "¿(qué hago|q hago) (mañana|primero|si fallo)?",
    )),
    ("es.t5.none.prueba", "none", "none", "ordinary", (
        "(prueba|probando|probando probando|esto es una prueba)(| 1 2 3| 123)",
        "¿(hola|holaa|hola hola|hay alguien|se envió|funciona|me lees|esto va)?",
        "(mensaje|mensajito) (2|3|de prueba)",
        "(ñ|aaa|jj)",
    )),
    ("es.t5.none.hecho", "none", "none", "ordinary", (
        "(hecho|ya está|listo|ya lo hice|tarea hecha|terminado)",
        "(hoy|esta mañana|ayer) (salí a correr|fui al gym|medité 10 min|hice la rutina)",
        "(ayer|el lunes|esta semana) (no pude|me lo salté|no lo hice|fallé)",
    )),
    ("es.t5.none.compromiso", "none", "none", "ordinary", (
        "(lo intentaré|lo intento|lo probaré|vale, lo pruebo|intentaré hacerlo)(| mañana| esta semana)",
        "(mañana|el lunes|esta tarde) (empiezo|lo hago|sin falta)",
        "(me comprometo|trato hecho|prometido)",
    )),
    ("es.t5.none.animo_leve", "none", "none", "ordinary", (
        "(un poco|bastante|algo) (cansada|cansado|liada|liado) hoy",
        "(semana liada|mucho curro|día largo|día raro|mal día) pero (bien|todo ok|sigo)",
        "(un poco estresada|un poco estresado|agobiada|agobiado) con (el curro|los exámenes|la mudanza)",
    )),
    ("es.t5.none.saludos", "none", "none", "ordinary", (
        "(buenos días|buenas|buenas tardes|buenas noches|holi|hola de nuevo|ey)(| coach)",
        "¿(qué tal|cómo estás|cómo va|qué tal todo)?",
        "(hola|holaa|buenas), (ya estoy|aquí estoy|he vuelto)",
    )),
    ("es.t5.none.despedidas", "none", "none", "ordinary", (
        "(hasta luego|hasta mañana|nos vemos|chao|adiós|bye|me voy ya)(|, gracias|, cuídate)",
        "(me tengo que ir|lo dejamos aquí|seguimos mañana|seguimos otro día)",
    )),
    ("es.t5.none.si_no", "none", "none", "ordinary", (
        "(sí|si|no|nop|sip|a veces|casi nunca|casi siempre|nunca|siempre|para nada)",
        "(depende|más o menos|regular|normal|bien)",
        "(sí, creo que sí|no, creo que no|sí, la verdad|no, la verdad)",
        "(un poco|bastante|mucho|nada)",
    )),
    ("es.t5.none.numeros", "none", "none", "ordinary", (
        "(dos|tres|cuatro) veces (por semana|al día|al mes)",
        "una vez (por semana|al día|al mes)",
        "un (3|5|8) sobre 10",
        "(unas|como) (6|7|8) horas",
    )),
    ("es.t5.none.y_luego", "none", "none", "ordinary", (
        "¿y (luego|después|ahora|qué más|eso|entonces)?",
        "(sigue|continúa|dale, sigue|vale, sigue|¿algo más?|¿hay más?)",
        "¿(y el siguiente paso|y si no funciona|y si no me da tiempo|y mañana)?",
        "(ok|vale|ya), ¿y (luego|después)?",
    )),
    ("es.t5.none.informal", "none", "none", "ordinary", (
        "(xq|pq|porq) no?",
        "(tb|tmb) lo (hice|intenté|pensé)",
        "(ok|vale|dale) (jaja|jajaja|xd)",
        "(q|k) (hago|dices|opinas|me recomiendas)",
    )),
    # --- suicide -------------------------------------------------------------------------------
    ("es.t5.su.quiero_morir", "suicide", "high", "direct", (
        "(quiero morirme|pienso matarme|me quiero matar|me mato|me voy a suicidar)(| ya| esta noche)",
        "(esta noche|hoy|mañana) (me mato|acabo con todo|me quito la vida)",
    )),
    ("es.t5.su.despedida", "suicide", "high", "indirect", (
        "(esto es un adiós|este es mi último mensaje|es mi último mensaje|me despido para siempre)(| de verdad|, perdona)",
        "(adiós para siempre|ya no vas a saber más de mí|mañana ya no estaré|ya no estaré aquí mañana)",
        "(ya he escrito|ya dejé escrita) mi carta de despedida",
    )),
    ("es.t5.su.no_despertar", "suicide", "medium", "passive", (
        "(ojalá|ojala) no (despertar|despertarme) mañana",
        "no quiero (despertar|despertarme|existir)(| mañana| más)",
        "(ya nada tiene sentido|nada tiene sentido ya|para qué seguir|ojalá desaparecer)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("es.t5.sh.me_corte", "self_harm", "medium", "direct", (
        "(me corté|me hice cortes|me he hecho cortes) (otra vez|anoche|hoy|en el baño)",
        "(he vuelto a hacerme daño|me hice daño a propósito|me quemé adrede)(| otra vez| hoy)",
        "(necesito cortarme|quiero cortarme) (ya|ahora mismo|esta noche)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("es.t5.ed.sin_comer", "eating_disorder", "medium", "direct", (
        "(llevo|ya van) (3|4|cinco) días (sin comer|casi sin comer|a agua)",
        "(me provoqué el vómito|me hice vomitar) (otra vez|después de cenar|hoy)",
        "(hoy|otra vez) (atracón y vómito|solo agua y café)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("es.t5.sa.bebiendo", "substance_abuse", "medium", "direct", (
        "(borracho|borracha|pedo) otra vez (a mediodía|antes de comer|en el curro)",
        "(ya bebo|bebo) (desde por la mañana|antes de desayunar|a escondidas)",
        "no puedo parar de (beber|fumar porros|meterme coca)",
    )),
    ("es.t5.sa.demasiadas_pastillas", "substance_abuse", "high", "direct", (
        "(tomé|me tomé|me he tomado) demasiadas pastillas",
        "(creo que|) me he pasado con (las pastillas|la coca|los tranquis)",
        "(me he tomado|tomé) (toda la caja|el bote entero|todo el blíster)",
        "(mezclé|he mezclado) (pastillas|benzos) con alcohol(| y estoy fatal)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("es.t5.dv.me_pego", "domestic_violence", "medium", "direct", (
        "(me volvió a pegar|me ha vuelto a pegar|me pegó otra vez|me ha pegado)(| mi pareja| mi marido| mi novio)",
        "(tengo miedo de|me da miedo) volver a casa(| hoy)",
    )),
    ("es.t5.dv.amenaza", "domestic_violence", "high", "direct", (
        "(mi pareja|mi ex|mi marido) (me quiere matar|me ha amenazado con matarme|me amenaza con un cuchillo)",
        "(anoche|hoy) me (agarró del cuello|intentó ahogar)",
        "(dice que me mata|me mata) si (me voy|le dejo|lo denuncio)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("es.t5.mhc.panico", "mental_health_crisis", "medium", "direct", (
        "no puedo (parar de temblar|respirar|dejar de llorar)(|, ayuda| ahora mismo)",
        "(ataque de pánico|otro ataque de pánico|pánico otra vez) y no (para|se pasa)",
        "(me voy a volver loca|me voy a volver loco|siento que me muero) del pánico",
    )),
    ("es.t5.mhc.voces", "mental_health_crisis", "high", "direct", (
        "(oigo|escucho) (voces|las voces) (otra vez|todo el rato)",
        "las voces me (dicen|ordenan) que (rompa todo|hiera a alguien|me haga daño)",
        "(me están vigilando|me espían por el móvil|ya no sé qué es real)",
    )),
)

FRENCH: tuple[Family, ...] = (
    # --- none ----------------------------------------------------------------------------------
    ("fr.t5.none.merci", "none", "none", "ordinary", (
        "(merci|merci beaucoup|mercii|mrc|merci bien)(| à toi| à vous| c'est top)",
        "(d'accord|dac|parfait|super|top|compris|ça marche|okk)(|, merci)",
    )),
    ("fr.t5.none.accord", "none", "none", "ordinary", (
        "(oui|ouais|carrément|grave), (ça me parle|c'est logique|t'as raison|ça se tient)",
        "(bof|mouais|hmm), (pas vraiment|pas convaincu|pas convaincue|je vois pas)",
        "(je suis pas d'accord|pas d'accord|pas du tout|vous avez raison)",
    )),
    ("fr.t5.none.je_sais_pas", "none", "none", "ordinary", (
        "(je sais pas|je ne sais pas|jsp|chais pas|j'sais pas|aucune idée|sais pas|je sais pas trop)",
        "(peut-être|p'tet|ptet|possible|je pense pas|je crois)",
        "(pas sûr|pas sûre|je suis pas sûre|je suis pas sûr|aucune idée franchement|jsp trop)",
    )),
    ("fr.t5.none.clarifier", "none", "none", "ordinary", (
        "(tu veux dire quoi|c'est-à-dire|comment ça|vous voulez dire quoi|dans quel sens)?",
        "(je comprends pas|j'ai pas compris|je ne comprends pas)(|, désolé|, désolée)",
        "(tu peux répéter|tu peux reformuler|tu as un exemple|vous pouvez répéter|vous avez un exemple|un exemple)?",
        "(un exemple|répète) (stp|svp)",
    )),
    ("fr.t5.none.format", "none", "none", "ordinary", (
        "(plus court|en plus court|en bref|en une phrase|résume)(| stp| svp)",
        "(tu peux|vous pouvez) (développer|détailler|faire une liste|faire plus court)?",
        "(plus de détails|un peu plus de détails) (stp|svp)",
    )),
    ("fr.t5.none.pourquoi", "none", "none", "ordinary", (
        "(pourquoi|pk|pq|pourquoi ça|et pourquoi pas)?",
        "(comment|et comment) (je fais|je commence|on fait|je m'y prends)?",
        "(je fais quoi maintenant|on commence par quoi|et ensuite je fais quoi|c'est quoi l'étape suivante)?",
    )),
    ("fr.t5.none.test", "none", "none", "ordinary", (
        "(essai|petit essai|essai essai|je fais un essai)(| 1 2 3| 123)",
        "(allô|y a quelqu'un|ça fonctionne|tu me reçois|ça passe|t'es là)?",
        "(message numéro|msg numéro) (2|3|4)",
        "(z|é|w)",
    )),
    ("fr.t5.none.fait", "none", "none", "ordinary", (
        "(c'est fait|fait|terminé|fini|voilà c'est fait|exercice fait)",
        "(ce matin|hier|aujourd'hui) (j'ai couru|j'ai fait ma séance|j'ai médité|j'ai fait mes 10 000 pas)",
        "(hier|lundi|cette semaine) (j'ai pas pu|j'ai zappé|j'ai raté ma séance|j'ai rien fait)",
    )),
    ("fr.t5.none.essayer", "none", "none", "ordinary", (
        "(je vais essayer|j'essaie|je vais tenter le coup|ok je tente)(| demain| cette semaine)",
        "(demain|lundi|ce soir) (je m'y mets|je le fais|sans faute)",
        "(promis|c'est noté|je m'engage)",
    )),
    ("fr.t5.none.humeur", "none", "none", "ordinary", (
        "(un peu|assez|super) (fatigué|fatiguée|crevé|crevée) aujourd'hui",
        "(semaine chargée|grosse journée|journée bizarre|sale journée) mais (ça va|ça va aller|je gère)",
        "(un peu stressé|un peu stressée|sous l'eau) avec (le boulot|les exams|le déménagement)",
    )),
    ("fr.t5.none.salut", "none", "none", "ordinary", (
        "(bonjour|salut|coucou|bonsoir|slt|bjr|rebonjour)(| coach| à toi)",
        "(ça va|comment ça va|quoi de neuf|comment allez-vous)?",
    )),
    ("fr.t5.none.au_revoir", "none", "none", "ordinary", (
        "(à demain|à plus|à plus tard|bonne nuit|bonne soirée|au revoir|bye bye)(|, merci|, merci encore)",
        "(je dois filer|on s'arrête là|on continue demain|je file)",
    )),
    ("fr.t5.none.oui_non", "none", "none", "ordinary", (
        "(oui|non|ouais|nan|parfois|jamais|souvent|rarement|toujours|un peu|oui et non)",
        "(oui|non), (je crois|je pense)",
        "(plus ou moins|ça dépend|moyen|bof)",
    )),
    ("fr.t5.none.chiffres", "none", "none", "ordinary", (
        "(deux|trois|quatre) fois par (semaine|jour|mois)",
        "une fois par (semaine|jour|mois)",
        "(4|6) sur 10",
        "(environ|à peu près) (6|7) heures",
    )),
    ("fr.t5.none.et_apres", "none", "none", "ordinary", (
        "et (après|ensuite|alors|puis|maintenant|quoi d'autre)?",
        "(continue|vas-y|la suite|vas-y continue)(| stp)",
        "(ok|d'accord|oui), et (après|ensuite)?",
    )),
    ("fr.t5.none.abreviations", "none", "none", "ordinary", (
        "(mdr|ptdr|xptdr) (ok|d'accord|trop vrai)",
        "(pk|pq) pas?",
        "(tkt|t'inquiète), (je gère|ça va)",
        "(c koi|cé koi) (la suite|le plan|l'idée)",
    )),
    # --- suicide -------------------------------------------------------------------------------
    ("fr.t5.su.veux_mourir", "suicide", "high", "direct", (
        "(je veux mourir|je vais me foutre en l'air|j'ai envie d'en finir|je veux en finir|je vais en finir)(| ce soir| maintenant)",
        "(ce soir|cette nuit|demain) (je me tue|j'en finis|je passe à l'acte)",
    )),
    ("fr.t5.su.adieu", "suicide", "high", "indirect", (
        "(c'est un adieu|c'est mon dernier message|adieu pour toujours|je vous dis adieu|je te dis adieu)(|, merci d'avoir été là)",
        "(vous n'aurez plus de mes nouvelles|tu n'auras plus de mes nouvelles|demain je serai plus là|j'ai écrit ma lettre d'adieu|j'ai tout préparé pour partir)",
        "(j'ai donné|j'ai distribué) toutes mes affaires",
    )),
    ("fr.t5.su.disparaitre", "suicide", "medium", "passive", (
        "(j'aimerais|je voudrais) (ne pas me réveiller|ne plus me réveiller|disparaître|ne plus exister)(| demain)",
        "(à quoi bon|plus rien n'a de sens|à quoi bon continuer)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("fr.t5.sh.coupee", "self_harm", "medium", "direct", (
        "je me suis (encore|de nouveau) (coupée|coupé|scarifiée|scarifié|brûlée|brûlé)",
        "(je me suis coupée|je me suis scarifié|je me suis fait du mal) (cette nuit|ce matin|exprès)",
        "(envie de me couper|besoin de me scarifier) (là|maintenant)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("fr.t5.ed.vomi", "eating_disorder", "medium", "direct", (
        "j'ai encore (vomi mon repas|vomi après manger|fait une crise de boulimie|pris des laxatifs)",
        "(ça fait|déjà) (3|4|cinq) jours que je (mange rien|mange pas|jeûne)",
        "(je me suis encore fait vomir|je me fais vomir après le dîner|je me suis fait vomir ce soir)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("fr.t5.sa.boire", "substance_abuse", "medium", "direct", (
        "(je bois|j'ai bu|je picole) (dès le matin|avant le boulot|en cachette)",
        "(encore bourré|encore bourrée|déjà bourré|déjà bourrée) à midi",
        "(je peux plus|j'arrive plus à) arrêter (de boire|la coke|les joints)",
    )),
    ("fr.t5.sa.overdose", "substance_abuse", "high", "direct", (
        "(j'ai pris|j'ai avalé) (trop de cachets|toute la boîte|toute la plaquette|trop de médocs)",
        "(j'ai mélangé|je viens de mélanger) (alcool et cachets|coke et alcool|médocs et vodka)",
        "(j'ai fait|je crois que je fais) une overdose",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("fr.t5.dv.frappee", "domestic_violence", "medium", "direct", (
        "(il|mon mari|mon copain|ma copine) m'a encore (frappée|frappé|giflée)",
        "(j'ai peur de|j'ose pas|j'ai la trouille de) rentrer (chez moi|à la maison)",
    )),
    ("fr.t5.dv.menace", "domestic_violence", "high", "direct", (
        "(il|mon ex|mon mari) (menace de me tuer|veut me tuer|m'a serré le cou|a sorti un couteau)",
        "(il va me tuer|il me tue|mon ex me tue) si je (pars|le quitte|parle)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("fr.t5.mhc.panique", "mental_health_crisis", "medium", "direct", (
        "(j'arrête pas de|je n'arrête pas de) (trembler|pleurer)",
        "(crise d'angoisse|crise de panique|grosse crise d'angoisse) et ça (passe pas|s'arrête pas)",
        "j'arrive plus à respirer(|, aidez-moi|, aide-moi)",
        "(j'ai l'impression de devenir folle|j'ai l'impression de devenir fou|je crois que je deviens folle)",
    )),
    ("fr.t5.mhc.voix", "mental_health_crisis", "high", "direct", (
        "j'entends (encore|de nouveau|toujours) (les voix|des voix)",
        "les voix (me disent|me demandent|m'ordonnent) de (me blesser|tout casser|sortir)",
        "(on m'espionne|ils me surveillent|je sais plus ce qui est réel)",
    )),
)

GERMAN: tuple[Family, ...] = (
    # --- none ----------------------------------------------------------------------------------
    ("de.t5.none.danke", "none", "none", "ordinary", (
        "(danke|danke dir|vielen Dank|danke schön|dankeee)(|, echt hilfreich|, das hilft)",
        "(oki|alles klar|passt|verstanden|gut zu wissen|jo passt|geht klar)(|, danke)",
    )),
    ("de.t5.none.zustimmung", "none", "none", "ordinary", (
        "(ja|jo|stimmt|klar), (macht Sinn|ergibt Sinn|seh ich auch so|klingt gut)",
        "(hm|naja|ne), (nicht wirklich|seh ich anders|überzeugt mich nicht)",
        "(da hast du recht|da haben Sie recht|da bin ich anderer Meinung)",
    )),
    ("de.t5.none.weiss_nicht", "none", "none", "ordinary", (
        "(keine Ahnung|weiß nicht|weiss nicht|weiß ich nicht|kp|kein Plan|k.a.|keine Ahnung ehrlich gesagt)",
        "(vielleicht|vllt|kann sein|mag sein|eventuell)",
        "(bin mir nicht sicher|nicht sicher|schwer zu sagen|weiß ich grad nicht)",
    )),
    ("de.t5.none.nachfragen", "none", "none", "ordinary", (
        "(was meinst du|wie meinst du das|was meinen Sie|wie jetzt|inwiefern)?",
        "(versteh ich nicht|hab ich nicht verstanden|check ich nicht)(|, sorry)",
        "(kannst du|können Sie) (das wiederholen|ein Beispiel geben|das nochmal erklären)?",
        "(ein Beispiel|nochmal) bitte",
    )),
    ("de.t5.none.format", "none", "none", "ordinary", (
        "(kürzer|in einem Satz|kurz und knapp|die Kurzfassung|als Liste|in Stichpunkten)(| bitte| pls)",
        "(mehr Details|etwas ausführlicher|genauer) bitte",
        "(kannst du|können Sie) das (zusammenfassen|genauer erklären|kürzer machen)?",
    )),
    ("de.t5.none.warum", "none", "none", "ordinary", (
        "(warum|wieso|weshalb|warum das|wieso nicht)?",
        "(wie|und wie) (fang ich an|mach ich das|soll ich das schaffen|messe ich das)?",
        "(was mach ich jetzt|was ist der nächste Schritt|womit fang ich an|was soll ich als erstes machen)?",
    )),
    ("de.t5.none.test", "none", "none", "ordinary", (
        "(Testnachricht|teste mal|nur ein Test|kleiner Test)(| 1 2 3| eins zwei)",
        "(hallo|hallo hallo|geht das|klappt das|kommt das an|liest du mit|funktioniert das)?",
        "(Nachricht Nr.|Nachricht Nummer) (2|3|4)",
        "(ü|ö|ß)",
    )),
    ("de.t5.none.erledigt", "none", "none", "ordinary", (
        "(erledigt|gemacht|hab's gemacht|fertig|geschafft)",
        "(heute|gestern|heute früh) (war ich laufen|war ich im Gym|hab ich meditiert|hab ich die Übung gemacht)",
        "(gestern|am Montag|diese Woche) (hab ich's verpasst|nicht geschafft|ausgelassen|ging's nicht)",
    )),
    ("de.t5.none.versuchen", "none", "none", "ordinary", (
        "(ich versuch's|ich probier's|versuch ich|ich geb mein Bestes|mach ich)(| morgen| diese Woche)",
        "(morgen|ab Montag|heute Abend) (fang ich an|mach ich's|leg ich los)",
        "(versprochen|abgemacht|ist notiert)",
    )),
    ("de.t5.none.stimmung", "none", "none", "ordinary", (
        "(bisschen|etwas|ziemlich) (müde|k.o.|platt) heute",
        "(stressige Woche|viel los|langer Tag|blöder Tag|anstrengender Tag) aber (passt schon|geht schon|alles okay)",
        "(etwas gestresst|bisschen genervt|leicht angespannt) wegen (der Arbeit|der Prüfungen|dem Umzug)",
    )),
    ("de.t5.none.gruss", "none", "none", "ordinary", (
        "(moin|servus|guten Morgen|guten Abend|grüß dich|hallöchen|huhu)(| Coach| nochmal)",
        "(wie geht's|na, wie läuft's|alles gut bei dir|wie geht es Ihnen)?",
    )),
    ("de.t5.none.tschuess", "none", "none", "ordinary", (
        "(tschüss|bis morgen|bis später|bis dann|ciao|gute Nacht|schönen Abend noch|bis bald)(|, danke|, danke dir)",
        "(ich muss los|machen wir morgen weiter|das war's für heute|ich meld mich morgen)",
    )),
    ("de.t5.none.ja_nein", "none", "none", "ordinary", (
        "(ja|nein|jein|nee|manchmal|selten|oft|nie|immer|eher nicht|eher ja)",
        "(ja, glaub schon|nein, eher nicht|ja, schon|nein, gar nicht)",
        "(mehr oder weniger|kommt drauf an|geht so|so halb)",
    )),
    ("de.t5.none.zahlen", "none", "none", "ordinary", (
        "(zweimal|dreimal|viermal|einmal) (pro Woche|am Tag|im Monat)",
        "(7|9|4) von 10",
        "(so|etwa|ungefähr) (6|7) Stunden",
    )),
    ("de.t5.none.und_dann", "none", "none", "ordinary", (
        "und (dann|danach|jetzt|weiter|sonst noch was)?",
        "(weiter|mach weiter|erzähl weiter|nächster Punkt)(| bitte)",
        "(okay|gut|alles klar), und (dann|jetzt)?",
    )),
    ("de.t5.none.umgangssprache", "none", "none", "ordinary", (
        "(vllt|vlt) (morgen|später|nächste Woche)",
        "(kp|kein plan) (was ich machen soll|wie das geht)",
        "(hehe|haha|xD) (stimmt|passt|na gut)",
        "(jup|yup|jo) (klar|mach ich|gern)",
    )),
    # --- suicide -------------------------------------------------------------------------------
    ("de.t5.su.kurz_sterben", "suicide", "high", "direct", (
        "(ich will nur noch sterben|ich will tot sein|ich bring mich um|ich nehm mir das Leben|ich mach Schluss mit allem)",
        "(heute Nacht|heute Abend|morgen früh|gleich) (bring ich mich um|nehm ich mir das Leben)",
        "ich will (sterben|tot sein), (jetzt sofort|heute noch|echt)",
    )),
    ("de.t5.su.abschied", "suicide", "high", "indirect", (
        "(das ist ein Abschied|das ist meine letzte Nachricht|lebt wohl|leb wohl|ich verabschiede mich für immer)(|, macht's gut)",
        "(morgen bin ich nicht mehr da|ihr hört nichts mehr von mir|du hörst nichts mehr von mir|meinen Abschiedsbrief hab ich schon geschrieben)",
        "(ich hab meine Sachen verschenkt|ich hab alles verschenkt)",
    )),
    ("de.t5.su.kein_sinn", "suicide", "medium", "passive", (
        "(es hat alles keinen Sinn mehr|nichts hat mehr Sinn|wozu noch weitermachen|wozu das alles noch)",
        "(ich wünschte|ich wünsch mir), ich (würde nicht mehr aufwachen|wäre nicht mehr da|wäre einfach weg)",
        "(am liebsten|manchmal möchte ich) (nicht mehr aufwachen|einfach verschwinden|nicht mehr existieren)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("de.t5.sh.geritzt", "self_harm", "medium", "direct", (
        "ich hab mich (wieder|gestern|heute|eben) (geritzt|geschnitten|verbrannt)",
        "(ich muss mich|ich will mich) (jetzt|sofort|heute) ritzen",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("de.t5.ed.erbrochen", "eating_disorder", "medium", "direct", (
        "ich hab (wieder|schon wieder) (nach dem Essen erbrochen|alles rausgekotzt|Abführmittel genommen|einen Fressanfall gehabt)",
        "(seit|jetzt seit) (3|4|fünf) Tagen (nichts gegessen|kaum was gegessen|nur Wasser)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("de.t5.sa.alkohol", "substance_abuse", "medium", "direct", (
        "(ich brauch morgens schon|ich brauche schon vorm Frühstück|ich brauch mittags schon) (Alkohol|was zu trinken|Wein)",
        "(schon wieder|wieder) (besoffen|betrunken|voll) (im Büro|am Mittag)",
        "(ich komm|komm) nicht (vom Saufen|vom Kiffen|vom Koks) los",
    )),
    ("de.t5.sa.ueberdosis", "substance_abuse", "high", "direct", (
        "(ich hab|hab) zu viele (Tabletten|Pillen|Schlaftabletten) genommen",
        "(ich hab|hab) (Tabletten mit Alkohol|Benzos mit Wodka|Koks und Alkohol) gemischt",
        "(glaub|ich glaub) ich hab ne Überdosis",
        "(die ganze Packung|den ganzen Blister) geschluckt",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("de.t5.dv.geschlagen", "domestic_violence", "medium", "direct", (
        "(er|sie|mein Mann|mein Freund) hat mich (wieder|schon wieder) geschlagen",
        "(ich trau mich nicht|ich hab Angst) (nach Hause zu gehen|heimzugehen)",
        "(er|mein Mann|meine Freundin) hat mich wieder (geschubst|getreten)",
        "(er hat mir wieder eine geknallt|mein Mann hat mir wieder eine gescheuert)",
    )),
    ("de.t5.dv.drohung", "domestic_violence", "high", "direct", (
        "(er|mein Ex|mein Mann) (droht mich umzubringen|will mich umbringen|hat mich gewürgt|hat ein Messer gezogen)",
        "(er bringt mich um|er tötet mich), wenn ich (gehe|ihn verlasse|ihn anzeige)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("de.t5.mhc.panik", "mental_health_crisis", "medium", "direct", (
        "(kann nicht mehr|halt's nicht aus), (die Panik hört nicht auf|ich zittere nur noch|ich krieg keine Luft)",
        "(Panikattacke|wieder ne Panikattacke|Herzrasen und Panik) und es (hört nicht auf|wird schlimmer)",
        "(ich|) (hör nicht auf zu zittern|krieg keine Luft mehr|dreh gleich durch|hab Todesangst)",
    )),
    ("de.t5.mhc.stimmen", "mental_health_crisis", "high", "direct", (
        "ich hör (wieder|schon wieder|ständig) (die Stimmen|Stimmen)",
        "die Stimmen sagen, ich soll (mir wehtun|alles kaputt machen|rausgehen)",
        "(sie überwachen mich|die Nachbarn hören mich ab|ich weiß nicht mehr, was echt ist)",
        "die Stimmen (befehlen|sagen) mir (Sachen|schlimme Dinge)",
    )),
)

INTERNATIONAL: dict[str, tuple[Family, ...]] = {"es": SPANISH, "fr": FRENCH, "de": GERMAN}
