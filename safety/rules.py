"""Explicit-statement rules (English, Spanish, French, German) and the idioms they must not read.

Rules catch first-person statements that need no model to understand ("I want to kill myself",
"he hits me", "I took 30 pills"); they raise a reading, never lower one. Idioms ("this deadline
is killing me", "dying to start") only explain away a weak model signal when no rule fired.
Text is matched lower-cased, with accents and curly quotes folded, so "tomé", "tome" and "TOMÉ"
read alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from safety.ports import Severity

RULE_SCORES: dict[str, float] = {"low": 0.8, "medium": 0.95, "high": 0.99}
_ME = r"(?:my ?self|myself|myslef|mysef|meself)"
_PARTNER = (r"(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|"
            r"stepdad|stepfather|dad|father))")
_NUM = (r"(?:\d{2,}|twenty|thirty|forty|fifty|a (?:whole|full) (?:bottle|pack|box|strip)|"
        r"all (?:of )?(?:my|the))")
_PILLS = r"(?:pills|tablets|sleeping pills|paracetamol|tylenol|painkillers|meds|ibuprofen)"


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired: its name, category, severity and the score it lends."""

    rule: str
    category: str
    severity: Severity
    score: float


@dataclass(frozen=True)
class Rule:
    """A named pattern for one category and severity."""

    name: str
    category: str
    severity: Severity
    pattern: re.Pattern[str]


def _rule(name: str, category: str, severity: Severity, pattern: str) -> Rule:
    return Rule(name, category, severity, re.compile(pattern))


