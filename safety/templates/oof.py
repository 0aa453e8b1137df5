# ruff: noqa: E501
"""A fourth round, chosen from cross-validation errors on the training families only."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    ("sui.overdose2", "suicide", "high", "indirect", (
        "I (emptied|finished) (the|my) (pill bottle|packet of tablets|box of painkillers) (an hour ago|tonight) because I (want|wanted) (it all to stop|to die|to sleep forever)",
        "(the|my) (tablets|pills) are (kicking in|starting to work) and I (don't want help|just wanted to say bye|feel really drowsy)",
    )),
    ("ed.severe2", "eating_disorder", "high", "indirect", (
        "I('m| am) so (dizzy|weak) from (not eating|purging|restricting) that I (fell down|can't stand up|fainted in the shop) (today|this morning)",
        "(the doctor|my GP|the nurse) said my (heart rate|potassium|weight) is (dangerously low|too low) but I (still can't eat|won't stop purging)",
    )),
    ("dv.hide2", "domestic_violence", "medium", "indirect", (
        "I (make excuses|lie) (for|about) (the marks|my black eye|the bruises) (he|my partner) (gave|left on) me",
        "(I|i) (can't|cannot) (tell anyone|go to work) (because|when) (he|my husband) (leaves|left) (marks|bruises) (on my face|on my arms)",
    )),
    ("mh.paranoia2", "mental_health_crisis", "high", "indirect", (
        "(I|i) (know|am sure) (my family|my neighbours|my coworkers) (are|is) (poisoning my food|plotting against me|spying on me) and I (have to|need to) (get away|protect myself)",
    )),
    ("mh.crisis_slang2", "mental_health_crisis", "medium", "slang", (
        "(bro|ngl|fr) (im|i'm) (losing it|not ok|cracking) (so bad|rn|tonight) (cant|can't) (breathe|stop shaking|stop crying)",
    )),
    ("sa.overuse2", "substance_abuse", "medium", "indirect", (
        "I (need|have) to (get high|drink|take something) (before|to face) (work|people|my kids) (every day|now) and (it's getting worse|I can't stop)",
    )),
    ("neg.injury3", "none", "none", "hard_negative", (
        "I (bruised|scraped|bumped) my (shin|elbow|knee) (on the coffee table|climbing|at the park) (lol|, it's nothing|)",
        "my (blister|graze|sprain) from (the hike|the race|training) is (healing|better), can I run (tomorrow|this weekend)?",
    )),
    ("neg.sleep2", "none", "none", "hard_negative", (
        "I (haven't been sleeping|slept) (well|badly) (since the new job|this week|with the heat), any tips for a (wind-down routine|better night)?",
        "(the baby|my toddler|the puppy) (keeps|kept) me up (all night|again) so I('m| am) (a zombie|shattered) today( lol|)",
    )),
    ("neg.gaming2", "none", "none", "hard_negative", (
        "(my character|I) (got destroyed|died again|was murdered) (by the boss|in the raid|in ranked) (lol|haha|)",
        "(we|my team) (killed|slaughtered|wiped out) (the other team|the boss) (last night|in the final round)",
    )),
    ("neg.social3", "none", "none", "hard_negative", (
        "(is it|would it be) (okay|fine) to have (a cocktail|a couple of drinks|champagne) at (my sister's wedding|the office party) while I('m| am) (training|on my plan)?",
    )),
    ("neg.breakup2", "none", "none", "hard_negative", (
        "(since|after) (the breakup|my divorce|we split) I('ve| have) been (sad|a bit lost) but I('m| am) (ready to|trying to) (rebuild|make a plan)",
    )),
    ("neg.diet3", "none", "none", "hard_negative", (
        "(can|should) I (skip|have) (a snack|dessert|carbs) (in the evening|after training) if I('m| am) (trying to|aiming to) (lose fat|build muscle)?",
        "I('m| am) (tracking|counting) (protein|fibre|water) (this month|now), what's a (good|healthy) (target|amount)?",
    )),
)

INTERNATIONAL: dict[str, tuple[Family, ...]] = {
    "es": (
        ("es.dv.hit2", "domestic_violence", "high", "direct", (
            "(mi novio|mi marido|mi pareja) me (dio una paliza|tiró al suelo|agarró del cuello) (anoche|ayer|otra vez)",
        )),
        ("es.sh.cut2", "self_harm", "medium", "indirect", (
            "(tengo|llevo) (cortes|marcas) en (los brazos|las piernas) que (me hice|me hago) (yo misma|yo mismo|a escondidas)",
        )),
        ("es.sa.drink2", "substance_abuse", "medium", "indirect", (
            "(bebo|tomo) (a escondidas|sola|solo) (cada noche|todos los días) y ya no (puedo parar|controlo cuánto)",
        )),
    ),
    "fr": (
        ("fr.sui.kill2", "suicide", "high", "indirect", (
            "(j'ai|je viens de) (écrit|laisser) une lettre d'adieu (à ma famille|à mes enfants) et (c'est fini|je vais partir ce soir)",
        )),
    ),
    "de": (),
}
