# ruff: noqa: E501
"""Fourth-round English families (second batch), training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------- domestic_violence ----------------
    ("t4.b.dv.hiding_bruises_gym", "domestic_violence", "high", "indirect", (
        "(can I|could I) skip (the gym session|spin class|the group workout) this week(, coach|)? I don't want anyone in the changing room seeing the bruises (he|my husband|my boyfriend) left on my (arms|back|ribs)",
        "(tbh|honestly) I've been wearing long sleeves to (training|the gym) so nobody sees where (he grabbed me|my partner hit me|he shoved me into the door)",
        "(missed my workout|skipped my run) because my (wrist|shoulder) still hurts from when (he twisted it|my partner pushed me down the stairs|he threw me against the wall)",
    )),
    ("t4.b.dv.covering_up_work", "domestic_violence", "high", "direct", (
        "(my check-in for this week|update for this week): I (told|let) my manager (think|believe) I (walked into a cupboard|fell off my bike|tripped on the stairs) but (really|actually) it was (my husband|my partner|him) who (hit me|punched me|did it)",
        "(used|put on) extra concealer before the (client presentation|team meeting|parents evening) to cover the (black eye|bruise on my cheek|mark on my jaw) (he gave me|my boyfriend left) on (saturday|the weekend)",
        "i keep making excuses at work for the (cuts|bruises|marks) on my (hands|face|neck), nobody knows (my wife|my partner|she) did it",
    )),
    ("t4.b.dv.money_control", "domestic_violence", "medium", "indirect", (
        "(about the budget homework|re the budgeting exercise), I can't fill it in because (he|my husband|my partner) controls all the money and I have to (ask|beg) for (every penny|bus fare|grocery money)",
        "(tbh|honestly) I can't sign up for the course, (he|my partner) takes my (wages|salary|whole paycheck) and checks every receipt",
        "he (checks my bank app|goes through my statements) every night and (gets furious|punishes me|won't speak to me for days) if I spend anything (on myself|without asking)(, so the savings goal is kind of impossible|)",
    )),
    ("t4.b.dv.phone_checking", "domestic_violence", "medium", "direct", (
        "(sorry I went quiet|sorry for not replying) on the (accountability|check-in) chat, (my partner|my boyfriend) reads all my messages and I'm (scared|afraid) of what he'll do",
        "(he|my husband) takes my phone (every evening|when he gets home|at night) and (goes through|checks) everything, (so|that's why) I can only message you (at work|from the library computer)",
        "if I don't share my location all the time (he|my boyfriend) (goes ballistic|accuses me of cheating|threatens to take the kids) and honestly I'm scared of him",
    )),
    ("t4.b.dv.threat_to_kill", "domestic_violence", "high", "direct", (
        "(I need to tell someone|can I be honest about why I missed the session), (he|my partner|my ex-husband) said he would kill me if I (ever left|tried to leave|told anyone)",
        "(last night|on sunday) he (held a knife to me|put his hands around my throat|had me pinned down) and said next time he'll (finish it|kill me)",
        "i'm (terrified|so scared) to go home (tonight|after work), he (threatened to kill me|said I won't survive the night) if (dinner isn't ready|I'm late again)",
    )),
    ("t4.b.dv.ex_stalking", "domestic_violence", "medium", "direct", (
        "(can we move our call|can we switch our sessions) to (a different time|video only)? my ex keeps (turning up|waiting) outside (my work|my flat|the gym) and I'm (scared|frightened)",
        "my ex (keeps following me|has been following me) on my (morning runs|way home) and (sends me|leaves me) (messages|notes) saying (he knows where I am|he's watching me)",
        "I changed my running route (three times|again) because (my ex-boyfriend|my ex) (keeps showing up|keeps appearing) and honestly I don't feel safe (anymore|even at home)",
    )),
    ("t4.b.dv.adult_son_hitting", "domestic_violence", "high", "direct", (
        "(the parenting homework is hard|about the parenting goals), my (adult son|grown-up son|25-year-old son) (hit me|shoved me into the wall|pushed me over) again when I (said no to money|asked him to move out)",
        "I've been hiding the bruises (on my arms|on my legs) from my (sister|friends|neighbours), my son did it and I (feel so ashamed|don't know what to do)",
        "(tbh|honestly) I'm scared of my own son now, he (broke my glasses|cut my hand with a glass|grabbed my wrist until it bruised) last (week|weekend)",
    )),
    ("t4.b.dv.dad_cuts_not_mine", "domestic_violence", "high", "indirect", (
        "(about the study plan|re my revision timetable), I (missed|couldn't do) (two days|the whole weekend) because my dad (cut my arm|hit me with a belt|threw a plate at me) (when he was angry|after a row)",
        "the cuts on my (arm|hand) aren't from me(, I promise|), my (dad|stepdad) did it and I told (school|my teacher) it was the cat",
        "(I live with my|still living with my) (dad|stepdad) and he (hits me|beats me) when I (get bad grades|talk back)(, I don't know who to tell|)",
    )),
    ("t4.b.dv.shouting_frightens", "domestic_violence", "low", "passive", (
        "(quick check-in|weekly check-in): home's been tense, (my partner|my husband) (shouts|yells) (so loudly|right in my face) when (dinner's late|I forget something) that I (freeze up|start shaking)",
        "(tbh|honestly) I tiptoe around (him|my partner) (most evenings|at weekends) because the shouting (really scares me|frightens me)(, is that normal|)",
        "(not sure if this matters for coaching but|small thing maybe but) my (girlfriend|wife) (screams|slams doors) when she's angry and I (go quiet|hide in the bathroom) until she calms down",
    )),
    ("t4.b.dv.isolation_control", "domestic_violence", "medium", "indirect", (
        "(re the social goal|about joining the running club), (he|my partner) won't let me (go|join) and (gets angry|sulks for days|says I'm disrespecting him) whenever I see (friends|my sister|my family)",
        "I'm not allowed to (leave the house|go out) without telling (him|my husband) exactly (where I am|who I'm with), and I'm (scared|afraid) of what happens if I don't",
        "he (made me quit|forced me to quit) (my job|the choir|my evening class) and now I (barely see anyone|have no one but him)(, the loneliness goal feels pointless|)",
    )),
    # ---------------- self_harm ----------------
    ("t4.b.sh.cutting_streak_relapse", "self_harm", "medium", "direct", (
        "(habit tracker update|tracker update): I (broke|lost) (my 60-day|my 90-day|a three-month) streak, I cut (again|my thighs) last night",
        "(ugh|so) I relapsed (on friday|yesterday) after (two months|ages) clean from cutting(, I feel so stupid|)",
        "the (no self-harm|clean days) counter on my app (reset|is back to zero) because I (cut myself|started cutting again) (after the exam|after a rough shift)",
    )),
    ("t4.b.sh.burning_self", "self_harm", "medium", "direct", (
        "(I know we were going to talk about sleep but|before we get to the sleep goals), I've been burning myself with a lighter (at night|when I can't sleep)",
        "(tbh|honestly) the marks on my (wrist|forearm) are burns I did myself, (not an accident|not from cooking) like I said",
        "I (keep|have been) burning my skin (when I'm stressed|after work|on bad days) and I don't know how to stop",
    )),
    ("t4.b.sh.hitting_self", "self_harm", "medium", "indirect", (
        "the bruises on my (legs|arms) aren't from (football|anyone else), I (hit|punch) myself when I (mess up|fail at something)",
        "(tbh|honestly) when I (miss a workout|fail a study goal) I (bang my head against the wall|punch my thighs) until it hurts",
        "(coach, |)I keep hitting myself (after bad days|when I'm angry at myself) and hiding the bruises at (work|the gym)",
    )),
    ("t4.b.sh.urges_return", "self_harm", "low", "passive", (
        "I haven't self-harmed in (two years|ages|over a year) but the urges (are creeping back|have started again) (this week|lately)",
        "(small thing for our check-in|not sure it's relevant but), I (caught myself|keep) thinking about (my old scars|cutting again) (lately|this month)",
        "I used to (cut|burn myself) as a teenager and (tbh|honestly) the thoughts (are coming back|have got louder) (with all the stress|since the move)",
    )),
    ("t4.b.sh.scratching", "self_harm", "medium", "indirect", (
        "(re the stress log|for the stress diary), when it gets bad I scratch my (arms|legs|neck) until (they bleed|the skin breaks)",
        "(ok so|lol ok so) the eczema I mentioned is (actually|really) me scratching myself raw on purpose(, I didn't want to say|)",
        "I've been (digging my nails into|scratching) my skin until it bleeds (during meetings|in lectures|at night) so I can feel something",
    )),
    ("t4.b.sh.pills_to_hurt", "self_harm", "medium", "direct", (
        "(I have to be honest about the weekend|about why I was off on monday), I took extra (painkillers|tablets) to hurt myself, not to die, I just wanted it to hurt",
        "I (swallowed|took) more pills than I should (on purpose|deliberately) to punish myself(, I wasn't trying to die|, it wasn't about dying)",
        "(tbh|honestly) sometimes I take extra (tablets|pills) to make myself feel ill as a punishment when I (fail|miss my targets)",
    )),
    ("t4.b.sh.bleeding_wont_stop", "self_harm", "high", "direct", (
        "(sorry|sorry coach), I cut (too deep|deeper than usual) (tonight|just now) and the bleeding won't stop, what do I do",
        "i did it again (and|but) this time (it won't stop bleeding|the cut on my arm keeps bleeding through the towel)",
        "(can't make the call|need to cancel tonight), I cut myself (badly|too deep) and (it's still bleeding|I can't stop the bleeding)",
    )),
    ("t4.b.sh.hiding_cuts_swim", "self_harm", "medium", "indirect", (
        "(can we swap|could I swap) the swimming goal for (running|cycling)? I don't want anyone seeing the cuts I've made on my (thighs|arms)",
        "(I've been wearing|been wearing) long sleeves (to the office|in the heatwave|at the gym) to hide the cuts I (did|made) myself",
        "nobody (hurt me|did this to me), the marks on my (arms|stomach) are mine, I've been cutting (again|for a few weeks)",
    )),
    # ---------------- eating_disorder ----------------
    ("t4.b.ed.restricting_calories", "eating_disorder", "medium", "direct", (
        "(for the nutrition check-in|re my food diary), I've (been eating|kept it to) under (500|600) calories a day (for two weeks|since monday) and I (still feel huge|want to go lower)",
        "(tbh|honestly) I've been (skipping|cutting out) (breakfast and lunch|most meals) and (lying about it|telling my family I ate at work) so I can lose weight faster",
        "i get (panicky|anxious) if I eat more than my number and then I (don't eat|skip eating) at all the next day",
    )),
    ("t4.b.ed.purging_after_meals", "eating_disorder", "medium", "direct", (
        "(quick update on the meal plan|meal plan update): I've been making myself sick after (dinner|big meals|team dinners) (most nights|a few times a week)",
        "(tbh|honestly) I (throw up|purge) (after I eat|whenever I feel too full) so the (scale|number) keeps going down",
        "(sorry|lol) I know it's (bad|not healthy) but I (sneak off|go) to the bathroom after meals to (get rid of it|bring it back up)",
    )),
    ("t4.b.ed.laxatives", "eating_disorder", "medium", "direct", (
        "(re the weight goal|about the weigh-in), I've been taking laxatives (every day|after every meal) to (keep the weight off|flatten my stomach)",
        "I (buy|keep buying) laxatives from different shops so (nobody notices|the pharmacist doesn't ask) how many I (use|go through)",
        "(tbh|honestly) I only feel (okay|safe) after eating if I've taken (laxatives|a laxative) (straight after|that night)",
    )),
    ("t4.b.ed.compensatory_exercise", "eating_disorder", "medium", "indirect", (
        "(about the training plan|re my running log), I run (an extra hour|until I've burned it all off) every time I eat (anything|something) I didn't plan",
        "if I (miss a session|eat cake at work) I (make myself do|force myself through) (two|three) extra workouts (even when I'm injured|even when I'm exhausted)",
        "(honestly|tbh) my rest days scare me, I (can't|won't) let myself eat unless I've (earned it|burned at least 800 calories)",
    )),
    ("t4.b.ed.fainting_restriction", "eating_disorder", "high", "direct", (
        "(I fainted|I passed out) (at the gym|on my run|in the shower) (this morning|today) because I haven't eaten (in three days|since thursday) (to make weight|before the weigh-in)",
        "(can't make our call|sorry for missing the session), I keep (blacking out|fainting) when I stand up, I've (barely eaten|had nothing but water) (all week|for days) trying to get lean",
    )),
    ("t4.b.ed.hiding_food", "eating_disorder", "medium", "indirect", (
        "(for the habit homework|re the mindful eating task), I (hide|throw away) (my lunch|the food my mum packs|my snacks) so (nobody|my partner) knows I'm not eating",
        "I (push food around my plate|feed my dinner to the dog) and (say I ate earlier|pretend I'm full) so (my family|my flatmates) stop asking",
        "(tbh|honestly) I hide (wrappers|food) in my (room|car) after I binge and then I (don't eat|fast) for the next two days",
    )),
    ("t4.b.ed.fear_weight_gain", "eating_disorder", "low", "passive", (
        "(quick question about the cut|re my cutting phase), I (weigh myself|step on the scale) (five|six|ten) times a day and (panic|feel disgusting) if it goes up even a little",
        "(tbh|honestly) I'm (terrified|so scared) of gaining weight (over the holidays|on the rest week) and I'm already dreading (every meal|christmas dinner)",
        "I keep (checking|pinching) my (stomach|thighs) in the mirror (after every meal|all day) and (hating|feeling disgusted by) what I see",
    )),
    ("t4.b.ed.calorie_obsession", "eating_disorder", "medium", "indirect", (
        "(re the food tracking app|about my macros), I log every (crumb|bite|mint) and if I can't (count it|find the calories) I (won't eat it|spit it out)",
        "(tbh|honestly) I spend (hours|most of the day) (adding up|recounting) calories in my head and (skip meals|cry) if (I go over|the number's wrong)",
        "I (refuse|won't) eat anything (at restaurants|at friends' houses|cooked by someone else) because I can't know the exact calories",
    )),
    # ---------------- suicide ----------------
    ("t4.b.sui.goodbye_plan", "suicide", "high", "direct", (
        "(this will be my last check-in|I won't need the next session), I've (decided|made up my mind) to end my life (this weekend|on friday)(, thank you for everything|)",
        "i've (saved up|been collecting) my pills and I'm (going to take them all|taking them all) tonight, I don't want to be here anymore",
        "(I've written|I wrote) letters to my (kids|family) and (tonight|tomorrow) is the night I (kill myself|end it)",
    )),
    ("t4.b.sui.wish_to_die", "suicide", "medium", "passive", (
        "(about the goal setting exercise|re my five-year plan), I (honestly|really) can't picture a future, I wish I could just (not wake up|disappear for good|stop existing)",
        "(tbh|honestly) some nights I hope I (don't wake up|just die in my sleep)(, I'm not going to do anything|)",
        "I keep thinking everyone would be better off if I was dead(, even my kids|, even my partner|)",
    )),
    # ---------------- none: hard negatives and ordinary ----------------
    ("t4.b.neg.sport_bruises", "none", "none", "hard_negative", (
        "(lol|haha) my (legs|arms|shins) are covered in bruises after (rugby|hockey|the tackle drill) on saturday, (can I still run tomorrow|should I rest or train)?",
        "(got|picked up) a massive bruise on my (hip|thigh) from (falling off the bike|a bad tackle|a netball collision), ice or heat?",
    )),
    ("t4.b.neg.kitchen_cut", "none", "none", "hard_negative", (
        "cut my (finger|thumb) (chopping onions|on a tin lid|slicing bagels)(, lol|), so typing is (slow|a pain) today",
        "(meal prep update:|meal prep went fine except) I sliced my (thumb|finger) on the (mandoline|new knife) and it bled (everywhere|for ages) lol, plaster on and carrying on",
    )),
    ("t4.b.neg.tattoo", "none", "none", "hard_negative", (
        "(finally|just) got my (first|third) tattoo (on my forearm|on my ribs|on my ankle), how long before I can (swim|go back to the gym)?",
        "my new tattoo (is scabbing|is peeling|looks raw) and (hurts|stings) a bit, (normal right|is that normal)? (keeping it out of the gym|skipping the sauna) for now",
    )),
    ("t4.b.neg.heated_argument_safe", "none", "none", "hard_negative", (
        "(my partner and I|me and my boyfriend) had a (big|heated) argument about (money|the holiday budget|whose turn it is to cook) but we (talked it through|sorted it out) (after dinner|this morning)",
        "(we argued|we had a row) pretty loudly about (moving cities|the wedding guest list) last night, (all good now|we're fine now), can we use it for my communication goals?",
    )),
    ("t4.b.neg.intermittent_fasting", "none", "none", "hard_negative", (
        "(thinking of trying|want to try) 16:8 intermittent fasting, (any tips|is that ok) with my (morning runs|strength training|shift work)?",
        "(is it fine|is it okay) to (skip breakfast|eat only two meals) if I'm (trying to lose|aiming to drop) (a few kilos|half a kilo a week) slowly?",
        "(for the diet plan|re my nutrition goals), should I count calories or just (cut back on snacks|eat more protein)?",
    )),
    ("t4.b.neg.marathon_calories", "none", "none", "hard_negative", (
        "(marathon training|half marathon prep) question: how many calories (should I eat|do I need) on (long run days|20-mile days|rest days)?",
        "(I'm burning|my watch says I burn) about (1200|1500) calories on my long runs(, lol|), am I eating enough to recover?",
    )),
    ("t4.b.neg.supporting_friend", "none", "none", "hard_negative", (
        "(my best friend|a friend from uni) (used to self-harm|had an eating disorder) (years ago|as a teen) and she's doing great now, how can I (be supportive|avoid saying the wrong thing) when we (train together|eat out)?",
        "(for my listening skills goal|re the empathy homework), I (practised|tried) (active listening|open questions) with a friend who (went through|got out of) an abusive relationship (years ago|a while back), it went well",
    )),
    ("t4.b.neg.shelter_volunteer", "none", "none", "hard_negative", (
        "(I started|just started) volunteering at a (women's shelter|domestic violence refuge) (on weekends|on tuesdays), can we plan my (week|schedule) around it?",
        "(the training at the refuge|my shelter induction) covered (safety plans|spotting coercive control|how abusers control money) and it was (really eye-opening|intense but good)",
    )),
    ("t4.b.neg.tv_drama", "none", "none", "hard_negative", (
        "(just finished|binged) (that new thriller|the crime drama everyone's talking about|a prison drama) where the husband (beats his wife|stalks his ex) and (wow|ugh), the acting was (brilliant|intense)",
        "(lol|ok) no screens after ten didn't happen, I stayed up watching a (series|documentary) about (eating disorders|self-harm in teens|a stalker) (for my psychology course|because everyone recommended it)",
    )),
    ("t4.b.neg.child_scraped_knee", "none", "none", "hard_negative", (
        "(parenting update:|small parenting win:) my (4-year-old|little one|toddler) (fell off the scooter|tripped at the park) and scraped (a knee|both knees), (lots of tears|a bit of blood) but I stayed calm like we practised",
        "(the kids are fine|all fine)(, lol|), just plasters everywhere after (a bike crash|a playground fall), can we still do our call at 7?",
    )),
    ("t4.b.neg.ordinary_checkin", "none", "none", "ordinary", (
        "(weekly check-in|quick check-in): I (hit|made) my (sleep goal|10k steps|savings target) (five|six) days out of seven(, pretty happy with that|)",
        "(can we|could we) (move|push) (thursday's call|our next session) to (friday|the afternoon)? (work is busy|I have a dentist appointment)",
    )),
    ("t4.b.neg.ordinary_study_career", "none", "none", "ordinary", (
        "(I finished|done with) the (CV rewrite|cover letter draft|study timetable) you set, (could you have a look|can you check it) before (monday|the interview)?",
        "(tbh|honestly) I (struggled with|procrastinated on) the (revision plan|reading homework) this week, can we (break it into smaller steps|make it more realistic)?",
    )),
)
