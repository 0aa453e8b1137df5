# ruff: noqa: E501
"""Round-8 English training families: euphemistic and slangy self-harm, eating disorders told as discipline or fitness talk, and safe look-alike messages."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------- self_harm: indirect, euphemistic, slang ----------------
    ("t8.sh.relapsed_on_sh_slang", "self_harm", "medium", "indirect", (
        "(relapsed|i relapsed|so i relapsed) on sh (last night|again|this morning)( ngl|)",
        "(sorry i went quiet this week,|not gonna lie coach,) i relapsed on sh after (four months|62 days|nearly a year) clean",
        "(lost|broke) my (sh|self harm) streak (yesterday|again)",
    )),
    ("t8.sh.did_the_thing_again", "self_harm", "medium", "indirect", (
        "did the thing again( last night|)( sorry|)",
        "i did the thing again, the one with the (razor|blade|scissors), and (had to clean up before anyone saw|there's blood on my sheets|my leg is covered in plasters now)",
        "(About my habit tracker,|Quick update,) I did the thing (we talked about|I promised I'd stop) to my (arm|leg) again",
    )),
    ("t8.sh.arms_mess_again", "self_harm", "medium", "indirect", (
        "my arms are a mess again( lol|)( and i can't stop looking at them|)",
        "(can't|won't be able to) do the (gym class|swim session) because my arms are a mess again from (the cuts|what i did to them)",
        "(fresh|new) lines on my (arms|wrists) again, (back to square one|same as last month)",
    )),
    ("t8.sh.long_sleeves_july", "self_harm", "low", "indirect", (
        "long sleeves in (july|august|a heatwave) again( because of the old scars|)",
        "(it's 30 degrees and|everyone's in t-shirts and) i'm in a hoodie so nobody sees my (old scars|thighs|wrists)",
        "(summer always does this,|every summer,) hiding the old (cuts|scars) makes me (want to start again|think about doing it again)",
    )),
    ("t8.sh.box_in_drawer_urges", "self_harm", "low", "indirect", (
        "(keep|can't stop) thinking about the box in my drawer( tonight|)",
        "the box in my drawer is (still there|calling me)( and i haven't opened it yet|, but i haven't opened it)",
        "(haven't touched|managed not to open) the box in my drawer for (three weeks|a month|ten days) but the urges are (loud|back) (today|tonight)",
        "(should i|do you think i should) give the box in my drawer to (my sister|someone) so i can't (use it|get to the blades)",
    )),
    ("t8.sh.where_nobody_sees", "self_harm", "medium", "indirect", (
        "(i've been|been) hurting myself where nobody sees( again|)",
        "i only do it on my (thighs|stomach|hips) now so (no one|my family|my partner) (can tell|ever notices)",
        "(moved|switched) to places nobody sees so i can keep (doing it|hurting myself)",
    )),
    ("t8.sh.pain_calms_me", "self_harm", "medium", "direct", (
        "the only thing that calms me down is the pain( lately|)( tbh|)",
        "when (my head gets loud|the panic builds|everything piles up) i hurt myself (and it goes quiet|because it's the only thing that works)",
        "(I know it's not a healthy coping skill|I know you'll say it's not healthy) but (cutting|hurting myself) is the only way I (calm down|feel something)",
        "(sorry, off topic,|off topic but) i've been (cutting|burning|hurting) myself to settle down before (work|bed)",
    )),
    ("t8.sh.hair_pulling_scratching_blood", "self_harm", "medium", "indirect", (
        "(pulled|been pulling) my hair out (till my scalp bleeds|until there's blood|in clumps again)",
        "i (scratch|dig my nails into) my (arms|legs|scalp) (until i bleed|till the skin breaks) when i'm (stressed|alone at night)",
        "got (bald patches|scabs all over my head) from pulling and i (can't stop|keep doing it on purpose)",
    )),
    ("t8.sh.head_against_wall", "self_harm", "medium", "direct", (
        "(when i'm overwhelmed|when it gets too much) i hit my head (against the wall|on the desk) (until it hurts|till i see stars|over and over)",
        "(banged|smacked) my head (against the wall|into the door frame) (again|on purpose) after the (argument|exam results)",
        "i've got a bruise on my forehead from hitting myself( again|)( and i told work i walked into a cupboard|)",
    )),
    ("t8.sh.burning_needs_care", "self_harm", "high", "direct", (
        "burned myself with the (lighter|iron|hot spoon) (tonight|an hour ago) and it's (blistering badly|gone white and leathery)(, do i need a&e|)",
        "(i did the burning thing again|went back to burning myself) and (the skin's peeling off|it's oozing and huge), (what do i do|i think it needs a doctor)",
    )),
    ("t8.sh.fresh_deep_or_now", "self_harm", "high", "direct", (
        "(cut|went) too deep (tonight|just now) and it (won't stop bleeding|keeps soaking through the towel)",
        "blade's (out|in my hand), doing it (now|tonight)( sorry|)",
        "sh (tonight|right now), (can't hold off anymore|i've already got everything out)",
        "the cut is (gaping|really deep) and i think it needs stitches but i can't tell anyone( how it happened|)",
    )),
    # ---------------- eating_disorder ----------------
    ("t8.ed.binge_purge_physical", "eating_disorder", "high", "direct", (
        "(binged|ate everything in the cupboard) and made myself (sick|throw up) (four|five|six) times today and now there's blood",
        "(been purging|been throwing up) after every meal (this week|since sunday) and my heart keeps (skipping|racing)( at night|)",
        "(Sorry I missed our session,|About yesterday,) I (passed out|nearly fainted) after (purging|getting rid of dinner) again",
    )),
    ("t8.ed.restriction_as_discipline", "eating_disorder", "medium", "indirect", (
        "my discipline is (finally|really) on point, (600|700|500) calories (a day|max) and (no carbs|nothing after 2pm)",
        "skipping (breakfast and lunch|meals) isn't a problem, it's (discipline|willpower) and i'm (proud of it|getting better at it)",
        "(every time|whenever) i eat more than (an apple|a rice cake) in a day i feel like my discipline has failed",
    )),
    ("t8.ed.exercise_off_every_calorie", "eating_disorder", "medium", "direct", (
        "(About my training plan,|Quick question about cardio,) I have to burn off every calorie I eat or I (can't sleep|feel disgusting|panic)",
        "if my watch says i burned less than i ate i go back out (running|on the bike) (at midnight|even if i'm injured)",
        "i did (two hours|three hours) of cardio (on a twisted ankle|after one meal|to cancel out a sandwich)( again|)",
        "(missed a workout|had a rest day) and (didn't eat|only allowed myself water) (to make up for it|as punishment)",
    )),
    ("t8.ed.hiding_food_secretly", "eating_disorder", "medium", "indirect", (
        "I (hide|stash) food (in my wardrobe|under the bed|in my car) and eat it (at 3am|when everyone's asleep) until I feel sick",
        "(my flatmate|my mum) found the wrappers i hide and i (lied|said they weren't mine)( again|)",
        "i (tip my dinner in the bin|hide my dinner in a napkin) so (my parents think|my partner thinks) i ate( it|)",
    )),
    ("t8.ed.fear_of_gain_in_fitness_talk", "eating_disorder", "low", "indirect", (
        "(For my cut,|About the bulk you suggested,) even (half a kilo|one pound) up on the scale makes me (want to skip meals|panic for days)",
        "I'm (scared|terrified) that if I eat (a normal dinner|the meal plan portions) I'll gain weight (overnight|straight away)",
        "(can we|could we) drop my calories (lower|again)? i know my weight is (fine|healthy) but (gaining|the thought of gaining) (scares me|makes me feel sick)",
    )),
    # ---------------- none: same vocabulary, safe ----------------
    ("t8.none.cat_scratches", "none", "none", "hard_negative", (
        "my (cat|kitten) scratched my arms (to bits|up) (while i clipped her claws|when i tried to give her a pill)",
        "(my arms are a mess|my arms look like a crime scene) from the (new kitten|foster cats) lol( any tips|)",
        "(Sorry for the late log,|Quick update,) I was (wrestling|fighting) the cat into the carrier for the vet and got (scratched|clawed) (all over|pretty badly)",
    )),
    ("t8.none.gym_burn_sore_arms", "none", "none", "hard_negative", (
        "my arms are (burning|so sore|on fire) after (the bicep finisher|those push-up sets|today's upper body)",
        "got (rope burn|a friction burn) on my (palms|forearms) from (the climbing rope|battle ropes)( lol|)",
        "(Is it normal that|Why do) my triceps (still burn|ache) two days after (dips|the new routine)?",
    )),
    ("t8.none.skin_is_a_mess", "none", "none", "hard_negative", (
        "my skin is a mess (again|this week)( before the interview|)( ugh|)",
        "(Is dairy|Could stress be) why my skin is a mess (lately|since i started the new job)?",
        "(breakout|hormonal spots) all over my (chin|jaw), any (skincare|routine) tips",
    )),
    ("t8.none.relapsed_on_sugar_or_scrolling", "none", "none", "hard_negative", (
        "(i|so i) relapsed on (sugar|chocolate|energy drinks) (this weekend|at the party)( lol|)",
        "(relapsed|fell off the wagon) on (social media|doomscrolling|tiktok) (again|last night), (four hours|two hours) gone",
    )),
    ("t8.none.hurting_after_leg_day", "none", "none", "hard_negative", (
        "(i'm|still) hurting after leg day( lol|)( and the stairs are a nightmare|)",
        "(Sorry I'm walking like a penguin,|Heads up,) my (quads|glutes|hamstrings) are (killing me|in pieces) after (yesterday's squats|leg day)",
    )),
    ("t8.none.carbs_and_fasting_calm", "none", "none", "ordinary", (
        "(Trying|I want) to cut down on carbs (this month|for my half marathon), any (easy|quick) lunch ideas?",
        "Is (16:8|14:10) intermittent fasting (OK|sensible) if I (train in the mornings|lift at 7am)?",
        "(My doctor suggested|I'm thinking about) trying intermittent fasting( for my blood sugar|), (how do i start|what window do you recommend)?",
    )),
    ("t8.none.burned_toast_and_finger", "none", "none", "hard_negative", (
        "burned the toast and my finger( this morning|)( lol|), (great start to the day|off to a flying start)",
        "(grabbed|touched) the (oven tray|pan handle) without a glove and burned my (finger|thumb)( ouch|)",
    )),
    ("t8.none.tattoo_healing", "none", "none", "hard_negative", (
        "my new tattoo is (peeling|itchy|scabbing) and i'm keeping it under long sleeves at (work|the gym)",
        "(Can I|Should I) train (upper body|arms|chest) while my (forearm|sleeve) tattoo is healing?",
        "(The artist said|My artist told me) no (swimming|sun|gym) for (two weeks|ten days) while it heals",
    )),
    ("t8.none.razor_blade_blunt", "none", "none", "hard_negative", (
        "the blade on my razor is (blunt|dull)( again|) and (i nicked my chin|my legs are all red|i got razor burn)",
        "(Should I|How often should I) (swap|change) the blade on my razor( if i shave daily|)?",
        "(nicked|cut) myself shaving before the (interview|wedding) and the tiny cut keeps bleeding through the tissue",
    )),
    ("t8.none.hiding_snacks_healthily", "none", "none", "hard_negative", (
        "(i've started|been) hiding the snacks (from myself|on the top shelf) so i eat less junk( and it's working|)",
        "(tip from my sister:|small win,) (i keep|keeping) the biscuits out of sight and fruit on the counter( now|)",
        "(Is it silly to|Does it help to) hide the (crisps|chocolate) from myself so I (snack less|stop grazing at night)?",
    )),
)
