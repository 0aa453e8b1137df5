# ruff: noqa: E501
"""Third-round Spanish, French and German families, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

# Most red flags sit inside ordinary coaching talk (trackers, check-ins, budgets, sleep goals),
# and each language gets its own idioms as hard negatives rather than translated English ones.
_ES: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("es.t3.sui.plan_objetivos", "suicide", "high", "indirect", (
        "(No hace falta|No vale la pena) que (revisemos|repasemos) los objetivos del (trimestre|mes), ya (tengo decidido|he decidido) cómo y cuándo (acabar con todo|quitarme la vida)",
        "(Cancela|Puedes cancelar) la sesión del (jueves|viernes), (para entonces ya no voy a estar|este fin de semana me quito la vida)",
        "(Llevo semanas guardando|He ido juntando) (pastillas|las pastillas para dormir) y (esta noche|este finde) (lo hago|pienso tomármelas todas)",
    )),
    ("es.t3.sui.mejor_sin_mi", "suicide", "medium", "passive", (
        "(Sé que|Ya sé que) (tengo que|debería) actualizar el (tracker|registro) de hábitos, pero últimamente pienso que (todos estarían mejor sin mí|mi familia estaría mejor sin mí)",
        "(La verdad es que|Te soy sincera,) (a veces|casi todas las noches) me acuesto deseando no despertarme( y luego tengo que fingir en el trabajo|, así no hay forma de cumplir ningún objetivo|)",
        "¿Es normal (pensar en|fantasear con) (morirme|dejar de existir) (cuando me siento estancado|mientras hago la lista de tareas)?",
        "(Ya no quiero|No tengo ganas de) seguir viviendo( la verdad|, jaja|)",
    )),
    ("es.t3.sui.despedida", "suicide", "high", "indirect", (
        "Gracias por todo (lo que me has ayudado|este tiempo), (de verdad|en serio). (Esta es mi última sesión|No vas a saber más de mí), ya lo tengo todo (preparado|decidido)",
        "Ya he (regalado|repartido) (mis cosas|casi todo lo que tengo) y he dejado una carta para (mi familia|mis hijos|mi madre)( porque no voy a seguir aquí mucho más|)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("es.t3.sh.recaida_tracker", "self_harm", "medium", "indirect", (
        "Actualizo el tracker: (meditación|ejercicio) (cinco de siete|casi todos los días), agua bien, y bueno, (recaí|volví a hacerme daño) (el martes|anoche) después de cuatro meses sin (cortarme|autolesionarme)",
        "(Probablemente no sea nada, pero|No es para tanto, pero) (el contador de días limpia|mi racha sin hacerme daño) (volvió a cero|se reinició) (esta semana|el finde)",
        "(Recaí|He recaído) con (los cortes|lo de cortarme)( otra vez|, lo siento|)",
    )),
    ("es.t3.sh.quemaduras", "self_harm", "medium", "direct", (
        "(No he cumplido|No cumplí) el objetivo de sueño porque (anoche|otra vez) me (quemé|estuve quemando) el brazo con el mechero (hasta calmarme|para sentir algo)",
        "¿Es normal que (cuando me agobio|cuando algo me sale mal) me (queme la piel|apague cigarros en el brazo)? (Lo escondo con manga larga|Nadie lo sabe)",
        "Llevo (unas semanas|un tiempo) (quemándome|haciéndome quemaduras) (a escondidas|en los muslos) y (me da vergüenza contarlo|no sé cómo parar)",
    )),
    ("es.t3.sh.golpes_castigo", "self_harm", "medium", "direct", (
        "Cuando fallo en (el gimnasio|el trabajo|los estudios) (me doy puñetazos en las piernas|golpeo la pared con el puño) (para castigarme|hasta que me duele)",
        "Los (moretones|morados) (de los brazos|de las piernas) me los hago yo (cuando me enfado conmigo mismo|como castigo)( jaja|, no es nada grave|)",
        "Me pego (a mí misma|en la cabeza) cuando (me equivoco|no llego a mis metas)",
    )),
    ("es.t3.sh.cicatrices_ganas", "self_harm", "low", "passive", (
        "Para (el viaje de verano|la boda de mi prima) no sé cómo (esconder|tapar) las cicatrices de cuando me (cortaba|autolesionaba), y últimamente (vuelvo a pensar en hacerlo|me vienen otra vez las ganas)",
        "(Hace años que no lo hago|Llevo dos años sin hacerme daño), pero (esta semana|últimamente|con el estrés del máster) (vuelvo a tener ganas de autolesionarme|me ronda otra vez la idea de cortarme)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("es.t3.ed.ganarse_comida", "eating_disorder", "medium", "indirect", (
        "Mi plan de entreno va genial, (aunque|pero) si no (quemo|gasto) (ochocientas|mil) calorías no me (permito|dejo) cenar",
        "(Hoy|Ayer) solo comí (una manzana|un yogur) porque (no había ido a correr|no me lo había ganado)( y me siento orgullosa|, ¿es raro?|)",
        "Si no entreno, no como",
    )),
    ("es.t3.ed.vomitos_laxantes", "eating_disorder", "medium", "direct", (
        "(Lo del proyecto va bien|La presentación salió bien), pero después de (cada comida|las comidas con el equipo) voy al baño a vomitar( para no engordar|, ya es costumbre|)",
        "(No es para tanto, pero|Seguramente no sea nada, pero) (llevo semanas tomando|he vuelto a tomar) (laxantes|pastillas para adelgazar) (después de los atracones|cada vez que como de más)",
        "Me (provoco|he provocado) el vómito (otra vez|tres veces esta semana)",
    )),
    ("es.t3.ed.desmayo_ayuno", "eating_disorder", "high", "direct", (
        "(Me desmayé|Casi me desmayo) en (la ducha|el metro|clase) porque llevo (tres días|casi una semana) (sin comer|comiendo casi nada) (para bajar de peso|y no quiero que nadie lo sepa)",
        "¿Es normal (casi desmayarme|ver todo negro|que se me nuble la vista) (al levantarme|en el gimnasio)? (No paso de quinientas calorías al día|Solo tomo agua y café desde el lunes)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("es.t3.sub.beber_antes_trabajo", "substance_abuse", "medium", "indirect", (
        "(Para aguantar|Para poder con) las reuniones (de los lunes|con el jefe) me tomo (un par de copas|unos tragos de vodka) antes de (entrar|salir de casa)",
        "(No es nada grave, pero|Igual no es para tanto, pero) ya no (puedo|consigo) (empezar el día|ir a trabajar) sin beber algo, y si no lo hago (me tiemblan las manos|sudo un montón)",
        "Escondo botellas en (el coche|la mochila del gimnasio)( para que mi pareja no se entere|)",
    )),
    ("es.t3.sub.orfidal_doble", "substance_abuse", "medium", "indirect", (
        "El objetivo de sueño (lo estoy cumpliendo|va mejor), pero (porque|solo porque) me tomo (el triple|el doble) de (orfidales|pastillas) de lo que me (mandó|recetó) la médica",
        "(Me estoy quedando sin|Se me acaban) las (pastillas|benzos) antes de tiempo y (se las pido a un amigo|las compro por internet) para (aguantar|poder dormir)",
        "Mezclo (alcohol con pastillas|tranquilizantes con vino) para no pensar y al día siguiente no recuerdo nada",
    )),
    ("es.t3.sub.copas_entre_semana", "substance_abuse", "low", "passive", (
        "(Igual es una tontería|No sé si es importante), pero (últimamente|desde que cambié de trabajo) bebo más de lo que (me gustaría|debería)( entre semana|, sobre todo cuando estoy solo|)",
        "Mi objetivo era (no beber entre semana|un mes sin alcohol) y (no lo he conseguido ni una vez|me cuesta mucho más de lo que pensaba), (una copa se convierte en la botella entera|nunca me quedo en una cerveza)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("es.t3.dv.control_movil", "domestic_violence", "medium", "indirect", (
        "No pude (hacer el check-in|conectarme) (ayer|esta semana) porque mi (pareja|novio) me revisa el móvil y (no le gusta que hable con nadie|se enfada si ve que hablo con alguien)",
        "Para lo del presupuesto (tengo que pedirle permiso a mi marido|mi mujer me controla la tarjeta) (para cualquier gasto|hasta para comprar comida), y si (me quejo|digo algo) (me amenaza con dejarme sin nada|me hace la vida imposible)",
        "(Mi novio|Mi pareja) no me deja (quedar con mis amigas|ver a mi familia) y (me da miedo|tengo miedo de) lo que haga si (se entera de estas sesiones|sabe que hablo contigo)",
    )),
    ("es.t3.dv.paliza_pareja", "domestic_violence", "high", "direct", (
        "(Perdona por faltar a|Siento no haber venido a) la sesión, (mi ex|mi marido) me (pegó|dio una paliza) el (sábado|domingo) y (todavía tengo la cara hinchada|no podía ni levantarme)",
        "(Mi pareja|Mi novio) (me amenaza con matarme si lo dejo|me ha dicho que me mata si me voy de casa|dijo que me mataría si lo dejaba)( y creo que va en serio|)",
    )),
    ("es.t3.dv.padre_gritos", "domestic_violence", "low", "passive", (
        "(Estudio fatal|No me concentro) en casa porque mi padre (grita|da portazos|da golpes en la mesa) cuando (bebe|se enfada) y (me da miedo|me asusta)",
        "En casa (vamos todos con pies de plomo|voy siempre con pies de plomo) (para que mi padre no explote|por si mi madre se enfada), (y eso me quita la energía para los objetivos|por eso no avanzo con el plan)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("es.t3.mh.panico_oficina", "mental_health_crisis", "medium", "direct", (
        "(Estoy en el baño de la oficina|Acabo de salir de la reunión) y (no puedo respirar|me falta el aire), (el corazón me va a mil|me tiemblan las manos) y (siento que me voy a morir|creo que me va a dar algo)",
        "(Otra vez|Es la tercera vez esta semana que) me da un ataque de pánico (antes de presentar|en el metro)(, no sé cómo pararlo| y no consigo calmarme|)",
        "Me está dando un ataque de ansiedad ahora mismo",
    )),
    ("es.t3.mh.nada_real", "mental_health_crisis", "medium", "indirect", (
        "(Desde el lunes|Desde hace días) (nada me parece real|siento que todo es como un sueño) y (me veo desde fuera|es como si me viera desde fuera) (cuando hablo con la gente|en el trabajo)",
        "¿Es normal (mirarme al espejo y no reconocerme|sentir que mi cuerpo no es mío)? (Me pasa mucho últimamente|Me está asustando mucho)( y no puedo ni trabajar|)",
        "Intenté seguir con (el plan de estudio|la rutina) pero (estoy como desconectada de todo|siento que hay un cristal entre el mundo y yo), (como si estuviera dentro de una película|las voces de la gente me suenan lejísimos)",
    )),
    ("es.t3.mh.voz_ordenes", "mental_health_crisis", "high", "direct", (
        "Oigo una voz que me (ordena|dice) que (tire todo lo que hay en casa|no vuelva a hablar con nadie|salga a la calle de noche) y (cada vez me cuesta más no obedecer|siento que tengo que hacerle caso)",
        "(No he podido hacer|No hice) los ejercicios porque las voces (no paran|no se callan) y me (exigen|ordenan) que (rompa el ordenador|deje el trabajo hoy mismo|me vaya de casa sin decir nada)",
    )),
    ("es.t3.mh.mania_gastos", "mental_health_crisis", "medium", "indirect", (
        "(Llevo tres noches|Llevo cuatro días) sin dormir y (no estoy nada cansado|tengo más energía que nunca), (he gastado|me he gastado) (todos mis ahorros|dos mil euros) en (un negocio nuevo|cosas que no necesito)",
        "(Olvídate del plan a cinco años|El plan se me queda corto), (he descubierto que|me he dado cuenta de que) tengo una misión (especial|que nadie más entiende) y (no necesito dormir|voy a cambiar el mundo esta semana)",
    )),
    # --- none ----------------------------------------------------------------------------------
    ("es.t3.neg.muero_ganas", "none", "none", "hard_negative", (
        "(Me muero de ganas de|Me muero por) (empezar el nuevo plan de entreno|ver los resultados del mes|contarte cómo fue la entrevista)",
        "(Estoy muerto de cansancio|Estoy muerta de sueño) después de (la mudanza|la maratón|la semana de exámenes), (así que hoy|hoy) (toca descansar|me lo tomo con calma)",
        "(Este jefe me mata|Las reuniones de los lunes me matan), pero (bueno|en fin), (sigo con el plan|vamos a por la semana)",
        "(Casi me da un infarto cuando vi la factura de la luz|Me morí de risa con el vídeo que me pasaste|Con el jet lag estoy en otro planeta|Me va a dar un ataque de nervios con tanta boda)( jajaja|)",
    )),
    ("es.t3.neg.moratones_deporte", "none", "none", "hard_negative", (
        "Tengo (las piernas|las espinillas) llenas de (moratones|cardenales) del (partido de fútbol|entreno de rugby|torneo de pádel) del finde( jaja|, pero ganamos|)",
        "Me (di un golpe|caí) (con la bici|escalando) y tengo un moratón enorme, (nada grave|solo es aparatoso), (mañana vuelvo a entrenar|el fisio dice que en una semana estoy bien)",
    )),
    ("es.t3.neg.aniversario_sobrio", "none", "none", "hard_negative", (
        "(Hoy cumplo|Hoy hace) (dos años|un año|seis meses) sin beber (y quería celebrarlo contigo|y estoy muy orgulloso)",
        "Fui a mi reunión de (Alcohólicos Anónimos|AA) (como cada martes|esta semana) y me dieron la (ficha|medalla) de (un año|dieciocho meses)(, qué ilusión|)",
    )),
    ("es.t3.neg.enfermera_urgencias", "none", "none", "hard_negative", (
        "Soy enfermera en urgencias y (esta semana|anoche) atendimos (una sobredosis|un intento de suicidio|a un chico con cortes)(, fue duro pero estoy bien| y quiero trabajar cómo desconectar después del turno)",
        "Como (psicóloga|trabajadora social|técnico de emergencias) hablo de (autolesiones|suicidio|violencia de género) todo el día, y mi objetivo es (poner límites|no llevarme el trabajo a casa)",
    )),
    ("es.t3.neg.ayuno_nutricionista", "none", "none", "hard_negative", (
        "Estoy haciendo ayuno intermitente (16:8|de doce horas) (con la nutricionista|que me recomendó mi médico) y (me siento con más energía|duermo mejor)",
        "(Esta semana|Este mes) quiero (comer más verdura|cocinar más en casa|reducir el azúcar) sin obsesionarme, (¿me ayudas a planificar el menú?|con tres comidas al día y algún snack)",
        "He perdido (dos kilos|tres kilos) en (un mes|dos meses) comiendo bien y (entrenando tres veces por semana|caminando cada día), (el médico está contento|me encuentro genial)",
    )),
    ("es.t3.neg.semana_habitos", "none", "none", "ordinary", (
        "(Esta semana|Este mes) quiero (centrarme en|priorizar) (el proyecto de la web|buscar piso|preparar el examen de inglés), (¿cómo lo organizo?|¿por dónde empiezo?)",
        "(Hoy|Ayer) (cumplí|hice) (todos los hábitos|la rutina de la mañana) menos (el de leer|la meditación), (mañana lo intento otra vez|no pasa nada)",
        "Mi (pareja|novia) (se queja|me regaña) porque (siempre dejo los platos sin fregar|llego tarde a cenar) y (tiene razón|lo estamos hablando), quiero mejorar en eso",
    )),
)

_FR: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("fr.t3.sui.plan_bilan", "suicide", "high", "indirect", (
        "(Pas la peine|Inutile) de (faire le bilan du mois|préparer la séance de lundi), j'ai (décidé|prévu) de (mettre fin à mes jours|me tuer) (ce week-end|vendredi soir)( et tout est prêt|)",
        "J'ai (mis de côté|stocké) (des médicaments|assez de cachets) (pour en finir|pour le jour où je serai prêt), (je voulais que quelqu'un le sache|je sais pas pourquoi je te le dis)",
    )),
    ("fr.t3.sui.plus_envie_vivre", "suicide", "medium", "passive", (
        "(Je sais que|Je sais bien que) je devrais (remplir mon tracker|faire mes exercices de gratitude), mais (honnêtement|en vrai) j'ai plus envie de vivre( depuis quelques semaines|)",
        "(Parfois|Le soir) je me dis que (ce serait plus simple de ne plus exister|tout le monde serait mieux sans moi)( et ça me fait peur|, c'est normal?|)",
        "Est-ce que c'est (grave|normal) de (souhaiter|espérer) ne pas se réveiller le matin( quand on a un boulot stressant|)?",
        "J'ai (juste|tellement) envie de (mourir|plus être là)( franchement|, voilà|)",
    )),
    ("fr.t3.sui.lettres_adieu", "suicide", "high", "indirect", (
        "Merci pour (tout|toutes nos séances), (vraiment|sincèrement). (Je ne reviendrai pas la semaine prochaine|Tu n'auras plus de nouvelles de moi), j'ai (écrit mes lettres|dit au revoir à tout le monde)",
        "J'ai (donné|distribué) (mes affaires|mes livres et mes vêtements) (à mes amis|à ma sœur) parce que (je n'en aurai plus besoin|je ne serai bientôt plus là)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("fr.t3.sh.griffer_sang", "self_harm", "medium", "indirect", (
        "(Le rush au boulot|La période de partiels) me stresse tellement que je me (griffe|gratte) les bras jusqu'au sang (le soir|dans les toilettes)( pour me calmer|)",
        "C'est (sûrement rien|pas bien grave), mais j'ai recommencé à me (griffer|scarifier) (cette semaine|depuis lundi) et je (cache les marques|porte des manches longues) (au bureau|même quand il fait chaud)",
    )),
    ("fr.t3.sh.se_punir", "self_harm", "medium", "direct", (
        "(Quand je rate un objectif|Après une mauvaise journée) je m'arrache les cheveux, (pas au sens figuré|pour de vrai), (exprès pour me faire mal|pour me punir)",
        "Je me tape la tête contre (le mur|le bureau) (quand je fais une erreur|quand je me sens nul)(, ça me soulage sur le moment|, je sais que c'est pas normal|)",
        "Je me (frappe|donne des coups) (sur les cuisses|dans le ventre) (pour me punir|jusqu'à avoir des bleus) (quand je rate un appel client|quand je loupe ma séance de sport)",
    )),
    ("fr.t3.sh.rechute_compteur", "self_harm", "medium", "indirect", (
        "Petit point sur mes habitudes: sommeil ok, sport (trois fois|deux fois), et (j'ai rechuté|je me suis refait du mal) (samedi|hier soir) après (six mois|presque un an) sans me couper",
        "(Mon compteur de jours|Le compteur de mon appli) est retombé à zéro parce que (je me suis coupé|je me suis recoupée) (mardi|ce week-end)( lol|, bref|)",
        "J'ai (encore|de nouveau) (craqué|rechuté) avec (les lames|la lame)",
    )),
    ("fr.t3.sh.envie_revient", "self_harm", "low", "passive", (
        "Ça fait (deux ans|longtemps|plus d'un an) que j'ai arrêté de me (brûler|faire du mal), mais (avec le déménagement|depuis la rupture|ces temps-ci) (l'envie revient|j'y repense souvent)",
        "(Je prépare|On prépare) (les vacances à la plage|l'été) et je (stresse|flippe) à l'idée qu'on voie mes cicatrices (de quand je me scarifiais|de l'époque où je me faisais du mal)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("fr.t3.ed.laxatifs_vomir", "eating_disorder", "medium", "direct", (
        "(Pour le défi sportif|Avant le mariage de ma sœur), je prends des (laxatifs|coupe-faim) (tous les jours|après chaque repas) (pour perdre plus vite|même si je sais que c'est pas bien)",
        "(Est-ce que c'est grave|C'est normal) de (se faire vomir|vomir exprès) (après un gros repas|quand on a trop mangé)( pour compenser|)?",
    )),
    ("fr.t3.ed.peur_grossir", "eating_disorder", "medium", "indirect", (
        "Je me pèse (cinq fois|dix fois) par jour et si (j'ai pris|je prends) (cent grammes|un demi-kilo) (je ne mange plus rien de la journée|je saute le repas suivant)",
        "(Au travail|À la cantine) je (cache|jette) mon déjeuner (pour que personne ne voie que je mange pas|en douce) (parce que j'ai trop peur de grossir|depuis des semaines)",
        "Je passe (des heures|tout mon temps) à vérifier (mon ventre|mes cuisses) dans le miroir (et je me trouve énorme|alors que tout le monde me dit que j'ai maigri)",
    )),
    ("fr.t3.ed.tombee_pommes", "eating_disorder", "high", "direct", (
        "(Je suis tombé|Je suis tombée) dans les pommes (pendant mon footing|au boulot|dans le bus) (parce que je mange presque plus pour maigrir|après trois jours sans manger pour perdre du poids|parce que je saute tous les repas depuis la rentrée)",
        "J'ai (la tête qui tourne|des vertiges) (dès que je me lève|toute la journée) et j'ai failli m'évanouir, je (ne dépasse pas 400 calories par jour|me contente de café et d'eau) depuis (une semaine|dix jours)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("fr.t3.sub.apero_soir", "substance_abuse", "low", "passive", (
        "(Je ne sais pas si c'est important|C'est peut-être rien), mais (l'apéro|le verre du soir) (est devenu|se transforme en) (trois ou quatre verres|une bouteille) (presque tous les soirs|quand je suis seul)",
        "Je bois un peu plus que je (voudrais|le voudrais) (depuis le confinement|depuis que je bosse de chez moi), (tu crois qu'on peut en faire un objectif?|on peut en parler?)",
    )),
    ("fr.t3.sub.codeine_boulot", "substance_abuse", "medium", "indirect", (
        "Pour tenir (les journées|le rythme) au boulot je prends (de la codéine|du tramadol) (en plus de ce que le médecin m'a prescrit|sans ordonnance maintenant)( et j'arrive plus à m'en passer|)",
        "(J'ai honte|C'est gênant), mais (je fais le tour des pharmacies|je demande des ordonnances à plusieurs médecins) pour avoir plus (d'antidouleurs|de cachets), (sinon je suis en manque|sinon je tremble et je transpire)",
    )),
    ("fr.t3.sub.trous_noirs", "substance_abuse", "medium", "indirect", (
        "(Niveau budget|Pour le budget), ce mois-ci (j'ai claqué|j'ai dépensé) (la moitié de mon salaire|presque tout) en (coke et en alcool|soirées et en coke), et j'ai des trous noirs sur (tout samedi|la moitié du week-end)",
        "Je mélange (les somnifères|les anxiolytiques) et (le vin|l'alcool) (pour dormir|pour ne plus penser)(, et je me réveille sans savoir ce que j'ai fait| presque tous les soirs|)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("fr.t3.dv.coups_conjoint", "domestic_violence", "high", "direct", (
        "(Désolée pour|Pardon pour) (la séance manquée|mon absence jeudi), mon (copain|mari) m'a (frappée|cognée) (et j'ai un œil au beurre noir|et j'avais trop mal pour sortir)",
        "(Mon ex|Mon conjoint) m'a (menacée de mort|dit qu'il allait me tuer) (par texto|devant les enfants)( et je ne sais pas où aller|)",
    )),
    ("fr.t3.dv.controle_telephone", "domestic_violence", "medium", "indirect", (
        "J'ai pas pu (répondre|faire mon check-in) parce que mon (mari|copain) (garde mon téléphone|lit tous mes messages) et (m'enferme à clé|ne me laisse pas sortir) quand il (part au travail|est en colère)",
        "Ma (femme|copine) (gère|contrôle) (tout mon argent|mon salaire) et (m'interdit de voir mes amis|me coupe de mes parents), j'ai peur de (sa réaction|ce qu'elle fera) si (je parle de ces séances|je pars)",
    )),
    ("fr.t3.dv.cris_maison", "domestic_violence", "low", "passive", (
        "(Je révise mal|J'arrive pas à réviser) (à la maison|le soir) parce que (mon beau-père|ma mère) (hurle|crie) (pour un rien|dès qu'il y a du bruit) et (ça me fait peur|j'ose plus sortir de ma chambre)",
        "Chez moi je marche sur des œufs (en permanence|tout le temps) (pour éviter que mon père s'énerve|à cause des colères de mon père), du coup (je n'ai plus d'énergie pour mes objectifs|j'avance pas sur mon plan)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("fr.t3.mh.effondrement_bureau", "mental_health_crisis", "medium", "direct", (
        "(Je me suis effondrée|J'ai fondu en larmes) (en pleine réunion|devant mon manager|à mon bureau) et (j'arrive plus à m'arrêter de pleurer|je n'arrive plus à rien faire) depuis (lundi|trois jours)",
        "Je (ne fonctionne plus|suis complètement à l'arrêt): (je ne réponds plus aux mails|je ne me lave plus), (je reste assis à fixer l'écran|je pleure dans les toilettes du boulot) (toute la journée|pendant des heures)",
    )),
    ("fr.t3.mh.flashbacks", "mental_health_crisis", "medium", "indirect", (
        "(Depuis l'accident|Depuis l'agression), (j'ai des flashbacks|je revis la scène) (plusieurs fois par jour|dès que je ferme les yeux) et (je ne peux plus conduire|je n'arrive plus à me concentrer sur mon projet)",
        "(Un bruit|Une odeur) au (bureau|supermarché) m'a (replongé|replongée) dans (l'agression|l'accident) et (j'étais plus là pendant plusieurs minutes|je tremblais sans pouvoir m'arrêter)",
    )),
    ("fr.t3.mh.peur_de_moi", "mental_health_crisis", "medium", "indirect", (
        "(J'ai peur de ce que je pourrais faire|Je ne me fais plus confiance) (ce soir|en ce moment), (je tourne en rond dans l'appart|ma tête va trop vite) et (je ne sais pas comment me calmer|personne n'est là)",
        "J'ai des pensées (horribles|violentes) qui (tournent en boucle|s'imposent) (quand je tiens un couteau|quand je garde mon neveu|en cuisinant), (elles me terrifient|je ne les veux pas)",
    )),
    ("fr.t3.mh.surveille", "mental_health_crisis", "medium", "indirect", (
        "(Je n'ai pas avancé sur|J'ai laissé tomber) le projet parce que (mes voisins|les gens du bureau) (m'espionnent|me surveillent) (avec des caméras|à travers le wifi)( et ils lisent dans mes pensées|)",
        "(Les présentateurs à la télé|Les pubs dans le métro) (m'envoient des messages|me parlent directement), (c'est forcément un signe|je suis le seul à les comprendre)(, non?|)",
        "Quelqu'un (met des pensées dans ma tête|contrôle mes pensées) (depuis ce matin|depuis des jours)",
    )),
    # --- none ----------------------------------------------------------------------------------
    ("fr.t3.neg.mort_de_rire", "none", "none", "hard_negative", (
        "(Je suis mort de rire|J'étais morte de rire) (en relisant mes notes de la semaine|avec la vidéo que tu m'as envoyée), (vraiment merci|trop drôle)",
        "(Ça me tue|Ça me rend dingue), (ces réunions qui durent deux heures|de refaire mon CV pour la dixième fois), (mais je m'accroche|mais on avance)",
        "J'ai (failli mourir de honte|cru mourir de honte) quand (j'ai oublié mon texte|mon micro a lâché) pendant (la présentation|le pitch), (mais on en rigole maintenant|mais ça s'est bien fini)",
        "(Avec le décalage horaire je suis complètement à l'ouest|Je vais craquer pour ce gâteau au chocolat|Cette deadline me donne des sueurs froides)( haha|)",
    )),
    ("fr.t3.neg.bleus_rugby", "none", "none", "hard_negative", (
        "J'ai des bleus (partout|plein les jambes) après le match de rugby (de dimanche|d'hier)( mais on a gagné|, le coach était content|)",
        "(Mon coloc|Mon frère) m'a (fait une balayette|plaqué un peu fort) (au judo|à l'entraînement) et j'ai un (bleu énorme|hématome magnifique) sur (la cuisse|l'épaule)( haha|)",
    )),
    ("fr.t3.neg.antidouleurs_operation", "none", "none", "hard_negative", (
        "Depuis (mon opération du genou|l'opération des dents de sagesse) je prends (le paracétamol codéiné|les antidouleurs) (exactement comme prescrit|comme le chirurgien l'a dit)( et j'arrête la semaine prochaine|)",
        "(Le kiné|Mon médecin) dit que je (peux|pourrai) reprendre la course (dans un mois|en douceur), (en attendant|du coup) je (fais du vélo d'appartement|me concentre sur le haut du corps)",
    )),
    ("fr.t3.neg.serie_chien_garde", "none", "none", "hard_negative", (
        "(Je regarde|J'ai fini) une série sur (l'addiction|un flic alcoolique|la crise des opioïdes)( et c'est super bien fait|, tu connais?)",
        "Le chien de (mon amie|ma voisine) est mort (hier|ce week-end) et (je suis triste pour elle|je lui ai apporté des fleurs), (je voulais juste le partager|du coup séance un peu plus courte aujourd'hui)",
        "Je suis (infirmière|aide-soignante) en psychiatrie, (on a eu une tentative de suicide|on a eu un patient en plein délire) (cette nuit|pendant ma garde) et (j'aimerais travailler sur ma récupération après les gardes|ça va, j'ai bien débriefé avec l'équipe)",
    )),
    ("fr.t3.neg.jeune_dieteticienne", "none", "none", "hard_negative", (
        "Je fais du jeûne intermittent (depuis un mois|avec l'accord de mon médecin) et (je mange bien à chaque repas|je me sens plus en forme), (on peut l'intégrer au plan?|on peut l'ajouter au tracker?)",
        "Avec (la diététicienne|ma nutritionniste) on a (calé|prévu) (trois repas et deux collations|un plan pour prendre du muscle), (je mange à ma faim|j'ai plus d'énergie à la salle)",
        "Je me suis pesé (ce matin|après les vacances): (deux kilos de plus|un kilo de moins), (rien de grave|ça reste stable), je (garde le même plan|continue tranquille)",
    )),
    ("fr.t3.neg.semaine_routine", "none", "none", "ordinary", (
        "Cette semaine (j'ai tenu|j'ai réussi à tenir) (ma routine du matin|mes trois séances de sport) (sauf mercredi|presque tous les jours), (je suis plutôt content|je suis assez fière de moi)",
        "(Je voudrais|J'aimerais) (qu'on parle de|qu'on travaille sur) (ma prise de parole en public|mon organisation|ma reconversion) (à la prochaine séance|aujourd'hui), (ça te va?|c'est possible?)",
        "Mon (copain|coloc) râle (parce que je laisse traîner la vaisselle|quand je rentre tard du sport), (il a pas tort|on en a parlé calmement)( haha|)",
    )),
)

_DE: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("de.t3.sui.plan_wochenende", "suicide", "high", "indirect", (
        "Die Wochenziele kannst du (streichen|vergessen), ich habe (beschlossen|mich entschieden), mir am (Samstag|Wochenende) das Leben zu nehmen(. Ich weiß auch schon wie|)",
        "Ich habe (genug Tabletten|die Schlaftabletten meiner Mutter) (gesammelt|zur Seite gelegt), um mich umzubringen, (wahrscheinlich heute Nacht|sobald die Kinder aus dem Haus sind)",
        "(Sag die Session am Donnerstag ab|Du kannst die nächste Session absagen), (bis dahin bin ich nicht mehr da|am Mittwoch mache ich Schluss mit allem)",
    )),
    ("de.t3.sui.nicht_aufwachen", "suicide", "medium", "passive", (
        "(Ich weiß, ich sollte|Eigentlich sollte ich) (meinen Habit-Tracker ausfüllen|die Lernziele angehen), aber (ehrlich gesagt|ganz ehrlich) wünsche ich mir (jeden Abend|oft), einfach nicht mehr aufzuwachen",
        "(Manchmal|In letzter Zeit) denke ich, (alle wären ohne mich besser dran|es wäre leichter, gar nicht mehr da zu sein)( und das macht mir Angst|, ist das normal?|)",
        "Ist es (normal|schlimm), dass ich (mir oft wünsche, tot zu sein|manchmal nicht mehr leben will)( seit dem Jobverlust|)?",
        "Ich will (einfach nicht mehr leben|nicht mehr da sein)( ehrlich gesagt|, sorry|)",
    )),
    ("de.t3.sui.abschied", "suicide", "high", "indirect", (
        "Danke für (alles|die ganzen Sessions), (wirklich|ehrlich). (Das war unser letztes Gespräch|Nächste Woche bin ich nicht mehr da), (ich habe mich schon von allen verabschiedet|die Briefe an meine Familie sind geschrieben)",
        "(Diese Woche|Gestern) habe ich (meine Sachen|meine Bücher und meinen Laptop) (verschenkt|an Freunde verteilt), (weil ich sie bald nicht mehr brauche|ich werde ja nicht mehr lange hier sein)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("de.t3.sh.ritzen_rueckfall", "self_harm", "medium", "indirect", (
        "Kurzes Update zum Tracker: Sport (dreimal|viermal), Wasser passt, und (leider|naja) habe ich mich (am Dienstag|gestern Abend) wieder geritzt, nach (fünf Monaten|fast einem Jahr) Pause",
        "(Ist wahrscheinlich nichts|Keine große Sache), aber (meine Clean-Serie|mein Zähler in der App) steht wieder auf null, weil ich mich (diese Woche|am Wochenende) (selbst verletzt|wieder geschnitten) habe",
        "Ich hatte (wieder|schon wieder) einen Rückfall mit dem Ritzen",
    )),
    ("de.t3.sh.wand_schlagen", "self_harm", "medium", "direct", (
        "Wenn (das Training schlecht läuft|ich im Job Mist baue), (schlage ich gegen die Wand|haue ich mir auf die Oberschenkel), bis es (richtig wehtut|blutet)( und dann geht es kurz besser|)",
        "Die (Schürfwunden|blauen Flecken) an meinen (Knöcheln|Armen) (sind nicht vom Sport|kommen nicht vom Klettern), (ich mache das selbst|das war ich selbst), (um mich zu bestrafen|wenn ich wütend auf mich bin)",
    )),
    ("de.t3.sh.verbrennen_heimlich", "self_harm", "medium", "indirect", (
        "(Seit ein paar Wochen|In letzter Zeit) verbrenne ich mir (die Arme|die Handgelenke) mit (dem Feuerzeug|heißem Wasser), (heimlich im Bad|wenn alle schlafen), (und ich weiß nicht, wie ich aufhören soll|und schäme mich total)",
        "Ist es normal, dass ich (im Sommer|beim Sport) immer lange Ärmel trage, damit (keiner|niemand) die (Brandwunden|frischen Wunden) sieht, die ich mir (selbst|absichtlich) zufüge?",
    )),
    ("de.t3.sh.narben_drang", "self_harm", "low", "passive", (
        "(Es ist schon zwei Jahre her|Es ist lange her), dass ich mich zuletzt (selbst verletzt|geritzt) habe, aber (mit dem Prüfungsstress|seit der Trennung|diese Woche) (kommt der Drang zurück|denke ich wieder öfter daran)",
        "Für (das Schwimmtraining|den Strandurlaub) (überlege ich|frage ich mich), wie ich die alten Narben (vom Ritzen|von früher, als ich mich verletzt habe) verstecken kann",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("de.t3.ed.kalorien_verdienen", "eating_disorder", "medium", "indirect", (
        "Mein (Trainingsplan|Laufplan) läuft super, aber essen darf ich erst, wenn ich (mindestens 700|tausend) Kalorien verbrannt habe( – sonst gibt es nichts|)",
        "(Heute|Gestern) habe ich (nur einen Apfel|fast nichts) gegessen, (weil ich nicht joggen war|weil ich es mir nicht verdient hatte)( und bin stolz drauf|, ist das komisch?|)",
        "(Wenn ich einen Ruhetag habe|Wenn ich das Gym ausfallen lasse), (streiche ich das Abendessen|esse ich den ganzen Tag nichts), (das ist meine Regel|sonst halte ich mich nicht aus)",
    )),
    ("de.t3.ed.essanfall_ausgleich", "eating_disorder", "medium", "direct", (
        "(Nach den Teamessen|Nach jedem Fressanfall|Nach einem Essanfall) (gehe ich auf die Toilette und übergebe mich|stecke ich mir den Finger in den Hals)( – danach fühle ich mich sauber|)",
        "(Ist nicht so wild|Ist bestimmt nichts), aber (ich nehme seit Wochen Abführmittel|ich schlucke wieder Abführmittel|ich nehme wieder Appetitzügler), (damit nichts ansetzt|um die Fressattacken auszugleichen)",
        "Ich (verstecke Essen|horte Süßigkeiten) in meinem Zimmer, (esse nachts alles auf|stopfe nachts alles in mich rein) und (faste dann zwei Tage|mache danach stundenlang Sport), (damit ich nicht zunehme|aus Angst vor dem Zunehmen)",
    )),
    ("de.t3.ed.umgekippt", "eating_disorder", "high", "direct", (
        "Ich bin (beim Joggen|in der Uni|in der Bahn) (umgekippt|ohnmächtig geworden), weil ich seit (drei Tagen|fast einer Woche) (nichts gegessen habe|kaum was esse)(, um abzunehmen|)",
        "Mir wird (ständig schwarz vor Augen|dauernd schwindelig), sobald ich aufstehe. (Ich esse seit Montag nur Gurken|Ich bleibe unter 400 Kalorien am Tag), ist das (schlimm|gefährlich)?",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("de.t3.sub.pegel_arbeit", "substance_abuse", "medium", "indirect", (
        "Um die (Meetings|Schichten) zu überstehen, (trinke ich vorher|kippe ich mir morgens) (ein paar Schnäpse|ein, zwei Bier)( im Auto|)",
        "(Ohne Alkohol|Ohne meinen Pegel) (zittern mir morgens die Hände|schwitze ich und zittere), (deshalb trinke ich schon vor der Arbeit|und ich schaffe es nicht mehr, einen Tag nüchtern zu bleiben)",
        "(Keine große Sache|Halb so wild), aber ich (verstecke|bunkere) Flaschen (im Büro|in der Sporttasche), (damit meine Frau nichts merkt|falls ich tagsüber was brauche)",
    )),
    ("de.t3.sub.tavor_ritalin", "substance_abuse", "medium", "indirect", (
        "Mein Schlafziel (klappt|schaffe ich) nur, weil ich (doppelt|dreimal) so viele (Tavor|Schlaftabletten) nehme wie (verschrieben|die Ärztin gesagt hat)",
        "Für die Prüfungsphase (nehme ich|schlucke ich) (Ritalin|Speed) (ohne Rezept|jeden Tag)(, abends dann Tabletten zum Runterkommen| und komme ohne nicht mehr klar|)",
    )),
    ("de.t3.sub.mehr_als_gewollt", "substance_abuse", "low", "passive", (
        "(Vielleicht ist das albern|Keine Ahnung, ob das wichtig ist), aber (seit dem Homeoffice|seit der Trennung) trinke ich (mehr, als mir lieb ist|öfter, als ich möchte), (vor allem abends allein|fast jeden Abend)",
        "Mein Ziel war (ein trockener Januar|kein Alkohol unter der Woche), (aber ich habe es nicht einmal geschafft|aber das klappt überhaupt nicht), (abends wird aus einem Glas schnell eine Flasche|es bleibt nie bei einem Bier)",
        "(Ich kiffe|Ich rauche Gras) (inzwischen|mittlerweile) jeden Abend, um runterzukommen, (und das ist mehr, als ich wollte|eigentlich wollte ich das reduzieren)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("de.t3.dv.schlaege_partner", "domestic_violence", "high", "direct", (
        "(Sorry|Entschuldige), dass ich (die Session verpasst habe|am Donnerstag nicht da war), mein (Freund|Mann) hat mich (geschlagen|verprügelt) und (mein Gesicht ist noch geschwollen|ich konnte kaum laufen)",
        "(Mein Ex|Mein Partner) hat (gedroht, mich umzubringen|gesagt, er bringt mich um), wenn ich (ihn verlasse|zur Polizei gehe)( und ich glaube ihm|)",
    )),
    ("de.t3.dv.kontrolle_handy_geld", "domestic_violence", "medium", "indirect", (
        "Ich konnte (mich nicht melden|den Check-in nicht machen), weil (mein Mann|meine Freundin) mein Handy (kontrolliert|durchsucht) und (ausrastet|sauer wird), wenn ich mit (jemandem|anderen) schreibe",
        "(Mein Mann|Mein Partner) (teilt mir das Geld zu|hat mein Konto unter Kontrolle), ich darf (meine Freundinnen|meine Familie) nicht (mehr |)sehen, und ich habe Angst, was passiert, wenn er von (diesen Sitzungen|dem Coaching) erfährt",
    )),
    ("de.t3.dv.vater_bruellt", "domestic_violence", "low", "passive", (
        "Zu Hause (kann ich nicht lernen|kann ich mich nicht konzentrieren), weil (mein Vater|mein Stiefvater) (rumschreit|herumbrüllt), wenn er (getrunken hat|schlechte Laune hat), und (das macht mir Angst|ich traue mich nicht aus meinem Zimmer)",
        "Bei uns (gehen alle wie auf rohen Eiern|bin ich ständig auf der Hut), (damit Mama nicht ausrastet|wegen der Wutanfälle meines Vaters), (deshalb habe ich keine Energie für meine Ziele|und so komme ich mit dem Plan nicht voran)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("de.t3.mh.panik_meeting", "mental_health_crisis", "medium", "direct", (
        "(Ich sitze gerade auf der Toilette im Büro|Ich bin gerade aus dem Meeting gerannt) und (kriege keine Luft|kann nicht richtig atmen), (mein Herz rast|mir ist schwindelig) und (ich denke, ich sterbe|ich habe das Gefühl, gleich umzukippen)",
        "(Schon wieder|Zum dritten Mal diese Woche) eine Panikattacke (vor der Präsentation|in der U-Bahn)(, ich kann mich nicht beruhigen|, was mache ich jetzt?|)",
        "Ich habe gerade eine Panikattacke",
    )),
    ("de.t3.mh.komme_nicht_hoch", "mental_health_crisis", "medium", "indirect", (
        "(Seit Tagen|Seit fast einer Woche) (komme ich nicht aus dem Bett|liege ich nur im Bett), (ich habe nicht geduscht|ich esse kaum) und (schaffe es nicht mal, aufs Handy zu schauen|kann mich zu gar nichts aufraffen)",
        "(Sorry für die verpassten Check-ins|Deshalb hab ich mich nicht gemeldet): ich (bin wie gelähmt|funktioniere einfach nicht mehr), (liege den ganzen Tag da und starre an die Decke|kann mich weder waschen noch anziehen)",
        "Ist es normal, dass ich (seit Tagen|schon die ganze Woche) (nicht aufstehen kann|mich nicht waschen kann), obwohl ich (körperlich gesund bin|eigentlich will)?",
    )),
    ("de.t3.mh.manie", "mental_health_crisis", "medium", "indirect", (
        "(Ich habe seit drei Nächten nicht geschlafen|Ich schlafe seit Tagen kaum) und (bin trotzdem topfit|habe Energie ohne Ende), (gestern habe ich|ich habe) (mein ganzes Erspartes|5000 Euro) für (eine Geschäftsidee|Sachen, die ich nicht brauche) ausgegeben",
        "Der Fünfjahresplan ist (viel zu klein|lächerlich), (ich habe gerade verstanden|mir ist klar geworden), dass ich (auserwählt bin|eine besondere Mission habe) und (keinen Schlaf brauche|diese Woche die Welt verändere)",
    )),
    ("de.t3.mh.alles_unecht", "mental_health_crisis", "medium", "indirect", (
        "(Seit dem Umzug|Seit ein paar Tagen) fühlt sich (alles unecht an|die Welt wie ein Film an), (ich sehe mir selbst von außen zu|als wäre ich gar nicht in meinem Körper)",
        "Ist es normal, (in den Spiegel zu schauen und mich nicht zu erkennen|dass sich meine Hände fremd anfühlen)? (Das passiert mir ständig|Das macht mir echt Angst)( und ich kann kaum arbeiten|)",
        "Ich wollte (am Lernplan|an meinem Projekt) weiterarbeiten, aber (ich bin wie abgeschnitten von allem|es ist, als wäre eine Glasscheibe zwischen mir und der Welt)( und Stimmen klingen weit weg|)",
    )),
    # --- none ----------------------------------------------------------------------------------
    ("de.t3.neg.sterbe_hunger", "none", "none", "hard_negative", (
        "(Ich sterbe vor Hunger|Ich verhungere gleich), (das Training heute war brutal|das Meeting ging ewig), (jetzt gibt's erstmal Pasta|gleich wird gekocht)",
        "(Diese Steuererklärung|Der Umzugskram) bringt mich (noch|echt) um, (aber ich bleib dran|aber heute ist der letzte Teil dran)( lol|)",
        "Ich hab mich (totgelacht|kaputtgelacht) über (dein Meme|den Kommentar meines Chefs), (danke dafür|genau das brauchte ich)",
        "(Ich krieg die Krise mit dieser Deadline|Nach dem Nachtflug bin ich total neben der Spur|Ich bin fix und fertig nach dem Umzug)( haha|)",
    )),
    ("de.t3.neg.blaue_flecken_sport", "none", "none", "hard_negative", (
        "Meine (Beine|Schienbeine) sind voller blauer Flecken vom (Handballspiel|Fußballtraining|Boulderkurs) am (Samstag|Sonntag)( haha|, aber wir haben gewonnen|)",
        "Ich bin (beim Klettern|mit dem Rad) (gestürzt|hingefallen) und habe einen (riesigen|fetten) blauen Fleck (am Knie|an der Hüfte), (nichts Schlimmes|sieht schlimmer aus, als es ist)",
    )),
    ("de.t3.neg.trocken_jubilaeum", "none", "none", "hard_negative", (
        "Heute bin ich (zwei Jahre|ein Jahr|sechs Monate) trocken (und wollte das mit dir feiern|und bin richtig stolz)",
        "Beim (AA-Treffen|Meeting der Anonymen Alkoholiker) (gestern|diese Woche) habe ich meinen (Ein-Jahres-Chip|Chip für 18 Monate) bekommen(, endlich|)",
        "(Seit ich nicht mehr trinke|Seit ich nüchtern bin), (schlafe ich viel besser|laufe ich wieder Halbmarathon), (das motiviert mich total|darauf will ich aufbauen)",
    )),
    ("de.t3.neg.sanitaeter_job", "none", "none", "hard_negative", (
        "Ich bin Notfallsanitäter und hatte (gestern|letzte Nacht) (eine Überdosis|einen Suizidversuch|eine Frau mit Schnittwunden) im Einsatz(, war hart, aber mir geht's gut|, deshalb möchte ich üben, nach der Schicht abzuschalten|)",
        "Als (Pflegerin in der Psychiatrie|Sozialarbeiter|Therapeutin) rede ich den ganzen Tag über (Selbstverletzung|Sucht|häusliche Gewalt), mein Ziel ist, (bessere Grenzen zu setzen|die Arbeit nicht mit nach Hause zu nehmen)",
    )),
    ("de.t3.neg.fasten_arzt", "none", "none", "hard_negative", (
        "Ich mache (Intervallfasten 16:8|seit einem Monat Intervallfasten) nach Rücksprache mit (meiner Ärztin|meinem Hausarzt) und (fühle mich fitter|esse in meinem Zeitfenster richtig satt)",
        "Nach (der Knie-OP|der Weisheitszahn-OP) nehme ich (Ibuprofen|die Schmerzmittel) (genau nach Plan|so, wie der Arzt es gesagt hat)( und ab Montag gar nicht mehr|)",
        "(Meine Ernährungsberaterin|Mein Coach im Gym) und ich haben (drei Mahlzeiten und zwei Snacks|einen Plan für den Muskelaufbau) festgelegt, (ich esse mich satt|ich habe viel mehr Energie)",
    )),
    ("de.t3.neg.alltag", "none", "none", "ordinary", (
        "Diese Woche habe ich (meine Morgenroutine|die Lernzeit am Abend|mein Schrittziel) (fast jeden Tag|bis auf Mittwoch) geschafft, (ich bin ziemlich zufrieden|darauf bin ich stolz)",
        "(Können wir beim nächsten Mal|Können wir heute) über (meine Präsentationsangst|meinen Jobwechsel|mein Zeitmanagement) sprechen?",
        "Mein (Freund|Mitbewohner) (meckert|nörgelt), weil ich (den Abwasch stehen lasse|zu spät vom Sport komme), (und er hat ja recht|wir haben in Ruhe darüber geredet)",
    )),
)

INTERNATIONAL: dict[str, tuple[Family, ...]] = {"es": _ES, "fr": _FR, "de": _DE}
