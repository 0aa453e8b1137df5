# ruff: noqa: E501
"""Round-6 German training families for the red-flag classifier. The classifier mixes up
neighbouring crisis categories (self-harm vs. substance use vs. mental-health crisis vs.
suicide, domestic violence vs. mental-health crisis), so each crisis family here carries the
cue that puts it in its own category: the self-harm object named next to "Rückfall"/"clean",
pills taken to numb or sleep rather than to hurt oneself, panic that feels like dying without
any wish to die, bruises caused by a partner rather than by oneself, not eating because of
weight rather than because of a low. The hard negatives borrow crisis vocabulary in everyday
German senses (idioms, sport, diet, a beer after work, a quarrel), and the ordinary families
are short chat messages of one to eight words."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- self_harm
    ("de.t6.sh.rueckfall_ritzen", "self_harm", "medium", "direct", (
        "(ich hab|hab) (gestern|heute nacht|vorhin) wieder (geritzt|mich geschnitten), nach (drei wochen|zwei monaten|40 tagen) ohne",
        "ich war (57 tage|zwei monate|ein halbes jahr) clean vom ritzen und hab (gestern|heute) wieder angefangen",
        "rückfall mit dem (ritzen|schneiden|selbstverletzen), (ich schäm mich so|keine ahnung warum|mein zähler steht wieder auf null)",
    )),
    ("de.t6.sh.narben_verstecken", "self_harm", "low", "indirect", (
        "(ich trag|trag) (im sommer|sogar bei 30 grad|immer noch) lange ärmel, damit (keiner|niemand) die (alten narben|narben an meinen armen) sieht",
        "hab mich seit (zwei jahren|über nem jahr) nicht mehr (geritzt|selbst verletzt), aber (in letzter zeit|seit ein paar tagen) (denk ich wieder dran|kommen die gedanken wieder)",
        "wenn (jemand|meine kollegin|der trainer) nach den narben an meinem (arm|handgelenk) fragt, (lüg ich|sag ich, das war die katze)",
    )),
    ("de.t6.sh.selbst_schlagen", "self_harm", "medium", "direct", (
        "nach dem streit mit (meiner mutter|meinem freund|meiner chefin) hab ich (gegen die wand geschlagen, bis die knöchel geblutet haben|mich selbst geschlagen, bis es richtig weh tat|mir in den arm gebissen, bis es geblutet hat)",
        "ich (schlag|boxe) mir( selbst|) (ins gesicht|auf die beine|gegen den kopf), (um was zu fühlen|als strafe|weil ich den schmerz brauche)",
        "(ich hab mir|hab mir) (wieder|schon wieder) (haare ausgerissen|die haut blutig gekratzt|mit dem feuerzeug die haut verbrannt), (damit es weh tut|um mich zu bestrafen)",
    )),
    ("de.t6.sh.blutung_stoppt_nicht", "self_harm", "high", "direct", (
        "(ich hab|hab) (zu tief geschnitten|mich zu tief geritzt) und (es hört nicht auf zu bluten|die blutung hört nicht auf)(, was soll ich tun|, hilfe|)",
        "der schnitt am (arm|oberschenkel|bein) ist (richtig tief|echt tief) und blutet seit (ner halben stunde|20 minuten|über ner stunde), muss ich (in die notaufnahme|ins krankenhaus)?",
        "(hab mich|ich hab mich) (heute abend|grade) mit der klinge verletzt, (das handtuch ist schon voll blut|mir wird schwindelig vom blut)",
    )),
    # ---------------------------------------------------------------- substance_abuse
    ("de.t6.sa.rueckfall_trinken", "substance_abuse", "medium", "direct", (
        "(ich war|war) (vier monate|90 tage|ein jahr) trocken und hab (gestern|am wochenende) wieder (getrunken|angefangen zu saufen)",
        "(rückfall|rückfällig geworden) (mit dem alkohol|beim trinken|mit dem koks), (meine clean-zeit ist weg|alles wieder von vorne|zähler wieder auf null)",
        "ich schaff es nicht aufzuhören, (jeden abend|jeden tag|mittlerweile auch morgens) (ne flasche wein|ein halber liter wodka|sechs bier)",
    )),
    ("de.t6.sa.tabletten_betaeuben", "substance_abuse", "medium", "indirect", (
        "ich nehm (jeden abend|mittlerweile täglich) (zwei|drei|vier) (schlaftabletten|tavor|benzos), sonst (schlaf ich nicht|halt ich den tag nicht aus)",
        "(ich nehm die tabletten|ich nehm das tilidin|ich kiff) nicht, um mir was anzutun, (sondern nur|nur) (damit ich nichts mehr fühle|um runterzukommen|um überhaupt schlafen zu können)",
        "ohne (meine tabletten|ein paar pillen|nen joint) (komm ich nicht durch den tag|kann ich nicht mehr einschlafen), (die dosis wird immer höher|ich brauch immer mehr)",
    )),
    ("de.t6.sa.mehr_als_gewollt", "substance_abuse", "low", "passive", (
        "(ich trink|trink) (in letzter zeit|seit corona|seit der trennung) (mehr als mir lieb ist|mehr als ich eigentlich will)",
        "aus (einem feierabendbier|einem glas wein) sind (mittlerweile|inzwischen) (drei oder vier|vier oder fünf) geworden(, jeden abend|)",
        "(mir fällt auf|hab gemerkt), dass ich (nach der arbeit|am wochenende) immer öfter zum (bier|wein|joint) greife(, um abzuschalten|)",
    )),
    ("de.t6.sa.ueberdosis_versehen", "substance_abuse", "high", "direct", (
        "mein (kumpel|mitbewohner) hat (alkohol und benzos|ketamin und alkohol|gbl und alkohol) gemischt und (wacht nicht mehr auf|atmet ganz komisch|reagiert nicht)(, was mach ich|)",
        "hab aus versehen (zu viel|viel zu viel) (oxy|tilidin|von den schmerztabletten) genommen, (mein herz rast total|mir ist total schlecht|ich kann kaum noch die augen aufhalten)",
    )),
    # ---------------------------------------------------------------- mental_health_crisis
    ("de.t6.mh.stimmen_befehle", "mental_health_crisis", "high", "direct", (
        "die stimmen (sagen mir|befehlen mir) (schon den ganzen tag|seit gestern|wieder), dass ich (das handy wegwerfen|die wohnung nicht verlassen|niemandem trauen) soll",
        "ich (hör|höre) stimmen, obwohl (keiner da ist|niemand im raum ist), und (die werden immer lauter|sie sagen, ich werde überwacht|sie kommentieren alles, was ich mache)",
        "ich glaub, (die nachbarn|meine kollegen) (hören mich ab|haben kameras in meiner wohnung versteckt), (die stimmen sagen das auch|ich hab seit tagen nicht geschlafen)",
    )),
    ("de.t6.mh.panik_jetzt", "mental_health_crisis", "medium", "direct", (
        "(ich hab|hab) (grad|gerade|jetzt) ne panikattacke, (ich krieg keine luft|mein herz rast wie verrückt|ich zitter am ganzen körper)",
        "(ich hab das gefühl|es fühlt sich an, als ob) ich (gleich sterbe|ersticke), aber (ich weiß|ich glaub), es ist (wieder|) ne panikattacke, (wie krieg ich mich runter|was soll ich machen)",
        "ich sitz (im büro|auf dem klo bei der arbeit|im auto) und (hyperventilier die ganze zeit|bekomm keine luft mehr), (alles fühlt sich so unecht an|als wär ich nicht in meinem körper)",
    )),
    ("de.t6.mh.leer_kraftlos", "mental_health_crisis", "low", "indirect", (
        "(ich fühl mich|fühl mich) seit (wochen|ein paar wochen|dem umzug) (total leer|wie betäubt|wie in watte gepackt), (nichts macht mir mehr spaß|ich funktionier nur noch)",
        "(ich ess|ess) kaum noch was, (nicht wegen dem gewicht|nicht weil ich abnehmen will), (ich hab einfach keine kraft|mir fehlt einfach die energie) (zum kochen|zum aufstehen)",
        "(ich will mir nichts antun|sterben will ich nicht), es ist nur alles so (sinnlos|egal|schwer) (grade|im moment)",
    )),
    # ---------------------------------------------------------------- domestic_violence
    ("de.t6.dv.partner_gewalt", "domestic_violence", "high", "direct", (
        "mein (freund|mann|ex) hat mich (gestern abend|letzte woche|heute früh) (geschlagen|gewürgt|gegen die wand gestoßen)(, ich hab angst, dass er wiederkommt|)",
        "(mein mann|mein freund|mein stiefvater) hat gedroht, mich umzubringen, wenn ich (gehe|ausziehe|jemandem davon erzähle)",
        "die blauen flecken (am arm|am hals|im gesicht) sind von (meinem mann|meinem vater|meinem ex), nicht vom sport, (wie ich allen erzähle|wie ich auf der arbeit sage)",
    )),
    ("de.t6.dv.kontrolle_angst", "domestic_violence", "medium", "indirect", (
        "mein (partner|mann|freund) (liest alle meine nachrichten|checkt jeden abend mein handy|hat mein konto unter kontrolle)(, ich darf mich nicht mit freunden treffen|)",
        "ich hab( richtig|) angst, (nach hause zu gehen|heimzugehen), (weil er wieder ausrastet|wenn sie schlechte laune hat|weil er vorm haus wartet)",
        "(meine mutter|mein vater|meine schwiegermutter) (kontrolliert|bestimmt) (wo ich hingehe|mit wem ich rede|mein ganzes geld)(, und ich bin 28|)",
    )),
    # ---------------------------------------------------------------- eating_disorder
    ("de.t6.ed.erbrechen_abfuehren", "eating_disorder", "medium", "direct", (
        "ich (übergeb mich|bring mich zum erbrechen|steck mir den finger in den hals) (nach jedem essen|nach fast jeder mahlzeit|abends heimlich), (damit ich nicht zunehme|weil ich die kalorien nicht drin haben will)",
        "(ich nehm|nehm) (jeden tag|seit wochen) (abführmittel|ne ganze packung abführtabletten|abführtee), (um das essen loszuwerden|damit die waage runtergeht)",
        "(nach nem fressanfall|nach ner essattacke|wenn ich zu viel gegessen hab) muss ich (zwei stunden joggen|alles wieder rausbringen|den ganzen nächsten tag hungern)(, sonst dreh ich durch|)",
    )),
    ("de.t6.ed.umgekippt_hungern", "eating_disorder", "high", "direct", (
        "bin heute (beim training|in der bahn|auf der arbeit) umgekippt, hab seit (drei|vier) tagen (nichts gegessen|nur wasser getrunken|nichts außer kaffee gehabt)",
        "mir wird (ständig|beim aufstehen) schwarz vor augen (und ich bin fast umgekippt|und mein herz stolpert), (ich ess seit tagen nichts|ich hab mein kalorienlimit auf 300 gesenkt)",
        "(ich will|will) (nichts essen|einfach nicht essen), (obwohl|auch wenn) ich (heute|schon zweimal) (ohnmächtig geworden bin|zusammengeklappt bin)",
    )),
    # ---------------------------------------------------------------- suicide
    ("de.t6.su.last_fuer_alle", "suicide", "medium", "passive", (
        "(alle wären|meine familie wäre|meine kinder wären) ohne mich besser dran(, ich will einfach nicht mehr da sein|, ich will nicht mehr leben|)",
        "(ich wünschte|manchmal wünsch ich mir), ich (würde einfach nicht mehr aufwachen|wär nie geboren worden|wär einfach nicht mehr da)",
        "(ich will|will)( einfach|) nicht mehr existieren, (ich bin für alle nur ne last|ich fall allen nur zur last|ich bin allen im weg)",
    )),
    # ---------------------------------------------------------------- none: hard negatives
    ("de.t6.neg.idiome_sterben", "none", "none", "hard_negative", (
        "(ich sterbe|sterbe) vor (neugier|lachen|spannung), (erzähl weiter|wie gehts weiter)",
        "die (deadline|präsentation morgen|abrechnung) bringt mich (noch|echt) um(, haha|)",
        "(ich lach mich tot|ich lach mich kaputt|ich hab mich totgelacht) über (dein beispiel|die übung|meinen eigenen fehler)",
        "(dieses meeting|der montag) hat mich (gekillt|fertig gemacht)(, aber ich hab alles geschafft|)",
    )),
    ("de.t6.neg.sport_fertig", "none", "none", "hard_negative", (
        "(ich bin|bin) (total fertig|komplett im eimer|tot) nach dem (training|halbmarathon|beintag)(, aber fühlt sich gut an|)",
        "(meine beine|meine arme) (bringen mich um|brennen wie hölle) vom (muskelkater|crossfit gestern)",
        "hab mir beim (joggen|fußball) (das knie aufgeschlagen|den knöchel verknackst), (kann ich trotzdem|soll ich trotzdem) (weitertrainieren|morgen laufen)?",
    )),
    ("de.t6.neg.essen_feierabendbier", "none", "none", "hard_negative", (
        "(ein|nur ein) (feierabendbier|glas wein zum essen) ist (okay|doch okay), oder? (trink sonst nix|mehr trink ich unter der woche nicht)",
        "ich mach (grad|seit nem monat) intervallfasten( nach 16:8|), (ist kaffee am morgen okay|darf ich morgens kaffee trinken)?",
        "(ich will|will) (weniger zucker essen|beim zucker kürzertreten|weniger süßkram essen), (bin heute rückfällig geworden|hatte heut nen rückfall) mit (schokolade|gummibärchen)",
        "hab (heute|schon wieder) das mittagessen ausgelassen, weil (die meetings|die calls) (nicht aufgehört haben|kein ende genommen haben)",
    )),
    ("de.t6.neg.streit_familie", "none", "none", "hard_negative", (
        "(mein freund|meine freundin|mein mann) und ich haben uns gestern (über den abwasch|wegen dem urlaub|wegen der wäsche) gestritten(, ist aber wieder gut|, haben uns wieder vertragen|)",
        "(mit meinem ex|mit meiner ex) (klappt das|läuft das) mit den kindern (echt gut|inzwischen ganz gut)",
        "(meine mutter|mein vater|meine schwester) (nervt mich|geht mir auf den keks) mit (ständigen anrufen|dem thema hochzeit)",
    )),
    # ---------------------------------------------------------------- none: ordinary
    ("de.t6.ord.sorry_spaet", "none", "none", "ordinary", (
        "(sorry|sry|sorry nochmal), (bin spät dran|war unterwegs|hatte viel um die ohren)",
        "(entschuldige|tut mir leid) die (späte|verspätete) antwort",
        "(bin jetzt da|jetzt bin ich da|da bin ich), sorry fürs warten",
    )),
    ("de.t6.ord.weiter_erklaeren", "none", "none", "ordinary", (
        "(kannst du|könntest du) mir das (nochmal|genauer|einfacher) erklären?",
        "(sag|verrat)( mir|) mehr( dazu|)( bitte|)",
        "(ok|okay|alles klar), mach weiter",
    )),
    ("de.t6.ord.abmelden_plan", "none", "none", "ordinary", (
        "(ok|super), (probier ich morgen aus|mach ich heute abend|schau ich mir später an)(, bis dann|, ciao|)",
        "(danke|danke dir), ich (meld mich morgen|melde mich nach dem termin)",
    )),
    ("de.t6.ord.fortschritt", "none", "none", "ordinary", (
        "(läuft gut|lief ganz gut|geht so), (hab|habe) (zwei von drei|die hälfte) geschafft",
        "(schon erledigt|jetzt fertig|noch nicht ganz fertig)(, danke|)",
    )),
)
