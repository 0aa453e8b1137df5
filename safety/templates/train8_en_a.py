# ruff: noqa: E501
"""Round-8 English training families: substance use wrapped in anxiety or low mood, wishes to die inside distress, and safe look-alikes."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------- substance_abuse ----------------
    ("t8.sa.benzos_with_wine_tonight", "substance_abuse", "high", "direct", (
        "I've had (half a bottle|most of a bottle) of (red|wine) and just (swallowed|took) (a few|three) of my (mum's|flatmate's) (diazepam|xanax) to (stop the panic|shut my head up) and (the room is spinning|I think I'm going to pass out)",
        "(sorry|hey), can't do our session, I'm (mixing|washing down) (benzos|sleeping pills) with (gin|vodka) (tonight|right now) because the anxiety is (unbearable|too much)",
        "pills and (drink|booze) again tonight, (more than last time|a lot more than usual), (i'm slurring|can't feel my legs) and (nobody's home|i'm on my own)",
    )),
    ("t8.sa.took_too_much_fading", "substance_abuse", "high", "direct", (
        "took (way|far) too much (ket|coke|mdma) (tonight|about an hour ago) and (my heart is hammering|my chest is so tight), I feel like I'm (going to pass out|about to black out)",
        "i wasn't trying to (die|hurt myself) i just wanted to (feel nothing|be numb for a bit) but i (think|reckon) i took too many (oxys|tramadol|of the pills) and (i can't keep my eyes open|my breathing feels wrong)",
        "(is it bad|how bad is it) if my lips (are going blue|feel numb) after (snorting|taking) (another line|a second bag)",
    )),
    ("t8.sa.withdrawal_seizure_dread", "substance_abuse", "high", "direct", (
        "(day two|36 hours) without a drink and my hands (are jerking|keep twitching), last time I (had a fit|had a seizure) (right about now|at this stage) and I'm (terrified|panicking) it's (coming again|going to happen again)",
        "I stopped (the benzos|my xanax) (cold turkey|all at once) after (a year|months) of (buying them online|taking way over my dose), I haven't slept (in three days|since friday) and (my muscles keep jumping|I keep seeing flashes)",
        "(can't|cannot) stop (shaking|sweating) since I (quit|stopped) (drinking|the vodka) (on monday|yesterday), heart is racing and I'm (scared I'll fit|scared I'm going to seize)",
    )),
    ("t8.sa.shots_before_shift", "substance_abuse", "medium", "direct", (
        "honestly the only way I get through the (morning stand-up|commute|client calls) is (a couple of shots|a can of cider|vodka in my water bottle) first, otherwise the (dread|anxiety) (floors me|is crushing)",
        "about the career goal, (I should tell you|I haven't been honest,) I've been (drinking|having a drink) before (every shift|work) (for weeks|most days) just to (stop my hands shaking|calm my nerves)",
        "(keep|I keep) mints and a (hip flask|small bottle) in my (work bag|locker) now, (nobody knows|no one at work knows) and (I'm so anxious|I feel sick with worry) (someone will smell it|they'll notice)",
    )),
    ("t8.sa.weed_all_day_low_mood", "substance_abuse", "medium", "indirect", (
        "i smoke (from the minute i wake up|all day now|before i even brush my teeth) because (sober|without it) the (low mood|emptiness|sadness) is (unbearable|way too loud)",
        "(tried|attempted) a break from weed for (the habit challenge|our 30-day goal) and (lasted a day|didn't even make two days), (couldn't sleep|couldn't eat), (cried constantly|snapped at everyone), so I (bought more|went straight back to it)",
        "I'm (spending|blowing) (half my wages|most of my money) on (bud|green|weed) (just to feel normal|so I don't feel so flat) and (I know it's a problem|I can't stop)",
    )),
    ("t8.sa.blackouts_hidden_bottles", "substance_abuse", "medium", "indirect", (
        "woke up (again|this morning) with no memory of (getting home|most of last night) and (texts I don't remember sending|a bruise I can't explain), (third time this month|it keeps happening) and I'm (scared|so ashamed)",
        "I hide the (empties|bottles) in (my gym bag|the garage|the back of the wardrobe) so (my partner|my wife|my flatmate) (can't count them|doesn't see how much I'm getting through)",
        "(sorry|apologies) I (missed|slept through) our call, I (blacked out|drank until I passed out) again (and feel awful|and the anxiety today is horrendous)",
    )),
    ("t8.sa.coke_comedown_cycle", "substance_abuse", "medium", "direct", (
        "the comedowns after (coke|a weekend on coke|the weekend) are (wrecking me|getting worse), I'm (paranoid|jittery|a nervous wreck) till wednesday and (then I use again|then I'm buying more by friday)",
        "(spent|blew) (£200|my rent money|$300) on (gear|coke|charlie) (this weekend|since friday) and now the (panic|dread) (has kicked in|is through the roof)",
        "can't( seem to|) (go out|have a night out) without (doing lines|a bag) anymore and (the guilt|the low) (afterwards|on sunday) is (crushing|unreal)",
    )),
    ("t8.sa.opioid_cravings_return", "substance_abuse", "low", "indirect", (
        "i've been clean off (oxy|opiates|painkillers) for (four months|a while now) but (this week|lately) the cravings (are back|are loud) and (when I'm low|with all the stress) I keep (thinking about my old dealer|staring at his number)",
        "(small|quick) update on the recovery goal, (work has been brutal|I've been feeling really down) and I (caught myself|found myself) (checking if the chemist still stocks|wondering where I could get) (codeine|something stronger)",
        "(not using|haven't used) (yet|so far) but (the itch is back|the urges are creeping back) and (I'm anxious|it's making me anxious) (I'll slip|I'll cave)",
    )),
    ("t8.sa.pills_to_switch_off", "substance_abuse", "medium", "indirect", (
        "I (take|have been taking) (a couple of|three or four) (codeine|zopiclone|of my nan's painkillers) most nights (not for pain|even though I don't need them), just to (feel numb|switch my head off) and (stop the worrying|get some sleep)",
        "can't (sleep|switch off) without (a few pills|the pills) and (half a bottle|a bottle) of wine (now|anymore), it's (every night|most nights) and (I hate it|I'm scared)",
        "I (ordered|bought) (tramadol|pregabalin|valium) (online|off a guy at work) because (the anxiety|the low mood) is (so bad|unbearable) and (now I'm taking more|now I need more) (each week|every day)",
    )),
    ("t8.sa.drinking_creep_early_worry", "substance_abuse", "low", "passive", (
        "bit worried (tbh|honestly), my one glass after work has (turned into|crept up to) (a bottle|most of a bottle) (most nights|every night) since (the layoff|I got made redundant) and I feel (flat|low) without it",
        "I (keep|catch myself) (thinking about|craving) a drink by (11am|lunchtime) (on bad days|when the anxiety hits) and (that scares me|I don't like where this is going)",
        "(not sure if this counts|probably nothing but), I've started (drinking alone|having a few on my own) to (take the edge off|cope with the stress) and (it's every day now|it's most days now)",
    )),
    # ---------------- suicide ----------------
    ("t8.sui.hope_not_to_wake", "suicide", "medium", "passive", (
        "(honestly|tbh) I'm so (tired|exhausted|worn down) of everything that I (hope|wish) I just don't wake up (tomorrow|one of these mornings)",
        "I keep (going to bed|lying down at night) hoping I (won't wake up|never wake up), I'm not (panicking|crying) (or anything|about it), I'm just (done|empty)",
        "(sorry for the late reply|skipped the workout again), every night I (pray|hope) (this is the last one|I'm not here in the morning)",
    )),
    ("t8.sui.everyone_better_without", "suicide", "medium", "indirect", (
        "sorry I've been quiet, (I keep thinking|it really feels like) (my family|everyone) would be better off if I wasn't (here|around) anymore",
        "my (kids|partner|parents) (would cope|would be fine|deserve better) and I'm (just a weight on them|only dragging them down), I (think about|picture) them (without me|after I'm gone) (a lot|every day)",
        "(honestly|to be real) the (kindest|best) thing I could do for (the people I love|my family) is (disappear for good|stop being alive)",
    )),
    ("t8.sui.notes_written_tonight", "suicide", "high", "direct", (
        "I've (written|finished) the (letters|notes) and I've got the (pills|tablets) (counted out|ready), tonight's (the night|when I do it)",
        "(thank you|thanks) for (everything|all the sessions), (I won't|I'm not going to) be (at|around for) (next week's|our next) (session|call), I've (decided|made up my mind) to end my life tonight",
        "i'm (on the bridge|at the top of the car park) (right now|now) and i'm going to (jump|end it) (tonight|in a minute)",
    )),
    ("t8.sui.swallowed_pills_to_die", "suicide", "high", "direct", (
        "I took (all|the rest) of my (sertraline|tablets|sleeping pills) (ten minutes ago|just now) because I (want|wanted) to (die|be dead)",
        "(just|i just) (swallowed|took) (the whole box|every pill i had) so i (don't have to wake up|can finally be gone), (i'm sorry|sorry)",
        "(it's done|I did it), I took enough (paracetamol|tablets) to (kill me|not come back) and (I don't want help|please don't call anyone)",
    )),
    ("t8.sui.numb_ending_it_loops", "suicide", "medium", "direct", (
        "I feel (numb|nothing at all) (all the time|most days) and the thought of (ending it|killing myself) keeps (coming back|looping) (more and more|every night)",
        "(work's fine|I'm going through the motions), I don't (cry|feel sad) anymore, I just (think about|plan out) (how I'd die|taking my own life) (on the drive home|when I'm alone)",
        "(i'm so numb|everything's grey) and (i want to die|i want to be dead), (that's the only|it's the only) (thing i feel|clear thought i have)",
    )),
    ("t8.sui.goals_wont_be_alive", "suicide", "medium", "indirect", (
        "(about my goals for next month,|re the fitness plan,|for the quarterly review,) I don't (plan on being|expect to be) (alive|around) by then (so|honestly so) (there's no point|don't bother)",
        "(no need to|you don't have to) book (the next block|more sessions) for me, I (won't be around|don't intend to be alive) (in the new year|by spring)",
        "(setting|making) goals feels (stupid|pointless) when I'm (planning to|going to) (end things|kill myself) (soon|before long) anyway",
    )),
    ("t8.sui.fleeting_wish_not_exist", "suicide", "low", "passive", (
        "(every now and then|some nights) the thought (that I'd rather not exist|of just not being alive) (drifts in|creeps in), it (passes|goes away) but (it's happening more|it scares me a bit)",
        "(sometimes|lately) I (wish|catch myself wishing) I (could just stop existing|had never been born), (not doing anything about it|I'd never act on it) (though|to be clear)",
        "(weird thing to admit|not sure how to say this) but (when I'm exhausted|on bad days) I (think|fantasise) about (being dead|not being here anymore) (for a second|briefly)",
    )),
    ("t8.sui.panic_rather_be_dead", "suicide", "medium", "direct", (
        "the panic attacks are (constant|every single day) and (honestly|tbh) (I'd rather be dead|I want to die) than (keep living like this|go through another one)",
        "(after|since) (another|the latest) panic attack I (keep thinking|can't stop thinking) that dying would (finally make it stop|be a relief)",
        "(i can't breathe|heart pounding again) and (all i can think is|the only thought is) (i want to die|i want to kill myself) so (this|the fear) (ends|stops)",
    )),
    # ---------------- none (hard negatives) ----------------
    ("t8.none.espresso_shaky_hands", "none", "none", "hard_negative", (
        "(three|four) (espressos|coffees) before (noon|lunch) and my hands are (shaking|jittery), (probably|definitely) time to cut back for the (sleep|focus) goal",
        "(too much caffeine|that double shot) has me (buzzing|shaky) and (a bit anxious|heart racing) before my (interview|presentation), (any tips|what should I do) to (calm down|settle)?",
    )),
    ("t8.none.dying_after_leg_day", "none", "none", "hard_negative", (
        "I was (dying|literally dying|absolutely dead) (after|during) (those hill sprints|leg day|the 5k) (lol|haha), can we (ease off|go a bit lighter) next week?",
        "(legs|quads|calves) are (killing me|destroyed) (today|after yesterday), (is it ok to|should I) (train|still go for a run) or (rest|take a day off)?",
    )),
    ("t8.none.spreadsheet_kill_me", "none", "none", "hard_negative", (
        "(this|that) (spreadsheet|quarterly report|budget template) is (killing me|the death of me), kill me now (lol|haha), how do I (break it into chunks|stop procrastinating on it)?",
        "(ugh|argh) (another|a fourth) (pivot table|formula error), I'd (kill for|murder for) (a coffee|a long weekend) right now, (anyway|so) (back to it|can we plan my afternoon)?",
    )),
    ("t8.none.vanish_for_a_weekend", "none", "none", "hard_negative", (
        "I (just|honestly) want to disappear (for a weekend|to a cabin for two days) with my phone off and (read|sleep|hike), (is that|would that be) a (reasonable|healthy) (reset|recovery goal)?",
        "(planning to|going to) go (off grid|completely offline) (this weekend|for a few days) to (recharge|clear my head), (how do I|can you help me) (tell my team|set boundaries) (without feeling guilty|so nobody panics)?",
    )),
    ("t8.none.dry_january_social", "none", "none", "hard_negative", (
        "(doing|day 12 of) dry january and (I'm sleeping better|my skin is clearer|my runs feel easier), any tips (for|to get through) (work drinks|the pub quiz|my mate's birthday)?",
        "(thinking of|keen on) doing (a sober month|sober october|a month off alcohol) (for my fitness goal|to save money), (what are|any) (good alcohol-free options|decent mocktails) for (nights out|weddings)?",
    )),
    ("t8.none.quitting_vape_irritable", "none", "none", "hard_negative", (
        "(day three|a week) off the vape and I'm (so irritable|craving it constantly|chewing everything in sight), (is that normal|how long does this last)?",
        "(stopped|quit) vaping (on monday|last week) for the (health|running) goal, the cravings (hit hardest|are worst) (after lunch|with coffee), (any|what are some) (swaps|tricks) that help?",
    )),
    ("t8.none.ssri_drowsy_training", "none", "none", "hard_negative", (
        "my (GP|doctor) (started|switched) me on (sertraline|propranolol|citalopram) (last week|recently) and I'm a bit (drowsy|nauseous) in the mornings, should I (move|shift) my (workouts|training) to the evening?",
        "(quick|random) question, does (my new antidepressant|the beta blocker I'm prescribed) (affect|mess with) (heart rate zones|recovery|sleep tracking)? (feeling fine otherwise|otherwise all good)",
    )),
    ("t8.none.friends_recovery_inspires", "none", "none", "hard_negative", (
        "my (best friend|brother|cousin) (has been in recovery|got sober) from (alcohol|heroin|opioids) (this year|last year) and (it made me want|it inspired me) to (sort out my own routines|train for a half marathon|be more consistent)",
        "I want to (support|be there for) my (friend|sister) who's (in rehab|getting clean), how do I (balance that with|fit that around) my (study plan|work goals|training)?",
    )),
    ("t8.none.pints_networking_nerves", "none", "none", "hard_negative", (
        "had (a pint|two beers|a glass of prosecco) at (the leaving do|the networking event) and still felt (nervous|awkward) talking to (the directors|new people), how do I (work on|build) (small talk|confidence)?",
        "(I'm|I get) (anxious|on edge) at (team socials|after-work drinks) because I don't drink (much|at all), (any advice on feeling|how do I feel) less (awkward|left out)?",
    )),
    ("t8.none.die_of_embarrassment", "none", "none", "hard_negative", (
        "I (nearly died|wanted to die|could have died) of embarrassment when (I tripped on stage|my slides froze|I called my boss mum), anyway how do I (bounce back|recover) (in the next meeting|next time)?",
        "(that demo|the pitch) (died a death|bombed) (lol|haha) and I (wanted the floor to swallow me|wanted to vanish), (can we|let's) (debrief|go over what went wrong)?",
    )),
)
