# ruff: noqa: E501
"""Fourth-round English families (first batch), training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------- mental_health_crisis ----------------
    ("t4.mhc.panic_attack_right_now", "mental_health_crisis", "medium", "direct", (
        "(can't do our check-in right now,|was about to log my habits and now|sorry for the mess,) I('m| am) having a panic attack (in the car park|at my desk|in the office toilets) and I can't (breathe properly|stop shaking)",
        "(heart's pounding|my chest is so tight|my hands have gone numb) and I can't calm down, (it's been twenty minutes|the breathing exercise isn't working)(, can you stay with me|, please help|)",
        "mid panic attack (before my shift|on the train|outside the exam hall) tbh, everything is spinning and I can't (think|get air in)",
    )),
    ("t4.mhc.dissociation_nothing_real", "mental_health_crisis", "medium", "direct", (
        "(I tried to do my study block but|been sitting at my desk for an hour and) nothing feels real, (it's like I'm watching myself from outside|like there's glass between me and everything|my hands don't feel like mine)",
        "(I keep zoning out|I lost about two hours today) and (I don't feel like I'm in my body|the room looks fake|voices sound really far away)(, it's really scaring me|, what is happening to me|)",
        "(tbh|honestly) I feel completely detached from everything right now, (like I'm in a dream|like I'm not really here) and I can't snap out of it",
    )),
    ("t4.mhc.paranoia_being_watched", "mental_health_crisis", "medium", "direct", (
        "(I can't focus on the budget sheet because|sorry I went quiet,) I('m| am) convinced (my neighbours are watching me|someone is reading my messages|my coworkers are plotting against me)",
        "(I think|I'm sure) there are (cameras|microphones) in my flat and (I unplugged everything|I've covered the windows|I haven't left in two days)(, I know it sounds mad|, I'm so scared|)",
        "everyone on the bus was (looking at me|talking about me) and (I know they're in on it|I had to get off and hide), I can't tell what's real anymore",
    )),
    ("t4.mhc.voices_giving_orders", "mental_health_crisis", "high", "direct", (
        "(I couldn't do my run today,|sorry about the missed session,) the voices are (telling|ordering) me to (hurt someone|smash everything in the flat|go out tonight and not come back) and they won't stop",
        "there's a voice (in my head|in the room) that keeps (commanding me|telling me) to (do bad things|punish people|break everything), (I'm scared I'll listen|it's getting louder|I can't make it stop)",
        "(help|please answer), the voices say I have to (obey them|do what they want) (tonight|right now) and I'm (terrified|losing the fight)",
    )),
    ("t4.mhc.mania_no_brakes", "mental_health_crisis", "medium", "indirect", (
        "(I haven't needed sleep in days|I've been up since Tuesday) and I've got (fifty|about thirty) new business ideas, (I started three companies last night|I quit my job this morning)(, this is amazing lol|, I feel unstoppable|)",
        "(I blew the whole monthly budget|I spent my entire savings) in (one afternoon|two days) on (a car|flights|stuff I don't need) and I can't slow my thoughts down",
        "my (thoughts|words) are (going so fast|coming out too fast) that (people can't follow me|I can't finish a sentence), (my partner says I'm not myself|my sister is worried)(, but I feel invincible|, and honestly I'm scared|)",
    )),
    ("t4.mhc.days_without_sleep_racing", "mental_health_crisis", "medium", "direct", (
        "(my sleep goal is a joke right now,|quick check-in,) I haven't slept in (three|four|five) days and my (thoughts are racing|head won't switch off|heart won't slow down)",
        "(four|five) nights (with no sleep|wide awake) now and I'm (starting to see things at the edges|shaking and confused|falling apart at work)(, I don't know what to do|)",
        "I('ve| have) been awake for (days|almost a week) and I (can't stop pacing|feel like I'm coming apart), (it's not insomnia like before|nothing is calming me down)",
    )),
    ("t4.mhc.shutdown_in_bed", "mental_health_crisis", "medium", "direct", (
        "(I haven't touched the habit tracker,|sorry for disappearing from our sessions,) I've been in bed for (a week|ten days|days) and I can't (face anything|get up|even shower)",
        "(I haven't eaten properly because I can't get out of bed|I can't make myself open the curtains|I just stare at the wall for hours) and (everything is too much|I can't function at all)(, I'm scared|, work keep calling|)",
        "(it's like my whole body has shut down|I've completely shut down) and (I can't answer messages|I missed the school pickup|I can't even make toast), I don't know how to get back",
    )),
    ("t4.mhc.flashbacks_reliving", "mental_health_crisis", "medium", "direct", (
        "(I was doing the homework you set and|I was out on my run and) a smell brought it all back, (I'm having flashbacks|I'm back in that night again) and I can't (stop shaking|get out of it)",
        "the flashbacks (from the crash|from the attack years ago|from my army days) are (happening every hour|back and worse than ever) and (I keep freezing|I can't stop reliving it)(, I'm a mess|)",
        "(every time I close my eyes|since the anniversary) I('m| am) reliving it (like it's happening now|over and over) and I can't calm down",
    )),
    ("t4.mhc.scared_of_what_i_might_do", "mental_health_crisis", "medium", "direct", (
        "(I need to tell someone,|not doing great with the plan,|sorry this isn't about goals,) I('m| am) scared of what I might do (tonight|right now|if I'm left alone)",
        "(something feels really wrong|my head is in a bad place) and I don't trust myself (right now|tonight)(, I'm frightened|, can you help me work out who to call|)",
        "I feel like I'm about to snap and I don't know what I'll do, (I've never felt like this|it frightens me)",
    )),
    ("t4.mhc.stopped_meds_symptoms_back", "mental_health_crisis", "medium", "direct", (
        "(I stopped taking my meds two weeks ago|I came off my antipsychotic without telling anyone) and now I('m| am) (hearing things|hearing whispers at night|seeing shadows move)",
        "(since I quit my medication|since I ran out of my prescription) (I can't sleep and I'm paranoid|the old symptoms are back) and (everything feels like it's closing in|I feel like I'm losing my mind)",
        "(stopped my mood stabiliser|stopped my lithium) (last week|a few days ago) because I felt fine, now (my thoughts are racing|I'm completely manic|I'm spiralling)(, should I have told you|)",
    )),
    ("t4.mhc.dose_change_agitation", "mental_health_crisis", "medium", "indirect", (
        "(my psychiatrist upped my dose last week|they switched my antidepressant on Monday) and since then I('ve| have) been (shaking|crying nonstop|having horrible panic) and (I can't sit still|I feel like I'm crawling out of my skin)",
        "since the new medication started I feel (so agitated|wired and frightened|not like myself) and (I can't work|I can't look after the kids|I can't think straight)(, is this normal|, I'm really scared|)",
        "(the dose change|switching tablets) has (wrecked me|sent me into a spiral), I'm (jittery|terrified|in pieces) all the time",
    )),
    ("t4.mhc.in_ae_crisis_team", "mental_health_crisis", "medium", "direct", (
        "(sorry for missing our call,|quick update,) I('m| am) in A&E (after a massive panic attack|because I couldn't stop shaking|after a breakdown at work) and they're (keeping me for an assessment|waiting for the crisis team)",
        "the crisis team (saw me last night|came to the house) and (I'm on the psychiatric unit now|they want me in hospital), I feel like I'm falling apart",
        "(ended up at the hospital|ended up in A&E) (last night|this morning) because I (completely lost it|couldn't stop screaming|had a breakdown), still (here|waiting) and still not okay",
    )),
    ("t4.mhc.lost_dont_know_where", "mental_health_crisis", "high", "direct", (
        "(please help|I don't know who else to message|coach are you there), I can't stop shaking and I don't know where I am",
        "I('m| am) (outside somewhere|on a street I don't recognise|in a park) and I don't know how I got here, (my phone is almost dead|everything looks wrong)(, I'm so scared|)",
        "(I went out for my run and|I left work and) now I have no idea where I am or (what day it is|how long I've been walking), I'm terrified",
    )),
    ("t4.mhc.cant_go_on_like_this_no_wish", "mental_health_crisis", "low", "indirect", (
        "(I can't go on like this|I can't keep doing this), (everything is falling apart|nothing I try works)(, I just need things to change|, I need a proper break|)",
        "(tbh|honestly) I feel so hopeless about (the job hunt|my degree|my marriage), (what's even the point of the plan|I don't see it getting better)",
        "(I filled in the weekly check-in and|looking at my tracker) it all feels pointless, I'm (exhausted|worn out) and (I can't see a way forward|nothing ever changes)",
    )),
    ("t4.mhc.numb_going_through_motions", "mental_health_crisis", "low", "passive", (
        "(lately|for a few weeks now) I feel (numb|flat|empty) about everything, nothing (touches me|makes me smile) anymore, not even (running|my kids|music)",
        "(I ticked off every habit but|the plan is going fine on paper but) I feel like a ghost, (just going through the motions|nothing feels like anything)",
        "(I don't really feel sad,|it's not sadness exactly,) I just feel (hollow|switched off) and (I'm not sure how to explain it|it's been weeks)",
    )),
    ("t4.mhc.barely_holding_it_together", "mental_health_crisis", "low", "indirect", (
        "(my anxiety is creeping back|I can feel the old anxiety coming back) and I'm (barely holding it together|white-knuckling through the days) (at work|with the kids|during study sessions)",
        "(I've been having little wobbles again|some of the old symptoms are back), (nothing major yet|not a full crisis), but I'm (worried|on edge)",
        "(tbh|honestly) I'm (only just|barely) keeping my head above water (this month|since the move), (my mind feels fragile|I feel like I could crack)",
    )),
    # ---------------- substance_abuse ----------------
    ("t4.sa.sleeping_pills_dependence", "substance_abuse", "medium", "direct", (
        "(I keep failing my sleep goal so|honestly) I've been taking (two or three|extra) sleeping pills every night (just to knock myself out|because I can't sleep without them)",
        "(I can't get through a night without|I'm now dependent on) (my sleeping tablets|the pills my mum gave me)(, and I've started taking them in the day too|, I've been buying more online|)",
        "I('ve| have) been (popping|taking) pills (to numb out|to switch my brain off) at night and (I'm running out faster|I need more each week)",
    )),
    ("t4.sa.painkillers_to_get_through_day", "substance_abuse", "medium", "direct", (
        "(tbh|honestly) I('m| am) taking (codeine|painkillers|my old tramadol) (just to get through the workday|to get through the school run|every morning to cope), my back doesn't even hurt anymore",
        "(I skipped our session because|the truth about my energy levels is) I('m| am) (hooked on|relying on) painkillers (to feel okay|to function|to get through the day)",
        "I ran out of my painkillers early again and (I'm already looking for more|I lied to the GP to get another prescription|I'm panicking about the weekend)",
    )),
    ("t4.sa.drinking_to_cope", "substance_abuse", "medium", "direct", (
        "(after work|every night this month) I('ve been|'m) drinking (a bottle of wine|half a bottle of vodka|six or seven beers) (to cope|to switch off|just to feel normal)",
        "I can't (deal with the kids|face the evening|get through a shift) without a drink anymore(, it's getting bad|, and I know it|)",
        "(the only thing getting me through the divorce|what's really getting me through the new job) is (drinking|booze), (I start as soon as I get in|I'm drinking alone every night)",
    )),
    ("t4.sa.drinking_more_than_id_like", "substance_abuse", "low", "indirect", (
        "(I've been drinking more than I'd like|I'm having a few more drinks than I should) (since the promotion|since lockdown|on weeknights), (could we add it to the plan|not sure if it's a problem yet|it's creeping up)",
        "(probably nothing but|small thing but) my wine (has crept up|habit has grown) to most nights(, thoughts?|, tbh it bugs me|)",
        "I('ve| have) noticed I reach for a beer (every time I'm stressed|whenever the kids are in bed) and I'm not (sure|thrilled) about it",
    )),
    ("t4.sa.hiding_use", "substance_abuse", "medium", "indirect", (
        "(I have to be honest on my check-in,|confession,) I've been hiding (bottles|vodka|my pills) (in the garage|in my gym bag|in the wardrobe) so my (partner|wife|husband) doesn't find out",
        "I (lie|keep lying) to (everyone|my family) about how much I drink and (I pour it into water bottles|I drink before I go out so no one sees)",
        "(nobody knows|my partner has no idea) (how many pills I'm taking|how much I'm using), I (throw the packets|hide the empties) in a neighbour's bin",
    )),
    ("t4.sa.withdrawal_shakes", "substance_abuse", "medium", "direct", (
        "I (tried|decided) to stop drinking (on Monday|for the 30-day challenge|this week) and now I('m| am) (shaking|sweating all night|seeing things at night) and (I feel awful|I can't keep food down)",
        "(coming off|cutting down) (the pills|the benzos|the weed) is (horrible|so much worse than I thought), (my hands won't stop shaking|I haven't slept)(, should I go back on them|)",
        "(the withdrawal is brutal|the comedown is wrecking me) and all I can think about is (using again|getting another drink)",
    )),
    ("t4.sa.accidental_overdose_now", "substance_abuse", "high", "direct", (
        "(I think|pretty sure) I took too many of my (painkillers|sleeping pills) by accident (and I feel really weird|and my heart is racing|and I can barely stay awake)",
        "(I mixed my pills with drink tonight|I took my tablets after drinking and forgot I'd already had them) and now I (can't stop throwing up|feel like I'm going to pass out|can hardly breathe)",
        "(help,|not a joke,) I (doubled up|took extra) without meaning to (and I'm so dizzy|and my lips feel numb), (I didn't mean to|it was an accident)",
    )),
    ("t4.sa.blackouts_drinking", "substance_abuse", "medium", "direct", (
        "(I blacked out again|another blackout) (on Saturday|after the work party|last night) and I (don't remember getting home|woke up somewhere I didn't recognise)",
        "(I've had|that's) (three|four) blackouts this month from drinking(, which is a lot|, and it scares me|)",
        "(I keep losing whole evenings|I lose chunks of the night) when I drink and (my friends tell me things I did|I have to check my phone to see what happened)",
    )),
    # ---------------- suicide ----------------
    ("t4.su.wish_never_wake_up", "suicide", "medium", "passive", (
        "(I don't care about my sleep goal anymore,|honestly,|not sure why I'm telling you this but) I wish I could go to sleep and never wake up",
        "(every night|some nights) I (hope|pray) I (won't|don't) wake up in the morning(, I'm so tired of being alive|, I just want to be dead|)",
        "I wish I (was dead|wasn't alive anymore), (everyone would be better off|I'm done with all of it|I don't want this life)",
    )),
    ("t4.su.want_to_die", "suicide", "medium", "direct", (
        "(I don't want to do the plan anymore,|I have to say this,|forget the tracker,) I want to die(, I don't want to be here anymore|, I really mean it|)",
        "(I keep thinking about|I can't stop thinking about) killing myself (at work|at night|all day)(, it's constant|)",
        "(I'm done|I don't want to live anymore), (I've had enough of this life|there's no reason to keep living)(, I mean it|)",
    )),
    ("t4.su.decided_goodbye", "suicide", "high", "direct", (
        "(this is my last check-in,|thank you for everything,) I('ve| have) decided to end my life (this weekend|tonight|once everyone's asleep)",
        "I've (written|left) (letters|notes) for my family and (I know when I'm going to do it|I'm going to kill myself tonight)",
        "(please don't try to stop me,|goodbye,) I('m| am) (ending it tonight|going to kill myself tonight), (I've made up my mind|I'm sure)",
    )),
    ("t4.su.saving_pills_to_die", "suicide", "high", "direct", (
        "(I've been saving up my pills|I've stockpiled my tablets) (so I can end it|to kill myself) (this week|when everyone's away)",
        "I('ve| have) got (enough pills|all the tablets) saved up (to die|to end my life) and (I'm going to take them tonight|I've picked the day)",
        "(I stopped logging my meds because|the reason I asked about the pharmacy is) I('m| am) collecting them (so I can finally die|to end my life)",
    )),
    # ---------------- none: hard negatives / ordinary ----------------
    ("t4.neg.melatonin_sleep_hygiene", "none", "none", "hard_negative", (
        "(for my sleep goal,|quick question,) (is melatonin okay to take|does melatonin actually work) (on nights before early shifts|for jet lag|if I can't drop off)(, or should I stick to the routine|)?",
        "(I haven't been sleeping great|my sleep's been a bit off) (since the clocks changed|this week), (any tips on sleep hygiene?|should I ditch my phone before bed?)",
        "(my doctor suggested|the pharmacist said to try) a low dose of melatonin (for a couple of weeks|while I reset my schedule), (how do I fit it into my routine?|worth a go?)",
    )),
    ("t4.neg.antidepressant_dose_question", "none", "none", "hard_negative", (
        "(my GP|my doctor) (is changing my antidepressant dose|bumped my sertraline up a bit) (next month|this week), (should I adjust my running plan|will that affect my energy for training|anything I should plan around)?",
        "(I'm feeling good on my meds|things are stable on my antidepressants) and my doctor wants to (lower the dose|try tapering slowly), (can we keep the check-ins the same?|how should I track my mood?)",
        "(just so you know,|fyi) my psychiatrist switched my medication (and so far it's fine|and I'm settling in well)(, might be a bit tired for a week|)",
    )),
    ("t4.neg.glass_of_wine_dinner", "none", "none", "hard_negative", (
        "(had|we had) a glass of wine with dinner (on Friday|at my sister's|for our anniversary)(, does that break my dry-ish month|, does that count against the budget|) lol",
        "(I usually have|I'll have) (one beer|a glass of red) (with Sunday lunch|at the weekend), (is that fine for my marathon training|should I log it in the tracker)?",
        "(we went out for dinner and|at the work dinner) I had (one glass of wine|a small prosecco) and got the bus home, (nice evening|I'm getting better at socialising)",
    )),
    ("t4.neg.week_drove_me_crazy", "none", "none", "hard_negative", (
        "(this week|this project) (drove me crazy|has been driving me nuts)(, but I stuck to the plan|, but I still hit my step goal|) lol",
        "(my toddler|my manager|the landlord) (is driving me insane|nearly drove me mad) (with the nonstop questions|this week), (but we're good now|anyway, update on the goals)",
        "(I'm going crazy|I'm losing my mind) trying to (finish the spreadsheet|plan the wedding|sort the move) (before Friday|on time) haha",
    )),
    ("t4.neg.panicked_about_presentation", "none", "none", "hard_negative", (
        "I (panicked|totally panicked) about the presentation (this morning|yesterday) but (it went fine|my boss liked it)(, the breathing tip helped|)",
        "(slight panic|mild panic) when I realised (I'd left my notes at home|the deadline was today), but (I sorted it|we got there) lol",
        "(bit of a panic moment|I had a mini freak-out) before my (job interview|driving test|first client call), (any tips for next time?|normal nerves I think)",
    )),
    ("t4.neg.brain_is_fried", "none", "none", "hard_negative", (
        "(my brain is fried|I'm brain dead) after (three exams|back-to-back meetings|a week of revision)(, can we push the check-in|, going to rest tonight|)",
        "(honestly|lol) my (head is mush|brain has melted) (today|from all the spreadsheets), I'll (do the homework tomorrow|pick it up tomorrow)",
        "(brain's completely fried|mentally done) (from the night shifts|after the conference), (but I still did my stretching|just logging the habits and going to bed)",
    )),
    ("t4.neg.books_films_addiction", "none", "none", "hard_negative", (
        "(just finished|I'm halfway through) (a memoir|a novel|a documentary) about (addiction|a heroin addict|a family dealing with alcoholism) and (it was brilliant|it made me think about empathy at work)",
        "(for my book club|for the reading goal) we're doing a book about (an alcoholic chef|recovery from opioids), (any tips for leading the discussion?|I'm hosting this month)",
        "(we watched|I rewatched) (Trainspotting|a film about a gambling addict|a series set in a rehab clinic) (last night|at the weekend), (really good|heavy but worth it)",
    )),
    ("t4.neg.films_study_psychosis", "none", "none", "hard_negative", (
        "(I watched|we saw) (a film about|a documentary on) (a man with schizophrenia|psychosis|a mathematician who hears voices) and (it was so moving|I couldn't stop thinking about it)",
        "(my psychology essay|my uni assignment) is on (paranoia|psychosis|bipolar disorder) in (fiction|Victorian novels), (can we plan the research time|I need a study plan)",
        "(the novel I'm reading|the podcast I'm listening to) has a character who (hears voices|has a manic episode), (really well written|so interesting)",
    )),
    ("t4.neg.works_on_psych_ward", "none", "none", "hard_negative", (
        "(I work nights|I'm a nurse) on a psychiatric ward and (my sleep schedule is all over the place|I need a better wind-down routine), (any ideas?|tips welcome)",
        "(we had|there was) a (tough|busy) shift on the (ward|acute unit) with (two admissions|a patient in crisis) (but I handled it well|and I still did my evening walk)",
        "(as a mental health support worker|in my job on the crisis line) I hear (a lot of|really) heavy stuff, (how do I switch off after?|what boundaries should I set?)",
    )),
    ("t4.neg.friend_in_recovery", "none", "none", "hard_negative", (
        "(my best friend|my brother|an old flatmate) (is two years sober|just celebrated a year clean) (and I'm so proud|and we went for a run to celebrate)",
        "(my friend|my cousin) went through (a psychotic episode|a breakdown|rehab) (a few years ago|back in uni) and (is doing really well now|talks about it openly now)",
        "(I'm supporting|I'm helping) a friend (in recovery|who's newly sober) (with her job search|with a budget), (how do I not overstep?|any advice?)",
    )),
    ("t4.neg.killing_me_dying_idioms", "none", "none", "hard_negative", (
        "(the hill repeats are|my new training block is|the marking pile is) (killing me|actually killing me) lol(, but I'm sticking with it|)",
        "(I nearly died|I wanted the ground to swallow me) when I (called my boss mum|tripped on stage|sent the email to the wrong person)(, so embarrassing|) haha",
        "(honestly|tbh) (I'd rather die than|I would literally die before I) (do another cold plunge|sit through that webinar again) lol",
    )),
    ("t4.neg.newborn_short_sleep", "none", "none", "ordinary", (
        "(we've got a newborn|the baby is teething) so I've (barely slept|had about four hours a night) (this week|lately), (can we make my goals lighter?|just tired, nothing else)",
        "(I'm knackered|I'm exhausted) from (the night feeds|the move|the late shifts), (nothing serious|normal tired), (just going to rest|let's keep the session short)",
        "(sleep tracker says|apparently) I averaged (five|five and a half) hours (with the baby up|during the house move), (can we move my run to the weekend?|should I skip the early workouts?)",
    )),
)
