# ruff: noqa: E501
"""Round-6 Spanish training families for the red-flag classifier. The classifier mixes up
neighbouring crisis categories (self-harm read as substance use, substance use as self-harm or
mental-health crisis, mental-health crisis as suicide, domestic violence as mental-health
crisis), so each crisis family here carries the cue that places it in its own category: the
self-harm object named next to shared words such as "recaí", "limpia" or "racha", pills taken
to hurt oneself versus pills taken to sleep or numb, distress that explicitly excludes a wish to
die, and fear that comes from a partner or relative. Hard negatives reuse the same vocabulary in
safe everyday senses, and the ordinary families are short chat messages a learner sends to the
coach."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- self_harm -------------------------------------------------------------------------
    ("es.t6.sh.ocultar_marcas", "self_harm", "medium", "indirect", (
        "(llevo|me pongo) manga larga (aunque haga calor|todo el rato) para que no se vean (los cortes|las marcas que me hago|las cicatrices nuevas)",
        "tengo que esconder (las tiritas|las vendas) (de los brazos|de las piernas) (en el trabajo|delante de mi familia) para que nadie sepa que me (corto|sigo cortando)",
        "cómo tapo (las quemaduras|los arañazos) que me hago (yo misma|yo mismo) sin que nadie en (casa|el curro) pregunte",
    )),
    ("es.t6.sh.recaida_cortes", "self_harm", "medium", "direct", (
        "(recaí|he recaído) (anoche|este finde), me corté después de (40 días|tres meses|dos semanas) sin hacerme daño",
        "(se me ha roto|perdí) la racha de (días|semanas) sin (cortarme|autolesionarme|quemarme)",
        "llevaba (un mes|medio año) limpia de (cortes|autolesiones) y hoy (he vuelto a usar la cuchilla|me he vuelto a cortar)",
    )),
    ("es.t6.sh.ganas_vuelven", "self_harm", "low", "passive", (
        "hace (un año|meses) que no me (corto|hago daño) pero (últimamente|esta semana) me (vuelven las ganas|acuerdo mucho de la cuchilla)",
        "(no he hecho nada aún|de momento estoy bien), pero (cuando me agobio|después de discutir) pienso en (arañarme|morderme el brazo) hasta que duela",
        "a veces (después de una bronca|cuando fallo en algo) (le pego puñetazos a la pared|me doy golpes) para sentir dolor, (como antes|igual que hacía antes)",
    )),
    ("es.t6.sh.pastillas_para_hacerme_dano", "self_harm", "high", "direct", (
        "(me he tomado|acabo de tomarme) (el doble|un montón) de (ibuprofeno|paracetamol|pastillas) para hacerme daño, no para (morirme|matarme)",
        "no quiero morir, solo quería (castigarme|sentir dolor) y me tomé (todas las pastillas que quedaban|media caja de pastillas) (hace una hora|hace un rato)",
    )),
    # --- substance_abuse -------------------------------------------------------------------
    ("es.t6.sa.recaida_consumo", "substance_abuse", "medium", "direct", (
        "(recaí|he recaído) con (la bebida|la coca|los porros) después de (40 días|tres meses) (limpio|limpia)",
        "(se me acabó|he perdido) la racha sin (alcohol|beber): anoche (me bebí una botella entera|acabé otra vez en el bar hasta las tantas)",
        "llevaba (un mes|medio año) sin (beber|tocar la coca) y (este finde|ayer) volví a (pillar|caer)",
    )),
    ("es.t6.sa.usar_para_aguantar", "substance_abuse", "medium", "indirect", (
        "(cada noche|últimamente) me tomo (dos|tres) (orfidales|lorazepam|trankimazines) para poder dormir y (ya no me hacen efecto|cada vez necesito más)",
        "no aguanto el día sin (un par de pastillas|fumarme un porro|un trago por la mañana) para (apagar la cabeza|no sentir nada)",
    )),
    ("es.t6.sa.bebo_mas_de_la_cuenta", "substance_abuse", "low", "indirect", (
        "(últimamente|este mes) bebo más de lo que (me gustaría|debería) (entre semana|al salir del curro|)",
        "(creo que|igual) se me está yendo de las manos (lo del vino|lo de las cervezas) por las noches",
        "(me he dado cuenta de que|noto que) ya no me tomo una sino (tres|cuatro) cervezas cada noche",
    )),
    ("es.t6.sa.mezcla_sobredosis", "substance_abuse", "high", "direct", (
        "mezclé (alcohol|vodka) con (benzos|ketamina|pastillas para dormir) y ahora (no me tengo en pie|me cuesta respirar|el corazón me va rarísimo)",
        "(mi amigo|mi colega|mi compañera de piso) se ha pasado con (la coca|las pastillas) y no (reacciona|responde), qué hago",
    )),
    # --- mental_health_crisis --------------------------------------------------------------
    ("es.t6.mh.ataque_panico_ahora", "mental_health_crisis", "medium", "direct", (
        "(me está dando|tengo) un ataque de pánico (ahora mismo|en el baño del curro|en el metro) y no puedo respirar bien",
        "el corazón me va a mil, me tiemblan las manos y (siento que me ahogo|no consigo calmarme)(, no sé qué hacer|)",
        "(ayuda, |)no puedo respirar, (todo me da vueltas|siento que me voy a desmayar|el pecho me aprieta) y (no se me pasa|no para)",
    )),
    ("es.t6.mh.voces_ordenan", "mental_health_crisis", "high", "direct", (
        "las voces (me dicen|no paran de decirme) que (no salga de casa|tire el móvil|no me fíe de nadie) y (hoy les estoy haciendo caso|no consigo ignorarlas)",
        "(oigo|escucho) una voz que me ordena (romper cosas|salir a la calle de noche|apagar todas las luces) y (me cuesta no obedecer|no sé si es real)",
    )),
    ("es.t6.mh.desconexion", "mental_health_crisis", "low", "indirect", (
        "(últimamente|desde hace unos días) me siento (desconectada|desconectado), como si (viera mi vida desde fuera|todo fuera un sueño)",
        "no quiero (hacerme daño|morirme) ni nada, pero (estoy como anestesiada|estoy como anestesiado|todo me da igual) y (no sé por qué|me asusta un poco)",
    )),
    # --- domestic_violence -----------------------------------------------------------------
    ("es.t6.dv.miedo_y_control", "domestic_violence", "medium", "indirect", (
        "(me da pánico|tengo miedo de) volver a casa porque mi (pareja|marido|novio) (se pone hecho una furia|revisa todo lo que hago)",
        "mi (novio|mujer|pareja) me (quita|controla) el (móvil|dinero) y no me deja ver a mis amigas",
        "me entra ansiedad cuando oigo las llaves de mi (marido|pareja|padre) porque no sé (de qué humor viene|si me va a gritar otra vez)",
    )),
    ("es.t6.dv.agresion_amenaza", "domestic_violence", "high", "direct", (
        "(anoche|ayer) mi (pareja|ex|marido) me (pegó|empujó contra la pared) y (me dijo que me mataría si lo contaba|tengo el ojo morado)",
        "mi (padre|hermano) me ha amenazado con (matarme|un cuchillo) y (estoy encerrada en el baño|no me atrevo a salir de mi cuarto)",
    )),
    # --- eating_disorder -------------------------------------------------------------------
    ("es.t6.ed.purgas_compensar", "eating_disorder", "medium", "direct", (
        "(después de cada comida|después de cenar|cuando como de más) (me provoco el vómito|voy al baño a vomitar) para no engordar",
        "(me tomo|llevo semanas tomando) laxantes (a escondidas|cada día) para (compensar lo que como|bajar de peso)",
        "si como algo (fuera de mi plan|de más) tengo que quemarlo con (dos horas de cinta|horas de cardio) aunque esté (reventada|reventado)",
    )),
    ("es.t6.ed.desmayo_sin_comer", "eating_disorder", "high", "direct", (
        "(me he desmayado|me he caído redonda) (en la ducha|en clase|en el gym) porque llevo días sin comer para adelgazar",
        "solo (como|tomo) (300|400) calorías al día y (hoy me he desmayado|se me va la vista al levantarme|el corazón me late rarísimo)",
    )),
    # --- suicide ---------------------------------------------------------------------------
    ("es.t6.su.deseo_de_no_estar", "suicide", "medium", "passive", (
        "(ojalá|a veces deseo) no (despertarme|despertar) (nunca más|un día de estos)",
        "(creo que|siento que) (mi familia|todo el mundo) estaría mejor sin mí(, no le veo sentido a seguir|)",
        "no quiero (seguir existiendo|estar aquí más|seguir viviendo así)(, solo quiero desaparecer para siempre|)",
    )),
    # --- none: hard negatives --------------------------------------------------------------
    ("es.t6.none.modismos_muerte", "none", "none", "hard_negative", (
        "(me muero|me moría) de ganas de (empezar el curso|ver mis resultados|la próxima sesión)",
        "(me mata|me está matando) este plazo, (a ver si llego|voy fatal de tiempo)",
        "estoy (muerta|muerto) de (sueño|cansancio) después del turno de noche",
        "(me he matado|me estoy matando) a estudiar (esta semana|para el examen)",
    )),
    ("es.t6.none.comida_y_bebida", "none", "none", "hard_negative", (
        "(anoche|el sábado) me tomé una copa de vino (con la cena|con mis suegros) y (dormí genial|fue muy agradable)",
        "estoy probando el ayuno intermitente, ¿(es normal tener hambre a media mañana|qué horario me recomiendas)?",
        "hoy me salté la comida por (las reuniones|un marrón en el curro) pero (cené bien|merendé fuerte)",
        "quiero (dejar el azúcar|reducir el azúcar|cortar con los refrescos) (este mes|poco a poco)",
    )),
    ("es.t6.none.habitos_y_pareja", "none", "none", "hard_negative", (
        "(mi pareja y yo|mi novio y yo) discutimos por (los platos|quién saca la basura) pero ya lo (hablamos|arreglamos)",
        "(he vuelto a caer|recaí) en el (scroll infinito|tiktok) antes de dormir, ¿algún truco?",
        "llevo una racha de (30|50) días limpia en la app de (idiomas|hábitos)",
        "me entró el pánico antes de la presentación pero (salió genial|al final salió bien)",
    )),
    # --- none: ordinary short messages -----------------------------------------------------
    ("es.t6.none.perdon_tardanza", "none", "none", "ordinary", (
        "(perdón|perdona|lo siento|sorry), (llego tarde|he tardado en contestar|tardé en responder)",
        "(ya estoy|aquí estoy), perdón por el retraso",
        "perdona la tardanza(, se me lió el día|)",
    )),
    ("es.t6.none.sigue_cuentame", "none", "none", "ordinary", (
        "(sigue|continúa|dale, sigue), (porfa|por favor)",
        "(explícame más|y luego qué|dame algún detalle más)(, porfa|)",
        "(vale, |ok, |)sigue con (el siguiente punto|lo de antes)",
    )),
    ("es.t6.none.hasta_manana", "none", "none", "ordinary", (
        "(hasta mañana|nos vemos mañana|mañana seguimos), (hago el ejercicio|practico lo de hoy|me pongo con la tarea)",
        "(me voy ya|lo dejo aquí), mañana (hago el ejercicio|te cuento qué tal)",
        "(gracias, |)(buenas noches|chao), mañana lo practico",
    )),
)
