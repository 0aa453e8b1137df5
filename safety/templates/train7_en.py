# ruff: noqa: E501
"""Round-7 English training families. The previous round still missed self-harm told
indirectly or inside ordinary coaching talk (missed check-ins, goals), confused self-harm and
crises that mention prescribed medication, sleeping tablets, a psychiatrist or a hospital with
substance use, read intense distress without a wish to die as suicide, read injuries, food
rules and weighing imposed by a partner, parent or ex as self-harm or an eating disorder, and
read laxatives, diet pills and appetite suppressants as substance use. Each crisis family
carries the cue that puts it in its own category; the hard negatives reuse the same words in
safe, everyday senses."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------------------------------------------------------- self_harm (12)
    ("t7.sh.missed_checkin_hurt", "self_harm", "medium", "indirect", (
        "(sorry|soz|apologies) I (missed|skipped|wasn't at) (our|my|the) (check-in|session|call), I (did the thing to my arms|hurt myself on purpose|went back to hurting myself) again (on Sunday|over the weekend|last night)",
        "(didn't|couldn't) make (the|our) (session|check-in) (this week|yesterday) because I (cut|hurt) myself (again|pretty badly) and (couldn't face anyone|needed to hide it)",
    )),
    ("t7.sh.goal_stop_hurting", "self_harm", "low", "indirect", (
        "(my|my new) (monthly|weekly) goal (is|should be) to (go a whole month|get through the week|last till our next session) without (hurting myself|touching the blade|cutting)( again|)",
        "I (haven't|have not) hurt myself in (a year|months|ages) but (lately|this week) the (old|same) thoughts about (cutting|doing it to my arms) keep (coming back|creeping in)",
    )),
    ("t7.sh.relapse_cutting_streak", "self_harm", "medium", "direct", (
        "I was (clean|free) from (cutting|self-harm|self harm) for (43|90|12) days and (relapsed|slipped) (last night|yesterday|on Friday)",
        "my (self-harm|cutting) (streak|clean streak) (reset|is back to zero) (today|this morning), I (cut|did it) again",
    )),
    ("t7.sh.urges_back", "self_harm", "low", "indirect", (
        "the urges to (cut|burn|scratch) myself are (back|getting louder)( lately|) and I don't (know|know what) to do with them",
        "(I keep|been) (staring at|thinking about) the (razor|blades|sharpener) in my (drawer|bathroom) and (I hate that I miss it|part of me wants to use it on myself)",
    )),
    ("t7.sh.burn_punish", "self_harm", "medium", "direct", (
        "I (burned|burnt) (myself|my wrist|my leg) with a (lighter|hot spoon|cigarette) (because I failed the exam|as punishment for messing up|after I bombed the interview)",
        "when I (mess up|fail at something|let people down) I (hit|bite|scratch) myself (until it bruises|hard|till it bleeds) (to punish myself|because I deserve it)",
    )),
    ("t7.sh.bleeding_wont_stop", "self_harm", "high", "direct", (
        "I cut (too deep|deeper than usual|my arm) (tonight|just now|an hour ago) and (the bleeding isn't stopping|there's blood everywhere|it's still bleeding through the plaster)",
        "(help|please help|what do I do), I (hurt|cut) myself and (it keeps bleeding through the towel|I can't get the bleeding to stop)",
    )),
    ("t7.sh.wound_care", "self_harm", "medium", "indirect", (
        "how do I (clean|look after|dress) the (cuts|burns|wounds) I (gave myself|did to myself|made on my arm) so they don't get infected",
        "(is it|would it be) (bad|normal|ok) if (the cuts|the marks I made) on my (thigh|arm|stomach) (are still red|look swollen) after (a week|three days)",
    )),
    ("t7.sh.hide_plasters", "self_harm", "low", "passive", (
        "(I keep|I'm) (making up excuses|lying) about the (plasters|bandages) on my (wrists|forearms) (at the gym|at work|to my team)",
        "(nobody|no one) (knows|has noticed) (why|that) I (stopped wearing|won't wear) (t-shirts|short sleeves) (anymore|this summer)( and I'd like to keep it that way|)",
    )),
    ("t7.sh.pills_to_hurt", "self_harm", "high", "direct", (
        "I (took|swallowed) (a handful of|extra|way too many) (painkillers|paracetamol|of my pills) (on purpose|just now) to hurt myself, (not to die|I don't want to die)",
        "(not trying to die|I'm not suicidal) but I (took|swallowed) (a load of|extra) (tablets|pills) to (punish myself|make myself hurt|feel the pain)( tonight|)",
    )),
    ("t7.sh.relapse_not_drink", "self_harm", "medium", "indirect", (
        "when I say I (relapsed|slipped up) I mean (the cutting|hurting myself|the self-harm), not (drinking|drugs|alcohol)",
        "(to be clear|just so you know), I (don't drink|don't use anything), my relapse (was|is) (cutting|burning myself|self-harm)( again|)",
    )),
    ("t7.sh.punch_walls_feel", "self_harm", "medium", "direct", (
        "I (punch|hit) the (wall|door) until my knuckles (bleed|split|swell) (just to feel something|because the pain helps|so I feel something other than numb)",
        "(after|since) the (argument|fight|row) with my (sister|mum|boyfriend) I (scratched|clawed) my (arms|legs) (raw|until they bled)",
    )),
    ("t7.sh.blade_ready_tonight", "self_harm", "high", "direct", (
        "I've got (a blade|the razor|a new blade) (ready|out) and I'm going to (cut|use it on myself) (tonight|after this chat|as soon as everyone's asleep)",
        "(i'm|I'm) (going|about) to (cut|burn) myself (tonight|in a bit|once I'm home) and (I've|I already have) (everything|what I need)( ready|)",
    )),
    # ------------------------------------------------------- mental_health_crisis (9)
    ("t7.mhc.meds_numb_flat", "mental_health_crisis", "low", "passive", (
        "I (take|never miss) my (antidepressants|meds|prescription) (like I'm supposed to|every morning) but I (still feel|feel) (flat|numb|empty) and (can't enjoy anything|nothing lands)",
        "(my psychiatrist|the doctor) (says|said) (to give|I need to give) the (new meds|new dose) time but (everything|life) (feels grey|feels muffled) and I'm (struggling|running on empty)",
    )),
    ("t7.mhc.slipping_like_before", "mental_health_crisis", "low", "indirect", (
        "I (can feel|think) I'm (slipping|going downhill) (again|) the same way I did before (my last hospital stay|I was admitted|I ended up on the ward)",
        "(the warning signs|the early signs) from (before I was hospitalised|my last admission) are (showing up|coming back) and (I'm worried|it scares me a bit)",
    )),
    ("t7.mhc.sleeping_tablets_no_sleep", "mental_health_crisis", "medium", "direct", (
        "even with the sleeping (tablets|pills) my (GP|doctor|psychiatrist) prescribed I (haven't slept|have not slept) in (four|five|three) (days|nights) and my thoughts are (racing|going a million miles an hour)",
        "(I take|taking) the (sleeping tablets|sleep meds) exactly as prescribed (and|but) I'm (still awake|up) (every night|for days) and (I can't think straight|my head won't stop)",
    )),
    ("t7.mhc.meds_change_unreal", "mental_health_crisis", "medium", "indirect", (
        "since my (meds|medication|dose) (changed|got switched) I feel (unreal|detached|like I'm not in my body), like I'm watching myself (from outside|through glass)",
        "(everything|the room|my own face) (looks|feels) (fake|far away|like a film set) (today|right now) and I (don't know|can't tell) if it's the (new tablets|new meds) or me",
    )),
    ("t7.mhc.panic_psychiatrist", "mental_health_crisis", "medium", "direct", (
        "(I'm|im) in the (waiting room|car park) at my (psychiatrist's|psychiatrist|clinic) and (having a panic attack|I can't breathe|my chest is locking up)( right now|)",
        "(panic attack|having a panic attack) (right now|at the hospital|before my appointment), (my heart is pounding|I can't get air in|my hands are numb)",
    )),
    ("t7.mhc.intense_not_suicidal", "mental_health_crisis", "medium", "direct", (
        "I'm not suicidal, I (don't want to die|want to live), but I (can't stop crying|am screaming inside|feel like I'm falling apart) and (it's been hours|nothing helps)",
        "(to be clear|before you panic), I'm safe and I don't want to die, I'm just (completely overwhelmed|in pieces|drowning) (today|right now) and (can't function|can't think)",
    )),
    ("t7.mhc.breakdown_work", "mental_health_crisis", "medium", "direct", (
        "I (broke down|fell apart) at (work|my desk|the meeting) (today|this morning) and couldn't stop (shaking|sobbing), (my manager|my boss) (sent me home|had to take me outside)",
        "(I haven't|haven't) (got out of bed|showered|eaten properly) in (a week|days) and I (can't|couldn't) (do anything|face the laptop|log on)",
    )),
    ("t7.mhc.voices_commands", "mental_health_crisis", "high", "direct", (
        "the voices are (back|louder) and (telling me to do things|giving me orders|saying I have to obey them) and my (psychiatrist|care coordinator) is (away|on holiday|not answering)",
        "(I stopped taking|I forgot to take) my (antipsychotic|meds|medication) and now (the voices|someone in my head) (keep|keeps) telling me (what to do|to go outside|to follow them)",
    )),
    ("t7.mhc.scared_what_i_might_do", "mental_health_crisis", "high", "indirect", (
        "I'm (scared|terrified) of what I might do (right now|tonight), (I don't trust my own head|something feels very wrong|I need someone to come)",
        "(can you|please) (tell me|help me find) (the nearest A&E|a crisis line|where to go) because I (don't feel safe in my own mind|feel like I'm losing it|am not okay)( right now|)",
    )),
    # ---------------------------------------------------------- domestic_violence (7)
    ("t7.dv.shouting_nervous", "domestic_violence", "low", "indirect", (
        "my (partner|husband|boyfriend) (shouts|yells) when I'm (home late|slow to reply|on a call) and it makes me (nervous|anxious|jumpy) about going (home|back)",
        "(I get|I'm getting) (a knot in my stomach|really on edge) (when|every time) I hear his (key in the door|car outside) (because of the shouting|in case he's in a mood)",
    )),
    ("t7.dv.partner_controls_food", "domestic_violence", "medium", "indirect", (
        "my (husband|boyfriend|partner|stepdad|mum) (decides|chooses) what I'm (allowed|permitted) to eat and (checks the fridge|counts what's left|locks the cupboards)",
        "(I'm not|not) allowed to eat (until he says so|after 6|when he's out) and they (check|go through) (my plate|the bins|my bag) (to make sure|every night)",
    )),
    ("t7.dv.partner_weighs", "domestic_violence", "medium", "indirect", (
        "(he|my boyfriend|my husband|my fiancé) (makes|forces) me (step|get) on the scale every (morning|night) and (gets angry|punishes me|shouts) if the number (goes up|isn't lower)",
        "(my partner|my husband|my dad) (weighs|measures) me (every day|each week) and (tells me|says) (I'm disgusting|no dinner) (if I've gained|when I gain)",
    )),
    ("t7.dv.bruises_from_him", "domestic_violence", "high", "direct", (
        "the bruises (on my arms|on my neck|you saw on camera) aren't from (me|hurting myself), (he|my husband|my boyfriend) (grabbed|shoved|hit) me",
        "(my partner|he|my ex) (pushed|threw) me (into the wall|down the stairs|against the door) (last night|again) and (my ribs hurt|I've got a black eye)",
    )),
    ("t7.dv.ex_tracking", "domestic_violence", "medium", "direct", (
        "my ex (keeps turning up|waits|shows up) outside (my work|my flat|the kids' school) and (somehow knows where I am|tracks my phone|reads my messages)",
        "(he|my ex|my husband) (takes|controls) (my phone|my bank card|all my wages) and (stops me seeing|won't let me ring) my (friends|family|sister)",
    )),
    ("t7.dv.parent_hits", "domestic_violence", "high", "direct", (
        "my (dad|mum|stepdad|brother) (hit|slapped|punched) me again (last night|this morning) and I'm (covering|hiding) the (mark|bruise) with makeup for (our session|work|college)",
        "(I'm|im) (scared|afraid) to go home because my (dad|stepdad|father) (beats|hits) me when he's (drunk|angry)",
    )),
    ("t7.dv.threat_to_kill", "domestic_violence", "high", "direct", (
        "(he|my husband|my partner) (said|told me) if I (leave|try to leave|tell anyone) (he'll|he will) (kill me|kill me and the kids)",
        "my ex (texted|sent me a message|left a voicemail) (saying|that) (he's going to|he will) (kill me|hurt me|come for me) (tonight|this weekend) and (I'm alone|the kids are here)",
    )),
    # ----------------------------------------------------------- eating_disorder (4)
    ("t7.ed.suppressants_thinking", "eating_disorder", "low", "indirect", (
        "I keep (thinking about|looking at) (ordering|buying) appetite suppressants (again|online) so I can get back (down to|to) my (old weight|lowest weight)",
        "(part of me misses|I miss) (being|how it felt being) (thin enough|at my lowest) and I've been (browsing|looking up) (diet pills|suppressants)( again|)",
    )),
    ("t7.ed.laxatives_after_meals", "eating_disorder", "medium", "direct", (
        "I (take|use) laxatives after (every meal|anything I eat|dinner) so the (food|calories) (don't count|won't stay)",
        "(I'm|im) (up to|taking) (10|15|a whole box of) laxatives a (day|night) (to get rid of what I ate|to feel empty|after I binge)",
    )),
    ("t7.ed.diet_pills_fainted", "eating_disorder", "high", "direct", (
        "I've been (living on|surviving on) diet pills and (black coffee|water|energy drinks) and I (fainted|passed out|blacked out) (at the gym|at work|in the shower)",
        "(I haven't|haven't) eaten (in days|since Monday) (except|apart from) (diet pills|appetite suppressants) and (the room keeps spinning|I just collapsed|I can't stand up)",
    )),
    ("t7.ed.suppressants_skip_meals", "eating_disorder", "medium", "indirect", (
        "the appetite suppressants (help me|let me) (skip|get through) (every meal|the whole day|lunch and dinner) and I (panic|feel guilty) if I (eat|have anything)",
        "I (count|track) every (calorie|bite) and (take|pop) (a diet pill|fat burners) (whenever I feel hungry|before meals) so I stay under (500|600|800)",
    )),
    # ---------------------------------------------------------- substance_abuse (2)
    ("t7.sub.sleeping_pills_numb", "substance_abuse", "medium", "direct", (
        "I (take|have started taking) more (of my sleeping pills|of my benzos|of my tablets) than (prescribed|the doctor said) just to (numb out|get through the day|switch my brain off), not to (hurt|harm) myself",
        "(I can't|can't) (sleep|get through the day|face work) without (a few drinks|my pills|a bottle of wine) anymore and I (run out early|hide the empties|need more each week)",
    )),
    ("t7.sub.mixed_benzos_drink", "substance_abuse", "high", "direct", (
        "I (mixed|took) my (benzos|sleeping pills|painkillers) with (vodka|a bottle of wine|gin) (by accident|without thinking) and (I can't stay awake|my breathing feels slow|I'm so dizzy)",
        "my (friend|flatmate) (took|did) (too much|way too much) (ketamine|coke|heroin) and (won't wake up|is barely breathing)( right now|)",
    )),
    # ------------------------------------------------------------------ suicide (2)
    ("t7.sui.last_session_goodbye", "suicide", "high", "direct", (
        "this (is|will be) my last (session|check-in), I've (written letters|said goodbye) to my (family|kids|friends) and (saved up my pills|picked the day|I know how I'll do it)",
        "(thank you for|thanks for) (everything|all the sessions), I won't be (around|here) (after tonight|by Monday|next week) because I'm (ending it|going to kill myself)",
    )),
    ("t7.sui.burden_not_wake", "suicide", "medium", "passive", (
        "(everyone|my family|my team) would be better off without me and I (wish|keep wishing) I (could just|would) (not wake up|stop existing|disappear for good)",
        "(I don't|don't) want to be alive (anymore|most days), I'm (just|only) a burden (to everyone|on my family)( and they'd cope better without me|)",
    )),
    # ------------------------------------------------------------ none (8, hard_negative)
    ("t7.neg.prescribed_med_question", "none", "none", "hard_negative", (
        "can I take my (antidepressant|sertraline|prescribed meds) before my (morning run|workout) or should I wait (until|till) after breakfast",
        "my (sleeping tablets|sleep meds) make me (groggy|slow) in (morning meetings|the first hour), (should I|is it worth it to) ask my (doctor|GP) about (a lower dose|taking them earlier)",
    )),
    ("t7.neg.therapy_appointment_clash", "none", "none", "hard_negative", (
        "(sorry|apologies), (I|i) (missed|had to skip) our check-in because my (therapy appointment|psychiatrist appointment|counselling session) (moved to|got moved to) (Tuesday|Thursday|the same slot)",
        "(can we|could we) (move|shift) our (session|call) so it doesn't clash with my (therapist|psychiatrist) (on Wednesdays|next week|every other Friday)",
    )),
    ("t7.neg.sport_bruises", "none", "none", "hard_negative", (
        "my (shins|legs|arms) are covered in bruises from (hockey|rugby|jiu-jitsu|climbing) (this week|lol|but I'm loving it)",
        "(got|took) a (nasty|massive) (bruise|black eye) (at football|in sparring|playing netball) (on Saturday|yesterday), (should I|can I) still (train|do my run) (tomorrow|this week)",
    )),
    ("t7.neg.partner_cooks_weighs_food", "none", "none", "hard_negative", (
        "my (husband|partner|wife|boyfriend) does all the cooking and (plans|sorts) our meals for the (week|family), (which frees me up|so I can focus) (for my studies|for the course|on work)",
        "(me and my partner|my wife and I) (weigh|portion out) our food for (meal prep|the gym plan) together (on Sundays|every week) and it's (actually fun|working well)",
        "my ex and I co-parent (fine|really well) (these days|now), (we split the school run|the kids go to his on weekends) so I (have|get) (Saturdays|weekend mornings) for (the course|my study blocks)",
    )),
    ("t7.neg.relapse_streak_habits", "none", "none", "hard_negative", (
        "(I|i) (slid back into|relapsed back into|fell back into) (doomscrolling|late-night gaming|snoozing my alarm) (this week|again lol), (any tips|how do I reset)",
        "(lost|broke) my (30|60|100) day (journaling|Duolingo|no-sugar) streak (yesterday|on the habit tracker) and (I'm gutted|it stings a bit|back to day one)",
    )),
    ("t7.neg.accidental_cuts_burns", "none", "none", "hard_negative", (
        "(I|i) (cut my thumb|sliced my finger) (chopping onions|slicing bread|on a tin lid) (last night|earlier), so typing is slow (today|lol)",
        "(I|i) (burned|burnt) (the toast|my hand on the oven tray|dinner) (again|this morning) and (I'm|I am) (cutting back|trying to cut back) on (caffeine|takeaways) (this month|too)",
    )),
    ("t7.neg.hospital_visit_no_sleep", "none", "none", "hard_negative", (
        "I (missed|skipped) our session because I was visiting my (grandma|grandad|nan) in hospital (for her hip|after his fall|for a check-up)",
        "(barely|hardly) slept (after|because of) (a night shift|the baby|the late flight) so I'm (running on fumes|a zombie) (today|this morning), (can we keep it short|sorry if I'm slow)",
    )),
    ("t7.neg.strong_words_work", "none", "none", "hard_negative", (
        "(I|i) (absolutely|totally) (killed it|smashed it|nailed it) in (the presentation|my interview|the pitch) (after panicking beforehand|even though I panicked first|today)",
        "(I'm|im) (addicted to|hooked on|obsessed with) (this podcast|this new planner|cold showers|my standing desk) (lately|at the moment), (it's|honestly it's) (helping my focus|great for my mornings)",
    )),
)
