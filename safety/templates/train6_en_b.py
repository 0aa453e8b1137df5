# ruff: noqa: E501
"""Round-6 English training families (part b): mental-health crisis, domestic violence, eating disorder, suicide and hard negatives. The classifier has been confusing neighbouring crisis categories, so each family carries the cue that places it in its own category and not its neighbour: domestic violence names a partner, ex or family member as the source of the fear or injury (even when the message uses panic or "can't breathe" wording); mental-health crisis is acute distress, dissociation, psychosis, mania or inability to function with no wish to die and no self-injury; suicide states a wish to die, burden thinking, a plan or a goodbye; eating disorder is deliberate restriction, purging, laxatives, compensatory exercise or hiding food, as opposed to not eating during a depressive low or ordinary diet talk. The hard negatives borrow violence, relationship, diet and death words in safe, everyday senses."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------------------------------------------------------- mental_health_crisis
    ("t6.mh2.panic_now", "mental_health_crisis", "medium", "direct", (
        "(having|in the middle of) a panic attack (right now|as I type this)( at my desk|)(, my chest is so tight|, I can't get a full breath|), I'm not trying to hurt myself, I just need help calming down",
        "(I can't breathe|my heart won't slow down|my hands are shaking and numb) and (I feel like I'm going to pass out|everything is spinning), (what do I do|how do I calm down)( right now|)?",
        "panic (is|keeps) hitting me (in waves|over and over) (since I woke up|this morning) and I can't (get my breathing back|think straight)",
    )),
    ("t6.mh2.unreal_detached", "mental_health_crisis", "medium", "indirect", (
        "(everything around me|the whole room|the office) feels (fake|unreal|like a movie set) (today|since yesterday), like I'm watching myself (from outside|through glass)",
        "I keep (zoning out|losing chunks of time) and (my reflection|my own voice) doesn't feel like mine(, it's freaking me out|)",
        "I feel (detached|disconnected|numb and floaty) from my (body|own life) and (I'm scared I'm losing my mind|I can't snap out of it)",
    )),
    ("t6.mh2.voices_command", "mental_health_crisis", "high", "direct", (
        "the voices (are telling me|keep telling me|won't stop telling me) to (smash my laptop|get out of the flat right now|stop talking to my family|burn all my notebooks)",
        "I'm hearing (a voice that nobody else can hear|a voice that isn't really there|voices nobody else can hear), (it's ordering me around|it keeps giving me orders) and I (don't know if I can|can't) (ignore it|keep saying no)( much longer|)",
        "(there's|I hear) a voice (in my head|in the walls) telling me (my coworkers are spying on me|to do things) and I'm (terrified|really scared) I'll (obey it|listen to it)",
    )),
    ("t6.mh2.racing_no_sleep", "mental_health_crisis", "medium", "direct", (
        "haven't slept in (three|four|five) days and my (thoughts|mind) (won't stop racing|is going a million miles an hour)(, I feel wired not tired|)",
        "I've (started five new projects|spent my whole paycheck on ideas|rearranged the entire flat twice) (since Monday|this week) and I (can't slow down|can't sit still), (something's off|this isn't me)",
        "(I can't shut my brain off|my brain won't switch off) and I feel (invincible|electric|unstoppable) but (it's scaring me|my partner says I'm talking way too fast)",
    )),
    ("t6.mh2.bed_week_no_food", "mental_health_crisis", "medium", "passive", (
        "(haven't|have not) (left my bed|gotten out of bed) (in a week|for days|since Sunday)(, except for the bathroom|), I can't even make myself eat, not because I'm dieting, I just can't move",
        "food just sits there, I'm too (flat|heavy|exhausted) to (eat|cook|shower) and the days are (blurring together|all the same)",
        "(I've missed|I've called in sick for) (a whole week of work|every class this week) because I literally can't (function|get up|do anything)(, I'm barely eating or sleeping|)",
    )),
    ("t6.mh2.not_suicidal_drowning", "mental_health_crisis", "low", "indirect", (
        "(to be clear|just so you know|before you worry), I'm not suicidal, I (just |)feel (numb|empty|flat) and (hopeless|stuck) (all the time|lately)",
        "I don't want to die or anything, I'm just (so tired of feeling like this|running on empty|struggling to care about anything) (lately|right now)",
        "nothing feels like it matters (lately|these days) but I'm (safe|not going to do anything), I (just |)(can't shake it|feel hollow)",
    )),
    ("t6.mh2.flashbacks", "mental_health_crisis", "low", "indirect", (
        "memories from (the car crash|the accident|the fire) keep (flashing back|replaying) (when I try to sleep|out of nowhere) and I (freeze up|can't focus)",
        "(a smell|a loud bang|a siren) (sends|sent) me straight back (into that night|to the crash) and I (lose a few minutes|shake for an hour)",
        "(I keep having|I'm getting) flashbacks (again|this week) and I (can't concentrate at work|jump at every sound)",
    )),
    ("t6.mh2.scared_what_i_might_do", "mental_health_crisis", "medium", "indirect", (
        "I'm (scared|frightened) of what I might do (right now|tonight), my head is (all over the place|too loud) and I don't (trust myself|feel in control)",
        "I feel like I'm (about to snap|losing control|falling apart) and I don't (know what I'll do|recognise myself) (anymore|right now)",
        "(something is really wrong with me|I don't feel like myself), I'm (pacing|shaking) and I'm (afraid|scared) I'm going to lose it( completely|)",
    )),
    # ---------------------------------------------------------------- domestic_violence
    ("t6.dv.hit_bruises", "domestic_violence", "high", "direct", (
        "my (boyfriend|husband|partner|girlfriend) (hit|punched|shoved) me (last night|again|this morning) and (I have bruises on my arm|my face is swollen)",
        "(he|she) grabbed me by the (throat|neck) (during the fight|when I tried to leave the room) and I (couldn't breathe|thought I'd pass out)",
        "I'm (covering|hiding) the bruises (he|my husband) (left|gave me) with (makeup|long sleeves)( so people at work don't ask|)",
    )),
    ("t6.dv.threat_kill", "domestic_violence", "high", "direct", (
        "(he|my ex|my husband) (said|told me|texted me) he'd kill me if I (ever leave|leave him|tell anyone)",
        "(my partner|he) (threatened me with a knife|held a knife up to me|put his fist through the wall next to my head) (last night|during the argument) and said (next time it's me|I'd be sorry)",
    )),
    ("t6.dv.parent_hits", "domestic_violence", "high", "direct", (
        "my (dad|mom|mum|stepdad) (hits|slaps|beats) me (whenever I talk back|when I get bad grades|when things go wrong at home) and (I've got marks on my back|my lip is split) (again|this time)",
        "(I'm|I am) 17 and my (father|stepmother|older brother) (threw me against the wall|kicked me) (tonight|yesterday)(, I don't want to go back in there|)",
        "(my mum's boyfriend|my stepdad) (hurts|hits) me when my mum's (not home|at work) and (I'm scared to tell anyone|nobody believes me)",
    )),
    ("t6.dv.afraid_go_home", "domestic_violence", "medium", "indirect", (
        "I (sit in the car|stay late at the office|walk around the block) (for an hour|as long as I can) because I'm (scared|terrified) to go home to (him|my husband|my partner)",
        "I (dread|hate) (the end of the day|weekends) because it means being (home|alone) with (him|my partner) and (I'm afraid of him|I don't feel safe there)",
        "(is it normal|should I worry) to (be scared of|feel afraid of) (my own husband|my boyfriend|my wife)?",
    )),
    ("t6.dv.panic_from_partner", "domestic_violence", "medium", "indirect", (
        "I (only |)get panic attacks (when|right before) (my husband|he|my boyfriend) (gets home|comes through the door)(, because of how he gets|)",
        "(my doctor thinks|everyone says) it's anxiety but (I'm not anxious anywhere else|it's only around him), my chest goes tight when (he raises his voice|I hear his key in the lock)",
        "I (can't breathe|freeze up|start shaking) every time (my partner|my ex) (texts me|calls|walks in) because I (know what's coming|never know if he'll blow up)",
    )),
    ("t6.dv.control_money_phone", "domestic_violence", "medium", "direct", (
        "(my husband|my partner|he) (takes my whole paycheck|controls all the money|gives me an allowance) and I have to (ask permission|beg|explain every receipt) to (buy anything|get groceries)",
        "(he|my boyfriend|my girlfriend) (goes through my phone|reads all my messages|tracks my location) (every night|constantly) and (gets furious|punishes me) if I (talk to anyone|reply late)",
        "(he|my wife) won't let me (see my friends|visit my family|go to my sister's) (anymore|on my own) and (I've|I have) (nobody left|lost everyone)",
    )),
    ("t6.dv.ex_stalking", "domestic_violence", "medium", "direct", (
        "my ex (keeps showing up|has been waiting) (outside my work|at my flat|at the kids' school) (even though I|after I) (blocked him|told him to stop)",
        "(I think|I'm pretty sure) my ex (put a tracker on my car|is tracking my phone|knows where I am all the time) and I'm (scared|scared to go out|not sleeping because of it)",
        "my ex (sends me|keeps sending me) (dozens of|50) messages a day (saying I'll regret leaving|threatening to turn up at my door)",
    )),
    ("t6.dv.kids_witness", "domestic_violence", "medium", "indirect", (
        "my (kids|son|daughter) (saw|watched|heard) (him|their dad) (screaming at me|smashing things|calling me names) (again|last night)",
        "(my kids|the little ones|my two) (hide under the bed|cover their ears|cry) when (he|their father) (starts yelling|comes home angry)(, and I don't know how to protect them|)",
        "I'm (worried|scared) about what (the kids|my children) are (seeing|learning) at home with (him|their dad) and his temper",
    )),
    ("t6.dv.shouting_frightens", "domestic_violence", "low", "passive", (
        "(my partner|he|my husband) (shouts|yells) and (slams doors|bangs the table) when he (gets stressed|is annoyed)(, it's probably nothing but it scares me|)",
        "(he's|my boyfriend's) never (hit|touched) me but (the yelling|his temper|the way he shouts) (makes me flinch|makes me go quiet|scares me a bit)",
        "(is it weird|is it normal) that I (go quiet|walk on eggshells) when (my partner|he) (raises his voice|gets in a mood)?",
    )),
    ("t6.dv.putdowns_eggshells", "domestic_violence", "low", "indirect", (
        "(my partner|he|my husband) (says|tells me) (I'm useless|no one else would want me|I'm crazy for remembering things wrong) and (I'm starting to believe it|maybe he's right)",
        "I (check|run) everything by (him|my partner) first (so he doesn't get upset|to avoid a scene), (I feel like I'm losing myself|I don't even know who I am anymore)",
        "(my girlfriend|my boyfriend|my partner) (calls me names|mocks me in front of people|twists everything I say) and then acts like (I'm overreacting|nothing happened)",
    )),
    # ---------------------------------------------------------------- eating_disorder
    ("t6.ed.restrict", "eating_disorder", "medium", "direct", (
        "I've been (keeping it under|eating less than) (500|600|800) calories a day (on purpose|for weeks)( and I still feel huge|)",
        "I (skip|throw away) (breakfast and lunch|my lunch|dinner) (on purpose|every day) because (eating makes me feel out of control|I feel better when I'm empty)",
        "(this|it) stopped being a diet (a while ago|months ago), I (panic|feel guilty for hours) if I eat (more than|anything over) my (limit|number)",
        "I'm (starving|so hungry) but I (won't let myself eat|tell myself I haven't earned food)( until tomorrow|)",
    )),
    ("t6.ed.purge", "eating_disorder", "medium", "direct", (
        "I (made myself sick|threw up on purpose|purged) (after dinner|after lunch|again tonight)(, I couldn't stand having it in me|)",
        "(every time|whenever) I eat (something|a proper meal|with my family) I (go to the bathroom|run to the toilet) (to get rid of it|to throw it up)",
        "how do I keep the (purging|throwing up) (hidden from|a secret from) my (flatmates|parents|partner)?",
    )),
    ("t6.ed.binge_laxatives", "eating_disorder", "medium", "direct", (
        "I've been taking (laxatives|a whole pack of laxatives|way too many laxatives) (after I eat|after a binge|every day) (to feel empty|to undo it|so the food doesn't count)",
        "I (binged|ate a whole box of cereal|ate everything in the cupboard) (last night|again) and (now |)I (have to|need to) (fast all day|take laxatives|make up for it)",
    )),
    ("t6.ed.fainting", "eating_disorder", "high", "direct", (
        "I (fainted|blacked out|collapsed) (at work|on the stairs|in the supermarket) (today|this morning) because I haven't (eaten|let myself eat) in (three|four) days",
        "(I'm so dizzy|my heart is fluttering|my vision keeps going dark) (and I can barely stand|right now), I've (barely eaten|had nothing but water) (all week|since Monday)(, I'm scared|)",
    )),
    ("t6.ed.exercise_compensate", "eating_disorder", "low", "indirect", (
        "(lately |)I (have to|need to) (burn off|work off) (every meal|everything I eat|each snack) (at the gym|on the treadmill) (or I can't relax|before I'm allowed to sleep)",
        "if I (miss|skip) a workout I (eat less|don't eat dinner|cut my food in half) (to make up for it|the next day)",
        "I won't let myself eat (until|unless) I've burned (at least 500|enough) calories (first|that day)",
    )),
    ("t6.ed.body_check", "eating_disorder", "low", "indirect", (
        "I (weigh myself|check my stomach in the mirror|pinch my waist) (like ten times a day|after every meal|every time I pass a mirror)(, it's getting a bit much|)",
        "I (feel disgusting|hate my body) (after I eat|whenever I'm full) and I keep thinking about (eating even less|skipping more meals)",
        "(my jeans fit fine but|everyone says I look fine but) I (measure my thighs|check the scale) (daily|every morning and night)",
    )),
    ("t6.ed.hiding_food", "eating_disorder", "medium", "indirect", (
        "I (throw away|hide) (my packed lunch|the food my mum makes|my dinner) (and say I already ate|when nobody's looking)",
        "I (push food around my plate|cut everything into tiny pieces|pretend I'm not hungry) (so my family|so my partner) (won't notice|thinks I ate)",
        "I (eat in secret|binge in secret) (in my car|at night) and (hide the wrappers|throw the wrappers away before anyone sees)",
    )),
    # ---------------------------------------------------------------- suicide
    ("t6.sui.not_wake_up", "suicide", "medium", "passive", (
        "(honestly |)I (keep wishing|have been wishing) I (could go to sleep|would fall asleep) and (not wake up|never wake up)",
        "I (don't want to|just don't want to) (be alive|exist|be here) any longer",
        "(lately |)I (think about|keep thinking about) how (it would be easier|everything would stop) if I (just died|were dead)",
    )),
    ("t6.sui.burden", "suicide", "medium", "indirect", (
        "(honestly |)(everyone|my family|my kids|my team) would (be better off|cope better) (without me around|if I wasn't here anymore)",
        "I'm (just |)a burden (to everyone|on my family) and (they'd|people would) (be relieved|cope fine) if I (died|was gone for good)",
    )),
    ("t6.sui.plan", "suicide", "high", "direct", (
        "I've (decided|made up my mind) (to end my life|to kill myself) (tonight|this weekend|after work)",
        "I've (got|saved up) (the pills|enough pills) (and a time picked|and a note written)(, I'm going to end it|)",
        "(I've written|I'm writing) (my note|letters to my family) (and I know how I'll do it|and picked a date)",
    )),
    ("t6.sui.goodbye", "suicide", "high", "indirect", (
        "(this is|this will be) my last (session|message to you)(, thank you for|, thanks for) (everything|trying to help me)",
        "(please tell|can you tell) my (sister|mum|best friend) I'm sorry(, I won't be around after tonight|, I'm not going to be here tomorrow)",
        "I've (given away|sorted out) (my things|my cat|everything) and (said my goodbyes|I'm ready to go)",
    )),
    ("t6.sui.thinking_death", "suicide", "low", "indirect", (
        "I've been thinking about (death|dying) (a lot|more than usual) (lately|this month), not planning anything, (just|but) the thought keeps coming back",
        "(sometimes|some nights) I (wonder|think about) whether (anyone would notice|it would matter) if I (wasn't here|just stopped existing)",
        "what's the point of (going on|keeping going) if (nothing ever changes|it's always going to feel like this)",
    )),
    # ---------------------------------------------------------------- none (hard negatives)
    ("t6.neg.killing_it", "none", "none", "hard_negative", (
        "(I'm|we're) (killing it|absolutely killing it|crushing it) at work (since the promotion|this month|on the new project)",
        "this (spreadsheet|quarter-end rush|tax return) is (killing me|going to be the death of me)( lol| haha|)",
        "I'd (kill|die) for (a coffee|a nap|a day off)( right now|)",
    )),
    ("t6.neg.partner_dishes", "none", "none", "hard_negative", (
        "my (partner|husband|girlfriend) and I (argued|had a fight|bickered) about (the dishes|whose turn it is to cook|the laundry) (but we sorted it out|and laughed about it after)",
        "(I just had|I had) a (small|silly) argument with my (partner|wife) about (money|holiday plans|the budget), any tips for (talking it through calmly|communicating better)?",
    )),
    ("t6.neg.ex_coparent", "none", "none", "hard_negative", (
        "my ex and I (co-parent|share custody) (pretty well|really well|without drama) (these days|now)",
        "(dropping the kids at|picking the kids up from) my ex's (place|house) (is easy now|went smoothly), we're (friendly|on good terms)",
        "(my ex texted|I got a text from my ex) (about the school play|about pickup times|to say happy birthday) and it was (totally fine|nice actually)",
    )),
    ("t6.neg.diet_questions", "none", "none", "hard_negative", (
        "(any tips on|how do I start) (intermittent fasting|cutting back on sugar|meal prepping for the week|eating more protein)(, my doctor suggested it|)?",
        "I'm (trying|going) to (cut down on|cut out) (takeaways|fizzy drinks|late night snacks) (this month|for my marathon training)",
        "(lost|dropped) (two|a few) kilos (on my new plan|since I started cooking at home) and (I feel great|my energy is better)",
    )),
    ("t6.neg.skipped_lunch", "none", "none", "hard_negative", (
        "(accidentally|totally) skipped lunch (today|again) because of (back to back meetings|a client call), (going to|gonna) grab (a big dinner|something proper) (later|now)",
        "(forgot to eat|didn't get to eat) (breakfast|lunch) (with everything going on|during the workshop), (starving|so hungry) now( lol|)",
    )),
    ("t6.neg.presentation_nerves", "none", "none", "hard_negative", (
        "(I|lowkey) panicked (before|right before) my (pitch|viva|driving test) but it (went fine|went really well)",
        "(my heart was racing|I couldn't breathe for a sec|my hands were shaking) before (the demo|my talk) (but once I started it was fine|and then I nailed it)",
        "(my mind has been|my brain is) racing with (ideas|plans) for the (new project|launch)(, so excited|)",
    )),
    ("t6.neg.grief_grandparent", "none", "none", "hard_negative", (
        "my (grandma|grandad|grandfather|nan) (passed away|died) (last month|in the spring) (and I'm sad but coping|and I'm doing okay)",
        "(going to|heading to) my (grandpa's|gran's) funeral (on Friday|next week), (can you help me write|any tips for writing) a eulogy?",
        "(today is|it's) the anniversary of my (grandma's|grandad's) death(, so I'm taking it easy|, feeling a bit quiet but fine)",
    )),
    ("t6.neg.sparring_bruises", "none", "none", "hard_negative", (
        "(got|came home with) (a few|some) bruises from (sparring|kickboxing|rugby) (last night|at training)(, lol|), totally worth it",
        "my (brother|sister) and I (fought|wrestled) over (the remote|the last slice of pizza) (like we're ten again|haha)",
        "my (coach|trainer) (hit me|went hard on me) (with the pads|in drills) (today|tonight) and I'm (sore|wrecked) but (happy|feeling strong)",
    )),
)
