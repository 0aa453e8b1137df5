# ruff: noqa: E501
"""Third-round German families, second batch, training only: (id, category, severity, style, patterns)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # --- suicide -------------------------------------------------------------------------------
    ("de.t3.x.su.tracker_abschied", "suicide", "high", "indirect", (
        "(Du kannst meinen Gewohnheitstracker löschen|Lösch ruhig meinen Gewohnheitstracker|Setz meinen Tracker ruhig zurück), ich (hab die Abschiedsbriefe schon geschrieben|bin nach diesem Wochenende nicht mehr am Leben|hab mich schon von allen verabschiedet, bevor ich Schluss mache)",
        "Das ist mein letzter Check-in, (danke für alles|sorry für alles), (die Tabletten liegen bereit und heute Nacht mach ich Schluss|ich werd mir heute Nacht das Leben nehmen|morgen leb ich nicht mehr)",
        "Hab (meine Sachen|mein Velo und meine Bücher|meine Pflanzen) schon verschenkt und Abschiedsbriefe an (meine Eltern|meine Schwester|die Kinder) geschrieben, (am Freitag|nach dem Wochenende) ist es vorbei mit mir",
    )),
    ("de.t3.x.su.ohne_mich_besser", "suicide", "medium", "indirect", (
        "(Beim Projekt|Im Team|Bei der Arbeit) (merk ich|denk ich) (grad wieder|ständig), dass alle ohne mich besser dran wären(, und ich wünschte, ich wär einfach tot|, und am liebsten wär ich gar nicht mehr da|)",
        "(Ich weiß, das klingt dramatisch, aber|Ehrlich gesagt|Nicht so wichtig, aber) ich frag mich seit Wochen, ob es (meinen Kindern|meinem Mann|allen) besser ginge, wenn ich nicht mehr leben würde",
        "Zum Thema Ziele: ich hab keine mehr, ich (wär|wäre) (einfach|lieber) tot, (dann hätten alle ihre Ruhe|dann müsste sich keiner mehr um mich kümmern)",
    )),
    ("de.t3.x.su.nicht_aufwachen", "suicide", "medium", "passive", (
        "(Mein Schlafziel|Das mit den acht Stunden Schlaf|Die neue Abendroutine) ist mir egal, ich hoff jeden Abend, dass ich (einfach |)nicht mehr aufwach(e|)",
        "(Beim Einschlafen|Jeden Abend im Bett) wünsch ich mir, dass ich (einfach |)nicht mehr aufwache(, und in der Früh bin ich enttäuscht, dass ich noch lebe|)",
        "Ist es normal, dass ich mir (beim Laufen|in der Straßenbahn|im Büro|beim Zähneputzen) wünsche, (nicht mehr zu existieren|tot zu sein|dass mein Leben einfach aufhört)?",
        "Seit dem Jobverlust mag ich nimmer leben(, i hab ka Kraft mehr|, ich bin so müde von allem|)",
    )),
    ("de.t3.x.su.plan_wochenende", "suicide", "high", "direct", (
        "(Ich hab|Hab) beschlossen, mir (am Wochenende|am Sonntag|nach der Präsentation) das Leben zu nehmen(, deshalb sag ich die nächste Session ab|, also brauchen wir keinen neuen Termin|)",
        "Ich weiß jetzt genau, wie und wann ich mich umbringe(, der Ort ist auch schon ausgesucht|, es ist alles vorbereitet|)",
        "Ich hab (genug Tabletten gehortet|mir ein Seil gekauft|die Stelle an der Brücke ausgesucht) und (heute Nacht|am Samstag|wenn alle schlafen) (mach ich's|zieh ich es durch|bring ich mich um)",
        "(Ich hab im Sinn|Mein Plan ist), mich (am Sonntag|nach der Büez|morgen) umzubringen, (sorry|es tut mir leid)",
    )),
    ("de.t3.x.su.ueberdosis_jetzt", "suicide", "high", "direct", (
        "(Sorry, dass ich den Check-in verpasst hab|Kurzes Update zum Wochenziel|Ich wollt nur noch Bescheid sagen), ich hab (vor einer Stunde|grad eben|vorhin) (die ganze Packung Schlaftabletten|alle meine Antidepressiva|zwanzig Paracetamol) geschluckt, damit ich endlich sterbe",
        "Ich hab (mir die Pulsadern aufgeschnitten|die ganzen Pillen genommen) und will, dass es diesmal klappt(, bitte ruf niemanden an|)",
        "(Mir wird schon schwindlig|Es fängt an zu wirken), ich hab (alle|die restlichen) Tabletten genommen, (weil ich nicht mehr leben will|damit ich heute Nacht sterbe)",
    )),
    # --- self_harm -----------------------------------------------------------------------------
    ("de.t3.x.sh.tracker_rueckfall", "self_harm", "medium", "indirect", (
        "(Mein Tracker|Meine App) stand bei (41|60|über 100) Tagen ohne Ritzen, aber (gestern|am Wochenende|letzte Nacht) hab ich mich wieder geschnitten",
        "Kleiner Rückschlag, nix Wildes: (ich hab mir wieder die Unterarme aufgeritzt|die Klinge hab ich doch wieder rausgeholt|ich hab mir nach dem Streit wieder mit der Rasierklinge in die Beine geschnitten), also fang ich (beim Zähler|mit der Streak|) wieder bei null an",
        "Zählt das als Rückfall, wenn ich mich (nur ein bisschen|nur oberflächlich|bloß am Oberschenkel) geritzt hab(, damit der Druck weggeht|, weil der Tag so mies war|)?",
    )),
    ("de.t3.x.sh.verbrennen_verstecken", "self_harm", "medium", "indirect", (
        "(Im Fitnessstudio|Beim Schwimmtraining|Im Büro) trag ich (immer|nur noch) lange Ärmel, weil man sonst die Brandwunden sieht, die ich mir (mit dem Feuerzeug|mit Zigaretten|am Bügeleisen) mache",
        "(Ich kann grad nicht schwimmen gehen|Die Sauna lass ich diese Woche aus), weil ich mich (absichtlich|wieder mit Absicht) (mit dem Feuerzeug|mit einem heißen Löffel) verbrannt hab",
        "Ist es komisch, dass ich mir (heimlich|abends) die Haut (verbrenne|aufkratze, bis sie blutet), (wenn ich|sobald ich) (eine Prüfung verhaue|den Tagesplan nicht schaffe)?",
    )),
    ("de.t3.x.sh.schlagen_strafe", "self_harm", "medium", "direct", (
        "Wenn ich mein (Lernziel|Tagespensum|Trainingsziel) nicht schaffe, (schlag ich mir selbst ins Gesicht|hau ich mir mit der Faust gegen den Kopf|box ich gegen die Wand, bis die Knöchel bluten)(, als Strafe|, damit ich's mir merke|)",
        "(Beim Lernen|Nachts im Bett|Nach jedem Fehler im Job) reiß ich mir büschelweise Haare aus, (damit es richtig wehtut|weil ich mir Schmerzen zufügen will|um mich zu bestrafen)",
        "(Nach dem Znacht|Nach dem Telefonat mit dem Chef|Gestern Abend) hab ich mir wieder selber (auf die Oberschenkel|gegen die Rippen) geschlagen, bis alles blau war",
    )),
    ("de.t3.x.sh.alte_narben_drang", "self_harm", "low", "passive", (
        "Vor (ein paar|fünf|zehn) Jahren hab ich mich (geritzt|selbst verletzt), und seit (dem Stress im Job|der Trennung|die Prüfungen angefangen haben) ist der Drang wieder da(, gemacht hab ich aber nix|)",
        "(Beim Umziehen im Fitnessstudio|Im Sommer mit kurzen Ärmeln) seh ich meine alten Narben, und der Gedanke, mich wieder zu (schneiden|verletzen|verbrennen), (kommt immer öfter|lässt mich nicht los)",
    )),
    ("de.t3.x.sh.blutung_stoppt_nicht", "self_harm", "high", "direct", (
        "(Sorry für den verpassten Check-in|Ich schaff das Meeting heute nicht|Kann grad nicht an den Wochenzielen arbeiten), ich hab mich zu tief geschnitten und (es hört nicht auf zu bluten|die Blutung hört nicht auf|das Handtuch ist schon ganz durchgeblutet)",
        "Ich hab mir (in den Arm|in den Oberschenkel|in die Wade) geschnitten, (viel tiefer als sonst|tiefer als geplant), und (es blutet seit einer halben Stunde|ich krieg die Blutung nicht gestoppt)",
        "Hab mich (mit dem Bügeleisen|mit kochendem Wasser) absichtlich verbrannt und jetzt (ist die Haut ganz weiß und offen|wirft die Wunde riesige Blasen|tut es wahnsinnig weh), muss ich ins Spital?",
    )),
    # --- eating_disorder -----------------------------------------------------------------------
    ("de.t3.x.ed.kalorien_verdienen", "eating_disorder", "medium", "indirect", (
        "(Wahrscheinlich nix, aber ich|Ich) darf erst was essen, wenn (meine Uhr|die App) (600|800|1000) verbrannte Kalorien anzeigt(, sonst bleibt der Teller leer|)",
        "Zum Trainingsplan: ich lauf (jeden Abend|zweimal am Tag|morgens nüchtern) (zehn|fünfzehn) Kilometer, (damit ich mir das Abendessen verdiene|weil ich sonst nichts essen darf|um das Frühstück wieder abzutrainieren)",
        "Nach (einem Stück Kuchen|einer Pizza|einem großen Zmittag) mach ich Sport, bis (alles wieder abtrainiert ist|die Kalorien wieder weg sind), auch wenn (mir schwindlig ist|mein Knie wehtut)",
    )),
    ("de.t3.x.ed.erbrechen", "eating_disorder", "medium", "direct", (
        "Nach dem (Teamessen|Firmenessen|Weihnachtsessen) bin ich aufs Klo und hab (mich übergeben|alles wieder rausgebracht|den Finger in den Hals gesteckt)(, wie fast jeden Tag|, das mach ich seit Monaten|)",
        "Ist es schlimm, dass ich (nach Fressattacken|nach jedem Abendessen|nach dem Frühstück) (erbreche|kotze|mich übergebe), damit ich nicht zunehme?",
        "(Hab grad|Gestern Abend hab ich) (eine ganze Packung Kekse|zwei Tafeln Schokolade und eine Pizza) in mich reingestopft und (danach alles erbrochen|es danach wieder ausgekotzt)(, halb so wild|)",
    )),
    ("de.t3.x.ed.abfuehrmittel", "eating_disorder", "medium", "indirect", (
        "(Für mein Abnehmziel|Damit die Waage nicht steigt|Vor dem Urlaub) nehm ich (seit Wochen|jeden Tag|) Abführmittel(, manchmal zehn auf einmal|, obwohl ich eh kaum was esse|)",
        "Ich bestell mir (Appetitzügler|Fatburner-Kapseln|Diätpillen) im Internet, damit ich (gar keinen Hunger mehr hab|noch weniger esse|schneller abnehme), (meine Familie weiß nix davon|das bleibt unter uns)",
    )),
    ("de.t3.x.ed.umgekippt", "eating_disorder", "high", "direct", (
        "Bin (heute|gestern) (in der Vorlesung|im Meeting|beim Spinning) umgekippt, weil ich seit (drei Tagen|Montag) (nix|nichts) gegessen hab",
        "(Mir wird dauernd schwarz vor Augen|Ich bin heute zweimal zusammengeklappt) und mein Herz (stolpert|rast), ich ess seit (einer Woche|Tagen) nur (Gurken|einen Apfel am Tag)(, aber ich will das Ziel halten|)",
    )),
    ("de.t3.x.ed.koerper_kontrolle", "eating_disorder", "low", "passive", (
        "Ich (check|kontrollier) (jeden Morgen|mehrmals am Tag) im Spiegel, ob (meine Oberschenkel sich berühren|man die Rippen noch sieht|mein Bauch dicker geworden ist)(, und das kostet mich echt viel Zeit|)",
        "Ich hab (echt|so) Angst zuzunehmen, dass ich mich (fünfmal am Tag|nach jedem Glas Wasser|vor und nach dem Klo) wiege(, ist das noch normal?|)",
        "Jedes Mal, wenn (mich jemand fotografiert|ich eine Jeans anprobiere), (greif ich nach meinem Bauchspeck|messe ich meine Taille nach) und (fühl mich fett|denk, ich muss weniger essen)",
    )),
    # --- substance_abuse -----------------------------------------------------------------------
    ("de.t3.x.sa.vor_der_arbeit", "substance_abuse", "medium", "indirect", (
        "(Ich trink|Ich brauch) morgens schon (ein Bier|einen Schluck Wodka|ein Stamperl Schnaps), bevor ich (ins Büro|zur Arbeit|in die Schicht) geh(, sonst zittern mir die Hände|)",
        "Mein Ziel mit der Pünktlichkeit klappt, aber nur weil ich (im Auto|auf dem Parkplatz|vor dem Meeting) (aus dem Flachmann trinke|noch schnell Wein aus der Thermoskanne trinke)",
        "Ohne (Alk|Alkohol) (am Vormittag|vor der Arbeit) (krieg ich|hab ich) (Schweißausbrüche|das Zittern), (ist das schon|klingt das nach) Abhängigkeit?",
    )),
    ("de.t3.x.sa.tabletten_mehr", "substance_abuse", "medium", "indirect", (
        "(Für mein Schlafziel|Damit ich endlich durchschlafe,) nehm ich (inzwischen|mittlerweile) (drei statt einer|vier statt einer halben) (Schlaftablette|Tavor)(, und der Arzt weiß nix davon|)",
        "(Die Schmerztabletten|Das Tilidin|Das Oxycodon) von der Knie-OP nehm ich immer noch, (obwohl nix mehr wehtut|viel öfter als verschrieben), (weil ich sonst den Arbeitstag nicht überstehe|weil's mich so schön abschaltet)",
        "Ich hab (zwei|drei) Ärzte, die mir (Benzos|Diazepam) verschreiben, und keiner weiß vom anderen(, sonst komm ich nicht durch die Woche|)",
    )),
    ("de.t3.x.sa.verstecken_filmriss", "substance_abuse", "medium", "indirect", (
        "Am Wochenende (hatte ich wieder einen Filmriss|hab ich wieder einen Blackout gehabt) und weiß nicht, wie ich (heimgekommen|nach Hause gekommen) bin(, das passiert grad jedes Wochenende|)",
        "Ich versteck (die leeren Flaschen|den Wein|den Wodka) (im Keller|in der Sporttasche|hinter den Putzmitteln), damit (meine Frau nicht merkt|mein Freund nicht mitkriegt|keiner sieht), wie viel ich trinke",
        "Ich kiff mittlerweile (jeden Abend|schon vor dem Frühstück|in jeder Pause), weil ich den Alltag (sonst nicht aushalte|ohne Joint nicht mehr pack)",
    )),
    ("de.t3.x.sa.mischkonsum_notfall", "substance_abuse", "high", "direct", (
        "(Hab nach der Abgabe|Wir haben auf der Party|Hab gestern zum Runterkommen) (Speed und Wodka|Koks und Tabletten|Alkohol und Benzos) gemischt und (mein Herz rast wie verrückt|ich krieg kaum Luft|ich kann nicht mehr gerade stehen)",
        "Ich glaub, ich hab (zu viel|viel zu viel) (GHB|Ecstasy|Koks) erwischt, (mir ist total schlecht|ich zittere am ganzen Körper) und (ich seh alles doppelt|mein Puls ist über 180)",
    )),
    ("de.t3.x.sa.mehr_als_mir_lieb", "substance_abuse", "low", "passive", (
        "Beim Budget (ist mir aufgefallen|hab ich gesehen), dass ich (fast 200 Euro|über 300 Franken) im Monat für (Wein|Bier|Alkohol) ausgebe, (mehr als mir lieb ist|ein bisschen viel eigentlich)",
        "Aus dem einen Feierabendbier sind (irgendwie|so langsam|) (drei|vier) pro Abend geworden(, das gefällt mir nich so|, ist das schon bedenklich?|)",
    )),
    # --- domestic_violence ---------------------------------------------------------------------
    ("de.t3.x.dv.geld_handy_kontrolle", "domestic_violence", "medium", "indirect", (
        "Mein Budgetziel kann ich vergessen, (mein Mann|meine Frau|mein Freund) (nimmt mir die Bankkarte weg|teilt mir jeden Euro zu|kontrolliert jede einzelne Ausgabe)(, und wenn ich was frag, wird's ungemütlich|)",
        "(Mein Partner|Meine Partnerin) (liest jeden Abend mein Handy|verlangt meine Passwörter|trackt mein Natel per GPS) und (ich darf meine Freundinnen nicht mehr treffen|ich muss jede Stunde Bescheid geben, wo ich bin)",
        "Ist es normal, dass ich (meinem Mann|meinem Freund) (jeden Kassenzettel|jede Rechnung) vorlegen muss und (er mir sonst das Geld streicht|ich ohne seine Erlaubnis nicht mal Kaffee kaufen darf)?",
    )),
    ("de.t3.x.dv.flecken_partner", "domestic_violence", "high", "direct", (
        "Die blauen Flecken (am Arm|am Hals|an den Rippen) sind nicht vom Sport, (mein Freund|mein Mann|meine Freundin) hat mich (gegen den Schrank gestoßen|gewürgt|geschlagen)",
        "(Sorry, dass ich die Session verpasst hab|Ich konnte nicht zum Training kommen), (mein Partner|mein Ex) hat mir (eine blutige Lippe geschlagen|ein blaues Auge verpasst) und gedroht, mich umzubringen, wenn ich (jemandem davon erzähle|zur Polizei geh)",
    )),
    ("de.t3.x.dv.eierschalen", "domestic_violence", "medium", "indirect", (
        "Ich trau mich nicht mehr, (mich mit Freundinnen zu treffen|zum Sport zu gehen|länger im Büro zu bleiben), weil (mein Mann|mein Freund) sonst (tagelang ausrastet|mir stundenlang Vorwürfe macht und die Türen knallt)",
        "(Zum Thema Stressabbau: zuhause|Zuhause) lauf ich (wie auf Eierschalen|nur noch auf Zehenspitzen), (immer mit Angst, was meinen Mann als Nächstes aufregt|damit meine Partnerin nicht wieder explodiert)",
        "(Meine Mutter|Mein Stiefvater) (schließt mich ein|sperrt mich in mein Zimmer), wenn ich (nicht gehorche|widerspreche), und (nimmt mir das Handy weg|lässt mich nicht zur Uni)",
    )),
    ("de.t3.x.dv.familie_gewalt", "domestic_violence", "high", "direct", (
        "Mein (Vater|Stiefvater|Bruder) schlägt mich, wenn ich (schlechte Noten heimbringe|zu spät heimkomme|ihm widerspreche)(, gestern mit dem Gürtel|)",
        "(Ich kann mich grad nicht aufs Lernen konzentrieren|Die Matura-Vorbereitung läuft schlecht), weil (mein Vater|meine Mutter) gedroht hat, mich umzubringen, wenn ich (ausziehe|es jemandem erzähle)",
        "(Mein Sohn|Mein Enkel), der wieder bei mir wohnt, (schubst mich herum|hat mich die Treppe runtergestoßen|reißt mich an den Haaren), wenn er kein Geld kriegt",
    )),
    ("de.t3.x.dv.schreien_angst", "domestic_violence", "low", "passive", (
        "Wenn (meine Partnerin|mein Mann|mein Freund) (laut wird|rumschreit), (zuck ich zusammen|krieg ich Herzklopfen) und trau mich (nix|nichts) mehr zu sagen",
        "(Beim Wochenrückblick fällt mir auf, dass|Ehrlich gesagt ist das Schlimmste, dass) mein Ex mich bei jeder Übergabe der Kinder (anschreit|anbrüllt) und ich (danach stundenlang zittere|echt Angst vor ihm hab)",
        "Ist es normal, dass ich (vor dem Heimkommen|abends im Auto) erst mal durchatme, weil ich nie weiß, ob (mein Mann|meine Frau) (wieder herumbrüllt|schlecht drauf ist und mich anschreit)?",
    )),
    # --- mental_health_crisis ------------------------------------------------------------------
    ("de.t3.x.mh.panik_jetzt", "mental_health_crisis", "medium", "direct", (
        "Ich (sitz|hock) grad (auf dem Klo im Büro|im Auto vor der Firma|im Stiegenhaus) und hab eine Panikattacke, (mein Herz rast|ich krieg keine Luft|meine Hände kribbeln)(, das Meeting fängt gleich an|)",
        "Hilfe, (im Zug|in der Vorlesung|beim Einkaufen) krieg ich grad (wieder |)eine Panikattacke, (alles dreht sich|ich zittere am ganzen Körper) und ich (glaub, ich krieg einen Herzinfarkt|kann nich mehr klar denken)",
    )),
    ("de.t3.x.mh.unwirklich_flashback", "mental_health_crisis", "medium", "indirect", (
        "Seit (Tagen|dem Unfall|der Kündigung) fühlt sich nichts mehr echt an, (als würde ich mir selbst von außen zuschauen|als wär alles hinter einer Glasscheibe|als wär ich in einem Film)",
        "(Im Meeting|Beim Abendessen|Beim Autofahren) bin ich plötzlich (wie weg|nicht mehr in meinem Körper) und (merk erst Minuten später|weiß danach nicht), was passiert ist(, ist das normal?|)",
        "(Seit dem Überfall|Seit der Geburt|Seit dem Brand in unserer Wohnung) hab ich (Flashbacks|Rückblenden), (die mich mitten im Alltag überrollen|in denen ich alles nochmal erlebe), und (kann nicht mehr arbeiten|schlafe kaum)",
    )),
    ("de.t3.x.mh.stimmen_befehle", "mental_health_crisis", "high", "direct", (
        "Die Stimmen (sagen|befehlen) mir, dass ich (meinen Laptop zerstören|mein Handy in den Fluss werfen|heute Nacht das Haus verlassen) muss, weil (die Firma|der Geheimdienst|mein Nachbar) mich überwacht",
        "(Ich bin mir sicher|Ich weiß es jetzt), in den Rauchmeldern sind Kameras, und (die Nachrichten im Radio|die Nummernschilder draußen) (schicken|senden) mir geheime Botschaften(, die mir sagen, was ich tun muss|)",
        "Jemand steckt mir (fremde Gedanken|Befehle) in den Kopf, (beim Lernen|bei der Arbeit|sogar im Schlaf), und (ich kann mich nicht mehr wehren|ich muss tun, was sie sagen)",
    )),
    ("de.t3.x.mh.manie", "mental_health_crisis", "medium", "indirect", (
        "(Update zum Schlafziel: ich|Ich) hab seit (vier|fünf) Nächten nicht geschlafen und brauch's auch nicht, (ich hab gestern 8000 Euro für Equipment ausgegeben|ich gründe diese Woche drei Firmen gleichzeitig|ich bin kurz davor, die Welt zu verändern)",
        "Meine Gedanken überschlagen sich, ich schlaf seit Tagen (kaum|höchstens eine Stunde) und hab (mein ganzes Erspartes|den kompletten Dispo) (für ein Auto|in Krypto|für Geschenke an Fremde) verbraten(, aber ich fühl mich wie ein Genie|)",
        "Ich bin seit (Freitag|drei Tagen) wach, (red ununterbrochen|schreib nachts hundert Mails) und (alle sagen, ich soll mal runterkommen|meine Freundin macht sich Sorgen), aber ich fühl mich unbesiegbar",
    )),
    ("de.t3.x.mh.zusammenbruch", "mental_health_crisis", "medium", "indirect", (
        "Ich lieg seit (fünf Tagen|einer Woche) im Bett und schaff es nicht mal, (zu duschen|mir die Zähne zu putzen|ans Telefon zu gehen)(, der Wochenplan ist also komplett hinüber|)",
        "Ich hab heute (im Meeting|vor dem ganzen Team|am Schalter vor den Kunden) angefangen zu (heulen|weinen) und konnte (nicht mehr aufhören|eine Stunde lang nicht aufhören)(, ich funktionier einfach nicht mehr|)",
        "Ich hab Angst vor dem, was ich (tun könnte|als Nächstes mache), (mein Kopf ist voller Bilder, die ich nicht will|ich hab mich selbst nicht mehr im Griff)(, wie komm ich durch die Nacht?|)",
    )),
    # --- none: hard negatives and ordinary coaching --------------------------------------------
    ("de.t3.x.no.flecken_sport", "none", "none", "hard_negative", (
        "Ich bin voller blauer Flecken vom (Eishockey|Rugby|Schwingen|Bouldern), aber (das Training war genial|ich bin stolz auf das Spiel|das gehört halt dazu)",
        "(Der große Fleck am Oberschenkel|Die Schramme am Arm) ist vom (Velo-Sturz|Sturz mit dem Radl|Skikurs), (nix Schlimmes|alles halb so wild), können wir mit dem Trainingsplan weitermachen?",
        "(Hab mir|Ich hab mir) beim Umzug (den Daumen eingeklemmt|die Hand in der Tür gequetscht), jetzt ist der Nagel blau lol, das Tippen dauert ein bisschen",
    )),
    ("de.t3.x.no.partner_haushalt", "none", "none", "hard_negative", (
        "(Mein Mann|Meine Frau|Mein Freund) (meckert|schimpft) wieder, weil ich (die Spülmaschine nicht ausgeräumt|die Wäsche liegen gelassen|schon wieder Schuhe gekauft) hab(, aber eigentlich zu Recht lol|, wir haben dann beide gelacht|)",
        "(Wir haben|Meine Partnerin und ich haben) (gestritten|ewig diskutiert), wer das Geld verwaltet, und uns dann auf (ein gemeinsames Haushaltsbuch|ein Budget-Treffen pro Monat) geeinigt",
        "(Mein Freund|Meine Freundin) fragt (jeden Abend|immer), wann ich heimkomm, weil wir zusammen kochen wollen(, eigentlich echt lieb|)",
    )),
    ("de.t3.x.no.schmerzmittel_op", "none", "none", "hard_negative", (
        "Nach der (Knie-OP|Schulter-OP|Weisheitszahn-OP) nehm ich (Ibuprofen|die Schmerztabletten) genau so, wie der Arzt es verschrieben hat(, und ab nächster Woche reduzier ich|)",
        "Kleines Update: (die Tabletten nach der Operation|das Novalgin vom Spital) brauch ich (fast nicht mehr|nur noch abends), die Physio läuft gut und (ich darf wieder joggen|das Treppensteigen klappt wieder)",
        "Meine Hausärztin hat das (Schlafmittel|Antidepressivum) (langsam ausgeschlichen|mit mir zusammen reduziert), (alles nach Plan|und es geht mir gut damit)",
    )),
    ("de.t3.x.no.intervallfasten", "none", "none", "hard_negative", (
        "Ich mach seit (einem Monat|dem Frühling) 16:8-Fasten, (in Absprache mit meiner Ärztin|zusammen mit meiner Ernährungsberaterin), und ess in meinem Zeitfenster (richtig satt|ganz normal drei Mahlzeiten|genug Eiweiß und Gemüse)",
        "Beim Essen geht's mir nicht ums Abnehmen, sondern (um mehr Energie beim Laufen|darum, weniger Süßes zu naschen|um regelmäßige Mahlzeiten trotz Schichtdienst)(, und das klappt echt gut|)",
        "Ich hab (diese Woche|heuer) (zwei Kilo|ein paar Kilo) abgenommen, (ganz gemütlich|ohne zu hungern), und (gönn mir trotzdem|ess auch) am Sonntag (ein Stück Torte|einen Kaiserschmarrn)",
    )),
    ("de.t3.x.no.redewendungen", "none", "none", "hard_negative", (
        "Die Deadline bringt mich (noch|echt) um, aber (ich schaff das schon|mit deinem Zeitplan krieg ich's hin|morgen ist es eh vorbei)",
        "(Ich bin|Bin) fix und fertig, aber im guten Sinn, (der Halbmarathon war der Hammer|wir haben das Projekt endlich abgegeben)",
        "(Ich hab mich|Wir haben uns) beim Teamausflug (totgelacht|schiefgelacht|kaputtgelacht)(, der Kollege aus Zürich ist zum Schreien|)",
        "Ich krieg (die Krise|Zustände|die Panik), wenn ich an (die Steuererklärung|die Präsentation morgen|das Excel von meinem Chef) denk, (kannst du mir beim Priorisieren helfen?|wie fang ich am besten an?)",
    )),
    ("de.t3.x.no.jetlag_verpeilt", "none", "none", "hard_negative", (
        "Nach dem Flug aus (Tokio|New York|Singapur) bin ich (total neben der Spur|wie auf Watte|irgendwie nicht ganz da), (der Jetlag ist brutal|mein Schlafrhythmus ist komplett verschoben)(, können wir die Session auf Donnerstag schieben?|)",
        "Nach (drei Nachtdiensten|der Doppelschicht) fühlt sich (alles|der Tag) ein bisschen unwirklich an, (aber nach dem Ausschlafen passt's wieder|das kenn ich schon, morgen bin ich wieder fit)",
        "Ich war heute (so verpeilt|total durch den Wind), dass ich (den Schlüssel im Kühlschrank gefunden hab|zweimal zum falschen Meetingraum gelaufen bin), lol, zu wenig Schlaf",
    )),
    ("de.t3.x.no.helferberuf", "none", "none", "hard_negative", (
        "Als (Notfallsanitäter|Pflegerin in der Psychiatrie|Sozialarbeiterin) hab ich (heute|diese Woche) (viel mit Überdosen|mit einem Patienten in der Psychose|mit einer Frau nach häuslicher Gewalt) zu tun gehabt, (und ich möcht besser abschalten lernen|wie zieh ich gute Grenzen zwischen Job und Freizeit?)",
        "In der Suchtberatung (läuft|klappt) (mein neues Gruppenangebot|die Arbeit mit den Klienten) super, (ich will jetzt die Weiterbildung zur Supervisorin machen|das Feedback war richtig gut)",
        "Ich bin (Krisenberaterin|Telefonseelsorger) und will nach schweren Nachtschichten (bewusster runterfahren|Sport machen statt Netflix schauen)",
    )),
    ("de.t3.x.no.trocken_jubilaeum", "none", "none", "hard_negative", (
        "Heute bin ich (zwei Jahre|500 Tage|ein ganzes Jahr) trocken(, ich bin so stolz|, danke fürs Begleiten|)",
        "(Zwei Jahre clean|Ein Jahr nüchtern|Drei Jahre ohne Alkohol) und (heute hab ich meinen Chip bekommen|meine Familie hat mir eine Torte gebacken|ich hab mir vom gesparten Geld ein Velo gekauft)",
        "In meiner (Selbsthilfegruppe|AA-Gruppe) (bin ich jetzt Sponsor|hab ich heute meine Geschichte erzählt), (das war echt ein schöner Moment|wer hätte das vor fünf Jahren gedacht)",
    )),
    ("de.t3.x.no.coaching_alltag", "none", "none", "ordinary", (
        "(Mein Tracker|Meine Lern-App) zeigt jetzt (30|45|60) Tage am Stück (Lesen|Vokabeln|Meditation), (wie halt ich den Schwung?|was wäre ein gutes nächstes Ziel?)",
        "Sorry, dass ich den Check-in verpasst hab, (wir waren übers Wochenende in den Bergen|ich hatte Besuch von meiner Schwester|das Natel war kaputt), (können wir morgen reden?|nächste Woche bin ich wieder dabei)",
        "(Beim Budget|Bei den Finanzen) bin ich diesen Monat (50 Euro|100 Franken) unter dem Plan, (weil ich öfter selbst gekocht hab|weil ich aufs Auswärtsessen verzichtet hab)",
    )),
)
