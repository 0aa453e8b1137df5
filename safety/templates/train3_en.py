# ruff: noqa: E501
"""Third-round English families, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

# Most red-flag families wrap the disclosure in ordinary coaching talk (trackers, budgets, study
# plans), because short explicit statements are already well covered; the negatives borrow the
# red-flag vocabulary so the model learns the context, not the keyword.
ENGLISH: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("t3.sui.tracker_not_alive", "suicide", "medium", "indirect", (
        "(Sorry I|I) (stopped filling in|haven't touched|gave up on) the habit tracker(, honestly,|) because I don't (really |)want to be alive anymore",
        "(Not a big deal but|Probably nothing but|Quick update:) I missed the check-in because I keep wishing I (wouldn't|didn't) wake up in the morning",
    )),
    ("t3.sui.better_off_goals", "suicide", "medium", "indirect", (
        "(What's the point of|Why bother with) (the savings plan|my career goals|this coaching plan|the fitness plan) when (my family|everyone|my kids) would be better off without me",
        "I keep thinking (my team|my partner|everyone at home) would (honestly |)be better off if I (was|were) gone(, so the goals feel pointless|)",
    )),
    ("t3.sui.pills_sleep_goal", "suicide", "high", "indirect", (
        "(You can delete|Please cancel|Don't bother with) my sleep goal, I've (been saving|saved up) my (sleeping pills|prescription) to take them all (on Friday|this weekend|tonight) and not wake up",
        "I('ve| have) (worked out|picked) the (date|day) I('m going to| will) end my life, so (the budget|the six-month plan|next month's check-in) (doesn't|won't) matter",
    )),
    ("t3.sui.goodbye_coach", "suicide", "high", "indirect", (
        "(Thank you for|Thanks for) (all your help|everything you've done|being kind to me)( these past months| this year|), this (is|will be) my last check-in because I won't be here (next week|by Monday|much longer)",
        "I('ve| have) (sorted out|written down) who gets my (things|books and bike|savings) and said my goodbyes, so (please don't|no need to) chase me about the (goals|homework)",
    )),
    ("t3.sui.no_future_vision_board", "suicide", "medium", "passive", (
        "(Is it normal|Is it weird|Does it make sense) that when (we talk about|you ask about) my five-year (goals|plan), all I can think is that I don't want to exist( anymore|)?",
        "(Honestly|To be honest|lol), I can't do the vision board because I hope I'm not (still |)alive (in five years|next year|by then)",
    )),
    ("t3.sui.attempt_in_progress", "suicide", "high", "direct", (
        "(Sorry this is off topic but|I know this isn't about my goals but|Not sure why I'm telling you this but) I (just took|swallowed) (all of my|a full bottle of) (pills|antidepressants|painkillers) because I want (to die|it all to be over)",
        "I('m| am) (sitting|standing) (on the bridge|at the edge of the roof) (right now|as I type this) and I don't think I('m| am) coming back",
    )),
    ("t3.sui.hope_accident", "suicide", "medium", "passive", (
        "(On my morning runs|On the bike commute|Driving to work) I (sometimes hope|keep hoping|catch myself hoping) (a car|something) (hits|will hit) me so I don't have to (keep going|do this anymore)",
        "Not to be dramatic, but I (honestly |)wouldn't mind if I (had an accident|got hit by something|didn't wake up tomorrow) and it was all over",
    )),
    ("t3.sui.method_research", "suicide", "high", "indirect", (
        "(Instead of working on the report|When I should have been studying|Last night) I (was|kept) (looking up|searching|reading about) how many of my (tablets|pills) it would take to (die|not wake up)",
        "I('ve| have) (checked|worked out) (which bridge is high enough|where I can get a rope|how much I need to take) and I('m going to| will) do it (tonight|after my shift|on Saturday)",
    )),
    ("t3.sui.burden_hopeless", "suicide", "low", "indirect", (
        "(Small update on my goals|Re the weekly check-in|About the journaling task): (lately |)I feel like a burden to (everyone|my family|the people around me) and I can't see (things|my life) ever getting better",
        "I don't see the point in planning ahead (anymore|these days) because (nothing ever changes for me|there's no future for me|it's all hopeless)",
        "Everyone would cope fine without me, (I think|honestly|to be fair)",
    )),
    ("t3.sui.peaceful_dead", "suicide", "medium", "passive", (
        "(Between meetings|On my lunch break|After the kids are in bed) I (sit in the car and |)think about how (peaceful|nice|quiet) it would be to be dead",
        "(It's probably nothing but|Not a big deal, but) I (keep wishing|often wish) I could (just |)stop existing(, like permanently|)",
    )),
    ("t3.sui.after_deadline", "suicide", "high", "direct", (
        "(Once|After) (the project is handed in|my exams are over|the wedding is done) I('m going to| will) (kill myself|end things for good), I just want to (finish this first|not leave a mess)",
        "(Can we skip|Let's cancel) (next month's|the quarterly) review( please|)? I won't be alive (for it|by then)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("t3.sh.tracker_relapse", "self_harm", "medium", "indirect", (
        "(Update on my tracker|Tracker update|Quick one about the streak): I was at (forty|sixty|twelve) days (without hurting myself|clean from self-harm) but I relapsed (last night|on Sunday|again)",
        "(Should I|Do I) reset the streak( to zero|)? I (cut|burned) myself again (after the argument at work|last night)",
        "Streak's (broken|gone), I hurt myself again(, sorry|)",
    )),
    ("t3.sh.sleeves_gym", "self_harm", "medium", "indirect", (
        "(For the fitness goal,|About the gym plan,) I('ve| have) been (wearing long sleeves|keeping my hoodie on) (even when it's hot|in every class) so nobody (sees|notices) the marks I (made|put) on my arms",
        "(Is it normal to|Is it weird that I) skip swimming because I don't want anyone to see the (fresh cuts|scars|burns) on my (thighs|arms)?",
    )),
    ("t3.sh.hitting_self_study", "self_harm", "medium", "direct", (
        "When I (fail a practice test|get a bad mark|mess up a revision session) I (hit|punch) myself (in the legs|in the head|on the arms) until it (really hurts|leaves bruises)",
        "(Probably nothing but|Not a big deal but) the bruises on my legs are from me, I (hit|punch) myself when I (fall behind on the study plan|miss a deadline)",
    )),
    ("t3.sh.burning_question", "self_harm", "medium", "indirect", (
        "(Is it normal|Is it bad|Is it weird) that I (hold|press) a (lighter|hot spoon|match) against my skin when (work gets too much|I'm stressed|the day goes badly)?",
        "(It helps me focus|It calms me down) when I burn (my wrist|my arm|myself) a little before (studying|big meetings)",
    )),
    ("t3.sh.urges_returning", "self_harm", "low", "passive", (
        "I haven't (hurt myself|self-harmed) in (three|two|five) years, but (this week|lately|since the new job started) the urges (are|have been) coming back",
        "(With all the stress of|Because of) the (house move|exam season|promotion), I keep thinking about (the razor|my old blades|how I used to cope by cutting) again",
    )),
    ("t3.sh.punish_missed_goal", "self_harm", "medium", "direct", (
        "Whenever I miss (a workout|my word count|a day on the tracker) I (scratch|dig my nails into) my (arms|skin) until (it bleeds|I draw blood)(, as a punishment|)",
        "I (deserve|feel I deserve) to hurt (when I fail|for failing), so I (scratch myself raw|hit myself|burn my skin) (after every bad day|whenever I break a habit)",
    )),
    ("t3.sh.wall_punching", "self_harm", "medium", "indirect", (
        "(My knuckles are|My hand is) (split|swollen|bruised) because I (punched|keep punching) the wall (on purpose|to feel something)(, not a big deal|)",
        "I punch (the wall|the door|a brick wall) (when I'm overwhelmed|after calls with my manager) because the pain (helps|makes the noise stop)",
    )),
    ("t3.sh.hair_pulling", "self_harm", "medium", "indirect", (
        "(During revision|While I work|At my desk) I pull (my hair out|out my eyelashes) on purpose because the pain (feels deserved|calms me|distracts me)",
        "(I've got|There's) a bald patch (now|behind my ear) from pulling my hair (to hurt myself|to punish myself|until it stings)",
    )),
    ("t3.sh.extra_pills_hurt", "self_harm", "medium", "direct", (
        "I took (a few|six|a handful of) extra (paracetamol|ibuprofen) (last night|on Saturday), not to die, just to (hurt myself|feel bad|punish myself)",
        "(Is it normal|Is it bad) that (I swallow|I take) more pills than I should when I want to hurt (myself|my body)? I don't want to die",
    )),
    ("t3.sh.bleeding_emergency", "self_harm", "high", "direct", (
        "(Sorry to message mid-session|I know this is the coaching chat but) I cut (too deep|my arm too deep|my leg) and (it won't stop bleeding|the bleeding won't stop)",
        "The (cut|gash) I (made|gave myself) (this morning|an hour ago) is (bleeding through the towel|still bleeding a lot|not stopping), what do I do?",
    )),
    ("t3.sh.minimised_lol", "self_harm", "medium", "indirect", (
        "lol (anyway|so), I (carved|scratched) (a word|some lines|the word 'failure') into my (thigh|forearm) (during the lecture|in the work toilets) again",
        "(Not a big deal but|Probably nothing, but) I've started (using a compass|using a pencil sharpener blade) on my skin again when I (study|can't focus)",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("t3.ed.meal_plan_skip", "eating_disorder", "medium", "indirect", (
        "(For the nutrition goal|About the meal plan|Re my food log), I've been (surviving on|living off) (black coffee|an apple a day|about 500 calories a day) for (two weeks|most of the month|ten days)",
        "I (logged|wrote down) the meals but (honestly |)I (threw them away|didn't eat any of them) because I'm (terrified|scared) of gaining (weight|a single pound)",
    )),
    ("t3.ed.purging_after_meals", "eating_disorder", "medium", "direct", (
        "(After team dinners|After family meals|When I eat out with clients) I (go to the bathroom and make myself sick|throw it all up afterwards|make myself throw up) (so it doesn't count|so I don't gain anything)",
        "(Is it normal|Is it bad) that I (purge|make myself vomit) (after most meals|a few times a week)( now|)? My throat (hurts all the time|is raw)",
        "(Made myself throw up|Purged) after (lunch|dinner) again",
    )),
    ("t3.ed.laxatives_budget", "eating_disorder", "medium", "indirect", (
        "(Looking at my budget|Going through my spending), most of (the grocery money|my money) goes on (laxatives|diet pills|appetite suppressants) (now|these days)",
        "I take (ten|twelve|a whole strip of) (laxatives|senna tablets) (after I eat|whenever I feel full) so the food (doesn't stay in me|leaves my body)",
    )),
    ("t3.ed.earn_food_exercise", "eating_disorder", "medium", "indirect", (
        "I (can't|won't let myself) eat (dinner|anything) until I've (burned|run off) (at least 800|a thousand|600) calories(, even on rest days|)",
        "(Rest days terrify me|I panic on rest days) because (if I don't train|without a workout) I (don't deserve to eat|haven't earned my food)",
    )),
    ("t3.ed.body_checking", "eating_disorder", "low", "indirect", (
        "(I weigh myself|I check my thighs in the mirror|I pinch my stomach) (ten|twenty|dozens of) times a day and (panic|feel sick) if anything has changed",
        "Is it normal that I measure my (wrists and waist|thighs) (every morning|before every meal) to make sure they haven't (got bigger|grown)?",
    )),
    ("t3.ed.fainting_not_eating", "eating_disorder", "high", "direct", (
        "I (fainted|passed out) (at the gym|in the shower|on the way to work) (this morning|yesterday) because I haven't eaten (properly |)in (days|four days|a week)",
        "(My heart is racing|Everything keeps going black|I can't stand up without the room spinning) and I've had (nothing|only water) since (Monday|the weekend) because I'm not letting myself eat",
    )),
    ("t3.ed.binge_compensate", "eating_disorder", "medium", "indirect", (
        "(After the stressful week|On Friday night|When the project went wrong) I (binged on|ate) (a whole family pizza and two tubs of ice cream|everything in the cupboard) and then (fasted for two days|ran for three hours|took laxatives) to make up for it",
        "(It's always the same cycle|Same pattern again): binge at night, (then starve|then purge|then don't eat) the next day(, then binge again|)",
    )),
    ("t3.ed.hiding_food", "eating_disorder", "medium", "indirect", (
        "I (hide|wrap up) my (lunch|dinner) (in a napkin|in my bag|under the table) so nobody (sees|notices) I'm not eating",
        "I tell (my partner|everyone at work) I've already eaten (so I can skip|to get out of) (lunch|dinner|meals)(, which is most days now|)",
    )),
    ("t3.ed.fear_weight_gain", "eating_disorder", "low", "passive", (
        "Is it normal to feel (disgusted|panicky|like a failure) (after eating a normal meal|when my jeans feel tight|when I eat bread)?",
        "(Honestly|To be fair), gaining (even a kilo|any weight at all) (is the scariest thing I can imagine|scares me more than anything)(, more than losing my job|, even more than failing|)",
    )),
    ("t3.ed.underweight_goal", "eating_disorder", "medium", "direct", (
        "Can you (help me|coach me to) (get down to|reach) (42|45) kilos? I'm already underweight but I (still |)(feel huge|need to lose more)",
        "I want (accountability|a strict plan) to (eat under|keep to) (600|400) calories a day even though (my doctor|my GP) (says|said) I'm (too thin|underweight)",
    )),
    ("t3.ed.chew_spit_pills", "eating_disorder", "medium", "indirect", (
        "(Lately|Most evenings) I (chew|taste) (my food|sweets|chocolate) and spit it out so I (don't swallow the calories|can't gain weight)",
        "I've (doubled|tripled) my (diet pills|fat burners) because I (still feel|keep feeling) too big, (even though|and) I keep getting dizzy",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("t3.sub.drink_before_work", "substance_abuse", "medium", "indirect", (
        "I need (a couple of shots|a drink|some vodka) before (stand-up|work|client calls) (now|these days) (or my hands shake|to stop the shaking)",
        "(Quick confession about the morning routine|About the morning routine goal): the first thing I do (now |)is (drink|have a beer|pour a whisky)",
        "Had my first drink before (nine|ten) (again|this morning)",
    )),
    ("t3.sub.blackouts", "substance_abuse", "medium", "indirect", (
        "I (blacked out|lost the whole night) (again |)(on Saturday|at the work party|last weekend) and (don't remember getting home|woke up somewhere I didn't know)",
        "(Is it normal|Is it a problem) to (not remember|forget) (most of|half of) the weekend (because of the drinking|after drinking)?",
    )),
    ("t3.sub.painkillers_beyond_rx", "substance_abuse", "medium", "direct", (
        "I('m|'ve been) taking (twice|three times) the (codeine|tramadol|oxycodone) I was prescribed just to get through (the workday|the evenings)",
        "My back healed months ago but I (still need|can't stop taking) the painkillers, and I've (started buying them online|been getting them from two doctors)",
    )),
    ("t3.sub.benzos_sleep_goal", "substance_abuse", "medium", "indirect", (
        "(Re my sleep goal|For the sleep tracker), I only sleep (now |)if I take (three|four|a few) of (my mum's|my) (Xanax|sleeping pills|diazepam)",
        "I've run out of my (zopiclone|benzos) early (again |)and (I'm shaking|I haven't slept|I feel awful), (is that withdrawal|is that normal)?",
    )),
    ("t3.sub.hiding_bottles", "substance_abuse", "medium", "indirect", (
        "I (keep|hide) (bottles|vodka|wine) in (my gym bag|the garage|my desk drawer) so nobody (knows|sees) how much I drink",
        "(I've started|I keep) lying about how much I drink(, even to my doctor|, even to myself|)",
    )),
    ("t3.sub.stimulants_work", "substance_abuse", "medium", "direct", (
        "To hit the (study targets|deadlines|sales numbers) I('ve been| am) taking (Adderall|someone else's ADHD meds|speed) (every day|most days) and I can't (stop|work without it)",
        "(I've|I have) been doing (coke|lines) (before every presentation|on work nights)( now|), (and|but) I don't feel like myself without it",
    )),
    ("t3.sub.accidental_overdose_now", "substance_abuse", "high", "direct", (
        "I (mixed my sleeping pills|took benzos|took painkillers) with (a bottle of wine|vodka) (an hour ago|tonight) and (can't stay awake|my breathing feels weird|my lips are going blue)",
        "(I didn't mean to take that much|It was an accident), but I (took|did) way too much (and now I'm|and I'm) (being sick|shaking|struggling to breathe)",
    )),
    ("t3.sub.drinking_more_than_like", "substance_abuse", "low", "passive", (
        "(Small thing for the wellbeing check-in|Unrelated to the goals), I've been drinking (a bit |)more than I'd like (lately|since the move|since the redundancy)",
        "(Most nights|Every evening) (a glass of wine|one drink) turns into (the whole bottle|four or five)(, which isn't great|)",
    )),
    ("t3.sub.weed_ket_cope", "substance_abuse", "medium", "indirect", (
        "I (can't|don't think I can) (get through|face) (a day|the work calls|the evenings) without (smoking weed|getting high|a joint)( anymore|)",
        "(I was going to|I wanted to) stop (smoking weed|using ketamine) for the (30-day challenge|new year goal) but I (lasted one day|couldn't even do a day)",
    )),
    ("t3.sub.withdrawal", "substance_abuse", "medium", "indirect", (
        "(I tried|I've been trying) to (stop drinking|go dry) for (Dry January|the health goal) and (I'm shaking all over|I've been sweating and shaking)",
        "(When|If) I (skip|miss) my (morning drink|first drink) I get the (shakes|sweats) and (feel sick|can't think)",
    )),
    ("t3.sub.budget_drugs", "substance_abuse", "medium", "indirect", (
        "(The budget doesn't add up because|The reason I'm overspending is that) (half my wages go|most of my pay goes|all my savings went) on (coke|pills|drugs)",
        "I (borrowed|took) money from (my brother|the joint account|work petty cash) to buy (more |)(pills|gear)(, again|)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("t3.dv.phone_checked", "domestic_violence", "medium", "indirect", (
        "Sorry I missed the check-in, my (partner|husband|girlfriend) (goes through|checks) my phone (every night|whenever I'm home) and (gets angry|goes mad) if I've messaged anyone",
        "(Can you|Could you) (only message me|please only text) (in the mornings|during work hours)? My partner reads everything on my phone and I'm scared of what happens if (they see|they find) this",
    )),
    ("t3.dv.money_control", "domestic_violence", "medium", "indirect", (
        "(About the budget exercise|For the savings goal), I can't (do it|set one) because my (husband|partner|wife) (takes my wages|controls all the money|keeps my bank card) and I have to ask for (bus fare|money for lunch)",
        "(He|My partner) (checks every receipt|makes me account for every penny) and (I get punished|there's hell to pay) if I spend (anything|a pound) without asking",
    )),
    ("t3.dv.bruise_explained", "domestic_violence", "high", "direct", (
        "(The bruise you saw on the video call|The mark on my face on the call|My black eye) wasn't from (the gym|a door|falling), my (boyfriend|husband|partner) (hit|punched|slapped) me",
        "(Sorry I've been off camera|That's why I skipped the session), (he|my partner) (pushed me down the stairs|choked me|hit me again) (last night|on Sunday)",
        "(He|My partner) hit me again( last night|), sorry",
    )),
    ("t3.dv.threat_to_kill", "domestic_violence", "high", "direct", (
        "(My ex|My husband|My partner) (said|told me) (he'd|he would) kill me if I (left|ever left|went to the police)(, and I believe him|)",
        "(Not sure if I should mention this but|Before we start on the goals,) (he|my ex) (showed up with a knife|threatened me with a knife|said he'd burn the house down with me in it) (last night|at the weekend)",
    )),
    ("t3.dv.eggshells", "domestic_violence", "medium", "indirect", (
        "(I'm always|I spend every evening) walking on eggshells (at home|around the house) so my (partner|husband|wife) doesn't (explode|lose it)",
        "(I can't focus on the study plan|The sleep goal isn't working) because I'm (scared|afraid) of (what mood he'll be in|how he'll react) when he gets home",
    )),
    ("t3.dv.shouting_frightens", "domestic_violence", "low", "passive", (
        "(It's probably nothing but|Not a big deal but) my (dad|partner|stepmum) (shouts|screams) at me so loudly that I (freeze|start shaking|feel frightened)",
        "When my (partner|dad|mum) has had a bad day the shouting at home (gets really scary|scares me)(, and I go quiet|, and I hide in my room|)",
    )),
    ("t3.dv.isolation", "domestic_violence", "medium", "indirect", (
        "(My partner|My girlfriend|My husband) won't let me (see my friends|go to the running club|join the evening class)( anymore|), so I'll have to (drop that goal|pause the coaching)",
        "(Every time|Whenever) I make plans (he|she) (sulks for days|makes me cancel|accuses me of cheating), so I've (stopped going out|lost most of my friends)",
    )),
    ("t3.dv.locked_in", "domestic_violence", "medium", "direct", (
        "(I couldn't join the call|I missed the session) because (my husband|he|my partner) locked me in (the bedroom|the flat|the house) (again|before leaving for work)",
        "(He|My partner) (takes my keys|hides my keys and phone) so I can't (leave|go out) (when he's at work|without him)",
    )),
    ("t3.dv.parent_hits", "domestic_violence", "high", "direct", (
        "(My dad|My mum|My stepdad) (hits|beats) me (with a belt|with whatever is nearby) when my (grades drop|revision isn't done)",
        "(I'm worried about the exam goals because|I can't study at home because) my (brother|uncle|dad) (throws things at me|hurts me) when he (drinks|gets angry)",
    )),
    ("t3.dv.ex_tracking", "domestic_violence", "medium", "indirect", (
        "(My ex|My ex-husband|My former partner) (keeps turning up|waits outside) (at my work|at the gym|near my flat) and (knows where I've been|texts me what I'm wearing)",
        "I found (a tracker|an AirTag|a tracking app) (in my car|on my phone|in my bag) and I think (my ex|my partner) put it there",
    )),
    ("t3.dv.threats_control", "domestic_violence", "medium", "indirect", (
        "(My partner|My husband) says (he'll take the kids|I'll never see the kids again|he'll tell everyone I'm crazy) if I (keep doing the coaching|go back to work|talk to anyone)",
        "I'm not allowed to (wear what I want|see my sister|use the car) and I (get punished|pay for it later) if I (try|push back)",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("t3.mhc.panic_now", "mental_health_crisis", "medium", "direct", (
        "(Sorry, I can't do the check-in right now,|Can we pause?) I('m| am) having a panic attack (at my desk|in the car park|on the train) and I can't (breathe properly|stop shaking)",
        "My heart is (pounding|racing) and my (chest|throat) (feels tight|is closing up), (it's happening again|this is the third attack today)",
    )),
    ("t3.mhc.derealisation", "mental_health_crisis", "medium", "indirect", (
        "(Since Tuesday|All week|For days now) (nothing feels real|everything looks like a film set|the world feels far away) (and I can't work|and it's scaring me)",
        "(During meetings|On the call today) I (felt like I was|kept) watching myself from (outside my body|the ceiling|behind glass)",
        "(Nothing feels real today|I'm not in my body today), (weird|scary)",
    )),
    ("t3.mhc.voices_commands", "mental_health_crisis", "high", "direct", (
        "(I haven't done the homework because|Sorry for the silence,) the voices (keep telling me|are ordering me) to (throw my laptop away|leave the house at night|stop talking to everyone)",
        "(A man's voice|The voice in the walls) (tells me|says) I (have to|must) (smash the TV|walk to the station|destroy my notes) (tonight|before morning) or something terrible will happen",
    )),
    ("t3.mhc.watched_messages", "mental_health_crisis", "medium", "indirect", (
        "(Honestly,|Be careful what you write,) (someone is watching me through my laptop camera|the neighbours are recording everything I do|the app is reading my thoughts) (and I've covered every window|so I unplugged everything)",
        "(The adverts|The number plates|The songs on the radio) (are sending me|contain) (special|secret) messages (about my mission|that only I can read)",
    )),
    ("t3.mhc.mania", "mental_health_crisis", "medium", "indirect", (
        "I haven't slept in (three|four|five) days and I don't (need|even want) to, I've (started|launched) (six|ten) new businesses (this week|since Monday)",
        "(For the budget check-in:|Budget update:) I spent (all my savings|the rent money|8,000 pounds) on (crypto|plane tickets) at 4am because I know I'm (destined|meant) for greatness",
    )),
    ("t3.mhc.cant_get_up", "mental_health_crisis", "medium", "passive", (
        "I haven't (got out of bed|showered|eaten) (since Friday|in four days|all week) and I can't make myself (move|do anything)(, so the goals are on hold|)",
        "(My body won't|I can't make my body) get up, (I've been lying here|I've been staring at the ceiling) for (two days|hours)",
    )),
    ("t3.mhc.breakdown_work", "mental_health_crisis", "medium", "direct", (
        "I (broke down|started sobbing|couldn't stop crying) (in the client meeting|at my desk|in front of my team) (today|this morning) and (had to be sent home|walked out)",
        "I (can't|just can't) function anymore, I('ve| have) (missed three deadlines|forgotten how to do basic tasks) and (everything is falling apart|I'm completely falling apart)",
    )),
    ("t3.mhc.flashbacks", "mental_health_crisis", "medium", "indirect", (
        "(Since the car crash|Since the fire|Since the robbery at work) I keep having flashbacks (at work|in the gym|when I try to sleep) and (I freeze|I'm back there)",
        "A (smell|noise) (at the training session|on the bus) (sent me straight back to|threw me back into) (that night|the accident) and I (couldn't breathe|hid in the toilets for an hour)",
    )),
    ("t3.mhc.scared_what_i_might_do", "mental_health_crisis", "medium", "indirect", (
        "(I need to pause the coaching,|Can we talk today?|Sorry to bother you,) I'm (really |)(scared|frightened) of what I might do (tonight|right now|if this keeps up)",
        "(My head is so loud|Things are so bad in my head) I don't trust myself (to be alone|tonight|anymore)",
    )),
    ("t3.mhc.intrusive_thoughts", "mental_health_crisis", "medium", "indirect", (
        "(I keep getting|There are these) (horrible|violent) thoughts (popping into my head|I can't switch off) about (pushing someone onto the tracks|hurting my baby|the house burning down) and I'm terrified I'm a bad person",
        "(The intrusive thoughts|These awful images) are (so bad|so constant) (now |)that I can't (work|sleep|hold my baby)",
    )),
    ("t3.mhc.thought_insertion", "mental_health_crisis", "medium", "direct", (
        "Someone is (putting|planting) thoughts in my head (that aren't mine|through the wifi|at night)(, and I can't make it stop|)",
        "(I don't know what's real anymore|I can't tell what's real anymore), (my thoughts are being broadcast|people can hear my thoughts|the TV is talking to me)( and it's getting worse|, even at work|)",
    )),
    # --- none: contrastive hard negatives ------------------------------------------------------
    ("t3.neg.deadline_idioms", "none", "none", "hard_negative", (
        "(This quarterly report|The new commute|Leg day this week) is (killing me|going to be the death of me)(, but I'm loving the progress|, haha|)",
        "(My laptop|My phone|My motivation) died (halfway through|right before|during) the (presentation|check-in)(, so can we redo it|)",
    )),
    ("t3.neg.grief_pet_funeral", "none", "none", "hard_negative", (
        "(My friend's dog|My neighbour's old cat|Our family dog) (died|passed away) (at the weekend|on Tuesday), so I (spent the evening comforting|was busy helping) them",
        "(We had the funeral|It was my grandad's funeral) (this week|yesterday); sad, but (I'm doing okay|we celebrated a long life), and I'd like to (keep the plan going|pick up the goals again)",
    )),
    ("t3.neg.crisis_line_volunteer", "none", "none", "hard_negative", (
        "I('ve| have) (just started|signed up for) (training|volunteering) (on a crisis helpline|with a suicide prevention charity), (can we work on|I'd like to improve) my (active listening|boundaries)",
        "(For my psychology essay|For my nursing module) I'm (writing|reading) about (suicide risk assessment|self-harm in teenagers), (any tips on|how do I go about) structuring it?",
    )),
    ("t3.neg.novel_and_games", "none", "none", "hard_negative", (
        "In (my novel|the murder mystery I'm writing), the (detective|main character) (finds a goodbye note|fakes her own death) in chapter (three|ten), (does that pacing work|is that too early)?",
        "(I died|My character died) (so many times|about forty times) (in that boss fight|on the last level)( last night|) (lol|haha)",
    )),
    ("t3.neg.rugby_bruises", "none", "none", "hard_negative", (
        "(My legs are|My shoulder is|My arms are) (covered in bruises|black and blue) from (rugby|the hockey match|kickboxing) (this weekend|on Saturday), (but it was a great game|totally worth it)",
        "(Should I|Can I) still (do the run|train tomorrow) with a (bruised knee|scraped elbow) from (the tackle|falling off my bike)?",
    )),
    ("t3.neg.kitchen_injuries", "none", "none", "hard_negative", (
        "I (burned|scalded) my (hand|wrist) on the (oven tray|kettle|frying pan) (while cooking dinner|making the meal prep)(, so typing is slow|)",
        "(Meal prep went badly|Knife skills class went wrong): I (sliced|nicked) my (finger|thumb) (chopping onions|on the mandoline), (no harm done|all bandaged up now)",
    )),
    ("t3.neg.scar_tattoo_toddler", "none", "none", "hard_negative", (
        "I'm getting (a tattoo|some artwork) over my (surgery scar|appendix scar|C-section scar) (next month|on Friday)(, so excited|)",
        "(The baby|My toddler) (keeps pulling|is always pulling) my hair (during bath time|every morning) and it (really hurts|stings) (lol|haha)",
    )),
    ("t3.neg.boxing_knuckles", "none", "none", "hard_negative", (
        "(Boxing class|The heavy-bag session|Sparring) (left|has left) my knuckles (sore|raw|bruised)(, but I hit a new personal best|, loved it|)",
        "(I felt like punching a wall|I wanted to scream) when (the spreadsheet crashed|my flight got cancelled)( lol|), but I went for a walk instead",
    )),
    ("t3.neg.sensible_fasting", "none", "none", "hard_negative", (
        "I('ve been| am) doing (16:8|14:10) (fasting|intermittent fasting) (with my doctor's okay|as my dietitian suggested) and (eating three proper meals|still getting plenty of protein) in the window",
        "(Is it okay|Would it be fine) to (skip breakfast|have a late breakfast) on (training days|weekdays) if I eat (a big lunch|plenty later)?",
    )),
    ("t3.neg.bulking_weigh_in", "none", "none", "hard_negative", (
        "(Weigh-in update|Monday weigh-in): (I've put on|up) (two kilos|a kilo) (this month|since January), (right on track for|exactly what I wanted for) the (bulk|powerlifting meet)",
        "(My coach|The dietitian) (wants|asked) me to (eat more|add a snack) (before training|after my runs)(, any easy ideas|)?",
    )),
    ("t3.neg.stomach_bug", "none", "none", "hard_negative", (
        "(I threw up|I was sick) (all night|three times) (because of|with) (a stomach bug|food poisoning|norovirus)(, so I'm skipping the gym today|)",
        "(The kids brought home|I caught) a (tummy bug|vomiting bug) and (couldn't keep anything down|didn't eat much) (for a day|yesterday), (feeling better now|back on track today)",
    )),
    ("t3.neg.calorie_tracking", "none", "none", "ordinary", (
        "(For the nutrition goal|This week), I've been (logging|tracking) (my meals|calories) in an app (and aiming for about 2,200 a day|to make sure I eat enough protein)",
        "(I lost|I'm down) (half a kilo|a kilo) (this month|since the new year) (by walking more|by cooking at home more)(, feeling good|)",
    )),
    ("t3.neg.sober_milestone", "none", "none", "hard_negative", (
        "(Two years|Eighteen months|A year) sober (today|this week)(!| and I feel amazing| and I wanted to tell you)",
        "(I got my|Picked up my) (one-year|two-year) chip at (the meeting|AA) (last night|on Thursday), (can we set|let's set) a new goal to celebrate",
    )),
    ("t3.neg.prescribed_meds", "none", "none", "hard_negative", (
        "I'm taking the (painkillers|codeine|anti-inflammatories) (exactly as prescribed|as the surgeon said) after my (knee surgery|wisdom teeth|hernia op), so (physio|training) is on hold for now",
        "(My GP|The doctor) (put me on|prescribed) (sleeping tablets|a short course of diazepam) for (a week|the flight), (any tips on|how do I manage) the (grogginess|morning drowsiness)?",
    )),
    ("t3.neg.addiction_documentary", "none", "none", "hard_negative", (
        "(Just finished|I binge-watched) (that documentary|a series|a drama) about (heroin addiction|alcoholism|the opioid crisis)(, really powerful|, highly recommend|)",
        "(For my book club|For the reading goal) we're (reading|discussing) a memoir about (getting sober|addiction and recovery)",
    )),
    ("t3.neg.social_drinking", "none", "none", "hard_negative", (
        "(Had a glass of wine|Had a couple of beers|Had one cocktail) at (the wedding|my sister's birthday|the team dinner) and (still made the 7am run|slept fine)",
        "(Dry January|The alcohol-free month) is going (well|great)(, I've swapped to|, switched to) (kombucha|alcohol-free beer|sparkling water)",
    )),
    ("t3.neg.partner_nags_chores", "none", "none", "hard_negative", (
        "My (partner|husband|wife) (keeps nagging|is always on at me) about the (dishes|laundry|bins), (we're both|we're) working on it",
        "(We had a bit of a row|We argued) about (whose turn it was to cook|the holiday budget) but (we sorted it out|made up) over (dinner|a walk)",
    )),
    ("t3.neg.partner_tracks_runs", "none", "none", "hard_negative", (
        "(My wife|My partner|My boyfriend) tracks my (long runs|night runs) on (the app|Strava|Find My) (so someone knows where I am|because it makes me feel safer)(, which I like|)",
        "(We share|We've set up) a joint account for (bills|the house deposit) and (each keep|both have) our own (spending money|savings)",
    )),
    ("t3.neg.locked_out", "none", "none", "hard_negative", (
        "(I got locked out|I locked myself out) (of the flat|of the house) (this morning|after my run) and missed (the session|our call)(, sorry|)",
        "We did an escape room (for my birthday|as a team-building thing) and (got locked in|were locked in) for an hour(, so much fun|, it was brilliant|)",
    )),
    ("t3.neg.family_checks_in", "none", "none", "hard_negative", (
        "(My mum|My dad|My gran) (always asks|wants) me to text when I get home from (night classes|late shifts)(, which is sweet|, fair enough|)",
        "My (parents|sister) (ring|call) every Sunday to check (how the job hunt is going|on the training plan), (it keeps me accountable|which helps)",
    )),
    ("t3.neg.partner_martial_arts", "none", "none", "hard_negative", (
        "(My partner and I|My husband and I) started (judo|jiu-jitsu) together and (I've got|I have) a bruise from (being thrown|a throw) in class(, great fun|)",
        "(Sparring with|Rolling with) my (boyfriend|wife) at (the club|training) (left me with|gave me) a (sore neck|few bruises)(, but we had a blast|, all part of the fun)",
    )),
    ("t3.neg.jet_lag", "none", "none", "hard_negative", (
        "(Just landed from Singapore|Back from the conference in Tokyo) and I('m| am) (totally out of it|a zombie|half asleep)(, jet lag is brutal|)",
        "(Haven't slept properly in two days|I've barely slept) (because of the red-eye flight|thanks to the time difference), so I'll (reschedule|move) (our call|the check-in)",
    )),
    ("t3.neg.panic_idioms", "none", "none", "hard_negative", (
        "(Total panic|Mild panic|I panicked) when I (saw the inbox|realised the report was due today|opened the bank app)(, haha|, but I sorted it|)",
        "I'm (freaking out|losing my mind) (a little |)about (the exam|the job interview|the wedding speech)( lol|), (any prep tips|can we practise)?",
    )),
    ("t3.neg.clinician_shifts", "none", "none", "hard_negative", (
        "As a (psychiatric nurse|paramedic|crisis counsellor) I had (a few|several) (overdose calls|psychosis admissions|people in crisis) this week, so I want a better wind-down routine",
        "(My patient|A client) (heard voices|was hallucinating) (all shift|during the session) and (I handled it well|the team handled it well), (but |)I'd like to (debrief|reflect on it) in our session",
    )),
    ("t3.neg.earworm_meditation", "none", "none", "hard_negative", (
        "(This song|That advert jingle|The Eurovision winner) has been stuck in my head for (three days|a week)(, send help lol|, it's driving me mad lol|)",
        "(During|After) the (body-scan|breathing) meditation I felt (so relaxed|so floaty) I lost track of time(, in a good way|)",
    )),
    ("t3.neg.sleep_goal_progress", "none", "none", "ordinary", (
        "(Sleep goal update|Quick sleep update): in bed by (10:30|eleven) (five|four) nights this week(, phone out of the bedroom too|)",
        "(The wind-down routine|Reading instead of scrolling) is (helping|working), I('m| am) waking up (less groggy|before the alarm)",
    )),
    ("t3.neg.budget_update", "none", "none", "ordinary", (
        "(Budget check-in|Money update): I (put|moved) (100|150|200) pounds into savings (this month|on payday) and (cut two subscriptions|stuck to the grocery limit)",
        "(Can we|Could we) look at (building an emergency fund|paying off the credit card) (next session|on Thursday)?",
    )),
)
