# ruff: noqa: E501
"""Round-8 Spanish training families: passive suicidal wishes, indirect self-harm slang, eating disorders, substance use with low mood, coercive control, non-abusive mental-health crises, and hard negatives using the same words safely."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- suicide
    ("es.t8.sui.no_despertar_agotamiento", "suicide", "medium", "passive", (
        "(estoy tan agotada|ya no puedo más con este cansancio|llevo semanas sin fuerzas para nada) que (ojalá no despertar mañana|lo único que quiero es no despertarme mañana|a veces pido no despertarme)",
        "(perdona que no fui a la sesión,|sorry por faltar,|) la verdad (es que |)no le veo sentido a seguir viviendo( y estoy como entumecido| y ya no siento nada|)",
        "cada noche (me acuesto|me meto en la cama) deseando (no amanecer|no volver a abrir los ojos)",
    )),
    ("es.t8.sui.carga_para_los_suyos", "suicide", "medium", "indirect", (
        "(mi familia|mi pareja|mi madre) estaría mejor sin mí(, lo pienso todos los días|, ya solo soy un estorbo|)",
        "(siento que|tengo claro que|cada vez pienso más que) (soy una carga para todos|solo les amargo la vida a los míos) y (lo mejor sería desaparecer del todo|para ellos sería más fácil si yo ya no estuviera)",
        "con lo del objetivo de esta semana ni me molesto, (total|igual) no pienso seguir aquí mucho tiempo",
    )),
    ("es.t8.sui.plan_entre_ataques_panico", "suicide", "high", "direct", (
        "(otro ataque de pánico|llevo tres ataques de pánico hoy|el pecho no me deja respirar) y (ya tengo decidido|ya sé) cómo (acabar con todo|quitarme de en medio)( esta noche|)",
        "(ya escribí|dejé escritas) las cartas para mi familia, no me veo aquí (mañana|el fin de semana)",
        "no siento nada, estoy como anestesiado, y (ya elegí el día|tengo todo preparado) para (matarme|terminar con mi vida)",
    )),
    # -------------------------------------------------------------- self_harm
    ("es.t8.sh.recaida_jerga_corta", "self_harm", "medium", "indirect", (
        "(recaí|volví a recaer|rompí la racha) (con lo de los cortes|en el sh|después de 40 días limpia)( anoche|, otra vez|)",
        "(otra vez|ayer) hice (lo de siempre|la cosa esa) con la cuchilla(, no se lo cuento a nadie|)",
        "(tenía|llevaba) (dos meses|100 días) sin hacerme daño y (la cagué|lo tiré todo por la borda)",
    )),
    ("es.t8.sh.manga_larga_en_agosto", "self_harm", "medium", "indirect", (
        "(con este calor|en pleno agosto|a 35 grados) sigo con manga larga para que no me vean (los brazos|las marcas|las muñecas)",
        "(tengo|otra vez tengo) los brazos hechos un (cuadro|desastre) y (no quiero ir al gym|me da pánico la clase de natación)",
        "(no puedo|no me atrevo a) ir a la piscina con mis amigas porque se verían (las cicatrices|las marcas nuevas) de (lo que me hago|cuando me hago daño)",
    )),
    ("es.t8.sh.donde_nadie_lo_ve", "self_harm", "medium", "direct", (
        "(me hago daño|me lastimo) (en los muslos|en la barriga|donde no se ve) para que (nadie pregunte|nadie se entere)",
        "cuando me agobio (me quemo con el mechero|me doy golpes contra la pared|me araño hasta sangrar)( y luego me siento peor|)",
        "(la verdad|te soy sincera), (lo único que me calma es hacerme daño|solo me tranquilizo cuando me lastimo a propósito)",
    )),
    ("es.t8.sh.cajita_del_cajon_ganas", "self_harm", "low", "indirect", (
        "(esta semana|hoy) no paro de pensar en la cajita (del cajón|que escondo debajo de la cama)( y me cuesta no abrirla|)",
        "(tengo|me están dando) muchas ganas de (volver a cortarme|hacerme daño otra vez) pero (de momento aguanto|todavía no lo he hecho)",
        "(oye, |)llevo (meses|un año) sin autolesionarme pero hoy (las ganas aprietan|no me quito la cuchilla de la cabeza)",
    )),
    # -------------------------------------------------------- eating_disorder
    ("es.t8.ed.restriccion_y_vomito", "eating_disorder", "medium", "direct", (
        "(llevo|ya van) (tres|cuatro) días comiendo (menos de 500 calorías|solo café y una manzana) y (me siento orgullosa|todavía me veo gorda)",
        "(después de cenar|cada vez que como algo) (voy corriendo al baño a vomitar|me meto los dedos para echarlo)",
        "sobre el plan de nutrición: (no lo sigo|lo he dejado), (me salto comidas a escondidas|escondo la comida para que mi madre no se dé cuenta)",
    )),
    ("es.t8.ed.atracon_y_compensar", "eating_disorder", "medium", "indirect", (
        "(anoche|el finde) me di un atracón (enorme|brutal) y (me tomé un puñado de laxantes|ahora me toca ayunar dos días para compensar)",
        "(me peso|me subo a la báscula) (cinco|seis) veces al día y si sube (cien gramos|un poquito) (no como nada|me castigo sin comer)",
        "me da terror comer delante de otros(, así que me invento excusas| y ya ni voy a las cenas del curro|)",
    )),
    # -------------------------------------------------------- substance_abuse
    ("es.t8.sa.abstinencia_alcohol_ansiedad", "substance_abuse", "medium", "direct", (
        "(llevo|ya van) (dos|tres) días sin beber y (tengo unos temblores|estoy sudando tanto|tengo una ansiedad) que (no puedo ni sujetar el móvil|no he pegado ojo)",
        "(dejé|corté) el alcohol de golpe (el lunes|esta semana) y (el corazón me va a mil|me tiemblan las manos) todo el rato",
        "sin mis cervezas (de la noche|de cada día) me entra un bajón (horrible|que no puedo con él)",
    )),
    ("es.t8.sa.alcohol_con_pastillas", "substance_abuse", "medium", "direct", (
        "(anoche|el sábado) mezclé (el vino|unas copas|el ron) con (los rivotriles|el lorazepam|las pastillas para dormir) (para no sentir nada|para apagar la ansiedad)",
        "cuando me da el bajón (me tomo|me meto) (dos|tres) tranquimazines con (whisky|vodka) y (ya ni me acuerdo de la noche|me despierto sin recordar nada)",
        "ya no me alcanzan las pastillas que me recetaron, las (pido|consigo) por fuera y me las (bajo|trago) con (cerveza|ginebra)",
    )),
    ("es.t8.sa.coca_antes_del_curro", "substance_abuse", "medium", "direct", (
        "(me meto|me hago) (una raya|un tiro|un par de rayas) antes de (entrar al curro|la reunión de las nueve|empezar el turno) porque si no (me come la ansiedad|no funciono)",
        "(la neta|en serio), sin (perico|coca) ya no (aguanto la chamba|puedo con la jornada) y (después me da un bajón horrible|luego me entra una paranoia tremenda)",
    )),
    ("es.t8.sa.mono_porros_bajon", "substance_abuse", "low", "indirect", (
        "(llevo|ya van) (una semana|diez días) sin fumar porros y el mono (me tiene de los nervios|me deja hecho polvo)",
        "(tengo|me da) un ansia de (volver a fumar hierba|pillar algo) que no veas(, y encima estoy por los suelos|)",
        "lo de mi objetivo de dejar la marihuana: (hoy casi llamo al camello|estuve a punto de comprar otra vez) porque (me siento vacío|la ansiedad no me deja en paz)",
    )),
    # ------------------------------------------------------ domestic_violence
    ("es.t8.dv.control_del_celular", "domestic_violence", "medium", "indirect", (
        "mi (novio|pareja|marido) me revisa el (móvil|celular) todas las noches y si (hablo con un chico|ve un mensaje que no le gusta) se pone (como loco|hecho una furia)",
        "(no puedo|ya no me deja) (quedar con mis amigas|ver a mi familia) sin que (me monte una escena|me castigue sin hablarme días)",
        "(perdona que no conteste,|) él tiene mis contraseñas y (lee todo lo que escribo|sabe con quién hablo)(, incluso esto|)",
    )),
    ("es.t8.dv.control_del_dinero", "domestic_violence", "medium", "indirect", (
        "(mi marido|mi pareja) se queda (con mi sueldo|con mi tarjeta) y me da (20 euros|un poco de plata) a la semana(, tengo que justificarle cada gasto|)",
        "no puedo apuntarme al curso porque (él|mi esposo) (controla|decide) (todo el dinero|cada peso que gasto) y (si pido algo se enfada|me dice que no valgo para nada)",
        "me quitó (las llaves del coche|el acceso a la cuenta) para que no (pueda irme|salga sin él)",
    )),
    ("es.t8.dv.ex_me_sigue", "domestic_violence", "medium", "indirect", (
        "mi ex (me sigue|aparece) (a la salida del trabajo|en la puerta del gimnasio|cerca de mi casa) (aunque le bloqueé en todo|desde que lo dejamos)",
        "(me escribe|me manda mensajes) desde (cuentas nuevas|números distintos) diciendo que (si no vuelvo con él me va a pasar algo|sabe dónde vivo)",
        "(no sé si esto va aquí pero|la verdad) (tengo miedo de salir a correr sola|cambio de ruta cada día) porque mi ex (me vigila|me espera en la esquina)",
    )),
    ("es.t8.dv.miedo_a_volver_a_casa", "domestic_violence", "high", "indirect", (
        "(me quedo en la biblioteca|doy vueltas por la calle) hasta tarde para no volver a casa, (mi padre|mi hermano mayor) (me pega|me levanta la mano) cuando (se enfada|algo le sale mal)",
        "(tengo miedo de volver a casa esta noche|no quiero entrar en casa hoy), (me dijo que|me amenazó con que) (esta vez me iba a enterar|me mataba si volvía tarde)",
        "(perdona la hora, |)estoy encerrada en el baño porque (él está gritando y rompiendo cosas|me acaba de empujar contra la pared)",
    )),
    # --------------------------------------------------- mental_health_crisis
    ("es.t8.mhc.panico_en_el_suelo_del_bano", "mental_health_crisis", "medium", "direct", (
        "(mi novio|mi pareja|mi compañera de piso) me encontró (temblando|hiperventilando) en el suelo del baño(, no podía ni hablar|)",
        "(llevo toda la tarde|desde esta mañana) con (un ataque de pánico tras otro|el pecho apretado y sin poder respirar) y mi (madre|marido) (ya no sabe qué hacer|tuvo que llevarme a urgencias)",
        "creía que me moría, (el corazón a mil|me hormigueaban las manos), y no había tomado nada, (ni café|ni una gota de alcohol)",
    )),
    ("es.t8.mhc.voces_y_vigilancia", "mental_health_crisis", "medium", "direct", (
        "desde que (murió mi madre|falleció mi abuela) (oigo su voz|escucho que me llama) por la casa( por las noches|)",
        "estoy (convencido|segura) de que (los vecinos|los del piso de arriba) me (vigilan|espían) a través de (las paredes|los enchufes)",
        "(mi hermana dice que estoy rara, pero|nadie me cree, pero) la tele (me manda mensajes|me habla) solo a mí",
    )),
    ("es.t8.mhc.mania_sin_dormir", "mental_health_crisis", "medium", "direct", (
        "(llevo|ya son) (tres|cuatro) noches sin dormir y (me siento invencible|se me ocurren mil cosas por minuto)(, he gastado todos mis ahorros|, mi novia dice que hablo sin parar|)",
        "(dejé|me quité) el litio (hace dos semanas|por mi cuenta) y (ahora no puedo parar|mi cabeza va a mil por hora)",
        "voy a montar (cinco empresas|tres negocios) a la vez este mes, no necesito dormir( ni comer|)",
    )),
    ("es.t8.mhc.disociacion_con_medicacion", "mental_health_crisis", "medium", "indirect", (
        "(me tomo|estoy tomando) la sertralina (tal cual me la recetaron|como me dijo la psiquiatra) pero (me siento fuera de mi cuerpo|todo parece de mentira)( desde hace días|)",
        "(miro|me miro) al espejo y no me reconozco, (mi madre|mi pareja) me habla y (la oigo muy lejos|es como ver una película)",
        "(no tomo nada raro|no he bebido ni fumado nada), solo lo que me recetaron, y aun así (me desconecto de todo|pierdo horas sin saber qué hice)",
    )),
    # ------------------------------------------------------------------- none
    ("es.t8.none.modismos_de_morirse", "none", "none", "hard_negative", (
        "(me muero de ganas de|tengo unas ganas locas de) (estrenar la rutina de pierna|ver cómo quedó el balance del mes|que llegue la sesión del jueves)(, jaja|!|)",
        "este (proyecto|máster|jefe nuevo) me (mata|tiene frita)(, pero lo saco adelante|, necesito organizarme mejor|)",
        "(casi me muero de la risa|me quise morir de vergüenza) cuando (se me cayó el café en la reunión|me equivoqué de nombre en la presentación)",
    )),
    ("es.t8.none.estoy_que_exploto_curro", "none", "none", "hard_negative", (
        "(estoy que exploto|estoy a punto de reventar) con tanto (correo|papeleo|trabajo) (esta semana|hoy)(, ¿me ayudas a priorizar?|)",
        "(me va a dar algo|me da un ataque) si (vuelven a cambiar el plazo|me piden otro informe)(, jaja|)",
        "(qué ansiedad|qué nervios) con la entrevista de mañana, (¿repasamos las preguntas?|quiero llevarla bien preparada)",
    )),
    ("es.t8.none.copas_con_moderacion", "none", "none", "hard_negative", (
        "(anoche|el sábado) me tomé (una copa de vino|un par de cañas|una cerveza) (en la cena|con los compañeros) y seguía nerviosa por (la presentación|el examen)",
        "¿(está bien|pasa algo si) me tomo (una cerveza|una copa) el viernes si estoy (en déficit calórico|siguiendo el plan)?",
        "para mi objetivo de (dormir mejor|cuidarme más) voy a dejar el vino a (un día a la semana|solo los findes)",
    )),
    ("es.t8.none.discusiones_normales_pareja", "none", "none", "hard_negative", (
        "(anoche|este finde) discutí con mi (novio|pareja) por (quién friega los platos|las vacaciones|el presupuesto del mes) pero (ya lo hablamos|lo arreglamos) tranquilamente",
        "mi (mujer|pareja) (revisa|mira) mi agenda para (cuadrar la cena del sábado|planear nuestras citas)",
        "(compartimos|tenemos) la cuenta del banco con mi (marido|novia) y (hacemos el presupuesto juntos|los dos vemos los gastos)",
    )),
    ("es.t8.none.recai_con_el_azucar", "none", "none", "hard_negative", (
        "(recaí|volví a caer) con el azúcar (esta semana|el finde) y me comí (unas galletas|dos donuts|una tableta de chocolate)",
        "(tengo el mono de|me muero por) (un dulce|algo de chocolate) después de comer, ¿algún truco?",
        "(otra vez|de nuevo) recaí (con el móvil|con las series) y no estudié nada(, mañana retomo|)",
    )),
    ("es.t8.none.dolor_del_gimnasio", "none", "none", "hard_negative", (
        "(tengo|menudas) agujetas en (los brazos|las piernas|los glúteos) después de (la clase de ayer|las sentadillas)",
        "(ayer|esta semana) me maté en el gym y ahora (no puedo ni levantar los brazos|me duelen hasta las pestañas)(, jaja|)",
        "los brazos (me arden|me queman) con las dominadas, (¿es normal?|¿bajo el peso?|¿descanso un día?)",
    )),
)