RULES: tuple[Rule, ...] = (
    # --- suicide -----------------------------------------------------------------------------
    _rule("en.kill_myself", "suicide", "high",
          rf"\b(?:kill|killing|kil|kll|off|murder)(?:ing)? ?{_ME}\b"),
    _rule("en.end_my_life", "suicide", "high",
          r"\b(?:end|ending|take|taking|end all of) (?:my|my own) (?:life|lfe)\b"),
    _rule("en.end_it", "suicide", "high",
          r"\b(?:going to|gonna|will|want to|wanna|planning to|plan to|ready to|decided to) "
          r"end (?:it|it all|everything)\b(?! with| off| there| here| early| now with)"),
    _rule("en.end_it_when", "suicide", "high",
          r"\bend (?:it|it all|everything) (?:tonight|today|this weekend|soon|for good)\b"),
    _rule("en.suicidal", "suicide", "high",
          r"\b(?:i'?m|i am|im|feeling|feel|felt|been|getting) (?:so |very |really |kinda |"
          r"a bit |quite |pretty )?suicidal\b"),
    _rule("en.slang", "suicide", "high",
          rf"\b(?:kms|kys myself|unalive ?{_ME}|unalive me|sewer ?slide|commit suicide|"
          r"suicide plan|suicide note|goodbye (?:letter|note)s?)\b"),
    _rule("en.overdose_count", "suicide", "high",
          rf"\b(?:took|swallowed|taken|take|taking|downed) {_NUM} (?:\w+ )?{_PILLS}"),
    _rule("en.method", "suicide", "high",
          r"\b(?:bought|got|tied|have) (?:a |the )?(?:rope|noose)\b|\b(?:going to|gonna|want to|"
          r"wanna|thinking of|about to) (?:jump|throw myself) (?:off|from|in front)"),
    _rule("en.want_to_die", "suicide", "medium",
          r"\b(?:i|i just|i really|just) (?:want|wanna|wish) (?:to )?(?:die|be dead)\b"
          r"(?! of| laughing| lol| from embarrassment)"),
    _rule("en.passive", "suicide", "medium",
          r"\b(?:better off without me|no (?:point|reason) (?:in )?(?:living|to live|being alive|"
          r"going on)|(?:don'?t|dont|do not) want to (?:live|be alive|exist|wake up)"
          r"(?: anymore)?\b|"
          r"wish i (?:was|were) (?:dead|never born)|(?:don'?t|dont) want to be here anymore)"),
    _rule("en.hopeless", "suicide", "low",
          r"\b(?:there'?s no|theres no|no|what'?s the|whats the) point (?:anymore|any more|"
          r"in anything|of anything|in it all|of it all|in trying anymore)\b"),
    _rule("es.suicide", "suicide", "high",
          r"\b(?:me quiero (?:matar|suicidar)|quiero (?:matarme|suicidarme)|voy a (?:matarme|"
          r"suicidarme|quitarme la vida)|quitarme la vida|acabar con (?:mi vida|todo esta noche)|"
          r"(?:tome|me tome|trague) (?:\d{2,}|todas (?:las|mis)) (?:pastillas|pildoras))"),
    _rule("es.passive", "suicide", "medium",
          r"\b(?:me quiero morir|quiero morirme|no quiero (?:vivir|seguir viviendo|seguir)|"
          r"(?:estarian|estarían) mejor sin mi|ojala (?:estuviera|no despertar))"),
    _rule("fr.suicide", "suicide", "high",
          r"\b(?:je veux me tuer|me suicider|mettre fin a (?:mes jours|ma vie)|en finir "
          r"(?:ce soir|aujourd'?hui|avec la vie)|je vais en finir|j'?ai (?:pris|avale) "
          r"(?:\d{2,}|toutes mes|tous mes) (?:cachets|comprimes|pilules|medicaments))"),
    _rule("fr.passive", "suicide", "medium",
          r"\b(?:je veux mourir|je ne veux plus vivre|j'?ai envie de mourir|envie d'?en finir|"
          r"(?:seraient|serait) mieux sans moi)"),
    _rule("de.suicide", "suicide", "high",
          r"\b(?:mich (?:umbringen|toten|erhangen)|bringe mich um|meinem leben ein ende|"
          r"(?:mein|das) leben (?:beenden|nehmen)|(?:ich habe|hab) (?:\d{2,}|alle) "
          r"(?:tabletten|pillen)|selbstmord begehen|suizid begehen)"),
    _rule("de.passive", "suicide", "medium",
          r"\b(?:ich will (?:nicht mehr leben|sterben|tot sein)|ich mochte sterben|"
          r"(?:waren|ware) besser (?:dran )?ohne mich|suizidgedanken|selbstmordgedanken)"),
    # --- self_harm ---------------------------------------------------------------------------
    _rule("en.self_harm", "self_harm", "medium",
          rf"\b(?:cutting|burning|scratching|hitting|harming|hurting) {_ME}\b"
          rf"(?! (?:shaving|cooking|in the kitchen|by accident|accidentally|on |at |while |"
          r"playing|during|lifting|running))|\bself[- ]?harm(?:ing|ed)?\b(?! (?:awareness|training)"
          rf")|\b(?:want|wanna|urge|urges|need) to (?:cut|burn|hurt|harm) {_ME}\b|\bcut {_ME} "
          r"(?:again|on purpose|deliberately|last night|tonight)\b|\b(?:relapsed|relapse) on "
          r"(?:cutting|self[- ]?harm)"),
    _rule("en.self_harm_severe", "self_harm", "high",
          r"\b(?:cut|cuts|cutting|sliced)\b.{0,40}\b(?:too deep|won'?t stop bleeding|"
          r"can'?t stop the bleeding|need stitches|so much blood)"),
    _rule("es.self_harm", "self_harm", "medium",
          r"\b(?:me corto|me estoy cortando|cortarme (?:otra vez|los brazos|las munecas)|"
          r"me hago dano (?:a proposito|a mi mism[oa])|autolesion(?:es|arme)?|me lastimo a "
          r"proposito|me quemo a proposito)"),
    _rule("fr.self_harm", "self_harm", "medium",
          r"\b(?:je me (?:scarifie|mutile|coupe les (?:bras|poignets))|scarification|"
          r"je me fais du mal|me faire du mal|automutilation)"),
    _rule("de.self_harm", "self_harm", "medium",
          r"\b(?:ich ritze mich|mich (?:selbst )?(?:ritzen|verletzen)|ich verletze mich "
          r"(?:selbst|absichtlich)|selbstverletzung)"),
    # --- eating_disorder ---------------------------------------------------------------------
    _rule("en.purging", "eating_disorder", "medium",
          r"\b(?:make|made|making) (?:my ?self|myself) (?:throw up|sick|vomit|puke)\b|"
          r"\b(?:throw|threw|throwing) (?:it )?up after (?:every |each |i )?"
          r"(?:meal|eat|ate|eating)|"
          r"\b(?:been |keep |started )purging\b|\bpurg(?:e|ing) after\b|\b(?:bulimi|anorexi)\w*"),
    _rule("en.starving", "eating_disorder", "medium",
          r"\b(?:haven'?t|havent|have not|not|didn'?t) (?:eaten|eat|had food|had a meal) "
          r"(?:anything )?(?:in|for) (?:\d+|two|three|four|five|six|seven|several|a few) "
          r"(?:days|weeks)\b|\bstarv(?:e|ing) (?:my ?self|myself)\b|\blaxatives? (?:every|after|"
          r"to lose|to get rid)"),
    _rule("en.ed_severe", "eating_disorder", "high",
          r"\b(?:fainted|passed out|blacked out|heart (?:is )?(?:racing|skipping)|chest pain)\b"
          r".{0,60}"
          r"\b(?:not eating|haven'?t eaten|purging|throwing up|starving)|\b(?:not eating|haven'?t "
          r"eaten|purging|starving)\b.{0,60}\b(?:fainted|passed out|blacked out)"),
    _rule("es.eating", "eating_disorder", "medium",
          r"\b(?:me provoco el vomito|vomito (?:despues de|todo lo que como)|no he comido (?:en|"
          r"desde hace) (?:\d+|varios|dos|tres|cuatro|cinco) dias|me mato de hambre)"),
    _rule("fr.eating", "eating_disorder", "medium",
          r"\b(?:je me fais vomir|je vomis (?:apres|tout ce que)|(?:je n'?ai|j'?ai) (?:rien |pas )?"
          r"mange depuis (?:\d+|deux|trois|quatre|cinq|plusieurs) jours|je m'?affame)"),
    _rule("de.eating", "eating_disorder", "medium",
          r"\b(?:(?:ich )?(?:erbreche|ubergebe|kotze) (?:mich )?(?:nach|absichtlich)|"
          r"bringe mich zum erbrechen|seit (?:\d+|zwei|drei|vier|funf|mehreren) tagen nichts "
          r"(?:mehr )?gegessen|ich hungere mich)"),
    # --- substance_abuse ---------------------------------------------------------------------
    _rule("en.substance_severe", "substance_abuse", "high",
          r"\b(?:i (?:think i )?(?:overdosed|od'?d|am overdosing)|mix(?:ed|ing)? (?:xanax|benzos|"
          r"pills|oxy|opioids|fentanyl) (?:and|with) (?:alcohol|booze|drinks|vodka)|withdrawal "
          r"(?:seizure|fits)|can'?t (?:wake|breathe) .{0,20}(?:after|on) (?:the )?"
          r"(?:pills|drugs))"),
    _rule("en.substance", "substance_abuse", "medium",
          r"\b(?:can'?t|cant|cannot) stop (?:drinking|using|taking (?:pills|coke|xanax)|"
          r"smoking (?:crack|meth))\b|\b(?:a|one|the whole) (?:bottle|fifth|litre|liter) of "
          r"(?:vodka|whiskey|whisky|rum|gin|wine) (?:a|every|per) day\b|\b(?:drunk|high) "
          r"(?:driving|at work every|every (?:day|morning))|\b(?:driving|drove) (?:drunk|high)\b|"
          r"\brelapsed on (?:alcohol|drinking|heroin|meth|coke|pills|opioids)|\bshooting up\b"),
    _rule("es.substance", "substance_abuse", "medium",
          r"\b(?:no puedo dejar de (?:beber|tomar|drogarme|consumir)|una botella de \w+ al dia|"
          r"(?:he|e) recaido)"),
    _rule("fr.substance", "substance_abuse", "medium",
          r"\b(?:je n'?arrive pas a arreter de (?:boire|consommer|prendre)|je ne peux pas "
          r"m'?arreter de boire|une bouteille de \w+ par jour|j'?ai rechute)"),
    _rule("de.substance", "substance_abuse", "medium",
          r"\b(?:ich kann nicht aufhoren zu (?:trinken|konsumieren)|eine flasche \w+ (?:am|pro) "
          r"tag|ich bin ruckfallig)"),
    # --- domestic_violence -------------------------------------------------------------------
    _rule("en.partner_violence", "domestic_violence", "high",
          rf"\b{_PARTNER} (?:hits|hit|beats|beat|punches|punched|slaps|slapped|chokes|choked|"
          r"strangles|strangled|kicks|kicked|shoves|shoved|smacks|smacked) me\b"
          r"(?! (?:up|with|back|to|in (?:tennis|chess|the game)|at))|\b(?:threatened|threatens|"
          rf"threatening) to kill me\b|\b{_PARTNER}(?:'s| is)? (?:going to|gonna) kill me\b"
          r"(?! if)"),
    _rule("en.partner_fear", "domestic_violence", "medium",
          rf"\b(?:afraid|scared|terrified) (?:of {_PARTNER}|to go home)\b|\b{_PARTNER} "
          r"(?:won'?t let me|doesn'?t let me) (?:leave|see my (?:friends|family)|have (?:money|"
          r"my phone))"),
    _rule("es.violence", "domestic_violence", "high",
          r"\b(?:(?:mi (?:pareja|marido|novio|esposo|esposa|novia|ex) |el |ella )?me (?:pega|"
          r"golpea|maltrata|ahorca|empuja)\b|amenazo con matarme|amenaza con matarme)"),
    _rule("fr.violence", "domestic_violence", "high",
          r"\b(?:(?:il|elle) me (?:frappe|bat|etrangle|gifle)|mon (?:mari|copain|conjoint|"
          r"compagnon|ex) me (?:frappe|bat|etrangle|gifle)|menace de me tuer)"),
    _rule("de.violence", "domestic_violence", "high",
          r"\b(?:(?:er|sie) schlagt mich|mein (?:mann|freund|partner|ex) schlagt mich|"
          r"(?:er|sie) (?:hat|droht) (?:mich )?(?:geschlagen|gewurgt|mich umzubringen)|"
          r"gedroht,? mich umzubringen)"),
    # --- mental_health_crisis ----------------------------------------------------------------
    _rule("en.psychosis", "mental_health_crisis", "high",
          r"\bvoices (?:are )?(?:telling|tell|told) me to\b|\bsomeone is (?:watching|following) "
          r"me through\b"),
    _rule("en.crisis", "mental_health_crisis", "medium",
          r"\b(?:i'?m |i am |im )?(?:hearing|hear) voices\b|\bpanic attacks? (?:that )?(?:won'?t|"
          r"wont|doesn'?t|will not) stop\b|\b(?:having|in the middle of|on the verge of) a "
          r"(?:mental |nervous )?breakdown\b|\b(?:haven'?t|havent|have not|not) slept (?:in|for) "
          r"(?:\d+|three|four|five|six) days\b|\bnothing feels real\b|\bi (?:don'?t|dont) feel "
          r"real\b"),
    _rule("es.crisis", "mental_health_crisis", "medium",
          r"\b(?:escucho voces|oigo voces|ataque de panico que no para|crisis nerviosa|"
          r"no he dormido en (?:\d+|tres|cuatro|cinco) dias)"),
    _rule("fr.crisis", "mental_health_crisis", "medium",
          r"\b(?:j'?entends des voix|crise d'?angoisse qui ne s'?arrete pas|depression nerveuse|"
          r"je craque completement|pas dormi depuis (?:\d+|trois|quatre|cinq) jours)"),
    _rule("de.crisis", "mental_health_crisis", "medium",
          r"\b(?:ich hore stimmen|panikattacke,? die nicht aufhort|nervenzusammenbruch|"
          r"seit (?:\d+|drei|vier|funf) tagen nicht (?:mehr )?geschlafen)"),
)

IDIOMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("killing_me", r"\b(?:deadline|work|job|boss|commute|traffic|this|that|meeting|heat|week|"
                       r"project|exam|exams|feet|back|legs|kids|knee|shoes|suspense|workout|"
                       r"hamstrings?|schedule)s? (?:is |are |was |were )?(?:literally |actually )?"
                       r"killing me\b"),
        ("dying_to", r"\b(?:dying|die) (?:to|for) (?:start|try|see|get|know|hear|go|meet|a |an |"
                     r"some|the)"),
        ("could_murder", r"\b(?:could|would|i'?d) (?:murder|kill) (?:for )?(?:a|an|some) "
                         r"(?:pizza|burger|coffee|beer|drink|nap|taco|sandwich|steak)"),
        ("killing_it", r"\b(?:killing|killed|crushing|crushed|slaying|slayed) it\b"),
        ("dead_tired", r"\b(?:dead tired|dead on my feet|bored to death|scared to death|"
                       r"to die for|died laughing|dying (?:of|from) laughter|kill two birds|"
                       r"dying laughing|i'?m dead lol|dead lol)\b"),
        ("someone_will_kill_me", r"\b(?:mom|mum|mother|dad|father|boss|wife|husband|coach|"
                                 r"teacher|manager|sister|brother) (?:will|would|is going to|"
                                 r"gonna|is gonna) kill me\b(?! for real| seriously)"),
        ("accident", r"\b(?:cut|sliced|nicked|burned|burnt) my (?:finger|thumb|hand)\b|"
                     r"\b(?:hit|got hit|was hit) by (?:a|the) (?:ball|door|car door)\b"),
        ("figure_of_speech", r"\b(?:eat a horse|shot myself in the foot|(?:be|been) the death of "
                             r"me|kills? my (?:sleep|focus|motivation|vibe|productivity)|"
                             r"(?:killing|killed) (?:my|the) (?:vibe|mood))\b"),
        ("es_idiom", r"\b(?:me (?:va|van) a matar si|me mato (?:de|a) (?:trabajar|estudiar)|"
                     r"me muero de (?:ganas|hambre|sueno|risa|calor|frio)|me mato\b(?! con))"),
        ("fr_idiom", r"\b(?:(?:va|vont) me tuer si|m'?a tue\b|me tue\b(?! vraiment)|je meurs "
                     r"(?:de faim|d'?envie|de sommeil|de rire|de chaud|de froid))"),
        ("de_idiom", r"\b(?:bringt mich (?:noch )?um|bringen mich (?:noch )?um|sterbe vor "
                     r"(?:hunger|lachen|langeweile|hitze)|kann es kaum erwarten)"),
        ("diet_talk", r"\b(?:intermittent fasting|meal prep|calorie deficit|macros|16:8|"
                      r"cutting (?:carbs|sugar|back on)|bulking|protein intake)\b"),
    )
)


