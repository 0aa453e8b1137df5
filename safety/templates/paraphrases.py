# ruff: noqa: E501
"""Second and third wordings of the same ideas, so a held-out family still has kin in training."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    ("sui.goodbye2", "suicide", "high", "indirect", (
        "I just want to say (thank you|sorry) (for everything|to everyone) before I go( tonight| for good|)",
        "(please |)tell my (family|mum|kids|sister) I love them, I won't be around (after tonight|tomorrow|anymore)",
        "I('ve| have) sorted out my (will|affairs|passwords) so (nobody has to deal with it|it's easy for them) when I('m| am) gone",
    )),
    ("sui.goodbye3", "suicide", "high", "indirect", (
        "this is (the last|my final) time (we'll talk|you'll hear from me)( goodbye| thanks for trying|)",
        "(I|i) (left|wrote) a (letter|note|message) (for|to) (my parents|my partner|everyone) explaining why I('m| am) doing this",
    )),
    ("sui.not_worth2", "suicide", "medium", "indirect", (
        "(there's|there is) nothing (left|worth) (living for|to live for)( anymore|)",
        "I (honestly |)(don't|do not) (care|mind) if I (die|don't wake up)( tomorrow| anymore|)",
        "living (feels|is) (pointless|unbearable) and I (keep thinking|think) about (dying|death|not being here) (constantly|every night)",
    )),
    ("sui.plan2", "suicide", "high", "direct", (
        "I('ve| have) (worked out|figured out|planned) (how|exactly how|when and how) I('m going to| will) kill myself",
        "I('ve| have) been (collecting|hoarding|saving) (my pills|tablets|medication) (for weeks|for a month) (for the day I do it|so I can overdose)",
    )),
    ("sui.not_here2", "suicide", "high", "passive", (
        "(by|after) (tomorrow|this weekend|tonight) (it|all of this) (won't|will not) matter (anymore|because I'll be gone)",
        "(soon|after tonight) (nobody|no one) (will|needs to) (have to |)(deal with|worry about) me (ever again|anymore)",
    )),
    ("sui.passive2", "suicide", "medium", "passive", (
        "I (keep|often) (hoping|wishing) (a car hits me|I get sick and die|something kills me|I don't wake up)",
        "(if|when) I (died|disappeared) (tomorrow|today), I (don't think|doubt) anyone would (notice|care|miss me)",
    )),
    ("sh.hiding2", "self_harm", "medium", "indirect", (
        "I (won't|don't) (go swimming|wear short sleeves|wear shorts) (anymore |)because (of the scars|people would see the marks) (on my arms|on my legs)",
        "(nobody|no one) knows (about|that I) (the cuts|cut|burn myself) (under my sleeves|on my thighs|in secret)",
    )),
    ("sh.coping2", "self_harm", "medium", "indirect", (
        "when (it gets too much|I'm overwhelmed|I feel numb) I (cut|burn|hit) myself (to cope|to feel real|to get through it)",
        "(the pain|hurting my body) (distracts me|helps me) from (how I feel|the thoughts) so I (keep doing it|do it every night)",
    )),
    ("sh.urges2", "self_harm", "medium", "direct", (
        "(I'm|I am) (fighting|struggling with) (the urge|urges) to (cut|self harm|hurt myself) (again|tonight|right now)",
        "I (almost|nearly) (cut|hurt myself) (again |)(tonight|today) (and I still want to|and the urge won't go away)",
    )),
    ("ed.restrict2", "eating_disorder", "medium", "direct", (
        "I('ve| have) (barely eaten|eaten almost nothing|had one apple) (this week|for days|in three days) (because I need to lose weight|and I'm proud of it)",
        "I (skip|avoid) (every meal|all my meals|breakfast lunch and dinner) (and|then) (lie about it|tell people I already ate)",
    )),
    ("ed.purge2", "eating_disorder", "medium", "indirect", (
        "(after|whenever) I eat (too much|anything big|dessert) I (go to the bathroom|run to the toilet) (and get rid of it|to throw it up)",
        "I (use|take) (laxatives|diuretics) (like candy|by the handful|every night) to (stay thin|undo what I ate)",
    )),
    ("sa.binge2", "substance_abuse", "medium", "indirect", (
        "I (drink|get drunk) (alone|by myself) (every night|most nights) until I (pass out|black out|can't remember)",
        "I (can't|cannot) (go a day|get through a day|sleep) without (pills|weed|a drink|something) (anymore|these days) and it('s| is) (scaring me|getting worse)",
    )),
    ("sa.severe2", "substance_abuse", "high", "direct", (
        "(my friend|I) took (too much|something) at a party and (can't wake up|isn't breathing properly|is having a fit)",
        "I('ve| have) been (drinking|using) for (three days|days) straight and I('m| am) (seeing things|shaking badly|having chest pains)",
    )),
    ("dv.assault2", "domestic_violence", "high", "direct", (
        "(he|my partner|my husband|my boyfriend) (attacked|assaulted|hurt) me (last night|again|this morning) and I('m| am) (bleeding|hiding in the bathroom|scared to go back)",
        "I('m| am) (covered in|full of) bruises (from|because of) (him|my partner|my husband)",
    )),
    ("dv.fear2", "domestic_violence", "medium", "indirect", (
        "I('m| am) (scared|afraid) (he'll|my partner will) (find out|get angry) (that I'm talking to you|that I told someone) and (hurt me|punish me)",
        "(he|my partner) (gets violent|loses control|becomes dangerous) when (he drinks|I say no|I disagree) and I (never know|don't know) what (he'll do|will happen)",
    )),
    ("mh.psychosis2", "mental_health_crisis", "high", "indirect", (
        "(someone|they) (put|planted) (a chip|cameras|something) in my (head|flat|phone) and (I have to get it out|they're controlling me)",
        "I('m| am) (seeing|hearing) things (that other people can't|nobody else does) and (they are telling me|I'm terrified)",
    )),
    ("mh.crisis2", "mental_health_crisis", "medium", "direct", (
        "I('m| am) (completely |)(losing it|not coping|in pieces) (right now|today) and (I can't stop panicking|I need help now)",
        "(my anxiety|the panic) is so bad (I can't leave the house|I can't breathe|I think I'm dying) (all day|anymore)",
    )),
    ("mh.low2", "mental_health_crisis", "low", "passive", (
        "(everything|nothing) (feels|seems) (grey|heavy|hopeless|meaningless) (lately|these weeks) and I (can't|don't) (feel anything|care about anything)",
        "I('ve| have) (lost interest|stopped caring) (in everything|about anything) (lately|for weeks) and (I feel so empty|nothing helps)",
    )),
    ("mh.mania2", "mental_health_crisis", "high", "indirect", (
        "I feel (like a god|unstoppable|invincible) and (haven't slept|don't need sleep) (for days|in three nights), (my thoughts are too fast to follow|I quit my job on impulse|I maxed out all my cards)",
        "(my brain|my head) (won't slow down|is racing) (for days|all week), I (haven't slept|can't sleep) and I('m| am) (doing crazy things|spending money I don't have)",
    )),
    ("sa.hiding2", "substance_abuse", "medium", "indirect", (
        "nobody knows how much I (drink|use), I (hide|stash) (the bottles|the empties|my pills) (in my car|under the bed|at work)",
        "I lie to (my partner|my family|everyone) about (how much I drink|my using|where the money goes)( every day|)",
    )),
    ("mh.slang2", "mental_health_crisis", "low", "slang", (
        "(honestly|ngl) (i'm|im) (not doing great|struggling) (rn|lately)( and idk why| everything feels heavy|)",
        "(lowkey|ngl) (spiraling|falling apart) (rn|lately|this week)( cant think straight|)",
    )),
    ("neg.weight_loss2", "none", "none", "hard_negative", (
        "what's a (safe|healthy|sustainable) (rate|way) to lose weight (for a beginner|after pregnancy|at 50)?",
        "I('m| am) down (2|3) kilos (since starting|this month) and (feeling great|feeling stronger)",
    )),
    # --- negatives that share words with the red flags --------------------------------------
    ("neg.injury2", "none", "none", "hard_negative", (
        "I (cut|sliced|nicked) my (finger|thumb|hand) (while cooking|opening a parcel|on a knife)( but it's fine| no big deal|)",
        "I (took|caught) a (ball|frisbee|elbow) (to the face|in the ribs) (at practice|playing netball), (just a bruise|nothing broken)",
    )),
    ("neg.food_idiom", "none", "none", "hard_negative", (
        "(honestly |)I could eat a (horse|whole cow) after (that run|leg day|this shift)",
        "(the|this) (hot sauce|chilli challenge|dessert menu) (will be|is going to be) the death of me( haha|)",
    )),
    ("neg.figures", "none", "none", "hard_negative", (
        "(I|i) (really |)shot myself in the foot (by saying yes to|when I took on) (three projects|that extra deadline|everything)",
        "(scrolling tiktok|coffee after 4pm|late screens) (kills|is killing) my (focus|motivation)",
    )),
    ("neg.stress2", "none", "none", "hard_negative", (
        "(the move|my new job|the wedding planning) (has me|is) (stressed out|on edge|frazzled) (but I'm coping|this month)",
        "(i|I) feel (overwhelmed|a bit anxious|stretched thin) (with|by) (work|everything) but (I'm okay|I want a plan)",
    )),
    ("neg.social_drink2", "none", "none", "hard_negative", (
        "(we had|I had) (a few drinks|some wine|a couple of beers) (at the party|at dinner|with the team) (last night|on Saturday), (fun night|back on track today)",
        "should I (avoid|limit) alcohol (while training for a marathon|when I'm trying to lose weight)?",
    )),
    ("neg.grief2", "none", "none", "hard_negative", (
        "(it's|its) been (hard|tough) since (my dad|my friend|our dog) died, (but|and) I('m| am) (getting there|trying to get back to my routines)",
    )),
    ("neg.pep", "none", "none", "ordinary", (
        "(I'm|I am) (ready|pumped|excited) to (start|crush|tackle) (the new plan|this week|my goals)( tomorrow|!|)",
        "(what|which) (habit|book|podcast) (should I|would you) (start with|recommend) (for productivity|for focus)?",
    )),
)

INTERNATIONAL: dict[str, tuple[Family, ...]] = {
    "es": (
        ("es.neg.idiom3", "none", "none", "hard_negative", (
            "(el partido|la clase de spinning) de ayer me mató( jaja|)",
            "mi (tía|vecino) (falleció|murió) (hace poco|el mes pasado) y (lo echo de menos|me cuesta entrenar)",
        )),
        ("es.ed.skip", "eating_disorder", "medium", "indirect", (
            "(me salto|evito) (todas las comidas|la cena) y solo (tomo|bebo) (agua|café) para adelgazar",
        )),
        ("es.neg.life2", "none", "none", "hard_negative", (
            "mi (madre|abuela) está enferma y (estoy preocupada|me cuesta dormir)",
            "(discutimos|peleamos) por (los niños|las vacaciones) pero ya lo hablamos",
        )),
        ("es.sui.plan", "suicide", "high", "indirect", (
            "ya (decidí|elegí) (cómo|cuándo) voy a (hacerlo|morir) y no quiero que nadie me detenga",
        )),
    ),
    "fr": (
        ("fr.neg.idiom3", "none", "none", "hard_negative", (
            "(ce match|la séance de sport) d'hier m'a tué( lol|)",
            "mon (oncle|lapin) est mort (cet hiver|il y a peu) et (il me manque|j'ai du mal à m'entraîner)",
        )),
        ("fr.sh.more", "self_harm", "medium", "direct", (
            "je me (griffe|tape la tête contre le mur|brûle les bras) (quand je vais mal|exprès|tous les soirs)",
        )),
        ("fr.neg.life2", "none", "none", "hard_negative", (
            "ma (mère|grand-mère) est malade et (je m'inquiète|je dors mal)",
            "on s'est (disputés|fâchés) pour (les enfants|les vacances) mais on en a parlé",
        )),
        ("fr.sui.plan", "suicide", "high", "indirect", (
            "j'ai (décidé|choisi) (comment|quand) je vais (le faire|mourir) et personne ne m'arrêtera",
        )),
    ),
    "de": (
        ("de.neg.idiom3", "none", "none", "hard_negative", (
            "(die steuererklärung|mein chef|der umzug) bringt mich (noch |)um( haha|)",
            "(gestern|am wochenende) gab es (ein paar bier|zwei gläser sekt) auf einer feier, ist das okay?",
        )),
        ("de.neg.life2", "none", "none", "hard_negative", (
            "meine (mutter|oma) ist krank und ich mache mir sorgen",
            "wir hatten streit wegen (der kinder|des urlaubs) aber wir haben darüber geredet",
            "ich habe mir beim (training|wandern) (das knie|den rücken) verletzt",
        )),
        ("de.sui.plan", "suicide", "high", "indirect", (
            "ich habe (entschieden|geplant) (wie|wann) ich es tue und niemand wird mich aufhalten",
        )),
    ),
}
