# ruff: noqa: E501
"""Round-7 German training families for the red-flag classifier. They target the remaining
errors: self-harm told indirectly or inside ordinary coaching talk, mental-health crises that
mention medication, a psychiatrist, a clinic or sleeplessness without any misuse, domestic
violence where the injuries or the food and weight rules come from a partner or parent, an
eating disorder with laxatives and diet pills, and German false alarms where everyday coaching
talk borrows strong words (kaputt, fix und fertig, das bringt mich um, verhungern, Tabletten,
Fasten, ein Bier mit Freunden, blaue Flecken vom Sport, ein Partner, der kocht)."""

from __future__ import annotations

from safety.templates.english import Family

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- self_harm
    ("de.t7.sh.missed_checkin_hurt_again", "self_harm", "medium", "indirect", (
        "(sorry|sry|tut mir leid), dass ich (den Check-in|unseren Termin|die Session) verpasst hab, ich hab mir (am Sonntag|gestern Abend|am Wochenende) wieder (selbst wehgetan|absichtlich wehgetan)",
        "(hab die woche meine ziele nicht geschafft|mit den zielen lief diese woche nix), (hab mich wieder geritzt|hab mir wieder in den arm geschnitten|hab wieder mit dem ritzen angefangen)",
        "kurzes update zur woche: (arbeit lief ok|job war okay), aber ich hab mir (wieder|schon wieder) (die arme aufgekratzt bis es geblutet hat|mit dem feuerzeug die haut verbrannt)",
    )),
    ("de.t7.sh.urge_returning", "self_harm", "low", "passive", (
        "ich war fast ein Jahr (clean|sauber) vom Ritzen, aber (seit letzter Woche|in letzter Zeit|jetzt gerade) ist der Drang wieder (da|ziemlich stark)",
        "mein (Streak|Zähler) ohne (Selbstverletzung|mich zu verletzen) steht bei (200|90|45) Tagen und (ich hab Angst, ihn zu verlieren|die Gedanken daran kommen wieder)",
        "früher hab ich mir wehgetan, wenn (es zu viel wurde|ich versagt hab), und (gerade|heute) denk ich wieder (oft dran|ständig daran)",
    )),
    ("de.t7.sh.hide_marks_at_work", "self_harm", "medium", "indirect", (
        "im (Büro|Team-Meeting|Fitnessstudio) trag ich (immer|nur noch) lange Ärmel, damit keiner die (Narben|frischen Schnitte|Pflaster an meinen Armen) sieht",
        "(wie erklär ich|was sag ich) (meinem Team|meinen Kollegen), warum ich (im Sommer|bei der Hitze) nie kurze Ärmel trage, ich will nicht, dass sie (die Schnitte|die Verbrennungen) sehen",
        "(beim sport|in der umkleide) muss ich aufpassen, dass niemand die (stellen|wunden) sieht, die ich mir (selbst gemacht hab|selber zugefügt hab)",
    )),
    ("de.t7.sh.wound_bleeding", "self_harm", "high", "direct", (
        "hab mich (zu tief|tiefer als sonst) geschnitten und es hört nicht auf zu bluten, (was soll ich machen|muss das genäht werden|hilfe)",
        "der Schnitt, den ich mir (selbst|selber) gemacht hab, (klafft auseinander|blutet durch alles durch) und (das Handtuch ist schon voll|der Verband ist komplett rot)",
        "ich hab mir grad (absichtlich|selbst) (einen tiefen schnitt|eine tiefe wunde) zugefügt, (es blutet stark|ich krieg die blutung nicht gestoppt) und mir wird (schwindlig|ganz komisch)",
    )),
    # ---------------------------------------------------------------- mental_health_crisis
    ("de.t7.mhc.no_sleep_psychiatrist", "mental_health_crisis", "medium", "direct", (
        "ich schlafe seit (drei|vier|fünf) Nächten (nicht|kaum), die Gedanken rasen und (mein Psychiater hat erst in zwei Wochen einen Termin|bei der Psychiaterin geht keiner ran)",
        "(meine tabletten nehm ich ganz normal wie verschrieben|ich nehm meine medikamente wie immer), trotzdem (lieg ich jede nacht wach|schlaf ich seit tagen nicht) und (alles dreht sich im kopf|ich bin total überdreht)",
        "(kein schlaf seit montag|seit tagen kein auge zugemacht), ich (red ohne pause|fang zehn projekte gleichzeitig an) und (meine ärztin|mein psychiater) ist im urlaub",
    )),
    ("de.t7.mhc.voices_after_clinic", "mental_health_crisis", "high", "direct", (
        "die Stimmen sind wieder da und sagen mir, (ich soll das Handy wegwerfen|ich darf die Wohnung nicht verlassen|ich soll niemandem trauen), (was mach ich jetzt|ich halt das nicht aus)",
        "(ich war letztes jahr schon mal in der klinik|nach meinem klinikaufenthalt war es ruhig) und jetzt (hör ich wieder stimmen|sind die stimmen zurück), die mir befehle geben",
        "ich nehm (meine medikamente|mein neuroleptikum) (regelmäßig|wie besprochen), aber die stimme (befiehlt mir seit heute morgen dinge|sagt mir ständig, was ich tun muss) und ich (kann sie nicht mehr ignorieren|weiß nicht, was echt ist)",
    )),
    ("de.t7.mhc.numb_waiting_for_care", "mental_health_crisis", "low", "indirect", (
        "seit (meine Psychiaterin|mein Arzt) (die Dosis angepasst hat|das Medikament gewechselt hat) fühl ich mich (wie hinter Glas|irgendwie leer|total taub) und kann mich auf nichts konzentrieren",
        "ich bin (diese woche|seit ein paar tagen) völlig neben mir, (die tagesklinik|die therapie) fängt erst (nächsten monat|im märz) an und ich weiß nicht, wie ich bis dahin funktionieren soll",
        "(irgendwie|ehrlich gesagt) ist seit der entlassung aus der (klinik|psychiatrie) alles grau, (ich seh keinen sinn in meinen zielen|nichts fühlt sich mehr echt an)",
    )),
    # ---------------------------------------------------------------- domestic_violence
    ("de.t7.dv.partner_food_weight_rules", "domestic_violence", "medium", "indirect", (
        "mein (Freund|Mann|Partner) (wiegt mich jeden Morgen|kontrolliert jeden Bissen, den ich esse) und (wird richtig wütend|macht mir eine Szene), wenn (die Zahl nicht stimmt|ich zugenommen hab)",
        "meine (Mutter|Mama) (bestimmt|entscheidet), was und wie viel ich essen darf, und (schließt den Kühlschrank ab|nimmt mir das Essen weg), wenn ich (nicht gehorche|nicht abgenommen hab)",
        "ich trau mich nicht, (hier|im coaching) über meine ernährung zu reden, weil mein (mann|freund) (mir vorschreibt, wie viel ich wiegen muss|meinen teller kontrolliert und mich bestraft)",
    )),
    ("de.t7.dv.bruises_from_him", "domestic_violence", "high", "direct", (
        "die blauen Flecken am (Arm|Hals|Rücken) sind nicht vom Sport, (die sind von ihm|mein Freund hat mich gestern gepackt|mein Ex hat mich gegen die Wand gestoßen)",
        "(er hat mich wieder geschlagen|mein partner hat mich gewürgt) und (gedroht, mich umzubringen|gesagt, beim nächsten mal bringt er mich um), (ich hab angst heimzugehen|ich weiß nicht wohin)",
        "(mein vater|mein stiefvater) hat mich (gestern|am wochenende) so hart geschlagen, dass ich (nicht zum training kann|mein auge kaum aufkrieg)",
    )),
    # ---------------------------------------------------------------- eating_disorder
    ("de.t7.ed.laxatives_diet_pills", "eating_disorder", "medium", "direct", (
        "ich nehm (jeden Tag|nach jedem Essen|seit Wochen) (Abführmittel|Abführtabletten), damit (nichts ansetzt|ich bloß nicht zunehme)",
        "ich hab (Appetitzügler|Diätpillen|Fatburner-Tabletten) online bestellt, damit ich (fast nichts mehr|kaum noch was) essen muss",
        "nach (dem Essen|einem Fressanfall) nehm ich (die doppelte|die dreifache) Dosis Abführmittel, obwohl (mir schon schwindlig ist|mein Bauch total krampft)",
    )),
    # ---------------------------------------------------------------- none / hard_negative
    ("de.t7.none.training_wrecked", "none", "none", "hard_negative", (
        "(nach dem|nach dem heutigen) (Beintraining|Intervalltraining|Crossfit) (geht echt nichts mehr|bin ich komplett kaputt|bin ich fix und fertig), (aber es hat sich gelohnt|morgen ist zum Glück Ruhetag)",
        "(boah|puh), die (laufeinheit|spinning-stunde) hat mich (zerstört|fertig gemacht), wie lange sollte ich (regenerieren|pause machen)",
    )),
    ("de.t7.none.starving_after_meetings", "none", "none", "hard_negative", (
        "(ich sterbe gleich vor Hunger|ich verhungere gleich|bin am Verhungern), (die Meetings gingen bis halb drei|hab das Mittagessen wegen Calls verpasst)",
        "(hab heute|hab schon wieder) das mittagessen ausfallen lassen, weil (der kunde angerufen hat|die deadline drückte), (wie plan ich meine pausen besser|wie vermeide ich das)",
        "(mega|total) hunger nach (dem workout|der schicht), was ist ein (schneller|gesunder) snack",
    )),
    ("de.t7.none.task_kills_me", "none", "none", "hard_negative", (
        "diese (Excel-Tabelle|Steuererklärung|Präsentation) bringt mich (noch|echt) um, (hast du Tipps zum Fokussieren|wie teil ich mir das besser ein)",
        "(der neue|mein) (kunde|projektleiter) macht mich (wahnsinnig|fertig), wie (bleib ich ruhig|grenz ich mich ab), ohne unhöflich zu sein",
    )),
    ("de.t7.none.prescribed_tablets", "none", "none", "hard_negative", (
        "meine Ärztin hat mir (Blutdrucktabletten|Schilddrüsentabletten|ein Antibiotikum) verschrieben, (soll ich die vor oder nach dem Sport nehmen|kann ich trotzdem normal trainieren)",
        "(ich vergesse oft|wie merk ich mir), morgens meine (tabletten|verschriebenen tabletten) zu nehmen, (hast du eine idee für eine routine|kann ich das ans zähneputzen koppeln)",
        "(darf ich|kann ich) meine (Eisentabletten|Vitamin-D-Tabletten) (einfach zum Frühstück|mit dem Kaffee) nehmen",
    )),
    ("de.t7.none.fasting_diet_goals", "none", "none", "hard_negative", (
        "ich (mache|probier) gerade (16:8|Intervallfasten|Fasten bis mittags), (ist Kaffee am Morgen okay|wie krieg ich genug Eiweiß rein)",
        "(ich hab mir vorgenommen,|mein ziel ist es,) (bis zum sommer|in drei monaten) (fünf|drei) kilo abzunehmen, (wie plane ich das gesund|was ist ein realistischer plan)",
    )),
    ("de.t7.none.beer_with_friends", "none", "none", "hard_negative", (
        "gestern (ein Bier|zwei Bier|ein Radler) mit (Freunden|den Kollegen) nach der Arbeit, (zählt das gegen mein Fitnessziel|ist das schlimm für meinen Trainingsplan)",
        "am (Freitag|Wochenende) geh ich mit (Freunden|meinen Leuten) was trinken, (wie bleib ich trotzdem bei meinem Schlafrhythmus|soll ich das Training am Samstag verschieben)",
    )),
    ("de.t7.none.sport_bruise", "none", "none", "hard_negative", (
        "hab einen (riesigen|fetten) blauen Fleck (am Schienbein|am Oberschenkel) vom (Fußball|Volleyball|Klettern), (soll ich trotzdem trainieren|kühlen oder wärmen)",
        "(beim judo|beim handball) hab ich (voll einen abbekommen|nen ellbogen abgekriegt), jetzt ist die (schulter|hüfte) grün und blau, (ist pause sinnvoll|wann kann ich wieder ran)",
    )),
    ("de.t7.none.partner_cooks", "none", "none", "hard_negative", (
        "mein (Freund|Mann|Partner) kocht (fast immer|meistens) für uns, (wie behalte ich trotzdem meine Kalorien im Blick|wie sprech ich an, dass ich mehr Gemüse will)",
        "(meine freundin|meine frau|mein mann) plant (meistens|immer) das abendessen, (wie kann ich mich mehr einbringen|sollen wir das jede woche zusammen machen)",
    )),
    # ---------------------------------------------------------------- none / ordinary
    ("de.t7.none.goal_first_step", "none", "none", "ordinary", (
        "(ich möchte|ich will) (dieses Jahr|bis Ende des Quartals) (mein Englisch verbessern|einen Halbmarathon laufen|befördert werden), (wo fang ich an|hilf mir beim ersten Schritt)",
        "(mein ziel|mein großes ziel) für (den herbst|nächstes jahr) ist (eine neue sprache|mehr sichtbarkeit im job), wie mach ich das messbar",
    )),
    ("de.t7.none.habit_building", "none", "none", "ordinary", (
        "(wie schaffe ich es|hast du Tipps), (jeden Morgen|jeden Abend) (zehn Minuten zu lesen|zu meditieren|das Handy wegzulegen)",
        "mein habit tracker zeigt (fünf|zehn) tage am stück (lesen|joggen), (wie bleib ich dran|was ist der nächste schritt)",
    )),
    ("de.t7.none.work_conversation", "none", "none", "ordinary", (
        "(morgen hab ich|nächste Woche hab ich) (ein Mitarbeitergespräch|ein Vorstellungsgespräch|eine Gehaltsverhandlung), (wie bereite ich mich vor|kannst du mit mir üben)",
        "(mein chef|meine chefin) will (mehr eigeninitiative|bessere berichte) von mir sehen, was kann ich (konkret|ab montag) ändern",
    )),
    ("de.t7.none.week_planning", "none", "none", "ordinary", (
        "(kannst du mir helfen|hilf mir mal), (meine Woche|den Montag|das Wochenende) zu planen, (ich hab zu viele Termine|sonst verlier ich den Überblick)",
        "wie (teile ich|plane ich) (meine lernzeit|meine abende) (sinnvoll|besser) ein",
    )),
)
