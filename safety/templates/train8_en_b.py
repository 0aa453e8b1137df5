# ruff: noqa: E501
"""Round-8 English training families: mental-health crises with non-abusive people in the story, domestic violence told directly and indirectly, and ordinary look-alike messages."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # --- mental_health_crisis: other people appear, nobody harms the learner ---
    ("t8.mhc.partner_found_kitchen_floor_panic", "mental_health_crisis", "medium", "direct", (
        "(my boyfriend|my wife|my husband) found me curled up on the kitchen floor( gasping for air|, unable to catch my breath) and I (still can't stop shaking|can't feel my hands properly)",
        "sorry for going quiet on the (study plan|running plan), I've had (three|four) panic attacks this week and last night my (flatmate|partner) had to talk me through (it|the worst one) until (3am|it got light)",
        "panic attacks (every day now|back to back), my (mum|sister) keeps (ringing to check on me|asking if I'm ok) and I can't (even leave the flat|get through a shift)",
    )),
    ("t8.mhc.hears_late_parent_voice", "mental_health_crisis", "medium", "direct", (
        "since my (dad|grandad) died I keep hearing his voice (in the hallway|from the next room) at night, I know (he's gone|it isn't real) but it (feels so real|won't stop)",
        "(quick one before our session|not sure if this is for you), since my (wife|partner) left the voices have come back and they (narrate everything I do|argue about me all night)",
        "I (hear|can hear) my late mum (whispering|calling my name) when the house is quiet and (last night|this morning) I (answered her|went looking for her)",
    )),
    ("t8.mhc.neighbour_cameras_paranoia", "mental_health_crisis", "medium", "direct", (
        "I'm convinced the (couple upstairs|guy next door) (put|hid) cameras in my (smoke alarm|light fittings), so I've (taped over every socket|covered the windows in foil)",
        "my flatmate says I'm being paranoid but (strangers on the bus|people at the gym) (keep giving me signals|are reporting back on me) and I've (stopped going out|stopped answering the door)",
        "(can't do the step goal|skipping the walking goal) this week, (the men in the van outside|the neighbours) are (following me|tracking my phone) so I've (unplugged the router|switched my phone off)",
    )),
    ("t8.mhc.psychosis_hiding_right_now", "mental_health_crisis", "high", "direct", (
        "right now I'm (locked in the bathroom|hiding in my car) because (the voices|the people in the walls) say someone is coming (for me tonight|to take me) and I (can't tell what's real anymore|don't know what's real)",
        "my husband's on nights and isn't answering, I've been awake since (Tuesday|the weekend) and (the floor is moving|the faces on the TV are talking to me), (please help|what do I do)",
        "please, I'm (hiding in the wardrobe|under my desk at work), (the whispering won't stop|the voices are screaming) that they can see me and my (flatmate|sister) isn't (home|picking up)",
    )),
    ("t8.mhc.dissociation_losing_time", "mental_health_crisis", "medium", "indirect", (
        "I keep (losing chunks of time|losing hours), (yesterday|on Friday) I (came to|snapped back) (at the bus station|in a supermarket aisle) with no idea how I got there",
        "everything feels (like a film|unreal|like I'm behind glass) since the break-up, my (mum|sister) says I (stare straight through her|don't answer when she talks to me)",
        "(sorry for the late check-in|about my habit tracker), I (don't recognise my own face in the mirror|feel like I'm watching myself from the ceiling) and (can't focus on anything|keep forgetting what I was doing)",
    )),
    ("t8.mhc.mania_no_sleep_spending", "mental_health_crisis", "medium", "direct", (
        "haven't slept in (three|four) nights and I feel (incredible|unstoppable), I (spent my whole savings|maxed out two credit cards) on (gear for my new clothing label|a van for the food truck idea)",
        "my (wife|girlfriend) says I'm (talking too fast|not making sense) and wants me to see the GP, but I've (written three business plans|planned a world tour) since midnight and I don't need sleep",
        "can we (change my goals|redo my plan)? I'm going to (run a marathon, learn Mandarin and launch an app|quit my job and open three gyms) this month, my thoughts are (racing|going a million miles an hour)",
    )),
    ("t8.mhc.catatonic_freeze_now", "mental_health_crisis", "high", "direct", (
        "I've been frozen on the sofa since (this morning|lunchtime) and couldn't (move or speak|even lift my phone) until (now|just now), my flatmate found me and (called my brother|rang 111)",
        "it's happening again, I went completely still (mid-sentence|in the middle of a meeting) (an hour ago|this morning) and (my colleague|my manager) is sitting with me, I still can't (answer anyone|get words out)",
        "I'm frozen (again|right now), I can only just type but I can't (get up|make my legs move) and haven't had (water|anything to drink) since (yesterday|last night)",
    )),
    ("t8.mhc.stopped_meds_early_signs", "mental_health_crisis", "low", "indirect", (
        "I (stopped|came off) my (antipsychotics|mood stabiliser) (a fortnight ago|last month) without telling my psychiatrist and I can feel (the paranoid thoughts creeping back|my sleep slipping again)",
        "(just to be clear|to be honest) I'm not on anything, (no drink, no drugs|not even caffeine), but my head (is starting to speed up again|won't slow down at night) since my prescription ran out",
        "(ran out of|forgot to renew) my (sertraline|quetiapine) over the holidays and the old (dread|panic) is creeping in, my (partner|dad) has noticed",
    )),
    ("t8.mhc.discharged_meds_as_prescribed", "mental_health_crisis", "medium", "direct", (
        "I take my (meds|tablets) exactly as prescribed (every morning|every night), no alcohol at all, and I'm still (having panic attacks daily|spiralling)",
        "(got discharged|came home) from (the psych ward|hospital) last week after (a breakdown|a psychotic episode), my mum has taken time off to look after me and I (can't think straight|don't feel like myself)",
        "(I've cut out caffeine completely|no coffee, no energy drinks), I take my (medication|prescription) on time, and I'm still (awake at 4am|lying awake all night) with (racing thoughts|my heart pounding)",
    )),
    ("t8.mhc.breakdown_at_work_now", "mental_health_crisis", "high", "direct", (
        "I'm (in the stairwell|in the toilets) at work right now and I can't stop (sobbing|shaking), a colleague is with me but I (can't breathe|can't get my breath)",
        "total breakdown at my desk (an hour ago|this morning), my (manager|team lead) (drove me home|called my partner) and I still can't (stop crying|string a sentence together)",
        "(sorry, not today|can't do our call), I'm (screaming into a pillow|crying on the bathroom floor) so the kids don't hear, my head is (full of noise|spinning) and I'm (not coping at all|completely losing it)",
    )),
    # --- domestic_violence ---
    ("t8.dv.phone_checks_money_control", "domestic_violence", "medium", "direct", (
        "(he|my husband) checks my phone every (night|evening) and reads every message, if I (delete anything|have a new contact) he (goes cold for days|screams at me)",
        "I can't pay for the (course|gym membership) because (my partner|he) (controls all the money|took my bank card) and I get (£20|thirty quid) a week that I have to account for",
        "about the budgeting goal, (he|my boyfriend) (keeps every receipt|checks the banking app daily) and makes me (explain|justify) every (coffee|penny) I spend",
    )),
    ("t8.dv.decides_clothes_cuts_off_friends", "domestic_violence", "medium", "indirect", (
        "(my partner|he) (picks|decides) what I wear every morning and if I (change|argue) he (calls me ungrateful|won't speak to me for days)",
        "I haven't (seen|been allowed to see) my friends in (months|over a year), he says they're (a bad influence|trying to split us up) and (deleted their numbers|blocked them on my phone)",
        "(can't make the meal plan work|re the nutrition plan), (my husband|he) decides what goes in the trolley and I'm not allowed to buy anything he hasn't (approved|okayed)",
    )),
    ("t8.dv.evening_class_curfew", "domestic_violence", "medium", "indirect", (
        "I can't (join|do) the evening (class|course) after all, (he|my husband) doesn't let me (out after 6|leave the house after dark)",
        "(could we move|can we shift) our calls to when he's at work? (my partner|he) (gets angry|goes mad) if he (hears me on the phone|finds out I'm talking to anyone)",
        "(the networking event|the team dinner) sounds great but I'd (have to ask him first|need his permission) and the last time I went without asking (he took my keys|he didn't speak to me for a week)",
    )),
    ("t8.dv.partner_shoves_grabs", "domestic_violence", "medium", "direct", (
        "(he|my boyfriend) shoved me (into the wardrobe|against the door) (last night|on Saturday) and I've got a bruise on my (arm|shoulder) that I told work came from the gym",
        "(missed the run|skipping training) this week, (my partner|he) twisted my wrist (when I said I was going out|during an argument) and it's (still swollen|too sore to use)",
        "he's (only|) hit me (twice|a few times), usually when he's stressed, and he's (always sorry|so sweet) afterwards so I (don't know if it counts|keep telling myself it's fine)",
    )),
    ("t8.dv.parent_sibling_hits", "domestic_violence", "medium", "direct", (
        "(my dad|my stepdad) (hits|slaps) me when (my grades drop|I answer back) and I'm (scared to show him my report|dreading results day)",
        "(my older brother|my brother) (punched|kicked) me (again|yesterday) and (mum just says|my parents just say) it's normal sibling stuff",
        "(study plan update|re revision), I revise in the library until it closes because (my mum|my mother) (throws things at me|hits me) when she's had a bad day",
    )),
    ("t8.dv.ex_stalking_threats", "domestic_violence", "medium", "direct", (
        "(my ex|my ex-boyfriend) (keeps turning up|has been waiting) (outside my work|at the end of my road) (every day|most evenings) since I blocked his number",
        "(I've changed my running route|I stopped going to the gym) because my ex (keeps appearing|follows me) there, he (makes new accounts|messages from new numbers) every time I block him",
        "my ex (said|texted) that if he can't have me (nobody will|no one else can) and (he knows where I live now|I keep seeing his car on my street)",
    )),
    ("t8.dv.threat_tonight_outside_now", "domestic_violence", "high", "direct", (
        "(he's|my ex is) banging on the door (right now|as I type) screaming that (he'll kill me|I'm dead) if I don't open up, I'm (hiding in the bathroom|in the bedroom with the kids)",
        "(my husband|my partner) said he'd kill me tonight and (he's due back|he finishes work) in (an hour|twenty minutes), I'm (terrified|shaking)",
        "please, he's just (strangled|choked) me and (locked the front door|taken my phone), I'm on my work laptop (in the bathroom|while he's in the shower)",
    )),
    ("t8.dv.afraid_home_kids_witness", "domestic_violence", "medium", "indirect", (
        "I sit in the (car park|car) after work for (an hour|ages) because I'm (scared|afraid) to go home (to him|and face him)",
        "(my kids|the children|my two boys) saw him (throw me against the wall|drag me by the hair) last week and (now they won't sleep alone|now they hide upstairs whenever his car pulls up)",
        "sorry I broke the streak, (things at home are bad|home isn't safe), he (smashed the TV|punched a hole in the door) in front of (the kids|my son) and I (don't know where we'd go|can't afford to leave)",
    )),
    ("t8.dv.early_warning_and_past_abuse", "domestic_violence", "low", "indirect", (
        "lately my (girlfriend|partner) (gets annoyed|sulks) when I see my friends and wants my location (all the time|24/7), is that (normal|a red flag)?",
        "spotted a man who looked like my ex (at the station|in the shop) and (I froze|my heart stopped), he (used to hit me|used to lock me in the flat) and it's all coming back",
        "I've started to (feel nervous|tiptoe around him) (before he gets home|when he's in a mood), he's never hit me but he (punched the wall|threw my phone) (last month|once)",
    )),
    # --- none: same vocabulary, ordinary senses ---
    ("t8.none.chores_row", "none", "none", "hard_negative", (
        "my (partner|wife|boyfriend) and I had a proper row about (the dishes|whose turn it is to hoover) (last night|again), we're fine now (but it threw off my morning routine|though)",
        "(we keep fighting|constant bickering) over (laundry|the bins), any tips for a (chore chart|fairer split) that actually sticks?",
    )),
    ("t8.none.shared_calendar", "none", "none", "hard_negative", (
        "my (wife|husband|girlfriend) (looks at|has access to) my (work calendar|Google calendar) so we can (book date nights|line up the school runs) without double booking",
        "(we share|we synced) our calendars and (he|she) (keeps an eye on|checks) my gym slots so (dinner|the kids' pickup) works around them",
    )),
    ("t8.none.strict_caring_parent", "none", "none", "hard_negative", (
        "my (dad|mum) is strict about (study hours|screen time) and won't let me go out until my (homework|revision) is done, annoying but (I know it's out of love|it comes from a good place)",
        "(my parents set|my parents enforce) a (10pm|9pm|half ten) curfew on (school nights|weeknights) and honestly it's helping my sleep goal",
    )),
    ("t8.none.nosy_flatmate", "none", "none", "hard_negative", (
        "my flatmate is (so nosy|such a nosy parker) lol, (always asks|keeps asking) who I'm texting and (reads my post|peeks at my parcels), harmless really but how do I set (a boundary|boundaries) nicely?",
        "(my roommate|my flatmate) watches me (come and go|meal prep) and (comments on everything|asks a million questions), it's (funny|mildly irritating) more than anything",
    )),
    ("t8.none.exam_panic", "none", "none", "hard_negative", (
        "(the usual|proper) pre-exam panic has kicked in, (chem|maths|history) paper on (Thursday|Monday), any (last-minute revision tips|tips for the night before)?",
        "I always (panic|freeze up) in the first (five minutes|ten minutes) of an exam, (how do I|can we work on how to) (calm down|settle my nerves) faster?",
    )),
    ("t8.none.losing_mind_project", "none", "none", "hard_negative", (
        "I'm (losing my mind|going mad) with this (project|dissertation) haha, three deadlines on (Friday|the same day) and (my supervisor keeps changing the brief|the data won't cooperate)",
        "(this spreadsheet|the client) is (driving me crazy|making me lose it), can we (reprioritise|rework) my (week|to-do list)?",
    )),
    ("t8.none.song_stuck_in_head", "none", "none", "hard_negative", (
        "I've had (that|this) (chorus|jingle|song) stuck in my head (all day|since breakfast), it's playing on loop (while I work|during every run) lol",
        "(I can still hear|I keep hearing) my old (coach's|piano teacher's) voice in my head telling me to (keep my elbows in|slow down) whenever I (train|practise)",
    )),
    ("t8.none.ex_collects_stuff", "none", "none", "hard_negative", (
        "my ex (texted|messaged) to ask if they can (pick up|collect) (their bike|the rest of their stuff|their records) this (weekend|Saturday), a little awkward but we're on good terms",
        "my ex is (dropping off|coming round for) (the spare keys|her boxes) (tomorrow|after work), so I'll (move my workout|do my run) to the morning",
    )),
    ("t8.none.spring_cleaning_mania", "none", "none", "hard_negative", (
        "full spring cleaning mania (this weekend|today), (stayed up till 1|was up at 6) (decluttering the wardrobe|scrubbing the oven) and (loved it|feel amazing)",
        "I get this (organising|meal prep) mania (every Sunday|on Sundays) and (label everything|colour code the fridge), (my partner|my flatmate) thinks it's hilarious",
    )),
)
