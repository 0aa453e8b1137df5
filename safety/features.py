"""A few hand features beside the MiniLM vector: which topic words a message uses, per category.

MiniLM places "I hide the bottles from my wife" near domestic violence because of the wife; a
count of topic words (drink, bottles) tips the head to the right category. The lists are stems
in the four supported languages, matched on folded text, so they work where MiniLM is weakest.
"""

from __future__ import annotations

import re

from safety.labels import RED_FLAG_CATEGORIES
from safety.rules import normalise

# A stem ending in "*" matches word starts ("purg*": purge, purging); the rest match whole words.
LEXICON: dict[str, tuple[str, ...]] = {
    "suicide": (
        "suicid*", "kill myself", "kill my self", "kms", "unalive*", "end my life", "end it",
        "take my life", "die", "dying", "dead", "death", "goodbye", "better off without me",
        "be here", "be around", "worth living", "disappear*", "last message", "note", "letter*",
        "bridge", "rope", "jump", "wake up", "matar*", "morir*", "vida", "despedida", "mourir",
        "tuer", "en finir", "adieu", "sterben", "umbring*", "leben", "selbstmord*",
    ),
    "self_harm": (
        "cut", "cuts", "cutting", "blade*", "razor*", "scar*", "burn*", "bleed*", "blood*",
        "wound*", "self harm*", "sh", "hurt myself", "hurting myself", "scratch*", "hit myself",
        "punch walls", "punch the wall", "bang my head", "pick at my skin",
        "punish myself", "corto", "cortar*", "cortes", "dano", "quemo", "scarifi*", "coupure*",
        "me faire du mal", "brule", "ritze*", "verletze*", "schneide*",
    ),
    "eating_disorder": (
        "eat", "eating", "eaten", "ate", "food", "meal*", "calorie*", "kcal", "weigh*", "fat",
        "thin*", "throw up", "throwing up", "threw up", "vomit*", "purg*", "laxative*",
        "starv*", "binge*", "skinny", "ana", "mia", "body", "comer", "comida*", "calorias",
        "adelgaz*", "manger", "mange", "repas", "maigrir", "grossir", "essen", "gegessen",
        "kalorien", "erbrech*", "abnehm*",
    ),
    "substance_abuse": (
        "drink*", "drunk", "alcohol*", "vodka", "wine", "whisk*", "beer*", "bottle*", "pill*",
        "xanax", "benzo*", "oxy*", "opioid*", "heroin", "fentanyl", "meth", "coke", "cocaine",
        "high", "weed", "overdos*", "relaps*", "sober", "withdrawal", "blackout*", "using",
        "beber", "botella", "droga*", "pastillas", "boire", "bouteille", "drogue*", "cachets",
        "trinke*", "flasche", "alkohol", "tabletten", "kokain",
    ),
    "domestic_violence": (
        "husband", "wife", "boyfriend", "girlfriend", "partner", "bf", "he", "him", "ex",
        "hits me", "hit me", "beats me", "punch*", "slap*", "chok*", "strangl*", "pushed",
        "shoved", "threaten*", "bruise*", "afraid of", "scared of", "control*",
        "won't let me", "marido", "novio", "pareja", "pega", "golpe*", "mari", "copain",
        "conjoint", "frappe", "mann", "freund", "schlagt", "gewurgt",
    ),
    "mental_health_crisis": (
        "voices", "panic*", "breakdown", "can't breathe", "slept", "sleep", "real", "reality",
        "losing my mind", "watching me", "following me", "hopeless*", "empty", "numb",
        "falling apart", "can't cope", "crying", "shaking", "invincible", "paranoi*", "voces",
        "panico", "voix", "angoisse", "panik*", "stimmen", "hoffnungslos", "desespere",
    ),
}


