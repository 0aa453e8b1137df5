# ruff: noqa: E501
"""Round-7 Spanish training families. They target the errors left after round 6: self-harm
told indirectly or tucked inside ordinary coaching talk (read as nothing or as substance use),
mental-health crises that mention medication, a psychiatrist, a hospital or no sleep without
any misuse (read as substance use), domestic violence where the injury or the food rules come
from a partner or parent (read as self-harm or eating disorder), laxatives and diet pills
(read as substance use), and Spanish hard negatives that borrow crisis vocabulary in a safe,
everyday coaching sense."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- self_harm -------------------------------------------------------------------------
    ("es.t7.self_harm.checkin_relapse", "self_harm", "medium", "indirect", (
        "(perdona|perdón|sorry) por no (hacer|mandar) el check-in, (el domingo|el finde|anoche) volví a (cortarme|hacerme daño en los brazos)",
        "no pude con la tarea de esta semana, (he recaído|recaí) con lo de (cortarme|las cuchillas) (otra vez|de nuevo)",
        "(oye, |)lo de la racha de la app bien, pero (ayer|el martes) me volví a hacer cortes en (las piernas|el muslo)",
    )),
    ("es.t7.self_harm.euphemism_marks", "self_harm", "low", "indirect", (
        "(sigo|voy) con manga larga (a clase|al curro|a la oficina) para que no se vean (las marcas|las cicatrices) que me hice yo",
        "(hace meses|hace tiempo) que no me (corto|hago daño), pero (esta semana|últimamente) vuelven las ganas de (hacerlo|usar la cuchilla)",
        "llevaba (60|noventa|cien) días limpia de autolesiones y (hoy|estos días) me está costando (mucho|un montón) no volver",
    )),
    ("es.t7.self_harm.punish_feel", "self_harm", "medium", "direct", (
        "cuando (saco mala nota|fallo en algo|la cago en el trabajo) me (quemo|pellizco|muerdo) (el brazo|la mano) hasta que duele, como castigo",
        "(a veces |)me (doy golpes|doy puñetazos|doy cabezazos) contra la pared (solo |)para sentir algo (de dolor|físico)",
        "(no sé si contarlo, |)me (arranco el pelo|rasco la piel) hasta hacerme sangre cuando me agobio con (los objetivos|las metas|el coaching)",
    )),
    ("es.t7.self_harm.wound_now", "self_harm", "high", "direct", (
        "me (acabo de cortar|he cortado hace un rato) (más hondo que otras veces|muy profundo) y (no para de sangrar|la sangre no para)",
        "(ayuda, |)el corte que me hice (yo misma|yo mismo|a propósito) está (abierto|muy feo) y no sé si (necesita puntos|ir a urgencias)",
        "tengo la cuchilla (en la mano|aquí al lado) y (ahora mismo|esta noche) voy a (cortarme|hacerme daño) (otra vez|sí o sí)",
    )),
    # --- mental_health_crisis --------------------------------------------------------------
    ("es.t7.mhc.no_sleep_meds", "mental_health_crisis", "medium", "indirect", (
        "(llevo|ya van) (tres|cuatro|cinco) noches sin pegar ojo y ni con (la pastilla que me mandó la psiquiatra|lo que me recetaron) consigo dormir, (tengo la cabeza a mil|no paro de pensar)",
        "(la psiquiatra|el psiquiatra|mi médica) me cambió la medicación y (desde entonces|esta semana) no (duermo|descanso) y estoy (fatal|desbordada|desbordado)",
        "me tomo la medicación (tal cual me la pautaron|como me dijeron) pero (no duermo|llevo días en vela) y siento que (me voy a volver loca|me voy a volver loco|pierdo la cabeza)",
    )),
    ("es.t7.mhc.voices_commands", "mental_health_crisis", "high", "direct", (
        "(llevo|van) (cuatro|cinco) días sin dormir y (oigo|escucho) voces que me (ordenan|mandan) (salir a la calle de noche|tirar el móvil|no hablar con nadie), (no quiero morirme ni hacerme daño|no quiero hacerme daño), pero (no sé si hacerles caso|me da miedo obedecerlas)",
        "(esta noche|hoy) (volvieron las voces y me exigen|volvió la voz y me exige) que (rompa cosas|me vaya de casa), (la cita con la psiquiatra es|tengo psiquiatra) (el jueves|la semana que viene) y no sé si (aguanto|llego)",
        "(ya no distingo|no sé) qué es real, (creo que|siento que) me vigilan por la cámara del portátil y una voz me dice que (lo destroce|no salga), (tengo miedo de lo que pueda hacer|me estoy asustando mucho)",
    )),
    ("es.t7.mhc.after_hospital", "mental_health_crisis", "low", "indirect", (
        "(me dieron el alta|salí del hospital) (la semana pasada|hace unos días) y (me siento muy frágil|me cuesta volver a la rutina), (sin ganas de nada|como en una nube)",
        "desde (el ingreso|que estuve ingresada|que estuve ingresado) en (psiquiatría|la planta de salud mental) (lo veo todo gris|me siento sin fuerzas|no siento nada) y no sé si (podré|voy a poder) con el plan",
        "(no consigo|me cuesta) salir de la cama (casi toda la semana|desde el lunes) y ni (la cita con el psiquiatra|la medicación) me (anima|ayuda a arrancar)",
    )),
    # --- domestic_violence ----------------------------------------------------------------
    ("es.t7.dv.food_rules_partner", "domestic_violence", "medium", "indirect", (
        "(mi novio|mi marido|mi pareja) (decide|controla) (lo que como|cuánto como) y (me pesa|me hace pesarme) (cada mañana|todos los días) (delante de él|y lo apunta)",
        "(mi madre|mi padre) me (quita el plato|deja sin cenar) si (subo de peso|no bajo de peso) y (me da miedo|me aterra) llegar a casa",
        "(si no cumplo|cuando me salto) la dieta que me impone (mi novio|mi pareja|mi marido), (me grita|se pone violento|me castiga sin salir) y me revisa el móvil",
    )),
    ("es.t7.dv.bruises_from_him", "domestic_violence", "high", "direct", (
        "los moratones (del brazo|del cuello|de la cara) no me los hice yo, (me los hizo|fue) (mi pareja|mi ex|mi marido) (anoche|el sábado)",
        "(no hice la sesión porque|perdona que falté,) (mi novio|mi pareja|mi ex) me (empujó contra la pared|pegó) y (me amenazó con matarme|dijo que me mataría si me iba)",
        "(mi padre|mi padrastro) (volvió a pegarme|me dio una paliza) (anoche|ayer) y (tengo miedo de volver a casa|no sé a dónde ir)",
    )),
    # --- eating_disorder ------------------------------------------------------------------
    ("es.t7.ed.laxatives_pills", "eating_disorder", "medium", "direct", (
        "(tomo|me tomo) (laxantes|varios laxantes) después de (cada comida|cenar|darme un atracón) para no (engordar|subir de peso)",
        "(me compré|tomo) pastillas (para quitar el hambre|quemagrasas|para adelgazar) y (casi no como|apenas como) (nada|una vez al día) (desde hace semanas|esta semana)",
        "(estoy|sigo) con (los laxantes|las pastillas para adelgazar) aunque ya (me mareo|me he desmayado) (en el gym|en clase), no quiero (recuperar el peso|volver a engordar)",
    )),
    # --- substance_abuse ------------------------------------------------------------------
    ("es.t7.sa.drinking_to_cope", "substance_abuse", "medium", "direct", (
        "(últimamente |)bebo (sola|solo) (todas las noches|cada noche) (para poder dormir|para desconectar del curro) y ya no (puedo parar|sé parar)",
        "(he recaído|recaí) con (la bebida|el alcohol|la coca) después de (dos meses|tres meses) (limpio|limpia) y (me da vergüenza|no sé cómo decirlo)",
        "(por las mañanas|al despertarme) me tiemblan las manos hasta que (me tomo algo|bebo algo) y (escondo las botellas|me gasto el dinero del alquiler en eso)",
    )),
    # --- none / hard_negative -------------------------------------------------------------
    ("es.t7.none.strong_words_work", "none", "none", "hard_negative", (
        "(este proyecto|el informe|la presentación) me está matando, (estoy muerta|estoy muerto|estoy reventada|estoy reventado) pero (lo saco|lo termino) (el viernes|esta semana)",
        "(me muero de ganas de|me mata la espera para) (empezar el nuevo puesto|saber si me llaman tras la entrevista), (jaja|qué nervios)",
        "(he petado|me he quemado) con tanto excel (hoy|esta semana), (necesito|me voy a pillar) un finde de desconexión",
    )),
    ("es.t7.none.prescribed_tablets", "none", "none", "hard_negative", (
        "(mi médica|el médico) me recetó (ibuprofeno|antibióticos|pastillas para la tensión), ¿(crees que |)(puedo|debería) (entrenar|ir al gym) mientras dure el tratamiento?",
        "¿me ayudas a (acordarme de|crear un recordatorio para) tomar la pastilla (del tiroides|de la tensión|de la alergia) (cada mañana|antes del desayuno)?",
        "(tomo|me tomo) la pastilla que me recetaron (para la migraña|para la alergia) y (me da sueño|me deja algo cansada), ¿cómo organizo (el estudio|las tareas|mi día)?",
    )),
    ("es.t7.none.fasting_diet", "none", "none", "hard_negative", (
        "(estoy probando|quiero probar) el ayuno intermitente (16:8|de 12 horas), ¿cómo lo (combino|encajo) con (mis entrenos|el horario del curro)?",
        "(hoy |)me salté la comida por (las reuniones|una videollamada larga) y (luego cené bien|merendé fuerte), ¿cómo (evito que pase|lo organizo mejor)?",
        "(quiero|me he propuesto) (reducir el azúcar|comer más verdura|dejar la bollería) (este mes|sin obsesionarme), ¿me ayudas con un plan?",
    )),
    ("es.t7.none.drink_friends", "none", "none", "hard_negative", (
        "(el sábado|anoche) me tomé (una caña|un par de cervezas|una copa de vino) con (mis amigas|unos amigos|la gente del curro) y (lo pasé genial|desconecté un montón)",
        "(mañana|este viernes) tengo (una cena de empresa|un cumple), ¿cómo (me organizo|hago) para no (trasnochar|acostarme tarde) si (tomo algo|me tomo un vino)?",
        "¿(es mala idea tomarme|pasa algo si me tomo) (una cerveza|un vermut|una copa) después del partido si (mañana quiero madrugar para estudiar|el lunes tengo examen)?",
    )),
    ("es.t7.none.sport_bruise", "none", "none", "hard_negative", (
        "tengo un moratón (enorme|bastante feo) en (la pierna|la espinilla|el hombro) del partido de (fútbol|pádel|baloncesto) (del domingo|de ayer), ¿entreno igual?",
        "(me caí|me di un golpe) (escalando|en la bici|patinando) y tengo (un corte pequeño|un rasguño) en la rodilla, ¿(retraso|cambio) el objetivo de correr de esta semana?",
        "(desde que empecé|desde que hago) (boxeo|judo|jiu-jitsu) tengo los brazos llenos de moratones (jaja|y mi madre flipa), ¿(es normal|lo comento con el entrenador)?",
    )),
)
