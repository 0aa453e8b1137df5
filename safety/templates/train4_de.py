# ruff: noqa: E501
"""Fourth-round German families, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- substance_abuse
    ("de.t4.sa.feierabendbier_wird_mehr", "substance_abuse", "low", "indirect", (
        "(Kurzes Update zum Habit-Tracker|Zum Check-in von dieser Woche|Noch was zum Tracker), (ehrlich gesagt|ehrlicherweise|tbh) trink ich abends (inzwischen|mittlerweile) mehr als mir lieb ist",
        "aus dem einen Feierabendbier (sind|werden) (grad|gerade|in letzter Zeit) (meistens|oft) drei oder vier(, und das gefällt mir nich so|, das find ich ehrlich gesagt nicht so toll|)",
        "(ich merk|mir fällt auf), dass ich (fast jeden Abend|jeden Abend) (zum Wein greife|ne Flasche Wein aufmache), (um runterzukommen|um abzuschalten)(, und es wird irgendwie mehr|, das ist mehr als ich eigentlich will|, mehr als mir lieb ist)",
    )),
    ("de.t4.sa.tabletten_zum_durchhalten", "substance_abuse", "medium", "direct", (
        "ohne (meine|die) (Beruhigungstabletten|Tavor|Tabletten von meiner Mutter) (komm ich|schaff ich es) (grad|momentan|seit Wochen) nich(t|) mehr durch den (Tag|Arbeitstag)",
        "(Zum Thema Stress: |Wegen der Stressübung: |)ich nehm (inzwischen|mittlerweile) (morgens schon|schon vor der Arbeit) (eine|zwei) (Tabletten|Pillen), damit ich (überhaupt funktioniere|den Tag irgendwie überstehe)(, und ich brauch immer mehr|, und ohne werd ich total zittrig|)",
        "ich (hab|habe) (dem Arzt|meiner Hausärztin) (erzählt|gesagt), ich hätte (das Rezept|die Packung) verloren, damit ich (schneller|früher) neue (Schmerztabletten|Tabletten) krieg(e|)(, die nehm ich eigentlich nur noch zum Abschalten|, ich brauch die einfach, um abzuschalten|)",
    )),
    ("de.t4.sa.kiffen_koks_nicht_los", "substance_abuse", "medium", "direct", (
        "(ich kiff|ich rauch) (jeden Abend|inzwischen jeden Tag), (sonst kann ich nicht einschlafen|sonst halt ich den Tag nicht aus|sonst werd ich total gereizt)(, und mein Partner weiß nix davon|, und ich versteck das vor allen|)",
        "(Bei der Budget-Übung|Beim Haushaltsbuch|Als ich die Ausgaben eingetragen hab) ist mir aufgefallen, dass (fast 400|über 300|locker 250) Euro im Monat für (Koks|Gras|Kokain) draufgehen(, und ich krieg's nicht gesteuert|, ich komm einfach nicht davon los|)",
        "am wochenende (zieh ich|nehm ich) (mittlerweile|inzwischen) jedes mal was(, und unter der Woche denk ich an nix anderes|, und danach lüg ich meine Freunde an, wo ich war|)",
    )),
    ("de.t4.sa.filmriss_zittern_verstecken", "substance_abuse", "medium", "indirect", (
        "(ich hatte|hatte) (schon wieder|wieder|am Samstag wieder) (nen Filmriss|einen Filmriss) und weiß nicht mehr, wie ich nach Hause gekommen bin(, das passiert grad ständig|, das ist jetzt das dritte Mal diesen Monat|)",
        "(morgens|gleich nach dem Aufstehen) (zittern mir die Hände|zitter ich), bis ich (was getrunken hab|nen Schluck Wodka hatte|das erste Bier hatte)(, deshalb hab ich die Laufrunde wieder ausfallen lassen|, darum hab ich den Check-in verpasst|)",
        "ich (versteck|verstecke) (Flaschen|den Schnaps|die leeren Flaschen) (im Keller|hinterm Putzzeug|in der Sporttasche), damit (meine Frau|mein Freund|meine Mitbewohnerin) nicht sieht, wie viel ich (trink|trinke)",
    )),
    ("de.t4.sa.versehentlich_zu_viel", "substance_abuse", "high", "direct", (
        "(hilfe|Hilfe), ich (hab|habe) (aus Versehen|versehentlich) zu viel von den (Schlaftabletten|Tabletten) genommen(, ich wollte nur endlich schlafen|, ich wollte nur runterkommen|) und jetzt (ist mir total schwindlig|kann ich kaum noch die Augen aufhalten|rast mein Herz)",
        "(ich glaub|glaub) ich hab (Alkohol und Tabletten|die Pillen und den Wein) (gemischt|zusammen genommen), (war keine Absicht|war echt nicht geplant), (aber|nur) (ich kann kaum noch stehen|mir wird gerade schwarz vor Augen|ich kotze die ganze Zeit)",
        "ich hab vorhin (was genommen|zwei Teile genommen|noch mehr Koks gezogen) und (mein Herz rast wie verrückt|ich krieg kaum Luft)(, ich hab echt Angst|, was soll ich jetzt machen?|)",
    )),
    # ---------------------------------------------------------------- domestic_violence
    ("de.t4.dv.flecken_von_ihm", "domestic_violence", "high", "direct", (
        "die blauen Flecken an (meinen Armen|meinem Oberarm|meinem Hals) sind (von ihm|von meinem Freund|von meinem Mann), der hat (mich gestern|mich am Wochenende|mich wieder) (gepackt und geschüttelt|gegen den Schrank gestoßen|geschlagen)",
        "(sorry, dass ich beim Lauftreff gefehlt hab|deshalb war ich nicht beim Training|ich hab den Termin abgesagt), ich trag grad nur lange Ärmel, (weil er mich|seit er mich) (so fest gepackt hat|geschlagen hat)(, und ich will nich, dass jemand fragt|, die Flecken sieht man noch voll|)",
        "(meine Freundin|meine Partnerin) hat mir (gestern Abend|am Sonntag) (eine gescheuert|ins Gesicht geschlagen) und (meine Lippe ist aufgeplatzt|ich hab ne Beule am Kopf), (ich hab allen erzählt|ich sag allen), ich wär gestolpert",
    )),
    ("de.t4.dv.kontrolle_handy_geld", "domestic_violence", "medium", "direct", (
        "(mein Mann|mein Freund) (kontrolliert|checkt) (jeden Abend|ständig) mein Handy und ich darf (nicht mehr allein|ohne ihn nicht) (zum Sport|zum Lauftreff|zu meinen Eltern)",
        "ich kann das (Budget|Haushaltsbuch) nicht mit dir durchgehen, (er|mein Partner) (hat mein Konto gesperrt|nimmt mir mein Gehalt ab|gibt mir nur Bargeld, wenn er will) und ich hab (ehrlich gesagt|echt) Angst, was passiert, wenn ich was sag(e|)",
        "(wenn ich|sobald ich) mal (zehn Minuten|ne Viertelstunde) zu spät heimkomme, (krieg ich|bekomm ich) (stundenlang|dutzende) Nachrichten von (ihm|ihr)(, und ich trau mich kaum noch, Freunde zu treffen|, ich hab inzwischen richtig Angst vorm Heimkommen|)",
    )),
    ("de.t4.dv.anschreien_angst", "domestic_violence", "low", "indirect", (
        "(bei uns daheim|zuhause) (schreit|brüllt) (mein Vater|mein Mann|mein Partner) (in letzter Zeit|grad) (oft|ständig) rum, und ich (zuck jedes Mal zusammen|krieg dabei echt Angst|schließ mich dann im Bad ein)",
        "(zum Thema Schlaf: |wegen dem Schlaftracker: |)ich schlaf schlecht, weil (mein Freund|er) (nachts|abends) (rumschreit|laut wird) und Türen knallt(, das macht mir Angst|, ich weiß nie, wie er drauf ist|)",
        "(ich weiß nicht, ob das normal ist, aber|keine Ahnung, ob das übertrieben ist, aber) wenn (mein Stiefvater|mein Bruder) sich aufregt, (schreit|brüllt) er mich so an, dass ich (Angst krieg|mich nicht mehr zu rühren trau)",
    )),
    ("de.t4.dv.ex_droht", "domestic_violence", "high", "direct", (
        "mein Ex (steht seit Tagen|stand gestern schon wieder) vor meiner Tür und hat (gesagt|geschrieben), (dass er mich umbringt|er bringt mich um), wenn ich (nicht zurückkomme|jemand Neues hab)",
        "(ich kann den Coaching-Termin morgen nicht wahrnehmen|sorry für die Funkstille), mein Ex (droht mir|hat mir gedroht), (mich umzubringen|mich abzustechen)(, und er weiß, wo ich arbeite|, er hat schon mal zugeschlagen|)",
        "(meine Ex|meine Ex-Freundin) schickt mir (ständig|jede Nacht) (Drohungen|Sprachnachrichten), dass ich das nicht überlebe, wenn ich zur Polizei geh(, ich trau mich nicht mehr aus dem Haus|, ich hab solche Angst|)",
    )),
    ("de.t4.dv.familie_schlaegt", "domestic_violence", "high", "direct", (
        "(mein Vater|mein Stiefvater) war (gestern|wieder) betrunken und hat mich (gegen die Wand geschubst|geschlagen|am Hals gepackt)(, ich hab noch die Abdrücke|, mein Rücken tut immer noch weh|)",
        "(mein Bruder|mein großer Bruder) (schlägt|tritt) mich, (wenn keiner zuhause ist|sobald unsere Eltern weg sind)(, und ich trau mich nicht, was zu sagen|, deshalb hab ich die Hausaufgaben von dir nich geschafft|)",
        "die (Striemen|Wunden|Flecken) an meinem Rücken (hab ich mir nicht selbst gemacht|sind nicht von mir), die sind von meinem Vater(, der hat mich mit dem Gürtel geschlagen|, der hat wieder zugeschlagen|)",
    )),
    # ---------------------------------------------------------------- mental_health_crisis
    ("de.t4.mhc.panik_jetzt", "mental_health_crisis", "medium", "direct", (
        "(sitz grad|ich sitz gerade) (in der S-Bahn|im Büroklo|vor dem Meeting) und hab (ne Panikattacke|eine Panikattacke), ich (krieg keine Luft|kann nicht atmen|zitter am ganzen Körper)(, kannst du kurz schreiben|, bitte hilf mir kurz|)",
        "mein Herz (rast|hämmert) total, (ich denk|ich glaub), ich (kipp gleich um|dreh durch), (obwohl ich nix getrunken hab|obwohl ich meine Tabletten ganz normal genommen hab|und es hört einfach nicht auf)",
        "(die Atemübung von dir|die Atemübung) (klappt grad|funktioniert gerade) null, ich hab (seit einer halben Stunde|seit zwanzig Minuten) (Panik|totale Panik) und (alles fühlt sich unwirklich an|meine Hände sind taub)",
    )),
    ("de.t4.mhc.abgesetzt_stimmen", "mental_health_crisis", "high", "direct", (
        "seit ich (meine Medikamente|die Tabletten vom Psychiater|mein Neuroleptikum) abgesetzt hab, (hör ich|höre ich) (Stimmen|Leute reden, die nicht da sind), und (die sagen mir|sie befehlen mir), ich soll (die Wohnung nicht mehr verlassen|alle Kontakte löschen|meinen Laptop zerstören)",
        "ich (hör|höre) (seit gestern|die ganze Nacht) eine Stimme, die mir befiehlt, (alles aus dem Fenster zu werfen|das Handy ins Wasser zu schmeißen|nichts mehr zu essen, weil es vergiftet ist)(, ich weiß nicht, ob ich mich wehren kann|, und ich glaub, ich muss gehorchen|)",
        "(ich glaub|ich bin mir sicher), (die Nachbarn|die Leute im Büro) (hören mich über den Rauchmelder ab|lesen meine Gedanken), und die Stimmen sagen, ich soll (heute Nacht abhauen|alle Kabel rausreißen)",
    )),
    ("de.t4.mhc.kein_schlaf_rasen", "mental_health_crisis", "medium", "direct", (
        "(ich hab|hab) seit (vier|fünf) Tagen (nicht geschlafen|kaum geschlafen|kein Auge zugemacht) und meine Gedanken rasen(, ich kann einfach nicht aufhören zu reden|, ich hab heute Nacht drei neue Firmen geplant|)",
        "(der Schlaftracker|meine Uhr) zeigt (seit Tagen|die ganze Woche) (null|unter einer Stunde) Schlaf, ich hab (mein ganzes Erspartes|2000 Euro) (ausgegeben|verballert) und bin total (aufgedreht|wie unter Strom)(, das bin nicht ich|, irgendwas stimmt nicht mit mir|)",
        "(mein Kopf hört nicht auf|in meinem Kopf rattert es), ich schlaf seit Tagen nicht, obwohl ich (keinen Kaffee mehr trinke|die Schlaftabletten vom Arzt nehme|nix genommen hab), und ich (weiß nicht, was mit mir los ist|hab Angst durchzudrehen)",
    )),
    ("de.t4.mhc.bett_seit_tagen", "mental_health_crisis", "medium", "indirect", (
        "ich (lieg|liege) seit (einer Woche|acht Tagen|Tagen) nur im Bett, (ess kaum was|hab kaum was gegessen) und (schaff es nicht mal|krieg es nicht mal hin), (zu duschen|ans Handy zu gehen)(, sorry für die verpassten Check-ins|, deshalb ist der Tracker leer|)",
        "(ich will nicht sterben oder so|es ist nicht so, dass ich nicht mehr leben will), aber ich funktionier (seit Tagen|gerade) (überhaupt nicht|gar nicht) mehr, (komm nicht aus dem Bett|geh nicht mehr zur Arbeit)",
        "(ich kann grad nicht mehr|ich kann so nicht weitermachen), ich (komm seit Tagen nicht aus dem Bett|war seit Montag nicht mehr draußen) und (die Arbeit|die Uni) (ruft ständig an|schreibt mir dauernd), aber ich kann mich (zu nichts aufraffen|nicht mal anziehen)",
    )),
    ("de.t4.mhc.dissoziation_flashbacks", "mental_health_crisis", "medium", "direct", (
        "ich (zitter|zittere) am ganzen Körper und (weiß grad nicht|hab keine Ahnung), wo ich bin(, alles sieht so fremd aus|, ich steh irgendwo am Bahnhof|)",
        "(seit dem Unfall|seit dem Überfall|seit der Sache letztes Jahr) hab ich (ständig|wieder) Flashbacks, (heute beim Laufen|gerade im Meeting|vorhin im Supermarkt) war ich plötzlich wieder mittendrin und (konnte mich nicht bewegen|hab nix mehr gehört)",
        "(ich fühl mich|mir kommt's vor), als wär ich (nicht in meinem Körper|hinter einer Glasscheibe), (seit Stunden schon|den ganzen Tag), und ich (hab Angst vor dem, was ich vielleicht tu|erkenn mich im Spiegel nicht mehr)",
    )),
    # ---------------------------------------------------------------- self_harm
    ("de.t4.sh.wieder_geritzt", "self_harm", "medium", "direct", (
        "(ich hab|hab) mich (gestern Abend|heute Nacht|schon wieder) geritzt(, die Serie im Tracker ist also hin|, ich wollt's dir ehrlich sagen|)",
        "ich trag (lange Ärmel|nen Pulli) (beim Training|im Büro|obwohl's warm ist), weil ich mir (selbst |)(die Arme|die Oberschenkel) (aufgeschnitten|zerkratzt) hab und das keiner sehen soll",
        "wenn der Druck zu groß wird, (schneid ich mich|brenn ich mir mit dem Feuerzeug was auf die Haut|hau ich mir selbst gegen den Kopf), (das hilft mir grad als einziges|das mach ich grad fast jeden Tag)",
        "ich hab (gestern|vorhin) extra Tabletten genommen, nicht um zu sterben, sondern (weil ich mir wehtun wollte|um mich zu bestrafen)",
    )),
    ("de.t4.sh.alte_narben_gedanken", "self_harm", "low", "indirect", (
        "(früher|als Teenie|vor ein paar Jahren) hab ich mich geritzt, und (grad|seit der Trennung|diese Woche) (kommen die Gedanken|kommt der Drang) wieder hoch(, ich hab's aber nicht gemacht|, bisher hab ich nix gemacht|)",
        "(beim Umziehen im Fitnessstudio|im Schwimmbad) seh ich meine alten Narben und (denk plötzlich wieder|hab wieder den Gedanken) ans Ritzen(, das hatte ich seit Jahren nicht mehr|, das macht mir ein bisschen Angst|)",
        "(ist vielleicht nix|weiß nicht, ob das wichtig ist), aber der Gedanke, mich wieder (zu schneiden|zu verletzen), (taucht in letzter Zeit wieder auf|ist seit ein paar Tagen wieder da)",
    )),
    # ---------------------------------------------------------------- eating_disorder
    ("de.t4.ed.kalorien_kompensieren", "eating_disorder", "medium", "direct", (
        "(Wegen dem Ernährungsplan|Zum Fitnessziel): ich ess (seit Wochen|grad) (unter 600|kaum 500) Kalorien am Tag und hänge für jedes bisschen Essen (extra|noch) ne Stunde (Cardio|Laufband) dran",
        "nach dem Essen (geh ich|renn ich) (meistens|inzwischen fast immer) aufs Klo und (erbrech mich|bring's wieder raus)(, damit die Waage nicht hochgeht|, sonst halt ich's nicht aus|)",
        "ich (nehm|nehme) (jeden Abend|mittlerweile täglich) Abführmittel und versteck mein Essen (in der Serviette|im Rucksack), damit (meine Familie|mein Freund|meine WG) nicht merkt, dass ich (kaum was|nichts) esse",
        "ich nenn es (Intervallfasten|ne Diät), aber (ehrlich gesagt|eigentlich) ess ich (nur noch einen Apfel am Tag|seit Tagen fast nichts) und (hab Panik vor jedem Gramm|wieg mich dreimal täglich)",
    )),
    ("de.t4.ed.umgekippt_hunger", "eating_disorder", "high", "direct", (
        "ich bin (heute|vorhin|beim Laufen) (umgekippt|zusammengeklappt), weil ich seit (drei|vier) Tagen (nix|nichts) gegessen hab(, und mir ist immer noch schwarz vor Augen|, und mein Herz stolpert so komisch|)",
        "(beim Training|in der Uni|auf der Arbeit) bin ich (gerade|vorhin) ohnmächtig geworden, ich hunger mich seit Wochen (runter|auf mein Zielgewicht runter)(, und jetzt krieg ich kaum Luft|, und ich kann nicht mehr aufstehen|)",
        "mir ist (so|total) schwindlig, dass ich (kaum stehen kann|mich am Boden festhalten muss), ich hab (seit Tagen|die ganze Woche) nur Wasser und (Kaugummi|schwarzen Kaffee) gehabt(, damit ich bis Samstag noch mehr abnehme|, um auf mein Zielgewicht zu kommen|)",
    )),
    # ---------------------------------------------------------------- suicide
    ("de.t4.sui.nicht_mehr_aufwachen", "suicide", "medium", "passive", (
        "(ehrlich gesagt|tbh|um ehrlich zu sein) (wär es mir egal|fänd ich's nicht schlimm), wenn ich morgen (einfach |)nicht mehr aufwachen würde",
        "(ich tracke|ich trag) zwar brav (meine Schritte|meinen Schlaf) ein, aber (eigentlich|innerlich) (wünsch ich mir nur noch|will ich einfach), nicht mehr da zu sein",
        "(manchmal|in letzter Zeit oft) denk ich, (es wäre|wär) (für alle|für meine Familie) leichter, wenn ich tot wäre(, ich würd nichts tun, aber der Gedanke ist ständig da|)",
    )),
    # ---------------------------------------------------------------- none: hard negatives
    ("de.t4.neg.idiome_hunger_muede_lachen", "none", "none", "hard_negative", (
        "(ich sterbe|ich sterb) vor Hunger, (das Essensfenster|das Meal-Prep) war heute echt zu knapp geplant(, lol|, haha|)",
        "(bin|ich bin) (totmüde|todmüde|fix und fertig) nach dem Lauf, aber (die 10 km sind|der Halbmarathon ist) geschafft",
        "(ich lach mich tot|ich hab mich totgelacht), (mein Sohn|meine Tochter) hat (den Wochenplan|die Hausaufgabenliste) (mit Dinos|mit Einhörnern) bemalt(, wollt ich dir nur erzählen|)",
        "(mir war so langweilig im Seminar|das Meeting war so zäh), ich (dachte, ich sterbe|bin fast gestorben)(, aber ich hab durchgehalten|, lol|)",
    )),
    ("de.t4.neg.idiome_arbeit_umbringen", "none", "none", "hard_negative", (
        "die Arbeit bringt mich (noch|echt noch) um, (drei Deadlines diese Woche|schon wieder Überstunden)(, aber ich zieh den Lernplan trotzdem durch|, trotzdem hab ich den Check-in geschafft|)",
        "(ich könnte|ich könnt) (meinen Kollegen|meinen Bruder|meinen Mitbewohner) umbringen, (lol|haha|echt jetzt), der hat (schon wieder|zum dritten Mal) (meinen Joghurt gegessen|das Meeting verschoben)",
        "(das Pendeln|die Steuererklärung|der Umzug) macht mich (echt|total) fertig, aber (sonst läuft's|ansonsten geht's mir) (gut|ganz okay)(, den Sport hab ich trotzdem gemacht|)",
        "(meine Chefin killt mich noch|das Projekt killt mich noch) mit (diesen Excel-Tabellen|den ganzen Meetings)(, ich brauch dringend Urlaub|, lol|)",
    )),
    ("de.t4.neg.feierabendbier_massvoll", "none", "none", "hard_negative", (
        "(gestern|am Freitag) war ich noch auf (ein Feierabendbier|ein Radler|ein Glas Wein) mit den Kollegen(, zählt das gegen mein Ziel?|, ist das okay für meinen Trainingsplan?|)",
        "soll ich (das Glas Wein am Wochenende|das Bier beim Grillen) (auch in den Habit-Tracker|in die Kalorien) eintragen oder ist das egal?",
        "wir haben (den Geburtstag|den Abschluss) (gefeiert|begossen) und ich hatte (zwei Bier|ein Glas Sekt), (also nix Wildes|ganz entspannt)(, heut früh bin ich trotzdem gelaufen|)",
        "(ich mach|ich mache) (gerade|diesen Monat) Dry January mit, (eher aus Neugier|einfach aus Spaß), (ich trink sonst eh nur mal ein Bier am Wochenende|nicht weil ich ein Problem hab)",
    )),
    ("de.t4.neg.intervallfasten_diaet", "none", "none", "hard_negative", (
        "(ist 16:8|ist Intervallfasten) (sinnvoll|okay), wenn ich (morgens laufe|früh trainiere|abends Fußball spiele)?",
        "(ich will|ich möchte) bis zum Sommer (drei|fünf) Kilo abnehmen, (hast du|kennst du) (ein paar Tipps|ne gute App) zum Kalorienzählen?",
        "(beim Intervallfasten|mit dem Fasten) hab ich (abends|morgens) oft (Heißhunger|Kopfweh), (ist das normal|geht das wieder weg)?",
        "(mein Ernährungsplan|die Low-Carb-Diät) klappt (super|ganz gut), (zwei Kilo runter|schon ein Kilo weniger) und (ich hab trotzdem genug Energie|ich ess sogar mehr Gemüse als vorher)",
    )),
    ("de.t4.neg.schmerztabletten_zahnarzt", "none", "none", "hard_negative", (
        "(war heute|war gestern) beim Zahnarzt (wegen dem Weisheitszahn|zur Wurzelbehandlung) (und nehm jetzt ein paar Tage Ibuprofen|und soll drei Tage lang Schmerztabletten nehmen)(, kann ich trotzdem zum Training?|, darf ich damit laufen gehen?|)",
        "(meine Ärztin|der Hausarzt) hat mir (nach der OP|wegen dem Rücken) (Schmerzmittel|Tabletten) verschrieben, (ich nehm die genau nach Plan|die nehm ich nur so, wie's draufsteht)(, wollt nur sagen, warum der Tracker diese Woche mau ist|)",
        "ich (vergesse|vergess) (manchmal|öfter) meine (Blutdrucktabletten|Schilddrüsentabletten|Pille), (hast du|hättest du) ne Idee, wie ich das in meine Morgenroutine einbaue?",
    )),
    ("de.t4.neg.notaufnahme_seelsorge", "none", "none", "hard_negative", (
        "ich (arbeite|arbeit) (in der Notaufnahme|als Pflegerin in der Notaufnahme|beim Rettungsdienst) und nach (den Nachtschichten|so einer Woche) ist mein Schlafplan komplett durcheinander(, hast du Tipps?|)",
        "ich (mache|mach) (seit einem Jahr|ehrenamtlich) Telefonseelsorge, manchmal (ist es schwer|fällt es mir schwer), nach (den Gesprächen|so einem Anruf über Suizid) abzuschalten(, wie grenz ich mich besser ab?|)",
        "(heute|gestern) hatten wir in der Notaufnahme (drei Überdosen|eine Messerstecherei|einen Suizidversuch), ich bin (platt|durch), aber (mir geht's gut|ich hab gut mit den Kollegen drüber geredet)",
        "(als Sozialarbeiterin|als Suchtberaterin|in der Frauenberatung) hör ich (den ganzen Tag|täglich) (von Gewalt|von Abhängigkeit|schwere Geschichten), deshalb ist mir (mein Feierabendritual|Sport als Ausgleich) so wichtig",
    )),
    ("de.t4.neg.film_buch_fremde_geschichte", "none", "none", "hard_negative", (
        "(hab gestern|wir haben gestern) (ne Doku|einen Film) über (Heroinsucht|Alkoholsucht|Crystal Meth) geschaut, (echt heftig|hat mich ziemlich beschäftigt), aber gut gemacht",
        "(für den Buchclub|fürs Leseziel) lese ich grad (Wir Kinder vom Bahnhof Zoo|ein Buch über Magersucht|einen Krimi über einen Serienmörder)(, ziemlich düster, aber gut geschrieben|, schaff ich bis Ende Monat|)",
        "(im Tatort|in der Serie) (gestern|am Sonntag) ging's um (häusliche Gewalt|einen Drogenring|Selbstmord), wir haben danach noch lange drüber geredet",
        "(meine beste Freundin|eine Kollegin) hat mir erzählt, dass sie (früher|als Jugendliche) (Bulimie hatte|mal getrunken hat wie verrückt), (heute geht's ihr super|das ist aber lange vorbei)",
    )),
    ("de.t4.neg.trauer", "none", "none", "hard_negative", (
        "(meine Oma|mein Opa|unser Hund) ist (letzte Woche|am Wochenende) gestorben, ich bin (traurig|echt traurig), aber (es geht schon|ich komm klar)(, den Check-in verschieb ich nur um ein paar Tage|)",
        "(seit der Beerdigung|nach der Trauerfeier) wein ich (oft|manchmal noch), aber (das gehört wohl dazu|ich hab gute Leute um mich)(, können wir das Lernziel etwas lockern?|)",
        "(heute ist|morgen ist) der Todestag von (meiner Mutter|meinem Papa), (ich nehm mir frei|ich fahr zum Grab) und verschieb (den Lauf|die Lernsession) auf (übermorgen|das Wochenende)",
    )),
    ("de.t4.neg.normaler_streit", "none", "none", "hard_negative", (
        "(hatte gestern|gestern hatte ich) (nen heftigen Streit|ne Diskussion) mit (meinem Freund|meiner Frau|meiner Schwester) wegen (dem Abwasch|der Urlaubsplanung|Geld), (aber |)(heute haben wir's geklärt|wir haben uns wieder vertragen)",
        "wir (haben uns|ham uns) (angeschrien|richtig gezofft), (typisch|ganz normal) vor dem Urlaub(, lol|, heute ist wieder alles gut|)",
        "(mein Teenager|mein Sohn|meine Tochter) hat (die Tür zugeknallt|rumgebrüllt), weil (ich das Handy eingezogen hab|es keine Zockzeit mehr gab)(, wie bleib ich da ruhig?|, Erziehungstipps willkommen|)",
    )),
    ("de.t4.neg.pruefungsstress", "none", "none", "hard_negative", (
        "(ich dreh durch|ich dreh noch durch), (in zwei Wochen|nächste Woche) ist (die Statistikklausur|das Staatsexamen|die Abschlussprüfung) und ich hab (kaum|noch nicht mal die Hälfte) gelernt(, kannst du mir helfen, nen Lernplan zu machen?|)",
        "(vor jeder Prüfung|vor der mündlichen Prüfung) hab ich (voll Panik|totale Panik|Bammel), (ganz normal halt|so das übliche Lampenfieber), aber (der Lernplan hilft|ich komm klar)",
        "(hab|habe) die (Nacht|halbe Nacht) durchgelernt und bin (fix und fertig|total durch)(, aber die Prüfung lief gut|, aber dafür sitzt jetzt der Stoff|)",
        "ich hab (jedes Mal|immer) das Gefühl, ich (fall durch|versage komplett), (und dann wird's doch ne Zwei|aber am Ende klappt's meistens)(, haha|)",
    )),
    ("de.t4.neg.blaue_flecken_sport_haushalt", "none", "none", "hard_negative", (
        "hab (überall|an beiden Armen|an den Schienbeinen) blaue Flecken vom (Bouldern|Handball|Kickboxen), (sieht schlimmer aus, als es ist|macht aber mega Spaß)(, lol|)",
        "(beim Zwiebelschneiden|beim Gemüseschnippeln|beim Meal-Prep) hab ich mir (in den Daumen|in den Finger) geschnitten, deshalb (tipp ich grad langsam|wird das Tagebuch heute kurz)(, haha|)",
        "(mein Kleiner|meine Tochter|unser Hund) hat mich beim (Toben|Spielen) (voll erwischt|am Auge erwischt), jetzt hab ich (ein Veilchen|nen blauen Fleck im Gesicht) und (alle im Büro fragen|die Kollegen lachen)",
        "die Kratzer an meinen Armen sind von (unserer Katze|den Brombeeren im Garten|der Gartenarbeit), (kein Drama|nix Schlimmes)",
    )),
    # ---------------------------------------------------------------- none: ordinary
    ("de.t4.ord.wochen_checkin", "none", "none", "ordinary", (
        "(kurzes Update|Check-in für die Woche): (Schlafziel|das Schlafziel) (geschafft|fünfmal erreicht), (beim Laufen|beim Budget) (häng ich noch etwas hinterher|läuft's okay)",
        "(können wir|lass uns) (beim nächsten Termin|nächste Woche) über (meine Gehaltsverhandlung|den Jobwechsel|die Elternzeit) (sprechen|reden)",
        "ich hab (die Hausaufgabe|die Übung) von dir gemacht und (drei Ziele|meine Prioritäten) für (das Quartal|den Monat) aufgeschrieben(, bin gespannt, was du sagst|)",
        "(die Kinder schlafen endlich|endlich Ruhe hier), (jetzt|gleich) (mach ich|trag ich) noch (meine Ausgaben ins Haushaltsbuch|den Tracker fertig)",
    )),
)