def normalise(text: str) -> str:
    """Lower-case, fold accents and curly quotes, collapse whitespace."""
    folded = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ß", "ss")
    return re.sub(r"\s+", " ", stripped.lower()).strip()


def _calorie_rule(text: str) -> RuleHit | None:
    # "eating 500 calories a day" is a red flag; "a 300 calorie snack" is not.
    for match in re.finditer(r"\b(?:only|under|less than|max|just|about) (\d{2,4}) ?(?:calories|"
                             r"cals|kcal)(?: a| per| each)? day\b", text):
        if int(match.group(1)) < 800:
            return RuleHit("en.very_low_calories", "eating_disorder", "medium",
                           RULE_SCORES["medium"])
    return None


EXTRA_RULES: tuple[Callable[[str], RuleHit | None], ...] = (_calorie_rule,)


_STOPWORDS = {
    "en": {"the", "and", "i", "my", "to", "is", "it", "me", "of", "a", "you", "im", "i'm", "with"},
    "es": {"el", "la", "que", "y", "de", "me", "mi", "no", "es", "los", "las", "por", "con", "una"},
    "fr": {"le", "la", "je", "et", "de", "les", "des", "est", "pas", "mon", "ma", "une", "j'ai",
           "avec", "suis", "ne"},
    "de": {"ich", "und", "die", "der", "das", "nicht", "mich", "mein", "ist", "zu", "es", "mir",
           "habe", "ein", "eine", "mit"},
}


