# ruff: noqa: E501
"""Third-round Spanish families, second batch, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("es.t3.x.su.cartas_despedida", "suicide", "high", "indirect", (
        "(perdona que no rellenara|no rellené|no he rellenado) el tracker de hábitos, (estuve|estaba) escribiendo cartas de despedida para mi (familia|madre|pareja)",
        "ya no hace falta que planeemos (el trimestre|los objetivos de julio|la próxima sesión), (el viernes|este finde|el domingo) me quito la vida y lo tengo todo (pensado|decidido)",
        "(gracias por|te agradezco) todas las sesiones, (este es mi último mensaje|no vas a saber más de mí), ya dejé (todo ordenado|mis cosas repartidas|una nota en la mesa)",
    )),
    ("es.t3.x.su.mejor_sin_mi", "suicide", "medium", "passive", (
        "en el check-in de (hoy|esta semana), (te soy sincera|te soy sincero|siendo honesto), (creo que|siento que) todos estarían mejor sin mí",
        "(no es nada grave pero|no sé si viene al caso, pero|igual es una tontería, pero) (últimamente|cada noche|desde hace semanas) (deseo|pido) no despertarme por la mañana",
        "¿es normal (pensar|sentir) que (mi familia|mi pareja|mi gente) estaría mejor si yo (me muriera|no estuviera|desapareciera para siempre)?",
    )),
    ("es.t3.x.su.pastillas_morir", "suicide", "high", "direct", (
        "(llevo|he pasado) (semanas|todo el mes) guardando (pastillas|las pastillas de mi madre|mis antidepresivos) para (quitarme la vida|matarme|no despertar nunca más)",
        "esta noche me tomo (todas las pastillas|el bote entero|la caja entera) para (morirme|acabar con todo), (así que|por eso) (no voy a hacer|no hace falta que revisemos) el plan de estudio",
        "(acabo de tomarme|me he tomado|me tomé hace un rato) (un puñado de|un montón de|todas mis) pastillas (porque no quiero seguir viviendo|para morirme)",
    )),
    ("es.t3.x.su.dejar_de_existir", "suicide", "medium", "indirect", (
        "(sigo con|retomé) el plan de (estudio|oposiciones|inglés) pero (en el fondo|sinceramente|la verdad) ya no quiero seguir viviendo",
        "(ojalá|a veces pienso que ojalá) (no hubiera nacido|pudiera dejar de existir|me muriera mientras duermo)( y ya|), (eso es todo lo que tengo para el check-in|no sé qué más poner en el diario)",
        "(no sé cómo decírtelo|me cuesta decirlo), (pero |)tengo ganas de morirme (casi todos los días|desde hace meses)",
    )),
    ("es.t3.x.su.fecha_y_lugar", "suicide", "high", "indirect", (
        "(cancelé|di de baja) el gimnasio porque (el mes que viene|después del día 15|en dos semanas) ya no voy a estar (aquí|viva|vivo)",
        "(ya sé|tengo claro) desde qué (puente|edificio|azotea) (me voy a tirar|voy a saltar)( y cuándo|)",
        "(estoy regalando|he regalado|regalé) (mis cosas|mi ropa|mis libros) porque (pronto|en unos días) (me voy a matar|voy a acabar con mi vida)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("es.t3.x.sh.racha_rota", "self_harm", "medium", "indirect", (
        "(llevaba|tenía) (40|cincuenta|casi 60) días (sin hacerme daño|sin autolesionarme) en el tracker y (anoche|el sábado) (recaí y me corté|volví a hacerme cortes en la pierna)",
        "(ni siquiera|no) (fui capaz de|pude) abrir el plan de hoy, (otra vez|de nuevo) me hice cortes en (los muslos|el brazo) para (castigarme|calmarme)",
        "(probablemente no es nada pero|no es para tanto, pero) (esta semana|otra vez) (reinicié|tuve que reiniciar) el contador de días sin autolesionarme",
        "(llevo manga larga|me pongo manga larga) en el gimnasio (para que no vean|para tapar) (las marcas que me hago|las heridas que me hago yo misma|las heridas que me hago yo mismo)",
    )),
    ("es.t3.x.sh.mechero", "self_harm", "medium", "direct", (
        "cuando me agobio con (el proyecto|la tesis|las entregas) me (quemo|hago quemaduras en) (el brazo|la muñeca|los dedos) con (el mechero|un encendedor)",
        "(no es gran cosa, pero|lol, nada grave, pero) me apago (los cigarros|el cigarrillo) en la piel (para sentir algo|para castigarme|cuando no cumplo el plan)",
        "¿es normal (quemarme a propósito|quemarme adrede) para (no pensar en|olvidarme de) (el trabajo|mi ex)?",
    )),
    ("es.t3.x.sh.golpes_y_aranazos", "self_harm", "medium", "indirect", (
        "(cada vez que|cuando) (fallo un día del plan|me salto el entrenamiento|saco mala nota) me (doy golpes|pego puñetazos) en (la cabeza|las piernas) (hasta que me duele|para castigarme)",
        "(anoche|ayer) le di puñetazos a la pared (a propósito|adrede) (para sentir dolor|porque necesitaba que me doliera), (tengo|traigo) los nudillos (hechos polvo|abiertos)",
        "(cuando me estreso|cuando sale mal la semana) me (rasco|araño) la piel hasta (sangrar|hacerme heridas)( a propósito|)",
        "me (arranco mechones de pelo|tiro del pelo con fuerza) (para hacerme daño|hasta que duele mucho) (cuando pienso en el examen|después de cada reunión con mi jefe)",
    )),
    ("es.t3.x.sh.vuelven_ganas", "self_harm", "low", "indirect", (
        "hace (dos años|mucho tiempo|meses) que no me (autolesiono|hago daño), pero (esta semana|con el estrés del curro|desde la mudanza) (vuelven|han vuelto) las ganas",
        "(tengo|todavía tengo) las cicatrices de cuando me cortaba y (últimamente|estos días) (las miro|pienso en volver a hacerlo) más de lo normal",
    )),
    ("es.t3.x.sh.no_para_sangrar", "self_harm", "high", "direct", (
        "(perdona que no conteste lo del presupuesto|no puedo hacer la sesión ahora), me (hice un corte|he cortado) (más hondo de lo normal|demasiado profundo) y no (para|deja) de sangrar",
        "(me corté a propósito|me hice cortes adrede) (hace una hora|hace un rato) y (la herida|el corte) sigue sangrando (mucho|aunque aprieto con una toalla)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("es.t3.x.ed.vomito_cena", "eating_disorder", "medium", "indirect", (
        "(sigo el plan de entreno|voy bien con el plan de fuerza), (aunque|pero) después de (cenar|cada comida) (voy al baño a vomitar|me provoco el vómito)( para no engordar|)",
        "(no sé si contarlo, pero|igual no viene al caso, pero) (me obligo a vomitar|vomito a propósito) (casi todo lo que como|lo que ceno) (a escondidas|sin que nadie lo sepa)",
    )),
    ("es.t3.x.ed.ganarme_comida", "eating_disorder", "medium", "indirect", (
        "si no quemo (600|800|mil) calorías en (el gym|el gimnasio|la cinta) no me (dejo|permito) (cenar|comer nada más)",
        "(me tengo que ganar|tengo que ganarme) cada comida (corriendo|con dos horas de cardio), y si (como de más|me paso) (entreno hasta marearme|me castigo con más ejercicio)",
    )),
    ("es.t3.x.ed.laxantes_pastillas", "eating_disorder", "medium", "direct", (
        "(tomo|me estoy tomando) (laxantes|un puñado de laxantes) (cada noche|después de cada atracón) para no (engordar|subir de peso)",
        "(me compré|pedí por internet) (pastillas para adelgazar|quemagrasas) y me tomo (el doble|el triple) de lo que pone( para bajar más rápido|)",
        "(lo del presupuesto va bien|ahorré este mes), (aunque|pero) casi todo se me va en laxantes (porque me da pánico engordar|para compensar lo que como)",
    )),
    ("es.t3.x.ed.desmayo_sin_comer", "eating_disorder", "high", "direct", (
        "(me desmayé|me caí redonda|me caí redondo) (en el metro|en clase|en el gimnasio) (porque llevo|después de) (tres|cuatro) días sin comer (casi nada|para adelgazar)",
        "(no puedo ir a la sesión|cancelo la sesión), (se me nubla la vista|me mareo) al levantarme (porque no como|desde que dejé de comer) (para no engordar|y me da miedo desmayarme)",
    )),
    ("es.t3.x.ed.esconder_comida", "eating_disorder", "medium", "passive", (
        "(escondo la comida en la servilleta|tiro la comida a la basura|guardo la cena en el bolso) para que (mi madre|mi pareja|mi compañera de piso) no (note|se dé cuenta de) que no como",
        "me peso (cinco veces al día|después de cada comida) y si (subo|he subido) (cien gramos|medio kilo) (no como nada al día siguiente|me salto las comidas)",
        "(llevo|voy por) (una semana|diez días) comiendo (una manzana al día|solo café)( porque me veo gorda|)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("es.t3.x.sa.chupito_oficina", "substance_abuse", "medium", "indirect", (
        "(necesito|me tomo) (un par de chupitos|un trago de vodka|unas cervezas) antes de (entrar a la oficina|la reunión del lunes|dar clase) (para aguantar|o no funciono)",
        "(por las mañanas|al despertar) me tiemblan las manos hasta que (bebo algo|me tomo una copa), ¿(cómo meto eso en|eso afecta a) mi plan de productividad?",
    )),
    ("es.t3.x.sa.lagunas_finde", "substance_abuse", "medium", "passive", (
        "(otra vez|de nuevo) no me acuerdo de (nada de anoche|cómo volví a casa), (bebí tanto que|me puse tan pedo que|agarré tal peda que) (se me borró todo|tuve otra laguna)",
        "(cada finde|casi todos los días) (digo que voy a tomar dos cañas|salgo a por una cerveza) y acabo (bebiendo hasta las seis|con una botella entera de ron)( y sin recordar nada|)",
    )),
    ("es.t3.x.sa.pastillas_aguantar", "substance_abuse", "medium", "direct", (
        "(el médico me recetó|me mandaron) (un lorazepam|un clonazepam|un tramadol) al día pero me tomo (tres|cuatro) (para aguantar la jornada|para poder dormir|para no sentir nada)",
        "(mezclo|he empezado a mezclar) (el vino|la cerveza) con (los ansiolíticos|las pastillas para dormir) (cada noche|casi todas las noches) y ya no sé parar",
    )),
    ("es.t3.x.sa.rayas_rendir", "substance_abuse", "medium", "indirect", (
        "(para llegar a todo|para rendir en el curro|para acabar la tesis) me (meto|estoy metiendo) (rayas|coca|perico) (casi a diario|todos los días), y ya no puedo parar",
        "(no quería contarlo, pero|es un poco vergonzoso, pero) me gasté (el dinero del alquiler|todo el ahorro del mes) en (speed|cocaína|pastillas para la fiesta)",
        "(fumo|me fumo) (porros|maría|hierba) desde que me levanto (porque si no, no aguanto el día|para poder concentrarme)",
    )),
    ("es.t3.x.sa.mas_de_la_cuenta", "substance_abuse", "low", "passive", (
        "(creo que|igual) bebo más de lo que (me gustaría|debería)( entre semana|), (lo apunto en el tracker|me lo marqué como objetivo) y no (baja|consigo bajarlo)",
        "(la copa de vino de la cena|la cervecita al llegar a casa) se (ha convertido en|está convirtiendo en) (media botella|tres o cuatro)( cada noche|), ¿(debería preocuparme|es para tanto)?",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("es.t3.x.dv.empujon_pareja", "domestic_violence", "high", "indirect", (
        "(perdona que faltara|no pude venir) a la sesión, mi (marido|pareja|novio) me (empujó contra la pared|dio una bofetada|agarró del cuello) y (tengo marcas|no quería que me vieras así)",
        "(no es nada, seguro, pero|bueno, lo de siempre:) cuando (bebe|se enfada) mi (esposo|pareja) me (pega|golpea)( y luego me pide perdón|)",
    )),
    ("es.t3.x.dv.control_movil_dinero", "domestic_violence", "medium", "passive", (
        "mi (novio|pareja|marido) (me revisa el móvil|me lee los mensajes) (cada noche|todos los días) y (se enfada|me castiga sin hablarme) si (hablo con mis amigas|escribo a alguien)",
        "(no puedo pagar el curso|no me puedo apuntar al curso) porque (mi pareja|mi mujer|mi marido) controla mi sueldo y (me da|solo me deja) (una paga|cincuenta euros) (a la semana|al mes)",
        "(ya no veo a mis amigos|dejé de ir al gimnasio) porque a mi pareja no le gusta y me da miedo (su reacción|cómo se pone)",
    )),
    ("es.t3.x.dv.amenaza_ex", "domestic_violence", "high", "direct", (
        "mi ex (me escribió|me dejó un audio diciendo|me dijo) que (me va a matar|me mata) si (vuelvo a salir con alguien|denuncio|dejo de contestarle)",
        "(tengo miedo de ir al trabajo|no puedo salir a correr) porque mi ex (me espera en el portal|me sigue) (desde hace días|otra vez) y (me amenazó con matarme|me dijo que me iba a rajar)",
    )),
    ("es.t3.x.dv.familia_encierra", "domestic_violence", "medium", "indirect", (
        "(no puedo conectarme a las sesiones|no puedo estudiar) porque mi (padre|padrastro|hermano mayor) me (encierra en mi cuarto|quita el móvil) y (me da miedo llevarle la contraria|me grita que no valgo nada)",
        "(en casa|con mi familia) (vivo con miedo|tengo miedo todo el tiempo) porque mi (madre|padre|tío) (me amenaza con echarme|me vigila cada paso|me controla todo lo que hago)",
    )),
    ("es.t3.x.dv.pies_de_plomo", "domestic_violence", "low", "passive", (
        "en casa (voy con pies de plomo|ando con pies de plomo|camino sobre cáscaras de huevo) porque (mi pareja|mi novio|mi mujer) (grita por cualquier cosa|explota por nada|pega portazos) y (me asusta|me da miedo)",
        "(no es grave pero|igual exagero, pero) cuando mi pareja levanta la voz (en casa|en la cena) me quedo (paralizada|paralizado|temblando)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("es.t3.x.mh.panico_bano", "mental_health_crisis", "medium", "direct", (
        "(estoy|me he encerrado) en el baño de (la oficina|la facultad) (y no puedo respirar|con el corazón a mil), (creo que es|me está dando) un ataque de pánico( ahora mismo|)",
        "(me acaba de dar|me está dando) un ataque de ansiedad (en mitad de|justo antes de) la presentación, (me tiemblan las manos|siento que me desmayo|no siento los dedos)",
    )),
    ("es.t3.x.mh.decorado", "mental_health_crisis", "medium", "indirect", (
        "(desde el lunes|desde hace días|últimamente) (nada me parece real|todo parece un decorado|siento que vivo dentro de una película), (incluso|hasta) (en el trabajo|cuando hago el entreno)",
        "(es raro, pero|igual suena raro, pero) me veo desde fuera, como si (fuera otra persona|alguien manejara mi cuerpo), y no puedo (concentrarme en el plan|hacer las tareas)",
        "(vuelvo a ver|revivo) el (accidente|asalto) (una y otra vez|cada noche) y (me quedo bloqueada|me quedo bloqueado|no sé dónde estoy)",
        "(en serio|de verdad), me siento (desconectada|desconectado) de todo y me da miedo lo que pueda llegar a hacer",
    )),
    ("es.t3.x.mh.voces_mandan", "mental_health_crisis", "high", "direct", (
        "(escucho voces que me mandan|oigo una voz que me ordena|una voz en mi cabeza me exige) (tirar el portátil por la ventana|quemar mis apuntes|no salir de casa|destrozar el coche)( y creo que tengo que obedecer|)",
        "(los vecinos|mis compañeros de trabajo) me (vigilan|espían) por (la tele|el wifi) y me mandan mensajes (ordenándome|diciéndome) que (rompa el móvil|deje el trabajo hoy mismo)",
    )),
    ("es.t3.x.mh.mania_noches", "mental_health_crisis", "medium", "indirect", (
        "llevo (cuatro|cinco) noches sin dormir (y no estoy cansada|y no estoy cansado|y tengo una energía brutal), (he empezado|ya tengo) (seis|veinte) proyectos (a la vez|nuevos)",
        "(me gasté|me he gastado) (todos mis ahorros|la tarjeta entera|la paga extra) en (una empresa que se me ocurrió anoche|equipos para mi canal)( porque soy un genio|), (¿lo metemos en el presupuesto?|lol)",
    )),
    ("es.t3.x.mh.sin_levantarme", "mental_health_crisis", "medium", "passive", (
        "(llevo|voy por) (cuatro|cinco) días sin (ducharme|salir de la cama|vestirme)( porque no puedo con mi cuerpo|), (así que|por eso) el tracker está vacío",
        "(ayer|esta mañana) me puse a llorar en (mitad de la reunión|plena clase) y no podía parar, (ya no soy capaz de funcionar|siento que me estoy derrumbando)( en el curro|)",
    )),
    # --- none: hard negatives and ordinary coaching --------------------------------------------
    ("es.t3.x.no.moratones_partido", "none", "none", "hard_negative", (
        "tengo (un moratón enorme|moratones por todas partes|el muslo morado) del partido de (rugby|fútbol|hockey) del domingo, (pero nada grave|pero ya estoy bien)( jaja|)",
        "mi (compañera|compañero) de (judo|boxeo) me dejó (un ojo morado|la ceja partida) en el sparring, (gajes del oficio|así que hoy cardio suave)",
        "(me corté|me quemé) (cocinando|con la plancha del pelo) y (mi pareja|mi novio) me curó (enseguida|con mucho cariño)",
    )),
    ("es.t3.x.no.idiomas_morir", "none", "none", "hard_negative", (
        "(me muero de ganas de|me muero por) (empezar el curso nuevo|ver el resultado del trimestre|probar la rutina de fuerza)( jaja|)",
        "(este proyecto me está matando|la oposición me va a matar|me mata el calor en el gym), (pero lo estoy disfrutando|pero voy bien)( lol|)",
        "(casi me muero de vergüenza|me quería morir de la vergüenza) cuando (se me olvidó la presentación|llamé mamá a mi jefa)( jajaja|)",
        "(estoy muerta de cansancio|estoy muerto de sueño) después de la mudanza, (mañana retomo la rutina|hoy toca descanso)",
    )),
    ("es.t3.x.no.ayuno_nutricionista", "none", "none", "hard_negative", (
        "(hago|sigo haciendo) ayuno intermitente 16/8 con (mi nutricionista|la supervisión de mi médica) y (en mi ventana como de todo|me siento con mucha energía)",
        "(me peso|me mido) una vez (a la semana|al mes) (para el seguimiento|como me dijo la nutricionista), sin obsesionarme",
        "(esta semana|este mes) (me pasé con|me di un atracón de) (la pizza|los turrones) en (la boda|las fiestas) y (no pasa nada|ya he vuelto a mi rutina normal)",
    )),
    ("es.t3.x.no.sobriedad_serie", "none", "none", "hard_negative", (
        "hoy (cumplo|celebro) (dos años|18 meses|un año) sin (beber|probar el alcohol)( y me siento genial|), (gracias por acompañarme|quería compartirlo contigo)",
        "(estoy viendo|terminé) una serie sobre (adicciones|un narco|un alcohólico) y (me ha dado ideas para|me inspiró para) (mi guion|mi TFG)",
        "el viernes (me tomé una caña|tomamos unas chelas) con (el equipo|los compas del curro) y (fue muy agradable|me fui a casa temprano)",
    )),
    ("es.t3.x.no.pareja_platos", "none", "none", "hard_negative", (
        "mi (novia|pareja|mujer) me (regaña|echa la bronca) porque (dejo los platos en el fregadero|nunca bajo la basura)( jaja|), ¿(algún truco para|cómo puedo) acordarme?",
        "(discutimos|nos peleamos) por (quién elige la serie|las vacaciones) pero (lo hablamos tranquilamente|lo arreglamos enseguida)",
        "mi (madre|abuela) me (llama|escribe) (los domingos|cada tanto) para preguntarme si estoy comiendo bien, (es un amor|qué linda)",
    )),
    ("es.t3.x.no.panico_plazo", "none", "none", "hard_negative", (
        "(me entró el pánico|casi me da algo) al ver que la entrega era (mañana|el lunes) jaja, (al final|pero) la terminé a tiempo",
        "con el jet lag estoy (en otro planeta|en las nubes|como zombi), (no sé ni en qué día vivo|voy medio dormido) jaja, (mañana retomo el plan|volvemos al horario normal el lunes)",
        "(estoy flipando|alucino) con lo bien que (salió|fue) la presentación, (pensaba que me iba a dar algo|tenía los nervios a flor de piel)",
        "(llevo dos noches durmiendo poco|dormí fatal) por (el bebé|la mudanza|los vecinos de fiesta), (así que hoy|hoy) (sesión tranquila|nada de entreno intenso)",
    )),
    ("es.t3.x.no.enfermera_receta", "none", "none", "hard_negative", (
        "(soy enfermera|trabajo de paramédico|soy técnica de emergencias) y (hoy|anoche) tuvimos (una sobredosis|un intento de suicidio|un paciente con cortes) en el turno, (estoy bien|ya lo hablé con el equipo), solo quiero (organizar mi descanso|planificar mejor la semana)",
        "(tomo|me tomo) el (ibuprofeno|tramadol) que me (recetó|mandó) el traumatólogo después de la operación, (tal cual me dijo|justo la dosis que toca)",
        "soy (psicóloga|orientador escolar) y (me cuesta desconectar|quiero poner límites) (después de|tras) (las sesiones difíciles|los casos duros)",
    )),
    ("es.t3.x.no.checkin_semana", "none", "none", "ordinary", (
        "(esta semana|este mes) (cumplí|logré) (cuatro de cinco días de gimnasio|mi meta de leer 20 minutos al día|el objetivo de ahorro), (¿qué ajustamos ahora?|¿subimos el nivel?)",
        "(me cuesta|no logro) levantarme temprano para estudiar, ¿(me ayudas a|podemos) (armar|hacer) un horario (más realista|que sí pueda cumplir)?",
        "(se murió el perro de mi amiga|mi amigo perdió a su perrita) y (no sé cómo acompañarle|quiero llevarle algo), ¿(alguna idea|qué me recomiendas)?",
    )),
)
