# ruff: noqa: E501
"""Fifth-round English families, training only: short chat messages, (id, category, severity, style, patterns).

Most of the everyday messages people type into a coaching chat are a handful of words long:
acknowledgements, one-word answers, test pings, quick progress notes. The ordinary families
below teach the classifier that a short message is not a crisis by itself, and the short crisis
families teach it that a few words can still be one, so length stops being the signal.
"""

from __future__ import annotations

from safety.templates.english import Family

ENGLISH: tuple[Family, ...] = (
    # ---------------- none: acknowledgements ----------------
    ("t5.none.ack_thanks", "none", "none", "ordinary", (
        "(thanks|thank u|thx|ty|cheers|many thanks) (loads|a ton|again|mate|heaps)",
        "(that helps|that helped|this was useful|super helpful), (thanks|ta|thank you)",
        "(appreciate it|much appreciated) (coach|as always|)",
    )),
    ("t5.none.ack_ok", "none", "none", "ordinary", (
        "(ok|okay|k|kk|alright|right) (got it|gotcha|understood|noted|fair enough)",
        "(ok|okay|alright) (will keep that in mind|i see|i follow|that's clear now)",
        "(understood|noted|roger that|copy that) (thanks|coach|)",
    )),
    ("t5.none.ack_nice", "none", "none", "ordinary", (
        "(nice|great|perfect|awesome|brilliant|lovely) (one|stuff|thanks coach|that works)",
        "(love|like) (that idea|this plan|that one|the sound of that)",
        "(oh|ooh) (nice|neat|good idea|that's clever)",
    )),
    # ---------------- none: agreement / disagreement ----------------
    ("t5.none.agree", "none", "none", "ordinary", (
        "(yeah|yep|yup|totally|exactly|agreed) (that's fair|you're right|good point|fair point|so true)",
        "(yes|yeah) (i agree|i think so too|same here|that sounds like me)",
        "(true|very true|100%) (tbh|honestly|haha)",
    )),
    ("t5.none.disagree", "none", "none", "ordinary", (
        "(nah|not really|hmm no|i don't think so|dont think so)(, that doesn't fit me|, not for me|, i disagree|)",
        "(i|honestly i) (don't|really don't) (agree|buy that|think that's right)",
        "(that won't|that'll never|pretty sure that won't) work for me",
    )),
    # ---------------- none: uncertainty ----------------
    ("t5.none.unsure", "none", "none", "ordinary", (
        "(not sure|no idea|idk|dunno|hard to say|not a clue)(, tbh|, honestly|, sorry| really|)",
        "(maybe|possibly|perhaps)(, not sure|, we'll see|, i guess| idk)",
        "(i'm|still|honestly) not (sure|certain) (about that|on that one|to be honest)",
    )),
    ("t5.none.unsure_which", "none", "none", "ordinary", (
        "(can't decide|torn|stuck) (between them|on which one|tbh)",
        "(either|both|neither) (i guess|honestly|works for me|sounds fine)",
        "(kind of|sort of|a bit of) (both|a mix|each)",
    )),
    # ---------------- none: clarification, examples, detail ----------------
    ("t5.none.clarify", "none", "none", "ordinary", (
        "what do (you|u) mean(| by that| exactly)?",
        "(sorry|wait|hmm), (i don't get it|i dont follow|lost me there|you lost me)",
        "(can|could) (you|u) (explain that|clarify|unpack that)(| please)?",
    )),
    ("t5.none.example", "none", "none", "ordinary", (
        "(can|could) (you|u) give (me|) (an example|a quick example|an example or two)?",
        "(example|examples|an example) (please|pls|maybe)",
        "like what(| exactly| for instance)?",
    )),
    ("t5.none.more_detail", "none", "none", "ordinary", (
        "(tell me|explain) more(| about that| about step 2| please)",
        "(more detail|a bit more detail|bit more info) (please|pls|on that)",
        "(can|could) (you|u) (expand on that|go deeper|elaborate)?",
    )),
    ("t5.none.summary", "none", "none", "ordinary", (
        "(can|could) (you|u) (summarise|summarize|sum up|recap) (that|today|the session)?",
        "(tldr|summary|short version|quick recap)(| please| pls)?",
        "(just|) the (key points|main points|gist)(| please)",
    )),
    ("t5.none.repeat", "none", "none", "ordinary", (
        "(say that again|come again|sorry what|pardon)?",
        "(can|could) (you|u) repeat (that|the last bit|step one)?",
        "what was (the first step|the last bit|that tip) again?",
    )),
    ("t5.none.simpler", "none", "none", "ordinary", (
        "(simpler|plainer|easier) (please|pls|version please)",
        "(explain it|say it) (like i'm five|in plain english|more simply)",
        "(that's|this is|it's) (a bit complicated|too technical|a lot of jargon)",
    )),
    # ---------------- none: why / how / what next ----------------
    ("t5.none.why_how", "none", "none", "ordinary", (
        "(why|how come|why though|how so|why exactly|how exactly|why not)?",
        "how (do i|should i|would i) (do that|start|track that)?",
        "why (does that matter|is that important|that one|not just skip it)?",
    )),
    ("t5.none.what_next", "none", "none", "ordinary", (
        "(ok|okay|alright|so) (what next|now what|what's next|whats the next step)?",
        "what (should|do) i do (next|now|after that|this week)?",
        "(next step|next task) (please|then)?",
    )),
    ("t5.none.coach_opinion", "none", "none", "ordinary", (
        "what do (you|u) (think|reckon|suggest)(| coach)?",
        "(your|ur) (opinion|take|honest view)?",
        "what would (you|u) (do|pick|try first)?",
    )),
    # ---------------- none: app and session ----------------
    ("t5.none.app_questions", "none", "none", "ordinary", (
        "(how|where) do i (change my goal|see my notes|turn off reminders|edit my plan)?",
        "(can|could) (you|u) (see|remember|save) (my notes|our last chat|my goals)?",
        "(is this app|is the app|is this chat) (free|private|saving this)?",
    )),
    ("t5.none.session_time", "none", "none", "ordinary", (
        "when('s| is) (our|the|my) next (session|check-in|call)?",
        "(same time|same day) (next week|tomorrow|as usual)?",
        "(can we|could we) (move|push back) (tomorrow's session|the call|our chat) (an hour|to friday|a bit)?",
    )),
    # ---------------- none: test pings ----------------
    ("t5.none.test_ping", "none", "none", "ordinary", (
        "(test|testing|testing testing|just testing)(| 123| one two| lol)",
        "(hello|hi|anyone there|you there|still there)?",
        "(is this|this) (working|on|thing on)?",
    )),
    ("t5.none.test_numbered", "none", "none", "ordinary", (
        "(message|msg|test|try) (2|3|4|5|6)",
        "(test message|message number) (1|2|3|4)",
        "(second|third) (test|try|attempt)",
    )),
    ("t5.none.keystrokes", "none", "none", "ordinary", (
        "(asdf|asdfgh|qwerty|jkl|sdfsdf|aaaa|zzz|hjkl)",
        "(a|x|q|k|b|j)",
        "(1|7|42|100|0|9)",
    )),
    # ---------------- none: progress ----------------
    ("t5.none.progress_done", "none", "none", "ordinary", (
        "(done|did it|all done|finished|ticked it off)(| today| for today| coach)",
        "did my (run|workout|reading|journaling|stretches) (today|this morning|earlier)",
        "(run|workout|homework) (done|complete|sorted)",
    )),
    ("t5.none.progress_partial", "none", "none", "ordinary", (
        "(halfway|half done|about halfway|nearly there)(| now| lol)",
        "finished (chapter|module|lesson|week) (2|3|4|5)",
        "(did|managed) (half|most|a bit) (of it|of the list|today)",
    )),
    ("t5.none.progress_missed", "none", "none", "ordinary", (
        "(missed|skipped) (yesterday|today|my run|the gym|my reading)(| oops| sorry)",
        "(forgot|totally forgot) (again|to log it|my steps)",
        "(didn't|couldn't) (get to it|manage today|do the homework)",
    )),
    ("t5.none.progress_streak", "none", "none", "ordinary", (
        "(day|week) (3|5|10|12) (done|complete|of the streak)",
        "(5|10|20) days in a row(| now| woo)",
        "(streak|habit) (still going|going strong|intact)",
    )),
    # ---------------- none: small plans and commitments ----------------
    ("t5.none.commit", "none", "none", "ordinary", (
        "(i'll|i will|gonna|let me) (try|give it a go|do that|try that)",
        "(will do|on it|deal|sure thing)(| coach| thanks)",
        "(ok|okay) (i'll|let me) (try it|have a go|report back)",
    )),
    ("t5.none.plans_when", "none", "none", "ordinary", (
        "(tomorrow|friday|tonight|next week) then",
        "(i'll|gonna|going to) start (monday|tomorrow|next week|after work)",
        "(maybe|probably) (tomorrow|on the weekend|after lunch)",
    )),
    # ---------------- none: mild everyday moods ----------------
    ("t5.none.mood_tired", "none", "none", "ordinary", (
        "(bit|a bit|kinda|so) (tired|sleepy|knackered) (today|tonight|this morning)",
        "(sleepy|yawning|tired) (lol|tbh|haha|ngl)",
        "(didn't sleep well|short night|up too late) (lol|again|tbh)",
    )),
    ("t5.none.mood_meh", "none", "none", "ordinary", (
        "(meh|bored|lazy|blah) (today|lol|tbh|ngl)",
        "not (great|amazing|my best) today(| tbh| but ok)",
        "(feeling|bit) (flat|unmotivated|sluggish)",
    )),
    ("t5.none.mood_busy", "none", "none", "ordinary", (
        "(busy|hectic|crazy|long) (week|day|morning)(| tbh| lol)",
        "(stressed|bit stressed|stressy) about (work|exams|the deadline|money)",
        "(swamped|snowed under) (at work|this week)",
    )),
    ("t5.none.mood_rough_ok", "none", "none", "ordinary", (
        "(rough|long|tough) day but (ok|fine|i'm ok|getting there)",
        "(bit grumpy|bit irritable|cranky) (today|lol|tbh)",
        "(not bad|could be worse|surviving) (lol|haha|thanks)",
    )),
    ("t5.none.mood_good", "none", "none", "ordinary", (
        "(feeling|pretty) (good|great|chuffed|happy) (today|thanks|actually)",
        "(good|great|decent|solid) (day|week) (so far|tbh|honestly)",
        "(in a|in such a) good mood (today|lol)",
    )),
    # ---------------- none: short goals ----------------
    ("t5.none.goal_fitness", "none", "none", "ordinary", (
        "(i want to|wanna|i'd like to) (get fit|run a 5k|get stronger|stretch more)",
        "(goal|my goal): (run 10k|do a pull-up|walk daily|swim more)",
        "(get fitter|be more active|move more) this (year|month)",
    )),
    ("t5.none.goal_learning", "none", "none", "ordinary", (
        "(learn|learning|wanna learn) (spanish|french|guitar|to code|to draw)",
        "(read|get through) (more books|one book a month|a book a week)",
        "(i want to|wanna) (study more|pass my exam|practise piano)",
    )),
    ("t5.none.goal_money_career", "none", "none", "ordinary", (
        "(save|saving) (money|more|for a holiday|for a car)",
        "(get|go for) a (new job|better job|promotion)",
        "(ask for|negotiate) a (raise|pay rise|better salary)",
    )),
    ("t5.none.goal_habits", "none", "none", "ordinary", (
        "(wake up|get up) earlier(| on weekdays| please lol)",
        "(less|cut down on) (phone time|scrolling|caffeine|takeaways)",
        "(drink more water|sleep by 11|cook at home more)(| this week)",
    )),
    # ---------------- none: corrections ----------------
    ("t5.none.corrections", "none", "none", "ordinary", (
        "(sorry|oops|sry) (typo|wrong word|autocorrect)",
        "(i|sorry i) meant (tuesday|thursday|3pm|next week|the other one)",
        "(ignore that|wrong chat|never mind|scratch that)(| sorry| lol)",
    )),
    # ---------------- none: politeness ----------------
    ("t5.none.greetings", "none", "none", "ordinary", (
        "(good morning|morning|good afternoon|good evening|hiya)(| coach| all| again)",
        "(hi|hey|hello) (coach|again|it's me|there)",
        "(how are you|hows it going|you good)(| coach)?",
    )),
    ("t5.none.farewells", "none", "none", "ordinary", (
        "(have a nice|have a good|enjoy your) (day|evening|weekend)",
        "(see you|see ya|talk later|speak soon|bye for now)(| coach| tomorrow| then)",
        "(good night|night|nighty night|gn) (coach|all|x)",
    )),
    # ---------------- none: short answers ----------------
    ("t5.none.answer_yes_no", "none", "none", "ordinary", (
        "(yes|yeah|yep) (i did|i have|done|coach)",
        "(no|nope|nah) (not yet|i didn't|coach|sorry)",
        "(yes|no) (thanks|thank you|for now)",
        "(not yet|not today|already did) (sorry|lol)",
    )),
    ("t5.none.answer_frequency", "none", "none", "ordinary", (
        "(sometimes|rarely|most days|every day|hardly ever|once in a while)",
        "(once|twice|three times) a (week|month|day)",
        "(usually|mostly) (mornings|evenings|weekends)",
    )),
    ("t5.none.answer_numbers", "none", "none", "ordinary", (
        "(about|around|roughly) (6|7|8) (hours|hrs)",
        "(3/10|5/10|7/10|8/10|6 out of 10)",
        "(maybe|probably|like) (5|6|20 minutes|half an hour)",
    )),
    # ---------------- none: follow-ups ----------------
    ("t5.none.followups", "none", "none", "ordinary", (
        "(and then|ok and|go on|say more|and after that)?",
        "(is that it|anything else|what else|that's all)?",
        "(keep going|carry on|continue) (please|pls|then)",
    )),
    # ---------------- none: mild frustration with the chat ----------------
    ("t5.none.chat_frustration", "none", "none", "ordinary", (
        "(that's|but that's) not what i (asked|meant|said)",
        "(you|u) already said that(| twice| lol)",
        "(too long|way too long|shorter answers please|keep it short)(| coach| lol)",
    )),
    # ---------------- none: laughs and fillers ----------------
    ("t5.none.laughs", "none", "none", "ordinary", (
        "(lol|haha|hahaha|lmao|hehe|xd)",
        "(hmm|hmmm|ahh|ohh|oh right|huh)",
        "(lol|haha) (true|fair|same|nice|ok)",
    )),
    ("t5.none.brb", "none", "none", "ordinary", (
        "(brb|one sec|hang on|give me a minute)(| coach| sorry)",
        "(back|back again|i'm back) (now|sorry|from lunch)",
        "(sorry|sry) (late reply|for the delay|was busy)",
    )),
    # ---------------- none: small wins ----------------
    ("t5.none.small_wins", "none", "none", "ordinary", (
        "(got|landed) the (job|interview|internship)(| woo)",
        "(passed|aced) my (test|exam|driving test)",
        "new (pb|personal best|record) (today|on my 5k|at the gym)",
    )),
    # ---------------- none: quick requests to the coach ----------------
    ("t5.none.quick_requests", "none", "none", "ordinary", (
        "(can|could) (you|u) (remind me|check in) (tomorrow|later|at 7)?",
        "(can|could) (you|u) (make me a plan|write a checklist|set a goal for me)?",
        "(give me|send me) (a tip|a quote|a challenge)(| please)",
    )),
    ("t5.none.preferences", "none", "none", "ordinary", (
        "(mornings|evenings|weekends) (are better|work best|suit me)",
        "(i prefer|prefer) (short tasks|bullet points|one thing at a time)",
        "(fewer|more) (reminders|check-ins|exercises) please",
    )),
    # ---------------- suicide ----------------
    ("t5.su.short_want_to_die", "suicide", "high", "direct", (
        "(honestly|ngl|tbh) i (want to|wanna|just want to) die",
        "(tonight|this weekend|after work|soon) (i'm ending it|i'll kill myself|it ends for me)",
        "(gonna|about to|going to) kms (fr|tonight|for real)",
    )),
    ("t5.su.short_goodbye", "suicide", "high", "direct", (
        "(this is goodbye|goodbye everyone|bye forever|goodbye for good)(, sorry| x|)",
        "(thanks for everything|sorry for everything), (goodbye|this is the end|i'm done)",
        "(won't be|i won't be|not gonna be) here (tomorrow|next session|after tonight)",
    )),
    ("t5.su.short_plan", "suicide", "high", "direct", (
        "(i've written|already wrote|just wrote) my (note|goodbye letter|last letters)",
        "(saved up|stockpiled|got) enough pills to (end it|do it|not wake up)",
        "(i've|already) picked (the date|a bridge|the spot) to (end it|do it)",
    )),
    ("t5.su.short_no_point", "suicide", "medium", "passive", (
        "(no point|no reason to live|nothing to live for) (anymore|now|honestly)",
        "(so|just) (tired of living|sick of being alive|done with life)",
        "(i|honestly i) (don't want|never want) to wake up (tomorrow|anymore|again)",
    )),
    ("t5.su.short_burden", "suicide", "medium", "indirect", (
        "(honestly|) (my family|my kids|my friends|everyone here) would (be|all be) better off without me",
        "(i'm|i am) (just|only) a burden(| to everyone| to them)",
        "(nobody|no one) would (miss me|notice if i was gone|care if i died)",
    )),
    # ---------------- self_harm ----------------
    ("t5.sh.short_cut_again", "self_harm", "medium", "direct", (
        "(i cut|cut myself|i cut myself) (again|tonight|again today)",
        "(relapsed|slipped up), (cut|cut myself) (last night|again|today)",
        "(i|just) (sh'd|self harmed|hurt myself) (again|tonight|today)",
    )),
    ("t5.sh.short_burn_hit", "self_harm", "medium", "direct", (
        "(burned|burnt) myself (again|tonight|with a lighter)",
        "(i|just) (punched|hit|scratched) myself (till it bled|again|hard)",
        "(fresh|new) (cuts|burns|scratches) on my (arm|legs|wrist)",
    )),
    ("t5.sh.short_urges", "self_harm", "low", "passive", (
        "(sh|cutting|self harm) urges (are back|again|today)",
        "(really|badly) want to cut (tonight|right now|again)",
        "(thinking about|keep thinking about) (cutting|hurting myself) again",
    )),
    # ---------------- eating_disorder ----------------
    ("t5.ed.short_not_eating", "eating_disorder", "medium", "direct", (
        "(haven't|have not|not) eaten in (3|4|5|6) days",
        "(skipped|skipping) (every meal|all my meals) (again|this week|today)",
        "(only|just) (water|black coffee) (for days|since monday|all week)",
    )),
    ("t5.ed.short_purging", "eating_disorder", "medium", "direct", (
        "threw up (dinner|lunch|everything) again(| tonight)",
        "(purged|binged and purged) (twice today|again|after dinner)",
        "made myself (sick|throw up) (again|after eating|tonight)",
    )),
    ("t5.ed.short_restrict_rules", "eating_disorder", "medium", "indirect", (
        "(under|less than) (300|500|400) calories (again|today|all week)",
        "(took|taking) laxatives (again|every day|after meals)",
        "(terrified|scared) to eat (anything|again|today)",
    )),
    # ---------------- substance_abuse ----------------
    ("t5.sa.short_drinking", "substance_abuse", "medium", "direct", (
        "(drunk|wasted|hammered) again (at noon|by lunch|before work)",
        "need a drink (to get up|to start the day|just to function)",
        "(finished|drank) (another|a whole) bottle (today|before noon|alone)",
    )),
    ("t5.sa.short_using", "substance_abuse", "medium", "direct", (
        "(using|doing) (coke|meth|heroin) again(| daily| tonight)",
        "(can't|cannot) stop (using|taking pills|drinking) (again|anymore|lately)",
        "(relapsed|used again) (last night|this week|today), (can't stop|so ashamed)",
    )),
    ("t5.sa.short_overdose", "substance_abuse", "high", "direct", (
        "(took|swallowed) (too many|way too many|a handful of) (pills|painkillers|tablets)",
        "(think i|i think i) (overdosed|od'd|took too much)",
        "(mixed|downed) (pills and vodka|a bunch of pills with whiskey|xanax and wine) (tonight|just now)",
    )),
    # ---------------- domestic_violence ----------------
    ("t5.dv.short_hit_again", "domestic_violence", "high", "direct", (
        "(he|she|my boyfriend|my wife) hit me again (tonight|last night|today)",
        "(he|she) (choked|strangled|shoved) me (tonight|again|earlier)",
        "(got|have) (bruises|a black eye|a split lip) from (him|her|my partner)",
    )),
    ("t5.dv.short_scared_home", "domestic_violence", "medium", "indirect", (
        "(scared|afraid|too scared) to go home(| tonight| today)",
        "(hiding|locked myself) in the (bathroom|bedroom|car) from (him|her)",
        "(he's|she's) (drunk|angry) again, (scared|hiding|not safe)",
    )),
    ("t5.dv.short_threat_kill", "domestic_violence", "high", "direct", (
        "(he said he'd|she said she'd|my partner said they'd|my ex said he'd) kill me(| tonight| if i leave)",
        "(he|my husband) (threatened|swore) to kill me (tonight|if i go|again|if i tell)",
        "(he has|he's got) a (knife|gun) and (he's threatening me|he's outside|he's drunk)",
    )),
    # ---------------- mental_health_crisis ----------------
    ("t5.mh.short_panic", "mental_health_crisis", "medium", "direct", (
        "(i|help i|omg i) (can't stop shaking|can't calm down|can't slow my heart)(| now)",
        "panic attack (won't stop|for an hour now|again right now)",
        "(can't|cannot) breathe, (heart racing|everything spinning|panicking)",
    )),
    ("t5.mh.short_voices", "mental_health_crisis", "high", "direct", (
        "the voices are back(| again| tonight)",
        "(the voices|voices) (are telling me|keep telling me|won't stop telling me) to (hurt someone|hurt my mum|smash things|hurt the dog)",
        "(they're|people are) (watching me|following me|listening in) (again|through the walls|constantly)",
    )),
    ("t5.mh.short_breaking", "mental_health_crisis", "medium", "indirect", (
        "(i|honestly i) (can't|cannot) do this anymore(| tonight| coach)",
        "everything is falling apart(, can't breathe|, help|, i'm losing it)",
        "(i'm|i am) (losing my mind|breaking down|falling apart) (right now|tonight|again)",
    )),
)