def guess_language(text: str) -> str:
    """en, es, fr or de by stopword count (English when unsure); good enough to pick a threshold."""
    words = re.findall(r"[a-z']+", normalise(text))
    counts = {lang: sum(word in stop for word in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def match(text: str) -> list[RuleHit]:
    """Every rule that fires on the text, most severe first."""
    normal = normalise(text)
    hits = [RuleHit(rule.name, rule.category, rule.severity, RULE_SCORES[rule.severity])
            for rule in RULES if rule.pattern.search(normal)]
    hits.extend(hit for check in EXTRA_RULES if (hit := check(normal)) is not None)
    order = ("high", "medium", "low")
    return sorted(hits, key=lambda hit: order.index(hit.severity))


def idioms(text: str) -> list[str]:
    """The names of the figures of speech found in the text."""
    normal = normalise(text)
    return [name for name, pattern in IDIOMS if pattern.search(normal)]


# Small talk: greetings, thanks, acknowledgements, everyday farewells and "what next?" in the
# four languages (folded: no accents). The model has seen few such short messages and can read
# "hello" or "ok" as a crisis; a message made only of these words, or of no words at all ("?",
# an emoji), explains the model's signal away. Words that can carry distress ("not", "done",
# "tired", "help", "goodbye", "adios", "adieu", "farewell") are deliberately absent.
EVERYDAY_WORDS = frozenset("""
hi hello hey hiya heya yo morning evening afternoon night good day all there everyone
thanks thank you ty thx cheers much so very lot
ok okay k kk alright sure yes yeah yep yup no nope nah fine great cool nice perfect awesome
got it sounds understood noted will do can i we me my your is are am be the a an to and too
bye see later soon tomorrow tonight next week then now what whats how s m re ll ve
should shall where from start begin again let go lets us talk plan today
hola buenos buenas dias tardes noches gracias muchas vale si claro genial perfecto bien muy
hasta luego manana pronto que tal como estas esta y tu sigue ahora hago hacemos debo empezamos
bonjour bonsoir salut coucou merci beaucoup oui non d accord super parfait tres a bientot
demain ca va comment et toi vous quoi ensuite faire je dois on commence maintenant
hallo servus moin guten morgen tag abend danke schon vielen ja nein klar gut sehr bis bald
tschuss wie geht es dir ihnen was jetzt als nachstes soll ich machen wir fangen an
""".split())
EVERYDAY_MAX_WORDS = 8


def everyday(text: str) -> bool:
    """Whether the message is only small talk (or has no words at all)."""
    words = re.findall(r"[a-z]+", normalise(text))
    return len(words) <= EVERYDAY_MAX_WORDS and all(word in EVERYDAY_WORDS for word in words)
