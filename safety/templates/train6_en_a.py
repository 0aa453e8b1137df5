# ruff: noqa: E501
"""Round 6, English set A: families that teach the boundaries between neighbouring crisis
categories. Self-harm families always name the self-inflicted injury (cutting, burning,
hitting, biting, blades, wound care), including words shared with substance use such as
"relapsed", "clean" and "urges", so the object decides the label. Substance-use families name
the drink or drug and the reason (numbing, sleeping, coping, withdrawal, accidental overdose)
rather than self-injury. Mental-health-crisis families describe panic, dissociation,
flashbacks, psychosis, mania or days unable to function with no wish to die and no
self-injury. Hard negatives borrow the same vocabulary in everyday, safe senses."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ------------------------------------------------------------------ self_harm
    ("t6.sh.urges_back_after_years", "self_harm", "low", "indirect", (
        "(I|i) (haven't|havent) cut (in|for) (two|three) years but the urges (are coming back|have been creeping back)( lately|)",
        "(it's been|its been) (ages|over a year) since (I|i) last hurt myself and (this week|lately) (I|i) keep thinking about (the blade|doing it again)",
        "(honestly |)the (urge|itch) to (cut|hurt myself) is back (after so long|after years clean from it) and (I|i) (don't|dont) know what to do with it",
    )),
    ("t6.sh.old_scars_noticed", "self_harm", "low", "passive", (
        "(a coworker|my manager|someone at the gym) (noticed|asked about) the old scars on my (wrist|arm|thighs) and (now|since then) (I|i) can't stop thinking about cutting again",
        "(I|i) caught myself staring at my old (self harm|cutting) scars (today|all evening) and (the old pull came back|part of me missed it)",
        "(summer means|short sleeves mean) people (see|will see) my old scars from cutting and (I|i) (feel the urge creeping back|start wanting to do it again)",
    )),
    ("t6.sh.hair_tie_substitute", "self_harm", "low", "indirect", (
        "(I|i) (keep|have been) snapping a (hair tie|rubber band) on my wrist (really hard|till it stings) so (I|i) (don't|dont) (cut|grab the razor)",
        "(is it normal|is it bad) that (I|i) still need to (hold ice|snap a band on my wrist) (every night|most days) to (stop myself from cutting|keep from hurting myself)",
        "(still|i'm still) (hiding|keeping) a blade in my (drawer|makeup bag|pencil case) (just in case|even though i stopped cutting)",
    )),
    ("t6.sh.relapsed_cutting", "self_harm", "medium", "direct", (
        "(I|i) relapsed (last night|yesterday|again) and cut (my arm|my thigh|myself)( after months of not doing it| after weeks of not doing it|)",
        "(so|ok so) (I|i) relapsed on self harm (this weekend|tonight) and (I feel so stupid|i'm so ashamed|idk how to face my coach)",
        "relapsed with the (razor|blade) (again|last night), (first time|first cut) in (a while|months)",
    )),
    ("t6.sh.clean_streak_broken", "self_harm", "medium", "direct", (
        "(I was|i was) (40|90|112) days clean from (cutting|self harm) and (I|i) (broke it|ruined it|messed it up) (tonight|last night)",
        "my (self harm|cutting) (streak|clean count) (reset|went back to zero) (today|yesterday) because (I|i) (burned|cut) myself again",
        "(back to day one|back at day 0) (on not cutting|of being clean from self harm) (again|)",
    )),
    ("t6.sh.cover_bandages", "self_harm", "medium", "indirect", (
        "(I|i) (wear|keep wearing) (long sleeves|hoodies|a sweater) (even when it's hot|in the heat) so nobody sees the (cuts|bandages) on my arms",
        "how do (I|i) hide (fresh cuts|the bandages|new marks) on my (arms|legs|wrists) (at work|from my team|during the team retreat)",
        "(I|i) (told everyone|keep telling people) (the cat scratched me|i fell off my bike) but (really|honestly) (I|i) did it to myself",
    )),
    ("t6.sh.burn_scratch_feel", "self_harm", "medium", "direct", (
        "(I've been|ive been|i keep) burning myself with (a lighter|cigarettes|a hot spoon) (when i feel numb|just to feel something)",
        "(I|i) scratch my (arms|skin|legs) (until it bleeds|raw) (when everything goes numb|just so i feel anything)",
        "the only thing that (makes me feel real|cuts through the numbness) (lately |)is (burning my skin|scratching myself till it bleeds)",
    )),
    ("t6.sh.hit_self_punish", "self_harm", "medium", "indirect", (
        "(I|i) (hit|punch) myself (in the head|in the legs) (whenever|every time) (I|i) (mess up|make a mistake) (at work|in class)",
        "after (the argument|the fight with my sister|every argument) (I|i) (punched the wall|bit my arm|pulled my hair out) (until it bled|on purpose|because i deserved it)",
        "(I|i) (bite|dig my nails into) my (hands|arms) (as punishment|to punish myself) when (I|i) (fail|let people down)",
    )),
    ("t6.sh.wound_care", "self_harm", "medium", "direct", (
        "how do (I|i) (clean|look after) a cut (I|i) (made|did) myself so it (doesn't|does not) get infected",
        "(I|i) cut myself (last night|this morning) and (it's|its) (red and swollen|hot and puffy) (now|today), (do i need|should i get) stitches",
        "(what do i put on|how should i treat) a burn (I|i) gave myself (on purpose|with a lighter) (without|and i don't want to go to) (a doctor|the er)",
    )),
    ("t6.sh.cut_wont_stop_bleeding", "self_harm", "high", "direct", (
        "(I|i) cut (too deep|deeper than usual) (tonight|just now) and it (won't|wont) stop bleeding",
        "(I|i) (didn't|didnt) mean to go that deep (but|and) (the cut|my arm) (is still bleeding|keeps bleeding) through (the towel|the bandage)",
        "(help|please help), (I|i) hurt myself with a (blade|razor) and there's (so much|a lot of) blood (I|i) feel (dizzy|lightheaded)",
    )),
    ("t6.sh.plan_to_cut_tonight", "self_harm", "high", "direct", (
        "(I|i) (bought|got) new (blades|razors) (today|after work) and (I'm|im) going to cut (tonight|when everyone's asleep)",
        "(I've|ive) already got the (blade|razor) next to me and (I'm|im) going to (hurt|cut) myself (tonight|as soon as my roommate leaves)",
        "(not to die, |)just to hurt, (I'm|im) (going to|gonna) burn myself (tonight|after this call)",
    )),
    ("t6.sh.pills_to_hurt", "self_harm", "high", "direct", (
        "(I|i) (took|swallowed) (extra|a handful of) (ibuprofen|paracetamol) to (hurt|punish) myself, not to die, and now my stomach (is burning|really hurts)",
        "(I|i) (don't|dont) want to die (but|and) (I|i) took (too many|a bunch of) pills (just now|an hour ago) (to hurt myself|because i wanted it to hurt)",
        "(took|i took) (the whole strip|way too many) (of tablets|of painkillers) to punish myself (tonight|just now), (not trying to die|i'm not suicidal)",
    )),
    # ------------------------------------------------------------------ substance_abuse
    ("t6.sub.drinking_more_than_like", "substance_abuse", "low", "indirect", (
        "(I've been|ive been|i'm) drinking more than (I'd|i'd|id) like (since the layoffs|these days|most weeks)",
        "(a bottle of wine|three or four beers|a few gin and tonics) (most nights|every night) has become (normal for me|my routine)( lately|)",
        "(I|i) keep (pouring|having) (one more drink|another glass) after (I|i) said (I'd|i'd|id) stop( on weeknights|)",
    )),
    ("t6.sub.weed_more_than_before", "substance_abuse", "low", "passive", (
        "(I'm|im) smoking (way|a lot) more weed than (I|i) used to (since the breakup|since i moved|these days)",
        "(I|i) (kind of|kinda) need a (joint|few hits) (before bed|after work) (now|lately) just to (sleep|switch off)",
        "(my edibles|the weed) (went from|went up from) (weekends only|once a week) to (every day|most days) (lately|this month)",
    )),
    ("t6.sub.vape_constantly", "substance_abuse", "low", "indirect", (
        "(I|i) (can't|cant) go (an hour|twenty minutes) without my (vape|nic vape)( anymore|)",
        "(I'm|im) going through (a pod|two pods|a disposable) a day (now|lately) and (I|i) (wake up at night to vape|get shaky without it)",
        "(I|i) (hit|reach for) my vape (the second i wake up|in every meeting break|all day) (and i hate it|and can't stop)",
    )),
    ("t6.sub.morning_shakes", "substance_abuse", "medium", "direct", (
        "(I|i) (need|have) a drink (in the morning|before work) (now|lately) (to stop the shakes|or my hands won't stop shaking)",
        "(my hands shake|i get the shakes|i sweat and shake) (every morning|after a night off) until (I|i) (have a drink|get a beer down)( these days|)",
        "(I|i) (keep|hide) (a can|vodka|a small bottle) (in my bag|in the car) for the morning (shakes|withdrawal)",
    )),
    ("t6.sub.relapsed_drink_drugs", "substance_abuse", "medium", "direct", (
        "(I|i) relapsed on (drink|alcohol|coke|ketamine) (last weekend|last night) after (eight months|100 days|a year) sober",
        "(so|yeah) (I|i) (used|picked up) again after (three months|six months) clean (from opiates|off heroin|off pills)",
        "(my sobriety app|my sober counter) (reset|went back to zero) (today|this morning) because (I|i) (drank|used) again",
    )),
    ("t6.sub.hiding_bottles", "substance_abuse", "medium", "indirect", (
        "(I|i) (hide|stash) (bottles|empties) (in the wardrobe|in the garage) so my (partner|family) (won't|can't) see how much (I|i) drink",
        "(I|i) (take|drive) the empty bottles to a different (bin|store) (so nobody notices|so the neighbours don't see)",
        "(I|i) (water down|top up) the (vodka|whisky) so (my parents|my wife|my flatmate) (won't notice|can't tell) how much is gone",
    )),
    ("t6.sub.pills_to_numb", "substance_abuse", "medium", "indirect", (
        "(I|i) (take|have been taking) extra (xanax|oxy|sleeping pills|benzos) (to get through the day|to numb out|just to sleep)",
        "not to hurt myself, just to switch off, (I|i) (double|triple) up on my (prescription|valium|pain meds) (most nights|every day now)",
        "(I|i) (can't|cant) (sleep|face work) without (a couple of xanax|my benzos|an oxy or two) (anymore|these days)",
    )),
    ("t6.sub.rent_on_coke", "substance_abuse", "medium", "direct", (
        "(I|i) spent (my rent|the rent money|my whole paycheck) on (coke|pills|ket) (this month|again) and (I|i) (can't|cant) stop",
        "(I|i) (promise myself|swear) (I'll|ill) stop (buying|ordering) (coke|ketamine) every (weekend|payday) but (I|i) always cave",
        "(I've|ive) borrowed money from (my brother|my mum|friends) to (pay my dealer|buy more gear)( again|)",
    )),
    ("t6.sub.blackout_driving", "substance_abuse", "medium", "passive", (
        "(I|i) (blacked out|had another blackout) (again |)(last night|this weekend) and (I|i) (don't|dont) remember (driving home|how i got home)",
        "(I|i) drove (after a few drinks|high on coke|on pills) (again|last night) and (I|i) (can't|cant) remember (most of it|the drive)",
        "(woke up|i woke up) (in my car|on the kitchen floor) (with no memory|with missing hours) after (drinking|mixing drinks and pills)",
    )),
    ("t6.sub.friend_overdosed", "substance_abuse", "high", "direct", (
        "my (friend|boyfriend) (took too much molly|took too much of his pills|overdosed) (by accident|at the party) and (won't wake up|isn't responding)",
        "(help|please help), my (friend|roommate) (used|took) (fentanyl|heroin) and (their lips are going blue|they're barely breathing)",
        "(someone|my friend) at (this party|my place) (is unconscious|passed out and won't respond) after (doing lines|drinking all night), (what do i do|should i call)",
    )),
    ("t6.sub.mixed_now", "substance_abuse", "high", "direct", (
        "(I|i) (mixed|took) (xanax|sleeping pills) with (vodka|a lot of beer) an hour ago and (my heart is racing|i can't stay awake|i feel like i'm fading)",
        "(I|i) did (way more|a lot more) (coke|ket|molly) than (I|i) meant to (tonight |)and (my chest hurts|i can't feel my hands)",
        "(I|i) (accidentally took|think i took) too many (sleeping pills|pills) on top of (drinks|whisky) and (everything is spinning|i can't breathe right)",
    )),
    ("t6.sub.withdrawal_seizure", "substance_abuse", "high", "direct", (
        "(I|i) stopped drinking cold turkey (three|four) days ago and (now |)(I'm|im) (shaking badly|seeing things that aren't there|having what feels like a seizure)",
        "(my dad|my partner|my brother) (quit|stopped) drinking (suddenly|overnight) and (is shaking and confused|is having a fit|is sweating and seeing things) right now",
        "(coming off|quitting) (benzos|xanax) (all at once|cold turkey) and (I|i) (just had|think i had) a (seizure|fit)",
    )),
    # ------------------------------------------------------------------ mental_health_crisis
    ("t6.mhc.detached_unreal", "mental_health_crisis", "low", "passive", (
        "(on and off |)(this week|lately) (I|i) feel (detached|far away), like (I'm|im) watching my life (through glass|from the outside)",
        "(everything|the room) (keeps looking|looks) (fake|not real) to me (lately |)and it's (unsettling|scary)",
        "(I|i) keep zoning out (for minutes|in meetings) and (coming back|snapping back) not (sure|knowing) (where i was|what just happened)",
    )),
    ("t6.mhc.flashbacks_creeping", "mental_health_crisis", "low", "indirect", (
        "(since the accident|since the break in|after the assault) (I|i) keep getting flashbacks (at random times|in meetings|when i try to sleep)",
        "(certain smells|loud noises) (keep|have started) (throwing|pulling) me back to (that night|what happened) and (I|i) (lose focus|freeze up)",
        "(the nightmares|the flashbacks) (are back|started again) (this month|lately) and (I'm|im) (barely focusing|struggling to work)",
    )),
    ("t6.mhc.panic_right_now", "mental_health_crisis", "medium", "direct", (
        "(I'm|im) having a panic attack (at my desk right now|in the toilets at work|on the train right now) and (I|i) (can't|cant) (breathe|slow my breathing)",
        "(my chest is tight|my hands are tingling|my heart is pounding) and (I|i) (can't|cant) calm down, (I|i) think (it's|its) (a panic attack|panic)",
        "(help|please), (I|i) (can't|cant) stop (shaking|hyperventilating) (and everything feels like it's closing in|and i think i'm going crazy)",
    )),
    ("t6.mhc.bed_for_a_week", "mental_health_crisis", "medium", "indirect", (
        "(I|i) (haven't|havent) (been able to get|gotten) out of bed (for a week|in five days|since monday)( and i've missed work|)",
        "(I|i) (haven't|havent) (eaten properly|showered|answered anyone) (in days|all week) because (I|i) (can't|cant) get up",
        "(I|i) (had|think i had) a breakdown (at work|in front of my team) and (now|since then) (I|i) (can't|cant) (function|do anything)",
    )),
    ("t6.mhc.voices_commands", "mental_health_crisis", "high", "direct", (
        "the voices (are telling|keep telling) me (to leave the house|not to trust my team|to throw my phone away) and (I|i) (feel like i have to|can't ignore them) (right now|tonight)",
        "(I|i) keep hearing (someone|people) (talking|whispering) (when no one is there|in the walls) and (they're|theyre) (ordering me around|telling me what to do)",
        "(I|i) (think|know) (the tv|my phone|the radio) is sending me (messages|instructions) and (I|i) have to (act on them|follow them)",
    )),
    ("t6.mhc.mania_no_sleep", "mental_health_crisis", "medium", "indirect", (
        "(I|i) (haven't|havent) slept in (four|five) days and my thoughts are (racing|going a million miles an hour) and (I|i) (can't|cant) (stop|slow down)",
        "(I|i) (quit my job|spent my savings|booked a flight) last night because (I|i) just know (I'm|im) (meant for something huge|chosen), haven't slept (in days|since sunday)",
        "(I|i) feel like (I'm|im) losing my mind, (no sleep|zero sleep) (for days|since the weekend), (everything is connected|everyone is talking about me)",
    )),
    # ------------------------------------------------------------------ none / hard negatives
    ("t6.none.cut_back_burned", "none", "none", "hard_negative", (
        "(I'm|im) trying to cut back on (sugar|caffeine|energy drinks|screen time) (this month|before the race)",
        "(I|i) (burned|burnt) (the toast|my rice) (again|this morning) while (answering emails|on a call)( lol|)",
        "(I|i) cut my (own fringe|own hair) (during lockdown|last night) and (it looks awful|my coach laughed)( haha|)",
    )),
    ("t6.none.relapsed_habit", "none", "none", "hard_negative", (
        "(I|i) relapsed into (doomscrolling|checking my phone in bed|snoozing my alarm) (again|this week)",
        "my (habit tracker|duolingo) streak (broke|reset) (after 40 days|yesterday) and (I'm|im) (annoyed|gutted)",
        "(day 12|three weeks) clean (from|off) (social media|junk food|online shopping)( and feeling good|)",
    )),
    ("t6.none.glass_of_wine", "none", "none", "hard_negative", (
        "(had|we had) a glass of (wine|prosecco|red) at dinner (with my in laws|for my birthday|last night)( and it was lovely|)",
        "(grabbed|having) a (beer|pint) with (the team|colleagues) after (the match|work) (on friday|tonight)",
        "(is it ok|any tips) to (skip drinks|not drink) at the (work party|client dinner) without (it being awkward|people asking)",
    )),
    ("t6.none.panicked_but_fine", "none", "none", "hard_negative", (
        "(I|i) panicked (right before|before) my (presentation|interview|exam) but it (went fine|went really well)( in the end|)",
        "(I|i) (totally|kinda) freaked out about the (deadline|demo) but (we shipped|it worked out|i got it done)",
        "(my heart was pounding|my hands were shaking) (before|during) the (pitch|talk) (lol|haha), but (the client loved it|i nailed it)",
    )),
    ("t6.none.addicted_to_show", "none", "none", "hard_negative", (
        "(I'm|im) (so |)addicted to (this podcast|this show|wordle|sudoku)( right now|)",
        "(I|i) (can't|cant) stop (listening to this audiobook|watching this series|watching cooking videos) (haha|lol)",
        "(my coffee habit|my bubble tea habit|my book buying habit) is (out of control|getting expensive) (haha|lol)",
    )),
    ("t6.none.killing_it", "none", "none", "hard_negative", (
        "this (workout|spin class|leg day) (absolutely |)(killed me|destroyed me|wrecked me)( haha|)",
        "(my boss|my manager) (is going to|will) kill me if (I|i) miss (this deadline|the standup) (again|)",
    )),
    ("t6.none.scratch_bruise_accident", "none", "none", "hard_negative", (
        "(I|i) scratched my (arm|hand) on (the rose bush|a bramble) (while gardening|at the allotment)( this weekend|)",
        "(got|i got) a (huge bruise|nasty scrape) from (falling off my bike|climbing|five a side)( yesterday|)",
        "(I|i) (nicked|cut) my finger (chopping onions|on a tin lid) and (bled everywhere|needed a plaster)( lol|)",
    )),
    ("t6.none.losing_my_mind_figurative", "none", "none", "hard_negative", (
        "(I'm|im) losing my mind over this (spreadsheet|slide deck|tax form) (haha|lol)",
        "this (printer|bug|group project) is (driving me insane|making me crazy)( today|) (lol|haha)",
        "my brain is (fried|mush) after (a night shift|back to back meetings|the move), (going to bed early|need a quiet evening)",
    )),
)
