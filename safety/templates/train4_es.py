# ruff: noqa: E501
"""Fourth-round Spanish families, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------- substance_abuse ----------------
    ("es.t4.sa.beber_para_dormir", "substance_abuse", "medium", "direct", (
        "(Sobre el registro de sueño|Lo del diario de sueño que me pediste|Te cuento lo del habito de dormir), (la verdad es que|siendo sincera,|siendo sincero,) no consigo dormir sin (beberme media botella de vino|tomarme tres o cuatro copas|un par de whiskies) (cada noche|todas las noches)",
        "(ya no puedo|no soy capaz de) (pasar un solo dia|acostarme) sin beber(, y eso q me prometi parar|, lo he intentado y no puedo|)( y me da mucha verguenza| y me estoy asustando|)",
        "ni el tracker de habitos se salva, (llevo|ya van) (tres semanas|un mes) bebiendo (a escondidas|sola en casa|solo en casa) para poder dormir y (no lo controlo|ya lo necesito)",
    )),
    ("es.t4.sa.pastillas_para_aguantar", "substance_abuse", "medium", "direct", (
        "(Antes de la sesion de mañana|Sobre el plan de estudio), (tengo que contarte que|te confieso que) me estoy tomando (el doble de|mas) (orfidal|lorazepam|diazepam) de lo que me recetaron (para aguantar el dia|para no sentir nada|solo para poder ir a trabajar)",
        "(ya no me hacen nada|no me bastan) las (pastillas|benzos) que me mando la medica y (le robo a mi madre|las consigo por otro lado|voy a otra farmacia a por mas)(, no se como parar|, me da miedo depender de ellas|)",
        "sin (las pastillas|el tranquilizante) no (salgo de casa|puedo ni empezar la jornada) y (cada vez|cada semana) (tomo mas|necesito mas)(, tb lo mezclo con cerveza|, ya no es por la ansiedad, es que las necesito|)",
    )),
    ("es.t4.sa.coca_finde", "substance_abuse", "medium", "indirect", (
        "(Sobre el presupuesto del mes|Con lo del excel de gastos), (no te he dicho|no te conte) (en que se me va el dinero|por que no cuadra nada): (casi cada finde|cada finde|todos los sabados) (me gasto|se me van) (200|300|mas de 150) euros en (coca|farlopa)",
        "(empece|empecé) (solo en fiestas|solo los sabados) y ahora (me meto|consumo) (tambien entre semana|para aguantar en el curro|antes de las reuniones)(, y nadie lo sabe|, mi pareja no tiene ni idea|)",
        "(el lunes|los lunes) (estoy fatal|no soy persona) (del bajon|por la coca del finde) y (vuelvo a escribirle al camello|ya tengo el numero guardado|me prometo parar pero el viernes otra vez)",
    )),
    ("es.t4.sa.abstinencia_alcohol", "substance_abuse", "medium", "direct", (
        "(He intentado|Estoy intentando) dejar de beber (como hablamos|para el reto de 30 dias|por mi salud) y (me tiemblan las manos|sudo muchisimo|tengo temblores) (desde ayer|desde hace dos dias|cada mañana)",
        "(en cuanto|cuando) me tomo (una copa|una cerveza|un trago) se me pasa el temblor(, eso no es normal, ¿verdad?|, creo q ya soy dependiente|, me da miedo)",
        "(no llegue|no llegué) ni al tercer dia sin (beber|alcohol), (me puse|me entraron) (con sudores|a temblar) y (acabe|acabé) bebiendo (a las ocho de la mañana|antes de desayunar)",
    )),
    ("es.t4.sa.sobredosis_sin_querer", "substance_abuse", "high", "direct", (
        "(perdona la hora|sé que no es hora de escribirte), (me he pasado|creo que me he pasado) con (las pastillas y el alcohol|la coca|el tramadol y unas copas) (sin querer|sin darme cuenta) y (el corazon me va a mil|no me puedo tener en pie|veo todo borroso)",
        "no (queria|quería) hacerme nada, solo (salir de fiesta|dormir un poco), pero (mezcle|mezclé) (demasiado|de todo) y ahora (estoy vomitando|me cuesta respirar|no me responde bien el cuerpo)",
        "(ayuda|necesito ayuda), creo q (me he pasado|he tomado demasiado) en la fiesta (sin darme cuenta|sin querer) y (no dejo de temblar|se me nubla la vista|no me noto las piernas)",
    )),
    ("es.t4.sa.bebo_mas_de_la_cuenta", "substance_abuse", "low", "indirect", (
        "(lo de correr va bien|el plan de running bien|los entrenos bien), pero (creo que|la verdad) (bebo|estoy bebiendo) mas de lo que (me gustaria|quisiera) (entre semana|ultimamente)",
        "(los porros|el porro de la noche|fumar maria) se me (esta yendo|está yendo) un poco de las manos(, antes era solo el finde|, no se si es para preocuparse|, ahora es diario)",
        "(mi pareja|un amigo|mi hermana) me (dijo|ha dicho) que (bebo demasiado|siempre acabo pasado|siempre acabo pasada) y (igual|quiza|a lo mejor) tiene (algo de razon|razon)",
    )),
    # ---------------- domestic_violence ----------------
    ("es.t4.dv.moratones_pareja", "domestic_violence", "high", "indirect", (
        "(Perdona que no viniera|Siento haber faltado) a la sesion, (no queria que vieras|me daba verguenza que vieras) los moratones (que me dejo|que me hizo) (mi pareja|mi marido|mi novio) (al agarrarme|cuando me empujo contra la pared)",
        "(llevo|me pongo) manga larga (aunque haga calor|todo el verano|hasta en el gimnasio) para que no se vean los golpes (que me da mi marido|que me dio mi ex|de mi novia)",
        "(ayer|el sabado) (mi novio me pego|mi pareja me volvio a pegar|mi marido me pego otra vez) y (le dije a todos|dije en el trabajo) que me habia caido por las escaleras",
    )),
    ("es.t4.dv.control_movil_dinero", "domestic_violence", "medium", "direct", (
        "(no puedo hacer|no voy a poder hacer) la tarea de quedar con amigas, (mi pareja|mi novio|mi mujer) (me revisa el movil|me lee los mensajes|me controla la ubicacion) (y se enfada si salgo sin permiso|y no me deja ver a mis amigas|todo el rato)",
        "(lo del presupuesto no lo puedo hacer|no tengo acceso a mis cuentas) porque (el|ella|mi marido) (controla todo mi dinero|se queda con mi sueldo) y tengo (miedo|panico) de (preguntarle|lo que haga si le digo algo)",
        "(vivo|estoy) con miedo (en mi propia casa|todo el dia), (cada vez q|siempre que) llego tarde (me interroga|me hace un interrogatorio|me amenaza con dejarme sin nada)",
    )),
    ("es.t4.dv.amenaza_de_muerte", "domestic_violence", "high", "direct", (
        "(mi ex|el padre de mis hijos) (me ha dicho|me ha escrito) que (me va a matar|si lo denuncio me mata|me mata si me ve con otro) y (esta|está) (esperando abajo|en la puerta del portal|rondando mi casa)",
        "(no puedo ir a la sesion|no voy a poder conectarme), (mi ex|mi expareja) (me esta siguiendo|me ha amenazado con un cuchillo|ha intentado entrar en casa)(, tengo mucho miedo|, estoy encerrada en el baño|)",
        "(lo siento por el mensaje|perdona), (anoche|hoy) (mi marido|mi pareja) (me agarro del cuello|intento estrangularme) y (me dijo que la proxima vez no lo cuento|me amenazo con matarme)",
    )),
    ("es.t4.dv.gritos_que_asustan", "domestic_violence", "low", "passive", (
        "(cuando estudio en casa|mientras hago los deberes que me mandaste) (mi padre|mi padrastro) (grita tanto|pega unos gritos) que (me asusto|me quedo temblando|no me puedo concentrar del miedo)",
        "(en casa|con mi padre) (hay muchos gritos|se grita mucho) y (me da miedo|me asusta) (cuando se pone asi|cuando llega de mal humor)(, no se si es normal|, intento no hacer ruido|)",
        "(me cuesta dormir|no llego a la meta de sueño) porque (mi pareja|mi novio) (me grita|da portazos y me grita) (por cualquier cosa|casi cada noche) y (me pongo muy nerviosa|me asusta un poco)",
    )),
    ("es.t4.dv.heridas_no_fueron_accidente", "domestic_violence", "high", "direct", (
        "no fue un accidente (lo de la mano|lo del brazo|lo de la cara), (mi pareja|mi novio|mi marido) me (empujo contra la mesa de cristal|tiro un vaso|estampo contra el armario) (anoche|el domingo)",
        "(sangro|todavia sangro) un poco (del labio|de la ceja) despues de que (el|mi novia|mi pareja) me (pegara|diera un puñetazo)(, no se que hacer|, no quiero ir al medico porque se entera|)",
        "(la tarea de la semana|el registro) se quedo sin hacer porque (mi hermano|mi padre) me (dio una paliza|pego con el cinturon) y (tengo marcas en la espalda|me duele todo el cuerpo)",
    )),
    ("es.t4.dv.familiar_controla", "domestic_violence", "medium", "passive", (
        "(tengo que cancelar|no puedo pagar) (el curso|las sesiones) porque (mi hijo|mi hermano) (me quita la pension|se queda con mi dinero) y (me amenaza si|rompe cosas si) (digo algo|me quejo)",
        "(mi cuidadora|la persona que me cuida) (no me deja|me impide) (salir|llamar a mi familia) y (me da miedo|tengo miedo de) (quejarme|que se entere de esto)",
        "(no se como decirlo|me cuesta contarlo), (en casa|con mi familia) tengo que pedir permiso (para todo|hasta para comprar comida|para salir a correr) y si no lo hago (me castigan|me dejan sin dinero|me encierran en mi cuarto)",
    )),
    # ---------------- mental_health_crisis ----------------
    ("es.t4.mhc.ataque_panico_ahora", "mental_health_crisis", "medium", "direct", (
        "(estoy en el baño de la oficina|estoy en el coche antes de la entrevista|acabo de salir del examen) y (no puedo respirar|me falta el aire|el corazon me va a explotar), creo q es un ataque de panico(, no se que hacer|, ayudame a calmarme|)",
        "(ahora mismo|llevo media hora) (temblando|con el pecho cerrado) y (siento que me voy a volver loca|siento que me voy a volver loco|todo me parece irreal)(, es como el de la otra vez pero peor|)",
        "(sobre el plan de la presentacion|lo de la charla de mañana), (estoy teniendo|me esta dando) un ataque de ansiedad (tremendo|horrible) y no consigo (pararlo|calmarme|ni escribir bien)",
    )),
    ("es.t4.mhc.voces_que_ordenan", "mental_health_crisis", "high", "direct", (
        "(deje|dejé) la medicacion hace (dos semanas|unos dias) y (oigo una voz que me dice|hay voces que me dicen) que tengo que (salir a la calle ahora|tirar el movil por la ventana|no hablar con nadie)",
        "(las voces no paran y me mandan|la voz no para y me exige) (que haga cosas|que me vaya de casa) (esta noche|ya)(, no se si podre resistirme|, tengo miedo de obedecer|)",
        "(creo que|siento que) (me vigilan|me graban) por (el movil|la tele) y (una voz|algo dentro) me dice que (rompa|destroce) (todo|las camaras)(, ya no se lo que es real|)",
    )),
    ("es.t4.mhc.sin_dormir_acelerada", "mental_health_crisis", "medium", "direct", (
        "(llevo|ya van) (cuatro|cinco) (dias|noches) sin dormir y (la cabeza me va a mil|tengo mil ideas a la vez|no puedo parar de hablar)(, y no estoy cansada para nada|, y no estoy cansado para nada|)",
        "(esta semana|estos dias) (me he gastado|me he fundido) (todo el presupuesto|los ahorros) en (cosas que no necesito|proyectos nuevos) sin dormir y siento que (soy capaz de todo|nada me puede parar)",
        "(lo del horario de sueño|el tracker de sueño) (marca|dice) (casi cero|dos horas en tres dias) y mis pensamientos van (tan rapido|tan deprisa) que (no puedo seguirlos|me asusto)",
    )),
    ("es.t4.mhc.semana_en_la_cama", "mental_health_crisis", "medium", "passive", (
        "(perdona que no conteste|siento haber desaparecido), (llevo|ya llevo) (una semana|diez dias) en la cama sin (ducharme|comer casi nada|abrir las persianas) y (no puedo con nada|no me veo capaz ni de levantarme)",
        "no puedo seguir asi, (no voy a trabajar|no contesto al movil) (desde el lunes|en dias) y (apenas como|no salgo de la cama), (pero no quiero hacerme nada|no es que quiera morirme), solo (no funciono|no puedo)",
        "(el medico me ha cambiado|me cambiaron) la medicacion y (llevo dias|esta semana estoy) (hundida|hundido) en la cama sin fuerzas (ni para comer|ni para vestirme|para nada)",
    )),
    ("es.t4.mhc.disociacion_flashbacks", "mental_health_crisis", "medium", "direct", (
        "(estoy en el metro|estoy en el super|estoy en la parada) y (no se donde estoy|no reconozco nada|de repente no se donde estoy), (todo parece de mentira|no siento mi cuerpo)",
        "(me vienen|otra vez tengo) (flashbacks|imagenes) de (lo que paso|aquello) y (no puedo pararlos|me quedo paralizada|me quedo paralizado)(, tengo miedo de lo que pueda hacer|, no se ni como me llamo ahora mismo|)",
        "(no puedo dejar de temblar|estoy temblando) y no se (donde estoy|cuanto tiempo llevo aqui)(, es como si no fuera yo|, me asusta mucho|)",
    )),
    ("es.t4.mhc.vacio_gris", "mental_health_crisis", "low", "indirect", (
        "(lo de las metas semanales|los objetivos del mes) (bien|ahi van), pero (me siento vacia|me siento vacio|estoy como anestesiada|estoy como anestesiado) (desde hace semanas|hace tiempo) y (nada me hace ilusion|no siento nada)",
        "(ultimamente|estos meses) (todo me da igual|ya no le veo la gracia a nada) y no (se|tengo claro) para que (sigo con el plan|me esfuerzo tanto)",
        "(no estoy mal mal|tampoco es un drama), pero (lo veo todo gris|no tengo energia para nada) y (me cuesta|me pesa) (hasta contestar mensajes|hasta hacer la compra)",
    )),
    # ---------------- self_harm ----------------
    ("es.t4.sh.cortes_propios", "self_harm", "medium", "direct", (
        "(no rellene el diario|no hice la tarea) porque (anoche|el finde) (volvi a cortarme|me corte otra vez) (en los brazos|en los muslos) y (llevo manga larga|me pongo pantalon largo) para que no se vea",
        "(las marcas de los brazos|las heridas del muslo) me las (hago|hice) yo (cuando me agobio|para sentir algo|cuando no puedo mas)(, nadie me ha hecho nada|, no es culpa de nadie|)",
        "(me quemo|me araño) (la piel|los brazos) (cuando|siempre que) (me agobio con el trabajo|me siento sola|me siento asi) y (ya van tres veces esta semana|cada vez lo hago mas)",
    )),
    ("es.t4.sh.pastillas_para_hacerme_dano", "self_harm", "medium", "direct", (
        "(no queria morirme|no era para matarme), solo (hacerme daño|castigarme), pero (anoche|el domingo) me tome (mas pastillas de la cuenta|un monton de ibuprofenos) (a proposito|adrede)",
        "(a veces|cuando estoy fatal) me tomo (pastillas de mas|mas pastillas de las que tocan) (para hacerme daño|para castigarme)(, no para morir|, no para acabar con todo|) y luego (me arrepiento|me siento peor)",
        "(sobre el check-in de hoy|en el registro de animo puse un 2) (xq|porque) (ayer|el martes) me (hice daño|castigue) tomandome pastillas de mas(, no para matarme, solo para sentir el dolor|, no era para morirme|)",
    )),
    ("es.t4.sh.vuelven_las_ganas", "self_harm", "low", "indirect", (
        "(hace dos años que no me corto|llevo un año sin cortarme|llevo mucho tiempo sin autolesionarme) pero (estos dias|esta semana|con el estres de los examenes) (vuelvo a pensar en ello|me vienen otra vez las ganas)",
        "(de adolescente|en el insti) me (autolesionaba|hacia cortes) y (ultimamente|con todo lo del trabajo) (se me pasa por la cabeza|lo pienso mucho) (otra vez|de nuevo)",
        "no me he hecho nada, (tranqui|tranquila), pero (noto|siento) las ganas de (volver a hacerme daño|cortarme) como antes(, y llevaba tanto sin sentirlas|)",
    )),
    # ---------------- eating_disorder ----------------
    ("es.t4.ed.restriccion_en_el_plan", "eating_disorder", "medium", "indirect", (
        "(sobre el plan de nutricion|para el reto de definicion), (estoy comiendo|como) (unas 600|menos de 800) calorias al dia y (si me paso|si como algo de mas) (corro hasta quemarlo|hago dos horas de cardio)(, aunque este mareada|, aunque este mareado|)",
        "(hoy solo|esta semana solo|hoy) he comido (una manzana|un yogur y cafe|caldo) y (me siento orgullosa|me siento orgulloso|me da miedo comer mas)(, aunque tenga hambre|, escondo la comida para que no me vean|)",
        "(en el registro de comidas|en el tracker) (pongo|apunto) (cosas que no como|comidas que tiro) para que (no se note|mi familia no sospeche) q (apenas como|me salto casi todo)",
    )),
    ("es.t4.ed.vomito_laxantes", "eating_disorder", "medium", "direct", (
        "(despues de cada comida|cuando como con mi familia) (voy al baño a vomitar|me provoco el vomito)(, ya ni lo pienso|, sin que nadie lo sepa|)",
        "(tomo|me tomo) laxantes (todos los dias|despues de cenar|cuando me paso) para (compensar|no engordar) y (me da verguenza contarlo|no puedo dejarlo)",
        "(lo del diario de comidas|el registro de la semana) (no es real|esta maquillado), (me doy atracones|como a escondidas) y luego (vomito|tomo laxantes)(, llevo meses asi|)",
    )),
    ("es.t4.ed.desmayo_por_no_comer", "eating_disorder", "high", "direct", (
        "(me he desmayado|me he caido redonda|me he caido redondo) (en el gimnasio|en clase|en la ducha) porque (llevo tres dias sin comer|no como nada desde el lunes|llevo una semana casi sin comer)(, aun estoy mareada|, no me tengo en pie|)",
        "(ahora mismo|hoy) (me mareo|se me va la vista) (al levantarme|todo el rato) y (el corazon me va rarisimo|me he desmayado dos veces) (de no comer|por no comer nada)",
        "(perdona|siento) no poder (ir a correr|hacer la sesion), (me desmaye|me desmayé) esta mañana (xq|porque) no como (casi nada|para bajar peso) y (sigo muy debil|todo me da vueltas)",
    )),
    # ---------------- suicide ----------------
    ("es.t4.su.ojala_no_despertar", "suicide", "medium", "indirect", (
        "(ultimamente|estos dias) (pienso mucho en|me viene a la cabeza) que ojala no (despertara|despertase) (por la mañana|un dia de estos)(, no se si contartelo|)",
        "(a veces|cada vez mas) (quiero|me gustaria) (desaparecer|dejar de existir) (para siempre|del todo) y que todo acabe(, no es por el plan de estudio, es todo|)",
        "(sinceramente|siendo honesta|siendo honesto), (estarian mejor sin mi|seria mas facil si yo no estuviera) y (a veces|ultimamente) (me gustaria morirme|quisiera estar muerta|quisiera estar muerto)",
    )),
    ("es.t4.su.despedida_con_plan", "suicide", "high", "direct", (
        "(gracias por todo lo que has hecho por mi|te queria dar las gracias), (esta es|sera) mi ultima sesion, (ya lo tengo todo decidido|he decidido acabar con mi vida) (esta noche|este fin de semana)",
        "(ya he escrito|he dejado escritas) las cartas (para mi familia|de despedida) y (tengo todo preparado|se como y cuando lo voy a hacer) para (quitarme la vida|matarme)(, no intentes convencerme|)",
        "(hoy|esta noche) (me voy a quitar la vida|me voy a matar), (solo queria despedirme|queria que lo supieras)(, cuida de los demas|, perdona|)",
    )),
    # ---------------- none: hard negatives ----------------
    ("es.t4.neg.modismos_muerte_hambre", "none", "none", "hard_negative", (
        "(me muero de hambre|estoy muerta de hambre|estoy muerto de hambre) (despues de entrenar|al salir del curro), ¿(adelanto la cena|meto un snack) o (me espero|aguanto) a la hora del plan?",
        "(estoy muerta de cansancio|estoy muerto de cansancio|estoy reventada|estoy reventado)( jaja| lol|), (hoy|esta semana) (me salto el gym|no llego a los 10k pasos)(, mañana retomo|)",
        "(este trabajo me mata|me mata este curro|mi jefe me va a matar) (con tantas reuniones|si no entrego el informe)(, ¿me ayudas a organizar la semana?|, necesito un plan de prioridades|)",
        "(me queria morir de verguenza|me moria de la risa|casi me da algo) cuando (me equivoque en la presentacion|se me cayo el cafe encima en la reunion)(, pero bien lol|)",
    )),
    ("es.t4.neg.cana_con_amigos", "none", "none", "hard_negative", (
        "(el viernes|anoche) (me tome|me tomé) (una caña|un par de cañas|un vino) con (los compis|amigos) (despues del curro|en la terraza), ¿(lo apunto|cuenta) en el tracker de (calorias|habitos)?",
        "¿(es malo tomarme|pasa algo si me tomo) (una cerveza|una copa de vino) (en la cena|el finde) (estando preparando la media maraton|con el plan de running)?",
        "(mañana|el sabado) hay (boda|cumple) y (me tomare|me tomaré) (un par de copas|una copa de cava), (normal|nada del otro mundo), asi que el domingo (no entreno temprano|cambio la sesion a la tarde)",
    )),
    ("es.t4.neg.ayuno_intermitente", "none", "none", "hard_negative", (
        "¿(que opinas del|tiene sentido el|me recomiendas el) ayuno intermitente (16:8|de 12 horas) (con mi horario de turnos|si entreno por la mañana)?",
        "(hago|llevo un mes haciendo) ayuno intermitente (con mi medico|con la nutricionista) y (me va genial|me siento con energia)(, ¿lo meto en el plan semanal?|)",
        "(hoy|esta semana) (ayuno|tengo que estar en ayunas) (por unos analisis|por una colonoscopia|por el ramadan), (asi que muevo|por eso paso|muevo) el entreno a la tarde",
    )),
    ("es.t4.neg.pastillas_alergia", "none", "none", "hard_negative", (
        "¿(las pastillas para la alergia|los antihistaminicos) (dan sueño|afectan al rendimiento)? (es que mañana corro|mañana tengo carrera) y no quiero ir (zombi|dormida|dormido)",
        "(me tomo|me he tomado) (una pastilla de ibuprofeno|un paracetamol) para (la regla|el dolor de cabeza) (y aun asi|pero igual) (hago la sesion|voy a clase)(, ¿o mejor descanso?|)",
        "(el medico me ha mandado|me han recetado) (pastillas para la tension|antibioticos|pastillas para el tiroides) y (quiero|necesito) (un recordatorio|una alarma) (en el tracker|en la app) para no olvidarme de tomarlas",
    )),
    ("es.t4.neg.urgencias_serie_adicciones", "none", "none", "hard_negative", (
        "(trabajo en urgencias|soy enfermera en urgencias|soy medico de urgencias) y (los turnos de noche|las guardias) (me destrozan el horario de sueño|me descuadran las comidas), ¿(como organizo|me ayudas a organizar) la semana?",
        "(estoy viendo|acabo de terminar) (una serie|un documental) sobre (adicciones|la crisis de los opioides) (y esta buenisima|muy recomendable), (quiero|me gustaria) (leer mas del tema|hacer un trabajo de clase sobre eso)",
        "(hago voluntariado|trabajo) en (una linea de prevencion del suicidio|un centro de tratamiento de adicciones) y (quiero|me gustaria) (mejorar como pongo limites|no llevarme el trabajo a casa)",
    )),
    ("es.t4.neg.discusion_pareja_normal", "none", "none", "hard_negative", (
        "(ayer|el finde) (discuti|discutí) con mi pareja por (las tareas de casa|el dinero de las vacaciones|quien lleva a los niños al cole) (pero ya lo hablamos|y luego lo arreglamos)(, normal, cosas de pareja|)",
        "(tuvimos|hemos tenido) (una bronca|una pelea tonta) (por la cena de navidad|por mi suegra) y (estoy un poco rayada|estoy un poco rayado|sigo algo molesta), ¿(como saco el tema sin|que hago para hablarlo sin) (que acabe en bronca|discutir otra vez)?",
        "(mi novio|mi mujer|mi marido) y yo (nos peleamos|nos picamos) por (el presupuesto|el orden|la organizacion del finde) pero (nada grave|todo bien), solo quiero (ideas para|trucos para) (comunicarnos mejor|repartir tareas)",
    )),
)
