# ruff: noqa: E501
"""English red-flag families: (id, category, severity, style, patterns).

A pattern expands every `(a|b|)` group (an empty choice drops the group); one family is one way
of saying something, so the train/test split keeps a family's sentences on one side.
"""

from __future__ import annotations

Family = tuple[str, str, str, str, tuple[str, ...]]

FAMILIES: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("sui.kill_direct", "suicide", "high", "direct", (
        "(I|i) (want|wanna|really want|am going|'m going|plan) to kill myself( tonight| today| this weekend|)",
        "I'm (seriously |)(thinking about|planning on) killing myself( soon| this week|)",
    )),
    ("sui.end_life", "suicide", "high", "direct", (
        "I (want|have decided|am ready|'m going) to end my (life|own life)( tonight| soon|)",
        "I('ve| have) decided to take my own life( and nothing will change my mind|)",
    )),
    ("sui.end_it", "suicide", "high", "indirect", (
        "I('m going to| will| am going to) end it (all |)(tonight|this weekend|soon|once and for all)",
        "tonight is the night I end (it|everything)( for good|)",
    )),
    ("sui.plan_means", "suicide", "high", "indirect", (
        "I('ve| have) (got|saved up|been stockpiling) (pills|my meds|enough pills) (to do it|for when I'm ready|so I can end things)",
        "I (bought|got) a rope (today|yesterday) and I know where I('ll| will) (do it|go)",
        "I know (exactly |)how I('m going to| would) do it (and when|now|)",
    )),
    ("sui.goodbye", "suicide", "high", "indirect", (
        "I('ve| have) (written|wrote) (letters|goodbye letters|a note) to my (family|kids|parents)",
        "this is my last message, (thank you for everything|goodbye|tell them I'm sorry)",
        "I('m| am) giving away my things because I (won't|will not) need them (anymore|soon)",
    )),
    ("sui.want_die", "suicide", "medium", "direct", (
        "I (just |)(want to|wanna) die( so badly| every day| right now|)",
        "I wish I (was|were) dead( honestly|)",
        "I wish I could (go to sleep and |)(never wake up|not wake up)( tomorrow|)",
    )),
    ("sui.burden", "suicide", "medium", "passive", (
        "everyone would be better off (without me|if I was gone|if I wasn't here)",
        "I('m| am) (just |)a burden (to everyone|on my family) and (they'd be relieved|it would be easier) if I (disappeared|was gone)",
    )),
    ("sui.no_reason", "suicide", "medium", "indirect", (
        "I (don't|do not) see (any |the |)(point|reason) (in living|to keep living|to go on) anymore",
        "(what's|whats) the point of (living|being alive|staying alive)( anymore|)",
    )),
    ("sui.thoughts", "suicide", "medium", "direct", (
        "I keep (having|getting) thoughts (about|of) (suicide|killing myself|ending my life)( lately| again|)",
        "(suicidal thoughts|thoughts of suicide) (keep coming back|are getting louder|won't leave me alone)",
    )),
    ("sui.disappear", "suicide", "medium", "passive", (
        "I wish I could (just |)disappear (forever|for good|and never come back)",
        "(sometimes |)I think about (not existing|not being alive|being gone) (all the time|a lot|every day)",
    )),
    ("sui.slang", "suicide", "high", "slang", (
        "(ngl |lowkey |honestly |)(i|im|i'm) (gonna|going to) kms( fr| tonight|)",
        "(i want to|wanna|i kinda want to) unalive myself( fr| rn|)",
        "thinking about the sewer slide (again|fr|every night)",
    )),
    ("sui.attempt", "suicide", "high", "direct", (
        "I (tried|attempted) to (kill myself|end my life|take my life) (last night|yesterday|again)",
        "I survived my attempt (last week|yesterday) and I('m| am) (going to|gonna) try again",
    )),
    ("sui.overdose", "suicide", "high", "direct", (
        "I (just |)(took|swallowed) (30|20|40|a whole bottle of|all my) (pills|sleeping pills|painkillers|tablets)( and I feel dizzy| and I feel weird|)",
        "I('ve| have) taken (too many|all the) (pills|tablets) on purpose( an hour ago|)",
    )),
    ("sui.not_here", "suicide", "high", "passive", (
        "(I|i) (won't|wont) be (here|around) (much longer|by next week|for our next session)",
        "you (won't|wont) (have to|need to) worry about me (after tonight|for much longer)",
    )),
    ("sui.not_worth", "suicide", "medium", "indirect", (
        "(my life is not|life isn't|life is not) worth living( anymore|)",
        "I (can't|cannot) (do this|go on|keep going) anymore, I('m| am) (done with life|ready to go|done with everything)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("sh.cutting", "self_harm", "medium", "direct", (
        "I('ve| have) been (cutting|cutting myself|hurting myself on purpose) (again|for weeks|every night|)",
        "I cut (myself|my arms|my wrists|my thighs) (again |)(last night|yesterday|this morning)",
    )),
    ("sh.urges", "self_harm", "medium", "direct", (
        "I (really |)(want|need) to (cut|hurt|burn) myself (right now|so bad|tonight)",
        "the urge to (cut|hurt myself|self harm) is (so strong|overwhelming|back) (tonight|today|)",
    )),
    ("sh.burning", "self_harm", "medium", "direct", (
        "I (burn|burned|have been burning) myself with (a lighter|cigarettes|a hot spoon) (when I'm upset|to feel something|again)",
    )),
    ("sh.hitting", "self_harm", "medium", "indirect", (
        "I (punch|hit|bang) (walls|my head against the wall|myself) until (it bleeds|I bruise|my knuckles bleed)",
    )),
    ("sh.severe", "self_harm", "high", "direct", (
        "I cut (too deep|really deep) and (it won't stop bleeding|I think I need stitches|there's so much blood)",
        "(the|my) (cuts|wound|cut on my arm) (won't|wont) stop bleeding( and I'm scared|)",
    )),
    ("sh.hiding", "self_harm", "medium", "indirect", (
        "I wear long sleeves (all the time |)(so no one sees|to hide) (the cuts|the scars|my arms)",
        "I (hide|keep) (my blades|razors|a blade) (in my room|in my drawer) (just in case|for bad nights)",
    )),
    ("sh.relapse", "self_harm", "medium", "direct", (
        "I relapsed (on self harm|and cut again) after (months|a year|six weeks) clean",
        "(day |)(0|zero) again, I self harmed (last night|today)",
    )),
    ("sh.deserve", "self_harm", "medium", "indirect", (
        "I (deserve|need) (the pain|to hurt|to be punished) (so I|and I) (hurt|cut|scratch) myself",
        "hurting myself is the only thing that (makes me feel something|helps|calms me down)",
    )),
    ("sh.slang", "self_harm", "medium", "slang", (
        "(i|i've|ive) been sh-ing (again|lately|bad)",
        "(relapsed|fell off) sh (again|last night)( ngl|)",
        "sh urges r (so bad|insane) rn",
    )),
    ("sh.past", "self_harm", "low", "indirect", (
        "I used to (cut|hurt myself) (in high school|as a teen|years ago) and (the thoughts|the urges) (are|keep) coming back( lately| a bit|)",
        "sometimes I (scratch|pinch) myself hard when I'm (stressed|anxious)( and I don't know why|)",
    )),
    ("sh.scratch", "self_harm", "medium", "direct", (
        "I scratch (my skin|my arms) (until it bleeds|raw) (when|whenever) (I panic|things get bad)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("ed.purging", "eating_disorder", "medium", "direct", (
        "I make myself (throw up|sick|vomit) after (every meal|dinner|I eat|a binge)",
        "I('ve| have) been throwing up (after meals|everything I eat) (on purpose|so I don't gain weight)",
    )),
    ("ed.starving", "eating_disorder", "medium", "direct", (
        "I (haven't|have not) eaten (in|for) (3|4|5|five|six) days (on purpose|because I need to be thinner|and I feel proud|)",
        "I('m| am) starving myself (to lose weight|because I hate my body|again)",
    )),
    ("ed.calories", "eating_disorder", "medium", "direct", (
        "I('m| am) eating (only |)(300|400|500|600) calories a day( to lose weight| and it's still not enough|)",
        "I (limit|keep) myself (to|under) (500|400|600) calories (a day|daily)( no matter what|)",
    )),
    ("ed.laxatives", "eating_disorder", "medium", "direct", (
        "I take (laxatives|diet pills|water pills) (every day|after eating|after every meal) to (lose weight|get rid of the food)",
    )),
    ("ed.binge_purge", "eating_disorder", "medium", "direct", (
        "I (binge|binged) (and then|then) (purge|purged|throw up|threw up) (almost every night|again tonight|several times a week)",
    )),
    ("ed.hide_food", "eating_disorder", "medium", "indirect", (
        "I('m| am) terrified of (eating|food|gaining weight) (and|so) I (skip|hide|throw away) (my meals|food|lunch)( so my family doesn't notice| at school|)",
        "I hide food (from my family|in my room) so they (don't see|think) I('m| am) eating",
    )),
    ("ed.severe", "eating_disorder", "high", "direct", (
        "I (fainted|passed out|blacked out) (today|at work|again) because I (haven't eaten|have not eaten|keep starving myself) (in days|for a week)",
        "my heart (keeps racing|is skipping beats|feels weird) (after|from) (purging|throwing up|not eating for days)",
    )),
    ("ed.exercise", "eating_disorder", "medium", "indirect", (
        "I (exercise|run|work out) (for hours|until I collapse|3 hours a day) to burn off (everything I eat|every calorie) and (panic|feel sick) if I (can't|miss a day)",
    )),
    ("ed.bodyhate", "eating_disorder", "low", "indirect", (
        "I (hate|can't stand) my body (so much |)(that|and) I (feel guilty|panic) (every time|whenever) I eat",
        "I feel (disgusting|huge|fat) (after|whenever I) (eat|eating) (anything|a normal meal)",
    )),
    ("ed.slang", "eating_disorder", "medium", "slang", (
        "(ngl |)(i'm|im) on (a|my) (ana|mia) (diet|streak) again",
        "(pro ana|thinspo) (tips|accounts) (are|keep) (helping me|motivating me) to (not eat|stay under 500)",
        "(ed|eating disorder) (brain|voice) (is|has been) (so loud|winning) (rn|lately|this week)",
    )),
    ("ed.weight", "eating_disorder", "medium", "indirect", (
        "I (have lost|lost|dropped) (10|15|20) kilos in (a month|six weeks) by (barely eating|not eating) and I still (feel fat|want to lose more)",
    )),
    ("ed.chewspit", "eating_disorder", "medium", "direct", (
        "I (chew and spit|chew food and spit it out) so I (don't|won't) (swallow|absorb) the calories",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("sa.cant_stop", "substance_abuse", "medium", "direct", (
        "I (can't|cannot) stop (drinking|using|taking pills|doing coke) (even though|and) (I've tried|I want to|it's ruining my life)",
    )),
    ("sa.daily", "substance_abuse", "medium", "direct", (
        "I('m| am) (drinking|going through) (a bottle of|a fifth of|a litre of) (vodka|wine|whiskey) (a day|every day|every night)",
        "I need (a drink|a few drinks|vodka) (in the morning|to get out of bed|to stop shaking)( now| every day|)",
    )),
    ("sa.drugs", "substance_abuse", "medium", "direct", (
        "I('ve| have) been (using|taking|doing) (heroin|meth|coke|fentanyl|oxy) (every day|again|daily)( and I can't stop|)",
        "I relapsed on (heroin|meth|opioids|alcohol|pills) (last night|this weekend|after two years)",
    )),
    ("sa.work", "substance_abuse", "medium", "indirect", (
        "I('ve| have) been (drunk|high) at work (every day|most days|again) and (I'm going to get fired|nobody knows)",
        "I (drove|have been driving) (drunk|high|after drinking) (again|last night|home)",
    )),
    ("sa.overdose", "substance_abuse", "high", "direct", (
        "I think I (overdosed|took too much) (on|of) (heroin|fentanyl|oxy|my pills|xanax) and I (can't breathe|feel like I'm dying|can't stay awake)",
        "I mixed (xanax|benzos|pills|sleeping pills) with (alcohol|vodka|a lot of wine) and now I feel (really bad|like I'm fading|numb)",
    )),
    ("sa.withdrawal", "substance_abuse", "high", "direct", (
        "I('m| am) (shaking|having seizures|hallucinating) (from|because of) (withdrawal|not drinking) (and I'm alone|right now)",
    )),
    ("sa.cope", "substance_abuse", "medium", "indirect", (
        "the only way I (can get through the day|can sleep|cope) is (getting high|getting drunk|pills and wine)",
        "I (need|use) (weed|pills|alcohol) (just |)to feel (normal|nothing|okay) (every day|anymore)",
    )),
    ("sa.hiding", "substance_abuse", "medium", "indirect", (
        "I hide (bottles|empty bottles|my stash) (from my wife|from my husband|from my family|in the garage) so (they|nobody) (won't|don't) (know how much I drink|find out)",
    )),
    ("sa.money", "substance_abuse", "medium", "indirect", (
        "I('ve| have) spent (all my savings|my rent money|everything) on (drugs|pills|coke|alcohol) and I still (want more|can't stop)",
    )),
    ("sa.low", "substance_abuse", "low", "passive", (
        "I('ve| have) been drinking (a bit |)more than (I'd like|usual|I should) (since the breakup|lately|to cope with stress)",
        "I (might|think I) have a (problem|bit of a problem) with (drinking|weed|pills)( but I'm not sure|)",
    )),
    ("sa.slang", "substance_abuse", "medium", "slang", (
        "(been|i've been|ive been) (getting|stayin) (blackout|wasted|fried) (every night|all week|daily)( fr| ngl|)",
        "(can't|cant) (get thru|get through) (the day|work) without (a bump|a line|a pill|a drink)( anymore| rn|)",
    )),
    ("sa.blackouts", "substance_abuse", "medium", "direct", (
        "I (keep|kept) (blacking out|waking up not remembering anything) (after drinking|when I drink)( and I don't know how I got home|)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("dv.hits", "domestic_violence", "high", "direct", (
        "(my|My) (husband|boyfriend|partner|wife|girlfriend) (hits|hit|beats|punched|slapped) me( again| last night| when he's drunk| when she's angry|)",
        "he (hit|punched|slapped) me (again |)and (I have bruises|I'm scared|the kids saw it)",
    )),
    ("dv.threat", "domestic_violence", "high", "direct", (
        "(he|my partner|my husband|my ex) (threatened|said he would|says he'll) (to |)kill me if I (leave|tell anyone|go to the police)",
        "he('s| is) outside (my door|the house) (with a knife|and he's drunk|screaming) and I('m| am) (scared|terrified|hiding)",
    )),
    ("dv.choke", "domestic_violence", "high", "direct", (
        "he (choked|strangled|grabbed my throat) (me |)(until I couldn't breathe|during the fight|last night)",
    )),
    ("dv.fear", "domestic_violence", "medium", "indirect", (
        "I('m| am) (scared|afraid|terrified) to go home (tonight|after work|) because of (him|my husband|my partner|what he'll do)",
        "I walk on eggshells (every day|all the time) because (I never know|I don't know) (when he'll explode|what will set him off)",
    )),
    ("dv.control", "domestic_violence", "medium", "indirect", (
        "(he|my partner|my husband) (takes|controls|took) (all my money|my bank card|my phone|my passport) and (won't let me|doesn't let me) (see my friends|leave the house|work)",
        "(he|she) (tracks|checks|monitors) (my phone|my location|everything I do) and (punishes|screams at|threatens) me if I (don't answer|go out)",
    )),
    ("dv.hide", "domestic_violence", "medium", "indirect", (
        "I (have to |)(cover|hide) (the bruises|my bruises|the marks) (with makeup|with long sleeves|before work)",
        "I told (work|my coach|everyone) I fell (down the stairs|)( but it was him| but he pushed me)",
    )),
    ("dv.push", "domestic_violence", "high", "direct", (
        "(he|my boyfriend|my husband) (pushed|threw|shoved) me (down the stairs|against the wall|to the floor) (last night|again|yesterday)",
    )),
    ("dv.sexual", "domestic_violence", "high", "direct", (
        "(he|my partner|my husband) (forces|forced|makes) me to (have sex|do things I don't want)( when I say no|)",
    )),
    ("dv.kids", "domestic_violence", "high", "direct", (
        "(he|my husband) (hurts|hit|beats) (me and the kids|the children) (and I don't know where to go|when he drinks)",
    )),
    ("dv.low", "domestic_violence", "low", "passive", (
        "(my partner|my boyfriend|he) (yells|screams) at me (a lot|every day|for small things) and (calls me names|smashes things|punches the walls)",
        "I('m| am) not sure if (what he does|how he treats me) (counts as|is) abuse",
    )),
    ("dv.slang", "domestic_violence", "high", "slang", (
        "(bf|my bf|my man) put (hands|his hands) on me (again|last night)( fr|)",
        "(he|bf) (smacked|beat) me up (again|last night)( ngl| smh|)",
    )),
    ("dv.family", "domestic_violence", "high", "direct", (
        "my (dad|father|stepdad|mom|brother) (beats|hits|hurts) me (when he's drunk|every night|and I'm scared to go home)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("mh.voices", "mental_health_crisis", "high", "direct", (
        "(the|The) voices (are |keep |)(telling|tell) me to (hurt people|do things|jump|not trust anyone)",
        "I (hear|keep hearing|am hearing) voices (that aren't there|telling me things|in my head) and (they won't stop|I'm scared)",
    )),
    ("mh.paranoia", "mental_health_crisis", "high", "indirect", (
        "(people|my neighbours|they|the government) (are|is) (watching|following|tracking) me (through my phone|everywhere|through the walls) and (I can't leave|I'm not safe|I need to hide)",
    )),
    ("mh.panic", "mental_health_crisis", "medium", "direct", (
        "I('m| am) having (a|the worst) panic attack (right now |)and (I can't breathe|it won't stop|I think I'm dying)",
        "my panic attacks (won't|don't) stop (anymore|all day) and I (can't function|can't leave bed)",
    )),
    ("mh.breakdown", "mental_health_crisis", "medium", "direct", (
        "I('m| am) (having|on the edge of|in the middle of) a (breakdown|mental breakdown|nervous breakdown) (right now|at work|and can't stop crying)",
        "I (can't stop|haven't stopped) (crying|shaking|screaming) (for hours|all day) and I (don't know what's happening|can't calm down)",
    )),
    ("mh.sleep", "mental_health_crisis", "medium", "indirect", (
        "I (haven't|have not) slept in (4|5|four|five|six) days and (my thoughts are racing|I feel invincible|I'm seeing things)",
    )),
    ("mh.dissociation", "mental_health_crisis", "medium", "indirect", (
        "nothing feels real (anymore|right now) and I (don't know|can't tell) (who I am|if I'm awake|what's real)",
        "I feel (completely |)(detached|disconnected) from my body (all the time|for days) and it('s| is) (terrifying|getting worse)",
    )),
    ("mh.mania", "mental_health_crisis", "high", "indirect", (
        "I (haven't slept|have not slept) (in days|for days) and I (just |)(spent|gave away) (all my money|my savings|everything) because I('m| am) (on a mission|chosen|invincible)",
    )),
    ("mh.hopeless", "mental_health_crisis", "low", "passive", (
        "I feel (so |completely |)hopeless (about everything|all the time|lately) and (nothing helps|I can't see a way out|I don't know why I bother)",
        "(everything|life) feels (pointless|empty|meaningless) (lately|these days|right now)( and I can't get out of bed|)",
    )),
    ("mh.cant_cope", "mental_health_crisis", "medium", "direct", (
        "I (can't|cannot) cope (anymore|with anything|at all) and I('m| am) (falling apart|losing control|scared of what I might do)",
        "I feel like I('m| am) losing (my mind|control) (completely|for real) and (I'm scared|no one can help)",
    )),
    ("mh.depression", "mental_health_crisis", "medium", "indirect", (
        "I (haven't left|have not left|can't leave) (my bed|the house|my room) (in days|for a week|for two weeks) and (I've stopped eating|I can't do anything|I don't care about anything)",
    )),
    ("mh.harm_others", "mental_health_crisis", "high", "direct", (
        "I('m| am) (scared|afraid) I('ll| will| might) hurt (someone|my kids|my baby|people)( and the thoughts won't stop|)",
    )),
    ("mh.slang", "mental_health_crisis", "low", "slang", (
        "(ngl |)(i'm|im) (not ok|not okay|so done) (rn|fr|lately) (everything is falling apart|idk what to do|)",
        "(my mental health|my brain) is (in the gutter|so cooked|at rock bottom) (rn|fr|this week)",
    )),
    ("mh.numb", "mental_health_crisis", "low", "passive", (
        "I feel (numb|empty|nothing) (all the time|every day|for weeks now)( and I don't recognise myself| and it scares me|)",
    )),
)
