# ruff: noqa: E501
"""More families in every language, written to widen the phrasing the head learns from."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    ("sui.method_q", "suicide", "high", "direct", (
        "what's the (most painless|quickest|easiest) way to (die|kill myself|end it)",
        "how many (pills|tablets|paracetamol) would it take to (not wake up|die|end it)",
    )),
    ("sui.tired_life", "suicide", "medium", "indirect", (
        "I('m| am) (so |)tired of (being alive|living|existing)( and I want it to end|)",
        "I (don't|do not) want to be here anymore( honestly| at all|)",
    )),
    ("sui.date", "suicide", "high", "indirect", (
        "I('ve| have) (set|picked|chosen) a date (to end things|to die|for when I'll do it)",
        "I('m| am) (standing|sitting) on (the bridge|the roof|the ledge) (right now|and I want to jump)",
    )),
    ("sh.tools", "self_harm", "medium", "direct", (
        "I (keep|bought|hid) (a razor|blades|a knife) (to cut with|for cutting|to hurt myself)",
        "(it's been|I've had) (months|weeks) of (cutting|hurting myself) and (I can't stop|it's getting worse)",
    )),
    ("sh.infected", "self_harm", "high", "direct", (
        "(my|the) (cuts|burns) (are|look) infected and I('m| am) (scared to tell anyone|hiding them)",
    )),
    ("sh.thinking", "self_harm", "low", "passive", (
        "I (sometimes |)think about hurting myself (when things get bad|but I haven't done it)",
        "part of me wants to (hurt|punish) myself (when I mess up|after a bad day)",
    )),
    ("ed.counting", "eating_disorder", "medium", "indirect", (
        "I (can't stop|spend all day) (counting calories|thinking about food) and I (panic|feel like a failure) if I eat more than (500|700|800)",
        "I weigh myself (ten times a day|every hour|after every meal) and (cry|panic|starve) if the number goes up",
    )),
    ("ed.request", "eating_disorder", "medium", "direct", (
        "(can you|could you) (help me|give me a plan to) (eat less than 600 calories a day|lose 10 kilos in two weeks|stop eating completely)",
    )),
    ("ed.water_fast", "eating_disorder", "medium", "indirect", (
        "I('ve| have) (only had|been living on) (water|black coffee|diet coke) for (days|a week|ten days) (to lose weight|so I get thinner)",
    )),
    ("sa.pills_more", "substance_abuse", "medium", "direct", (
        "I('m| am) taking (way more than|double|triple) (my prescribed|the prescribed) (painkillers|benzos|xanax|adderall) (every day|to get through)",
        "I start drinking (before noon|in the morning|at breakfast) (most days|every day)",
    )),
    ("sa.family_concern", "substance_abuse", "medium", "indirect", (
        "my (family|wife|kids|boss) (says|thinks) I have a (drinking|drug) problem and (they're right|I can't stop)",
    )),
    ("dv.isolation", "domestic_violence", "medium", "indirect", (
        "(he|she|my partner) (won't let me|stops me from) (talking to|seeing) (my family|my friends|anyone) and (checks|reads) my messages",
        "(he|my partner) (tells me|says) I('m| am) (worthless|nothing without him|crazy) and (threatens|says he'll try) to take the kids",
    )),
    ("dv.weapon", "domestic_violence", "high", "direct", (
        "(he|my partner|my husband) (pulled|held) a (knife|gun) (on me|to my throat) (last night|during the argument)",
        "my ex (keeps|is) (following me|showing up at my work|stalking me) and (threatens|says he'll hurt) me",
    )),
    ("mh.messages", "mental_health_crisis", "high", "indirect", (
        "I (think|know) (the TV|my phone|the radio) is (sending me messages|talking to me) and (I need to act|they want me to do something)",
    )),
    ("mh.panic_er", "mental_health_crisis", "medium", "indirect", (
        "I (think I'm|feel like I'm) (having a heart attack|going crazy|dying) (every night|again) but (the doctor|the hospital) says it's panic",
        "I('m| am) (completely |)(falling apart|breaking down) and (I can't look after my kids|I can't work) anymore",
    )),
    ("mh.rage", "mental_health_crisis", "high", "direct", (
        "I('m| am) so (angry|out of control) I('m| am) scared I('ll| will) (hurt someone|do something terrible)",
    )),
    # --- ordinary talk and hard negatives ---------------------------------------------------
    ("neg.diet_q", "none", "none", "hard_negative", (
        "is it bad to (skip breakfast|eat after 8pm|have a cheat meal) (if I'm trying to lose weight|on a diet)?",
        "what's a (healthy|realistic) (calorie target|amount of weight to lose) for (someone my height|a beginner)?",
        "I started (counting calories|tracking my macros|logging my food) (and it's eye-opening|this week)",
    )),
    ("neg.body_pos", "none", "none", "hard_negative", (
        "I('m| am) (learning to|trying to) (love my body|accept my body|stop comparing myself) (after having a baby|as I get older)",
        "my nutritionist (says|wants) me to eat (more protein|more vegetables|bigger breakfasts)",
    )),
    ("neg.moderate", "none", "none", "hard_negative", (
        "I (usually |)have (a beer|a glass of wine|one drink) (on Fridays|with dinner|at the weekend), is that a problem for my goals?",
        "how do I (cut down|drink less) (without giving up completely|at social events)?",
    )),
    ("neg.addicted_joke", "none", "none", "hard_negative", (
        "I('m| am) (so |)addicted to (my phone|coffee|sugar|netflix|this podcast)( lol| haha|), how do I break the habit?",
        "I drink (four|three|too many) coffees a day, how do I cut down?",
    )),
    ("neg.smoking", "none", "none", "hard_negative", (
        "I want to quit smoking (this year|for my kids), what's a good first step?",
        "day (3|10|30) without cigarettes and I('m| am) (proud|craving a bit)",
    )),
    ("neg.work_conflict", "none", "none", "hard_negative", (
        "my (coworker|colleague|manager) (yelled at me|was rude to me|took credit for my work) in (the meeting|front of everyone), how do I respond?",
        "I (lose my temper|snap) at my (kids|partner|team) when I('m| am) tired, how can I stay calmer?",
    )),
    ("neg.kids", "none", "none", "hard_negative", (
        "my (toddler|son|daughter) (hit|bit|kicked) me (during a tantrum|when I took his toy), how do I handle tantrums?",
        "I cried (at|during) (the film|the wedding|the finale) (last night|lol)",
    )),
    ("neg.ill", "none", "none", "ordinary", (
        "I('ve| have) (the flu|a cold|covid|a migraine) and (can't train|I'm in bed), should I skip my workout?",
        "I('m| am) (exhausted|so tired|drained) (after|from) (the move|the week|travelling), how do I recharge?",
    )),
    ("neg.overwhelm", "none", "none", "hard_negative", (
        "I have (too much on my plate|so many deadlines|three exams next week) and I don't know where to start",
        "I (can't|struggle to) (fall asleep|switch off) (before midnight|after work), any tips?",
    )),
    ("neg.recovery", "none", "none", "hard_negative", (
        "I('m| am) (two years|five years|a year) sober (today|this month) and I want to (set new goals|run a marathon)",
        "I started (therapy|counselling) (last month|recently) and it('s| is) (helping|going well)",
        "my doctor (put me on|changed) (antidepressants|blood pressure pills|my medication) and I('m| am) adjusting, can I still train?",
    )),
    ("neg.news", "none", "none", "hard_negative", (
        "the news (about the war|lately|this week) (makes me anxious|is depressing), how do I limit it?",
        "(we|I) (smashed|crushed|destroyed) (our targets|the presentation|the competition) (today|this quarter)",
        "the gym (absolutely murdered|destroyed|wrecked) me today( lol|)",
    )),
    ("neg.hyperbole", "none", "none", "hard_negative", (
        "if I have to sit through one more meeting I('ll| will) (scream|lose it)( lol| haha|)",
        "I('m| am) going to kill (this presentation|my workout|the interview) tomorrow",
        "I('m| am) literally (dying|dead) (lol|haha), this week is so funny",
    )),
    ("neg.short", "none", "none", "ordinary", (
        "(ok|okay|thanks|cool|sounds good|got it)( coach| !|)",
        "(yes|no|maybe), (tomorrow|next week|friday) works",
    )),
    ("neg.sport_cut", "none", "none", "hard_negative", (
        "I need to (make weight|cut weight) for my (boxing match|wrestling meet|judo comp)( next month|), how do I do it safely?",
        "I want to (get lean|drop body fat) for (summer|a bodybuilding show) safely",
    )),
    ("neg.loss", "none", "none", "hard_negative", (
        "(I lost|we lost) (my dad|our baby|my job|my grandma) (this year|recently) and I('m| am) trying to find (a routine|my footing) again",
        "I('m| am) going through a (divorce|separation) and want to (stay productive|look after my health)",
    )),
    ("neg.scrape", "none", "none", "hard_negative", (
        "I (fell off my bike|tripped on a run) and (scraped my knee|there was some blood), can I still train?",
        "(we|I) went out (for drinks|partying) (last night|on Saturday) and (had a great time|stayed out late)",
    )),
)

INTERNATIONAL: dict[str, tuple[Family, ...]] = {
    "es": (
        ("es.sui.want_die", "suicide", "medium", "direct", (
            "(quiero|me quiero) morir( ya| de verdad|)",
            "estoy (cansada|cansado) de vivir( y quiero que se acabe|)",
        )),
        ("es.sa.drugs", "substance_abuse", "medium", "direct", (
            "(consumo|me meto) (cocaína|pastillas) (todos los días|cada fin de semana) y no puedo parar",
        )),
        ("es.mh.breakdown", "mental_health_crisis", "medium", "direct", (
            "no puedo más, me estoy (derrumbando|desmoronando) y no paro de llorar",
        )),
        ("es.ed.hate", "eating_disorder", "medium", "indirect", (
            "me odio cuando como y me salto (todas las comidas|el almuerzo y la cena)",
        )),
        ("es.dv.threat", "domestic_violence", "high", "direct", (
            "(me amenazó|me ha amenazado) con matarme si (lo dejo|se lo cuento a alguien)",
        )),
        ("es.sh.more", "self_harm", "medium", "indirect", (
            "me hago cortes en (los brazos|las piernas) para (sentir algo|calmarme)",
        )),
        ("es.neg.more", "none", "none", "ordinary", (
            "¿cuánta proteína debo comer (al día|para ganar músculo)?",
            "(estoy|me siento) (cansado|cansada) (después del trabajo|esta semana), ¿cómo recupero energía?",
            "quiero (dejar de fumar|leer más|levantarme temprano) este año",
        )),
        ("es.neg.idiom2", "none", "none", "hard_negative", (
            "(mi jefe|mi madre) me va a matar si (llego tarde|olvido su cumpleaños)",
            "me muero de (hambre|sueño|risa)( jaja|)",
        )),
    ),
    "fr": (
        ("fr.sui.goodbye", "suicide", "high", "indirect", (
            "c'est mon dernier message, (adieu|merci pour tout|pardon à tous)",
        )),
        ("fr.sa.drugs", "substance_abuse", "medium", "direct", (
            "je prends de la (cocaïne|coke) (tous les jours|chaque week-end) et je ne peux plus m'arrêter",
        )),
        ("fr.mh.breakdown", "mental_health_crisis", "medium", "direct", (
            "je n'en peux plus, je m'effondre et je n'arrête pas de pleurer",
        )),
        ("fr.ed.hate", "eating_disorder", "medium", "indirect", (
            "je me déteste quand je mange et je saute (tous les repas|le déjeuner et le dîner)",
        )),
        ("fr.dv.threat", "domestic_violence", "high", "direct", (
            "il a menacé de me tuer si (je le quitte|j'en parle à quelqu'un)",
        )),
        ("fr.neg.more", "none", "none", "ordinary", (
            "combien de protéines (dois-je|faut-il) manger (par jour|pour prendre du muscle) ?",
            "je suis (fatigué|épuisée) (après le travail|cette semaine), comment récupérer ?",
            "je veux (arrêter de fumer|lire plus|me lever plus tôt) cette année",
        )),
        ("fr.neg.idiom2", "none", "none", "hard_negative", (
            "(mon patron|ma mère) va me tuer si (j'arrive en retard|j'oublie son anniversaire)",
            "je meurs de (faim|sommeil|rire)( mdr|)",
        )),
    ),
    "de": (
        ("de.sui.goodbye", "suicide", "high", "indirect", (
            "das ist meine letzte nachricht, (lebt wohl|danke für alles|es tut mir leid)",
        )),
        ("de.sa.drugs", "substance_abuse", "medium", "direct", (
            "ich nehme (jeden tag|ständig) (kokain|tabletten) und komme nicht mehr davon los",
        )),
        ("de.mh.breakdown", "mental_health_crisis", "medium", "direct", (
            "ich kann nicht mehr, ich breche zusammen und höre nicht auf zu weinen",
        )),
        ("de.ed.hate", "eating_disorder", "medium", "indirect", (
            "ich hasse meinen körper und esse (fast nichts mehr|nur noch einen apfel am tag)",
        )),
        ("de.dv.threat", "domestic_violence", "high", "direct", (
            "er hat gedroht mich umzubringen wenn ich (ihn verlasse|es jemandem erzähle)",
        )),
        ("de.sh.more", "self_harm", "medium", "indirect", (
            "ich schneide mir (die arme|die beine) auf (wenn es mir schlecht geht|jeden abend)",
        )),
        ("de.neg.more", "none", "none", "ordinary", (
            "wie viel eiweiß (soll ich|brauche ich) (am tag|für muskelaufbau) essen?",
            "ich bin (müde|erschöpft) (nach der arbeit|diese woche), wie erhole ich mich?",
            "ich will (mit dem rauchen aufhören|mehr lesen|früher aufstehen) dieses jahr",
        )),
        ("de.neg.idiom2", "none", "none", "hard_negative", (
            "(mein chef|meine mutter) bringt mich um wenn ich (zu spät komme|ihren geburtstag vergesse)",
            "ich sterbe (vor hunger|vor lachen|vor langeweile)",
        )),
    ),
}