# Topic words for the other languages and the clinical English terms, added in lexicon-v2: the
# encoder's vocabulary is English, so outside English these counts carry most of the topic.
# Stems are folded (no accents, "ss" for "ß"); words common in ordinary talk are left out.
MORE: dict[str, tuple[str, ...]] = {
    "suicide": (
        "suizid*", "lebensmude", "quitarme la vida", "no quiero vivir", "no despertar",
        "acabar con todo", "quitarme de en medio", "mejor sin mi", "me tuer", "mettre fin",
        "envie de vivre", "me reveiller", "mieux sans moi", "mich umbringen", "nicht mehr leben",
        "nicht mehr aufwachen", "ohne mich besser", "abschiedsbrief*", "lettre d'adieu",
        "carta de despedida",
    ),
    "self_harm": (
        "cortarme", "me corto", "me corte", "cuchilla*", "cicatriz*", "cicatrices", "quemarme",
        "hacerme dano", "me hago dano", "autolesi*", "golpearme", "aranarme", "me couper",
        "je me coupe", "rasoir", "cicatrice*", "me bruler", "automutil*", "me griffer",
        "me frapper", "ritzen", "geritzt", "rasierklinge*", "narbe*", "selbstverletz*",
        "mir weh tun", "mich verletzen", "self-harm*", "selfharm*",
    ),
    "eating_disorder": (
        "laxante*", "atracon*", "pesarme", "bascula", "kilos", "gorda", "delgad*", "ayuno",
        "saltarme", "anorexi*", "bulimi*", "vomir", "laxatif*", "boulimi*",
        "me peser", "maigre", "jeuner", "sauter des repas", "kotzen",
        "abfuhrmittel*", "fressattack*", "essanfall*", "magersucht*", "bulimie", "waage",
        "hungern", "mahlzeit*", "dunn*", "fasting", "restrict*",
    ),
    "substance_abuse": (
        "borrach*", "resaca", "cerveza*", "copas", "porro*", "marihuana", "cocaina",
        "ansiolitico*", "calmantes", "adiccion", "adicto", "recaida", "abstinencia", "ivre",
        "bourre", "gueule de bois", "biere*", "verres", "joint*", "cannabis", "cocaine",
        "anxiolytique*", "somnifere*", "calmants", "addict*", "rechute", "sevrage", "picol*",
        "betrunken", "besoffen", "kater", "bier", "saufe*", "gekifft", "kiff*", "koks",
        "beruhigungs*", "schlafmittel*", "schmerzmittel*", "abhangig*", "sucht*", "suchtig",
        "nuchtern", "ruckfall*", "entzug*", "hangover", "wasted", "painkiller*",
    ),
    "domestic_violence": (
        "esposo", "mi ex", "me pega", "me golpea", "empujo", "bofetada*", "moreton*",
        "moratones", "amenaz*", "me controla", "celos*", "me encierra", "estrangul*",
        "mon ex", "gifle*", "m'a pousse", "bleus", "menace*", "peur de lui", "controle mon",
        "jaloux", "m'enferme", "m'interdit", "etrangl*", "ehemann", "mein ex", "geschlagen",
        "ohrfeige*", "geschubst", "blaue flecken", "bedroht", "droht", "angst vor ihm",
        "kontrolliert", "eifersucht*", "eifersuchtig", "sperrt mich", "verbietet", "wurgt",
    ),
    "mental_health_crisis": (
        "dissociat*", "derealis*", "depersonali*", "flashback*", "manic", "mania",
        "psychosis", "psychotic", "hallucinat*", "ansiedad", "no puedo respirar", "irreal",
        "disociac*", "me vigilan", "me siguen", "sin dormir", "derrumb*", "volviendo loc*",
        "alucin*", "crise d'angoisse", "panique", "plus respirer", "irreel", "dissoci*",
        "me surveille", "sans dormir", "effondr*", "deviens fou", "deviens folle", "hallucin*",
        "angstattacke*", "keine luft", "unwirklich", "dissoziat*", "beobachtet", "verfolgt",
        "nicht geschlafen", "schlaflos*", "zusammenbruch", "zusammengebrochen", "verruckt",
        "halluzin*", "durchdreh*", "dreh durch",
    ),
}
TOPICS = {category: (*LEXICON[category], *MORE[category]) for category in LEXICON}

def _pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    prefixes = [re.escape(s[:-1]) for s in stems if s.endswith("*")]
    words = [re.escape(s) for s in stems if not s.endswith("*")]
    return re.compile(rf"\b(?:{'|'.join(words)})\b|\b(?:{'|'.join(prefixes)})")


_PATTERNS = {category: _pattern(stems) for category, stems in TOPICS.items()}
FEATURES = len(RED_FLAG_CATEGORIES)
FEATURE_SET = "lexicon-v2"


def lexicon_features(text: str) -> list[float]:
    """Per category, how many topic stems the message uses (0, 1/3, 2/3 or 1)."""
    folded = normalise(text)
    return [min(len(_PATTERNS[category].findall(folded)), 3) / 3
            for category in RED_FLAG_CATEGORIES]
