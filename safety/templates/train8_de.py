# ruff: noqa: E501
"""Round-8 German training families: indirect suicide wishes inside distress, slangy self-harm, purging and restriction, substance use with anxiety or low mood, coercive control and stalking, crises with family present but no abuse, and everyday German that borrows the same words."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- suicide
    ("de.t8.sui.nicht_mehr_aufwachen", "suicide", "medium", "passive", (
        "(ich bin so|bin einfach nur) (erschöpft|leer|kaputt) und (manchmal|abends im Bett) (wünsch ich mir|hoffe ich), morgen früh nicht mehr aufzuwachen",
        "sorry wegen (der verpassten Session|heute), (die Panik|diese Leere) frisst mich auf und ich denke (ständig|immer öfter), (dass es ohne mich leichter wäre|wie es wäre, einfach nicht mehr da zu sein)",
        "ich glaube (ehrlich|wirklich), (meine Familie|mein Team|meine Freundin) wäre ohne mich besser dran( und der Gedanke geht nicht mehr weg|)",
    )),
    ("de.t8.sui.alles_beenden_taub", "suicide", "medium", "indirect", (
        "(seit Wochen|seit der Kündigung) denke ich (fast nur noch|ständig) daran, (alles zu beenden|meinem Leben ein Ende zu setzen|mit allem Schluss zu machen)",
        "ich bin (so taub|wie betäubt|komplett leer) und (der Gedanke, nicht mehr zu leben,|die Vorstellung, einfach weg zu sein,) (macht mir keine Angst mehr|fühlt sich fast tröstlich an)",
        "zu meinem Wochenziel: ich schaff gar nichts mehr und (will eigentlich nur noch|wünsche mir nur noch), dass (das Leben|alles) (aufhört|endlich vorbei ist)",
    )),
    ("de.t8.sui.plan_heute_nacht", "suicide", "high", "direct", (
        "ich hab (die Tabletten|die Schlaftabletten meiner Mutter) (schon|bereits) (gesammelt|hier neben mir liegen) und (heute Nacht|heute Abend) (mach ich Schluss|nehme ich sie alle)",
        "ich hab (einen Abschiedsbrief|Briefe an meine Leute) geschrieben, (heute|morgen früh) ist (es soweit|mein letzter Tag)",
        "das ist meine letzte Nachricht hier, ich (hab alles geregelt|habe alles vorbereitet) und (gehe heute Nacht|will nicht mehr aufwachen)",
    )),
    # -------------------------------------------------------------- self_harm
    ("de.t8.sh.wieder_geritzt_slang", "self_harm", "medium", "direct", (
        "(hab|habe) (gestern|heute nacht) wieder (geritzt|geschnitten)( sorry|)",
        "(kleiner |)rückfall mit (SVV|dem ritzen|der klinge) nach (drei Monaten|fast einem Jahr|sechs Wochen) clean",
        "sorry dass ich (die Session|unser Gespräch) verpasst hab, hatte nen (SVV-Abend|schlimmen Abend mit der Klinge)",
    )),
    ("de.t8.sh.lange_aermel_sommer", "self_harm", "medium", "indirect", (
        "(es sind 30 Grad|mitten im Juli|im Hochsommer) und ich trag (immer noch|wieder) lange Ärmel, (damit keiner die Arme sieht|weil meine Arme wieder schlimm aussehen)",
        "meine (Arme|Oberschenkel) sehen (wieder|schon wieder) (schlimm|übel) aus, (ins Freibad trau ich mich so nicht|Training in kurzer Hose geht grad nicht)",
        "ich (verletz|verletze) mich (nur noch|inzwischen) da, wo es (keiner|niemand) sieht",
        "(ich erfinde|ich brauch) ständig neue Ausreden für die (Pflaster|Narben) an meinen Handgelenken",
    )),
    ("de.t8.sh.box_schublade_druck", "self_harm", "low", "indirect", (
        "(heute|seit gestern) ist der Druck wieder (so groß|da) und ich denke (dauernd|ständig) an die (Box|Dose) in meiner Schublade",
        "ich (hab|habe) (es|die Klingen) noch nicht (angefasst|rausgeholt), aber (der Drang|das Bedürfnis), mir wehzutun, (wird stärker|ist riesig)",
        "(wie komm ich|wie komme ich) durch den Abend, ohne mir (wieder |)wehzutun?",
    )),
    ("de.t8.sh.zu_tief_verbrannt", "self_harm", "high", "direct", (
        "(ich hab|hab) (zu tief|diesmal zu tief) geschnitten und (die Blutung will nicht aufhören|die Wunde klafft richtig)(, was mach ich jetzt?|)",
        "(hab mir|ich hab mir) (gerade|eben) (mit dem Feuerzeug|an der Herdplatte) den Arm verbrannt, (mit Absicht|absichtlich), und die Haut wirft Blasen",
    )),
    # -------------------------------------------------------- eating_disorder
    ("de.t8.ed.erbrechen_fressattacke", "eating_disorder", "medium", "direct", (
        "(nach jeder Mahlzeit|nach dem Abendessen) (geh ich|renn ich) aufs Klo und (steck mir den Finger in den Hals|bring alles wieder raus)",
        "(gestern|schon wieder) (ne|eine) Fressattacke und danach (Abführmittel genommen|erbrochen), (ich krieg das nicht mehr in den Griff|ich hasse mich dafür)",
        "zu meinem Fitnessziel: ich (esse|ess) seit (Tagen|einer Woche) (fast nichts|unter 500 Kalorien) und (mache trotzdem zwei Stunden Cardio|mir wird ständig schwarz vor Augen)",
    )),
    ("de.t8.ed.waage_familienessen", "eating_disorder", "medium", "indirect", (
        "(die Zahl auf der Waage|mein Gewicht) entscheidet (jeden Morgen|inzwischen), ob ich (den Tag überstehe|mich überhaupt aus dem Haus traue)",
        "(ich hab|hab) (Panik|richtig Angst) vor dem (Familienessen|Weihnachtsessen|Essen mit Kollegen), weil ich (nicht weiß, wie ich mich rausreden soll|dort was essen muss)",
        "seit ich (so wenig esse|nur noch Salat und Wasser zu mir nehme), ist meine Periode (ausgeblieben|weg), aber ich fühl mich immer noch zu dick",
    )),
    # -------------------------------------------------------- substance_abuse
    ("de.t8.sa.entzug_zittern_panik", "substance_abuse", "medium", "direct", (
        "Tag (zwei|drei|vier) ohne (Alkohol|Schnaps) und ich (zittere|schwitze) so, dass ich (kaum tippen kann|Panik kriege)",
        "ich bin im Entzug von den (Benzos|Tavor-Tabletten), die ich (ohne Rezept|monatelang vom Schwarzmarkt) genommen hab, und die Angst ist (unerträglich|kaum auszuhalten)",
    )),
    ("de.t8.sa.suchtdruck_down", "substance_abuse", "low", "indirect", (
        "der Suchtdruck ist (heute|seit dem Streit|seit gestern) (brutal|extrem), ich bin (so down|total niedergeschlagen) und (der Dealer|mein alter Dealer) hat mir gerade geschrieben",
        "(acht Monate|ein Jahr) trocken und (seit der Trennung|jetzt in dieser Krise) (steh ich jeden Abend|stehe ich ständig) vor dem Späti und will (mir ne Flasche|Wodka) holen",
        "bin (so traurig|voll deprimiert) grad, (ich will nur noch was rauchen|ich brauch einfach nen Joint), damit ich nichts mehr fühle",
    )),
    ("de.t8.sa.alkohol_tabletten_gemischt", "substance_abuse", "high", "direct", (
        "ich hab gerade (ne halbe Flasche Wein|fünf Bier|Wodka) getrunken und (dazu|danach) (Schlaftabletten|Diazepam|Oxys) genommen, um runterzukommen, und jetzt (ist mir total schwindelig|rast mein Herz)",
        "(alkohol und tabletten|Wein mit Pillen) gemischt, (kann kaum noch stehen|alles dreht sich) und hab (Angst|Panik)",
    )),
    ("de.t8.sa.koks_vor_der_arbeit", "substance_abuse", "medium", "direct", (
        "ich (zieh|ziehe) (inzwischen|mittlerweile) vor (jedem Meeting|der Arbeit|jeder Schicht) ne Line, sonst (krieg ich Panik|schaff ich den Tag nicht)",
        "zu meinem Karriereziel: ohne (Koks|Speed) komm ich (morgens|im Büro) nicht mehr in die Gänge und (die Angst danach|der Absturz am Abend) wird (immer schlimmer|jeden Tag heftiger)",
    )),
    # ------------------------------------------------------ domestic_violence
    ("de.t8.dv.handy_geld_kontrolle", "domestic_violence", "medium", "indirect", (
        "mein (Freund|Mann|Partner) (kontrolliert|durchsucht) (jeden Abend|ständig) mein Handy und (ich darf meine Freundinnen nicht mehr treffen|wird wütend, wenn ich mit jemandem schreibe)",
        "(seit der Hochzeit|seit wir zusammenwohnen) landet mein Gehalt auf seinem Konto und (ich muss ihn um jeden Euro bitten|er teilt mir 50 Euro die Woche zu|ich hab nicht mal eine eigene Karte)",
        "sorry, kann (die Session|den Termin) nicht machen, (er|mein Mann) (schaut mir über die Schulter|checkt meine Nachrichten) und (ich darf|ich soll) nicht (mit dir reden|über uns sprechen)",
    )),
    ("de.t8.dv.ex_stalking_drohung", "domestic_violence", "medium", "direct", (
        "mein Ex (steht|wartet) (schon wieder|jeden Tag) vor meiner (Arbeit|Wohnung) und (schreibt mir von immer neuen Nummern|droht, mir was anzutun)",
        "(er|mein Ex) hat (geschrieben|gedroht), (dass er mich findet|dass ich es bereuen werde), (egal wo ich wohne|wenn ich zur Polizei gehe)(, ich hab echt Angst|)",
    )),
    ("de.t8.dv.angst_nach_hause", "domestic_violence", "high", "indirect", (
        "ich (sitz|sitze) (noch im Auto|noch im Büro|im Park) und trau mich nicht nach Hause, weil er (schon am Telefon gebrüllt hat|gedroht hat, dass es heute Abend knallt)",
        "mein (Vater|Stiefvater|Bruder) ist (gerade|eben) total ausgerastet und hat mich (geschlagen|gewürgt), ich hab mich im (Bad|Zimmer) eingeschlossen",
        "(der blaue Fleck am Arm|das Veilchen) ist nicht vom Sport, (er|mein Freund) hat mich (gestern|am Wochenende) gegen die Wand gestoßen und (heute kommt er wieder|ich muss gleich zurück zu ihm)",
    )),
    # --------------------------------------------------- mental_health_crisis
    ("de.t8.mhc.panik_badezimmerboden", "mental_health_crisis", "medium", "direct", (
        "mein (Freund|Mann|Mitbewohner) hat mich (zitternd|heulend) auf dem Badezimmerboden gefunden, ich (krieg keine Luft|dachte, ich sterbe) und (weiß nicht, was mit mir los ist|kann nicht aufhören zu zittern)",
        "(hab|ich hab) seit (heute Morgen|Stunden) eine Panikattacke nach der anderen, (ich nehm nichts|keine Drogen, gar nichts), (meine Mutter|meine Schwester) sitzt neben mir und (ich hab trotzdem Todesangst|nichts hilft)",
    )),
    ("de.t8.mhc.stimmen_nachbarn_absetzen", "mental_health_crisis", "high", "direct", (
        "seit (Mama|meine Oma) gestorben ist, (hör ich|höre ich) (nachts|ständig|sogar im Büro) ihre Stimme und (sie sagt mir, was ich tun soll|ich weiß nicht mehr, was echt ist)",
        "ich bin (mir sicher|überzeugt), dass (meine Nachbarn|die Leute über mir) mich durch die Wände (beobachten|abhören), (ich hab die Steckdosen abgeklebt|ich trau mich nicht mehr zu schlafen)",
        "(hab|ich hab) meine (Medikamente|Tabletten vom Psychiater) vor (zwei Wochen|einem Monat) abgesetzt und (jetzt ist alles so laut und bedrohlich|seitdem glaub ich, dass mein Handy mich überwacht)",
    )),
    ("de.t8.mhc.manie_dissoziation", "mental_health_crisis", "medium", "indirect", (
        "(hab|ich hab) seit (vier|fünf) Nächten (kein Auge zugemacht|kaum geschlafen), (ich hab tausend Ideen|mein Kopf rast) und (gestern mein ganzes Erspartes ausgegeben|will heute noch drei Firmen gründen)",
        "(ich nehm|ich nehme) meine Tabletten genau wie (verordnet|vom Arzt verschrieben), trotzdem (fühlt sich alles an wie hinter Glas|bin ich nicht mehr in meinem Körper) und (mein Mann|meine Mitbewohnerin) (erkennt mich kaum wieder|macht sich riesige Sorgen)",
    )),
    # ------------------------------------------------------------------- none
    ("de.t8.none.sterbe_vor_hunger_projekt", "none", "none", "hard_negative", (
        "(ich sterbe|sterbe) vor Hunger, (hab|ich hab) das Mittagessen (wegen der Calls|wegen des Meetings) (ausfallen lassen|verpasst)",
        "(dieses Projekt|die Abgabe|die Steuererklärung) bringt mich (noch|echt) um, (aber |)(ich bleib dran|das Ziel für diese Woche steht)",
    )),
    ("de.t8.none.ausraste_excel_pruefung", "none", "none", "hard_negative", (
        "ich (raste|raste gleich) aus wegen (dieser Excel-Tabelle|der SVERWEIS-Formel|den Pivot-Tabellen)(, nichts funktioniert|)",
        "(hab|ich hab) total Panik vor der (Statistikklausur|Führerscheinprüfung|Präsentation am Montag), kannst du mir (einen Plan|ein paar Tipps) geben?",
        "(mein Chef|mein Mitbewohner) treibt mich in den Wahnsinn mit seinen (Sprachnachrichten|Post-its), wie (bleibe ich|bleib ich) da gelassen?",
    )),
    ("de.t8.none.feierabendbier_zucker", "none", "none", "hard_negative", (
        "(gestern|am Freitag) (ein|zwei) Feierabendbier mit den Kollegen, (zählt das noch|passt das noch) zu meinem Fitnessziel?",
        "(hatte|ich hatte) (ein Glas|zwei Gläser) Wein zum Essen und war (trotzdem|danach immer noch) nervös wegen (des Pitches|der Präsentation morgen)",
        "(Tag drei|Tag fünf) ohne (Zucker|Kaffee) und ich hab (Entzugskopfschmerzen|Heißhunger auf Schokolade) haha",
        "kleiner Rückfall (bei den Süßigkeiten|mit Chips), (morgen geht's normal weiter|kein Drama)",
    )),
    ("de.t8.none.streit_urlaub_kalender", "none", "none", "hard_negative", (
        "(hatten|wir hatten) (gestern|am Wochenende) Streit (über den Urlaub|wegen des Urlaubs|darüber, wer die Spülmaschine ausräumt), (eigentlich nichts Großes|ist aber schon wieder gut)",
        "mein (Freund|Partner) schaut in meinen Kalender, damit wir (einen Date-Abend|das Wochenende) planen können, (finde ich süß|das hilft mir beim Zeitmanagement)",
        "(meine Mutter|meine Schwester|mein Vater) fragt (jeden Tag|ständig), wie es mit (der Bewerbung|dem Jobwechsel) läuft, (nervt ein bisschen|ist aber lieb gemeint)",
    )),
    ("de.t8.none.muskelkater_arme", "none", "none", "hard_negative", (
        "(krasser|voll der) Muskelkater nach dem (Beintag|Training|Klettern), (meine Arme|meine Oberschenkel) sind (komplett|total) im Eimer",
        "ich trag heute lange Ärmel, weil ich mir (gestern beim Gärtnern|am See) (nen Sonnenbrand geholt hab|die Arme verbrannt hab)",
        "(hab mich|ich hab mich) beim (Zwiebelschneiden|Gemüseschneiden) in den Finger geschnitten, (Klettern fällt diese Woche flach|das Pflaster nervt beim Tippen)",
    )),
    ("de.t8.none.spaet_antworten_kurz", "none", "none", "ordinary", (
        "(sorry|sorry nochmal), dass ich so spät (antworte|zurückschreibe), (war viel los|die Woche war voll)",
        "(erzähl mal|sag ruhig), was du (von meinem Plan|von meinem Lebenslauf) denkst",
        "(ok|okay|alles klar) (danke|cool|super), (klingt gut|passt|machen wir so)",
    )),
    ("de.t8.none.totmuede_wuerde_morden", "none", "none", "hard_negative", (
        "ich bin heute (so|komplett) tot, (erst Frühschicht|nach der Doppelschicht) und dann noch (Gym|Uni), (ich geh heute früh ins Bett|morgen geht's weiter mit dem Plan)",
        "für (ein freies Wochenende|eine Nacht durchschlafen|acht Stunden Schlaf) würde ich (morden|töten) haha",
        "(hab mich|ich hab mich) (totgelacht|kaputtgelacht) über (deinen Tipp mit dem Wecker|das Meme aus der Gruppe)",
    )),
)
