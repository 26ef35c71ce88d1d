<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="725"/>
        <source>Add an action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="728"/>
        <source>adaptation of requirements or conditions</source>
        <translation>dostosowanie wymagań lub warunków</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="729"/>
        <source>form of psychological-pedagogical help</source>
        <translation>forma pomocy psychologiczno-pedagogicznej</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="730"/>
        <source>support for the parents</source>
        <translation>wsparcie rodziców</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="731"/>
        <source>action of another sector (health, welfare, NGO)</source>
        <translation>działanie innego sektora (zdrowie, pomoc społeczna, organizacje pozarządowe)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="732"/>
        <source>other action</source>
        <translation>inne działanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="735"/>
        <source>&amp;Kind *</source>
        <translation>&amp;Rodzaj *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="736"/>
        <source>&amp;What will be done *</source>
        <translation>&amp;Co zostanie zrobione *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="737"/>
        <source>Res&amp;ponsible person</source>
        <translation>Osoba &amp;odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="739"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="739"/>
        <source>e.g. 30.06.2026</source>
        <translation>np. 30.06.2026</translation>
    </message>
</context>
<context>
    <name>AddCategoryDialog</name>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1349"/>
        <source>Add a category</source>
        <translation>Dodaj kategorię</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1352"/>
        <source>Code or words, e.g. d166 or reading</source>
        <translation>Kod albo słowa, np. d166 lub czytanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1353"/>
        <source>Search the classification</source>
        <translation>Szukaj w klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1356"/>
        <source>Categories found</source>
        <translation>Znalezione kategorie</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="449"/>
        <source>Specialist</source>
        <extracomment>typed narrative text is stored this long after the last keystroke the id of an assessment to open (an amendment just made) something of the assessment changed (the child&apos;s record shows counts and status) the id of a support plan just made from this assessment</extracomment>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="450"/>
        <source>Teacher</source>
        <translation>Nauczyciel</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="451"/>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="452"/>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="453"/>
        <source>Team consensus</source>
        <translation>Ustalenie zespołu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="458"/>
        <source>observation</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="459"/>
        <source>interview</source>
        <translation>wywiad</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="460"/>
        <source>test or trial</source>
        <translation>test lub próba</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="461"/>
        <source>documents</source>
        <translation>dokumentacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="472"/>
        <source>%1 — assessment of %2</source>
        <translation>%1 — ocena z dnia %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="475"/>
        <source>&amp;Rating as:</source>
        <translation>&amp;Oceniający:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="485"/>
        <source>Whose ratings are entered</source>
        <translation>Czyje oceny są wpisywane</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="486"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="487"/>
        <source>Undo the last rating change (Ctrl+Z)</source>
        <translation>Cofnij ostatnią zmianę oceny (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="488"/>
        <source>Re&amp;do</source>
        <translation>Po&amp;nów</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="489"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ponów (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="490"/>
        <source>Add a &amp;category…</source>
        <translation>Dodaj kat&amp;egorię…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="491"/>
        <source>Rate a category of the ICF that the template lacks</source>
        <translation>Oceń kategorię ICF, której nie ma w szablonie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="492"/>
        <source>&amp;Finish…</source>
        <translation>&amp;Zakończ…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="494"/>
        <source>Check what is missing and make the assessment final</source>
        <translation>Sprawdź, czego brakuje, i zatwierdź ocenę</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="496"/>
        <source>Doc&amp;uments…</source>
        <translation>Dok&amp;umenty…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="498"/>
        <source>The assessment summary and the summary for parents: preview, PDF, Excel</source>
        <translation>Podsumowanie oceny i podsumowanie dla rodziców: podgląd, PDF, Excel</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="500"/>
        <source>Support p&amp;lan…</source>
        <translation>P&amp;lan wsparcia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="502"/>
        <source>Make a support plan from this assessment, with suggestions and reasons</source>
        <translation>Utwórz plan wsparcia na podstawie tej oceny – z propozycjami i ich uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="504"/>
        <source>New &amp;version…</source>
        <translation>Nowa wer&amp;sja…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="505"/>
        <source>Correct a final assessment in a new version</source>
        <translation>Popraw zatwierdzoną ocenę w nowej wersji</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="506"/>
        <source>Ra&amp;ting</source>
        <translation>Oce&amp;nianie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="507"/>
        <source>Informants &amp;side by side</source>
        <translation>Porównanie &amp;informatorów</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="508"/>
        <source>&amp;Narratives</source>
        <translation>O&amp;pis</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="509"/>
        <source>Functioning &amp;profile</source>
        <translation>Profil &amp;funkcjonowania</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="511"/>
        <location filename="../../app/gui/assessment_panel.py" line="554"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="512"/>
        <location filename="../../app/gui/assessment_panel.py" line="555"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="513"/>
        <source>Rating / performance</source>
        <translation>Ocena / wykonanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="514"/>
        <source>Capacity</source>
        <translation>Zdolność</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="515"/>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="527"/>
        <source>Categories to rate</source>
        <translation>Kategorie do oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="528"/>
        <source>Sections of the template</source>
        <translation>Części szablonu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="529"/>
        <source>Rating guidance</source>
        <translation>Wskazówki do oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="532"/>
        <source>Keys: 0–4 rate (0 no problem … 4 complete problem), 8 not specified, 9 not applicable; activities: performance, then capacity; environment: a digit is a barrier, + makes it a facilitator, - a barrier again; Delete clears; Ctrl+Z undoes. Every rating is saved at once.</source>
        <translation>Klawisze: 0–4 to ocena (0 brak problemu … 4 problem całkowity), 8 nieokreślone, 9 nie dotyczy; aktywności: najpierw wykonanie, potem zdolność; środowisko: cyfra oznacza barierę, + zmienia ją w czynnik ułatwiający, - z powrotem w barierę; Delete usuwa; Ctrl+Z cofa. Każda ocena zapisuje się od razu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="538"/>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="539"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Uzasadnienie:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="540"/>
        <source>Source of the rating</source>
        <translation>Źródło informacji do oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="541"/>
        <source>Evidence for the rating</source>
        <translation>Uzasadnienie oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="543"/>
        <source>What was seen or heard, e.g. reads 40 words a minute</source>
        <translation>Co zaobserwowano lub usłyszano, np. czyta 40 słów na minutę</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="548"/>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="556"/>
        <source>Suggested</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="557"/>
        <source>Consensus</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="561"/>
        <source>The informants&apos; ratings side by side</source>
        <translation>Oceny informatorów obok siebie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="564"/>
        <source>Rows in red: the informants disagree (by 2 or more, or barrier against facilitator). Type the agreed rating in the Consensus column, or press Enter to accept the suggestion (the median, rounded towards more difficulty).</source>
        <translation>Wiersze na czerwono: informatorzy się różnią (o 2 lub więcej albo bariera wobec czynnika ułatwiającego). Wpisz uzgodnioną ocenę w kolumnie „Ustalenie” albo naciśnij Enter, aby przyjąć propozycję (medianę zaokrągloną w stronę większej trudności).</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="569"/>
        <source>&amp;Accept the suggestion</source>
        <translation>Przyj&amp;mij propozycję</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="570"/>
        <source>Accept all &amp;remaining suggestions</source>
        <translation>Przyjmij &amp;wszystkie pozostałe propozycje</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="581"/>
        <source>&amp;Compare with:</source>
        <translation>Po&amp;równaj z:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="582"/>
        <source>Earlier assessment to compare with</source>
        <translation>Wcześniejsza ocena do porównania</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="583"/>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="584"/>
        <source>Functioning profile chart</source>
        <translation>Wykres profilu funkcjonowania</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="586"/>
        <source>Body functions</source>
        <translation>Funkcje ciała</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="587"/>
        <source>Body structures</source>
        <translation>Struktury ciała</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="588"/>
        <source>Activities and participation</source>
        <translation>Aktywność i uczestnictwo</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="589"/>
        <source>Environmental factors</source>
        <translation>Czynniki środowiskowe</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="592"/>
        <source>← facilitator</source>
        <translation>← czynnik ułatwiający</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="593"/>
        <source>difficulty or barrier →</source>
        <translation>trudność lub bariera →</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="595"/>
        <source>8/9: not specified or not applicable</source>
        <translation>8/9: nieokreślone lub nie dotyczy</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="633"/>
        <source>Other categories</source>
        <translation>Inne kategorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="673"/>
        <source>%1 of %2 rated</source>
        <translation>Ocenione: %1 z %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="772"/>
        <source>Other ratings:</source>
        <translation>Inne oceny:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="823"/>
        <source>This assessment is final; make a new version to change it.</source>
        <translation>Ta ocena jest zatwierdzona; aby ją zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="832"/>
        <source>Now the strength of the facilitator: 0–4.</source>
        <translation>Teraz siła czynnika ułatwiającego: 0–4.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="913"/>
        <source>Saved automatically at %1</source>
        <translation>Zapisano automatycznie o %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="950"/>
        <source>Accept all suggestions</source>
        <translation>Przyjęcie wszystkich propozycji</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="962"/>
        <source>The informants disagree</source>
        <translation>Informatorzy się różnią</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1004"/>
        <source>— nothing —</source>
        <translation>— z niczym —</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1007"/>
        <source>final</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1007"/>
        <source>draft</source>
        <translation>robocza</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1030"/>
        <source>Bars: the rating (for activities, performance); ◇ capacity, what the child can do in a standardised setting.</source>
        <translation>Słupki: ocena (przy aktywnościach – wykonanie); ◇ zdolność, czyli to, co dziecko potrafi w warunkach standardowych.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1041"/>
        <source>%1 categories in the profile.</source>
        <translation>Kategorie w profilu: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1043"/>
        <source>Choose an earlier assessment above to see what changed.</source>
        <translation>Wybierz powyżej wcześniejszą ocenę, aby zobaczyć, co się zmieniło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1048"/>
        <source>On the chart, the dashed outlines show the earlier assessment chosen above, the filled bars this one.</source>
        <translation>Na wykresie przerywane obrysy pokazują wybraną powyżej wcześniejszą ocenę, a wypełnione słupki – tę ocenę.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1052"/>
        <source>Improved</source>
        <translation>Poprawa</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1053"/>
        <source>Got worse</source>
        <translation>Pogorszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1054"/>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1055"/>
        <source>Rated only now</source>
        <translation>Oceniane dopiero teraz</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1056"/>
        <source>Rated only before</source>
        <translation>Oceniane tylko wcześniej</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1057"/>
        <source>Not comparable (8 or 9 on one side)</source>
        <translation>Nie do porównania (8 lub 9 w jednej z ocen)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1111"/>
        <source>Mark missing ratings</source>
        <translation>Uzupełnienie brakujących ocen</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1139"/>
        <source>New version</source>
        <translation>Nowa wersja</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1141"/>
        <source>The final assessment stays as it is. A new draft version is made with all its ratings and narratives, for you to correct. Continue?</source>
        <translation>Zatwierdzona ocena pozostanie bez zmian. Powstanie nowa wersja robocza ze wszystkimi jej ocenami i opisami, którą można poprawić. Kontynuować?</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1193"/>
        <source>Final: read-only. To correct it, make a new version.</source>
        <translation>Zatwierdzona: tylko do odczytu. Aby ją poprawić, utwórz nową wersję.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1195"/>
        <source>Draft (a new version of a final assessment)</source>
        <translation>Wersja robocza (nowa wersja zatwierdzonej oceny)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1197"/>
        <source>Draft: every change is saved at once</source>
        <translation>Wersja robocza: każda zmiana zapisuje się od razu</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="54"/>
        <source>Audit log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="59"/>
        <source>e.g. view, update, export, erase</source>
        <translation>np. view, update, export, erase</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="62"/>
        <source>e.g. child, assessment, rating</source>
        <translation>np. child, assessment, rating</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="68"/>
        <source>e.g. 1.09.2026</source>
        <translation>np. 1.09.2026</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="71"/>
        <source>&amp;Who:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="72"/>
        <source>&amp;Action:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="73"/>
        <source>&amp;Record type:</source>
        <translation>&amp;Rodzaj rekordu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="75"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="84"/>
        <source>Entries of the audit log</source>
        <translation>Wpisy dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="88"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="89"/>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="90"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="91"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="92"/>
        <source>Record type</source>
        <translation>Rodzaj rekordu</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="93"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="94"/>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="102"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="105"/>
        <source>&amp;Check the log is intact</source>
        <translation>&amp;Sprawdź, czy dziennik jest nienaruszony</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="108"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="161"/>
        <source>Entries matching: %1 (the newest %2 shown).</source>
        <translation>Pasujące wpisy: %1 (pokazano najnowsze: %2).</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="176"/>
        <source>The log is intact: %1 entries, each sealed with the one before.</source>
        <translation>Dziennik jest nienaruszony: wpisów %1, każdy zabezpieczony skrótem poprzedniego.</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="184"/>
        <source>The log was tampered with: %1</source>
        <translation>Dziennik został naruszony: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="192"/>
        <source>Export the audit log</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="194"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Skoroszyt Excela (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="205"/>
        <source>Exported: %1</source>
        <translation>Wyeksportowano: %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="296"/>
        <source>New case</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="299"/>
        <source>Date of &amp;referral *</source>
        <translation>&amp;Data zgłoszenia *</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="299"/>
        <source>e.g. 9.03.2025</source>
        <translation>np. 9.03.2025</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="301"/>
        <source>Referred &amp;by</source>
        <translation>&amp;Kto zgłosił</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="302"/>
        <source>Reason for &amp;referral</source>
        <translation>&amp;Powód zgłoszenia</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="169"/>
        <source>Edit the child&apos;s details</source>
        <translation>Zmiana danych dziecka</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="169"/>
        <source>New child</source>
        <translation>Nowe dziecko</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="172"/>
        <source>&amp;Given names</source>
        <translation>&amp;Imiona</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="173"/>
        <source>&amp;Surname</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="174"/>
        <source>&amp;PESEL</source>
        <translation>&amp;PESEL</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="174"/>
        <source>11 digits; optional</source>
        <translation>11 cyfr; nieobowiązkowo</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="177"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="179"/>
        <source>e.g. 9.03.2015</source>
        <translation>np. 9.03.2015</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="182"/>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="183"/>
        <source>girl</source>
        <translation>dziewczynka</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="184"/>
        <source>boy</source>
        <translation>chłopiec</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="185"/>
        <source>S&amp;ex</source>
        <translation>Pł&amp;eć</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="186"/>
        <source>S&amp;chool or preschool</source>
        <translation>&amp;Szkoła lub przedszkole</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="187"/>
        <source>C&amp;lass or group</source>
        <translation>&amp;Klasa lub grupa</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="189"/>
        <source>L&amp;anguages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="189"/>
        <source>e.g. Polish, Ukrainian</source>
        <translation>np. polski, ukraiński</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="191"/>
        <source>Fields marked * are required.</source>
        <translation>Pola oznaczone * są wymagane.</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../app/gui/children_panel.py" line="168"/>
        <source>Name, surname or PESEL…</source>
        <extracomment>the id of an assessment the user wants to see or continue the id of a support plan the user wants to see</extracomment>
        <translation>Imię, nazwisko lub PESEL…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="169"/>
        <source>Search children</source>
        <translation>Wyszukiwanie dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="170"/>
        <source>School or preschool…</source>
        <translation>Szkoła lub przedszkole…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="171"/>
        <source>Filter by school</source>
        <translation>Filtr według szkoły</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="175"/>
        <source>All children</source>
        <translation>Wszystkie dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="176"/>
        <source>With an open case</source>
        <translation>Z otwartą sprawą</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="177"/>
        <source>Cases closed</source>
        <translation>Sprawy zamknięte</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="180"/>
        <source>Case status</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="181"/>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="182"/>
        <source>The child&apos;s record</source>
        <translation>Dane dziecka</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="186"/>
        <source>&amp;New child… (Ctrl+N)</source>
        <translation>&amp;Nowe dziecko… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="187"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edytuj dane…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="188"/>
        <source>Add a &amp;guardian…</source>
        <translation>Dodaj &amp;opiekuna…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="189"/>
        <source>New c&amp;ase…</source>
        <translation>Nowa spr&amp;awa…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="190"/>
        <source>&amp;Start an assessment…</source>
        <translation>&amp;Rozpocznij ocenę…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="191"/>
        <source>&amp;Open the assessment</source>
        <translation>O&amp;twórz ocenę</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="192"/>
        <source>All data of the child (GDPR)…</source>
        <translation>Wszystkie dane dziecka (RODO)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="193"/>
        <source>Erase the child…</source>
        <translation>Usuń dane dziecka…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="198"/>
        <source>Surname and given names</source>
        <translation>Nazwisko i imiona</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="199"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="200"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="201"/>
        <source>School / preschool</source>
        <translation>Szkoła / przedszkole</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="202"/>
        <source>Class / group</source>
        <translation>Klasa / grupa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="279"/>
        <source>%n child(ren) found</source>
        <translation>
            <numerusform>Znaleziono dzieci: %n</numerusform>
            <numerusform>Znaleziono dzieci: %n</numerusform>
            <numerusform>Znaleziono dzieci: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="281"/>
        <source>No child matches the search</source>
        <translation>Żadne dziecko nie pasuje do wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="316"/>
        <source>Support plan: %1 (%2 – %3)</source>
        <translation>Plan wsparcia: %1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="330"/>
        <source>None recorded</source>
        <translation>Brak wpisów</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="331"/>
        <source>Guardians</source>
        <translation>Opiekunowie</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="332"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="475"/>
        <source>Start an assessment</source>
        <translation>Rozpoczęcie oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="477"/>
        <source>This child has a draft assessment of %1. Continue it instead of starting a new one?</source>
        <translation>Dziecko ma roboczą ocenę z dnia %1. Kontynuować ją zamiast rozpoczynać nową?</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="520"/>
        <source>All data of the child (GDPR)</source>
        <translation>Wszystkie dane dziecka (RODO)</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="522"/>
        <source>ZIP with data and documents (*.zip);;JSON (*.json)</source>
        <translation>ZIP z danymi i dokumentami (*.zip);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="541"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="552"/>
        <source>Erase the child</source>
        <translation>Usunięcie danych dziecka</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="554"/>
        <source>Everything about %1 will be removed for good: the record, guardians, cases, assessments, plans and documents. The audit log keeps only that an erasure happened. Type the surname to confirm:</source>
        <translation>Wszystkie dane: %1 zostaną trwale usunięte: karta, opiekunowie, sprawy, oceny, plany i dokumenty. W dzienniku zdarzeń zostanie tylko informacja, że dane usunięto. Aby potwierdzić, wpisz nazwisko:</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="569"/>
        <source>The surname does not match; nothing was erased.</source>
        <translation>Nazwisko się nie zgadza; niczego nie usunięto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="579"/>
        <source>Erased. Older backups (%1) still hold the child until they rotate out.</source>
        <translation>Usunięto. Starsze kopie zapasowe (%1) zawierają jeszcze te dane, dopóki nie zostaną zastąpione nowszymi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="337"/>
        <source>Date of birth: %1</source>
        <translation>Data urodzenia: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="183"/>
        <source>&amp;Assessments and plans of the child:</source>
        <translation>Oceny i plany dzie&amp;cka:</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="184"/>
        <source>Assessments and plans of the child</source>
        <translation>Oceny i plany dziecka</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="270"/>
        <source>No child has been added yet. Add the first one with “New child…” (Ctrl+N). To try the program on made-up children, keep them in a database of their own: “scripts/run.sh --db demo.sqlite3 demo --children 200”, then “scripts/run.sh --db demo.sqlite3”.</source>
        <translation>Nie dodano jeszcze żadnego dziecka. Dodaj pierwsze przyciskiem „Nowe dziecko…” (Ctrl+N). Aby wypróbować program na zmyślonych danych, trzymaj je w osobnej bazie: „scripts/run.sh --db demo.sqlite3 demo --children 200”, a potem „scripts/run.sh --db demo.sqlite3”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="351"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="351"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="304"/>
        <source>final</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="304"/>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="305"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n ocena kategorii</numerusform>
            <numerusform>%n oceny kategorii</numerusform>
            <numerusform>%n ocen kategorii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePlanDialog</name>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="847"/>
        <source>Make a support plan</source>
        <translation>Nowy plan wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="850"/>
        <source>school: IPET</source>
        <translation>szkolny: IPET</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="851"/>
        <source>family support plan</source>
        <translation>plan wsparcia rodziny</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="852"/>
        <source>intersectoral support plan</source>
        <translation>międzysektorowy plan wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="855"/>
        <source>&amp;Kind of plan</source>
        <translation>&amp;Rodzaj planu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="857"/>
        <source>&amp;Town or area</source>
        <translation>&amp;Miejscowość lub obszar</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="857"/>
        <source>for matching providers</source>
        <translation>do doboru placówek i usług</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="860"/>
        <source>Family&apos;s &amp;motivation to change</source>
        <translation>Mo&amp;tywacja rodziny do zmiany</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="861"/>
        <source>Family&apos;s &amp;resources for change</source>
        <translation>&amp;Zasoby rodziny do zmiany</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="864"/>
        <source>— not assessed —</source>
        <translation>— nie oceniono —</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="866"/>
        <source>low</source>
        <translation>niska</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="866"/>
        <source>medium</source>
        <translation>średnia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="866"/>
        <source>high</source>
        <translation>wysoka</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="870"/>
        <source>&amp;Make the plan</source>
        <translation>&amp;Utwórz plan</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="266"/>
        <source>Documents of the assessment</source>
        <translation>Dokumenty oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="256"/>
        <source>Assessment summary</source>
        <translation>Podsumowanie oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="257"/>
        <source>Summary for parents</source>
        <translation>Podsumowanie dla rodziców</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="72"/>
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="59"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="73"/>
        <source>initials only</source>
        <translation>tylko inicjały</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="74"/>
        <source>no name</source>
        <translation>bez imienia i nazwiska</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="75"/>
        <source>mark as &amp;confidential</source>
        <translation>oznacz jako &amp;poufne</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="78"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="79"/>
        <source>Language of the document</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="80"/>
        <source>How the child is named</source>
        <translation>Jak dokument wymienia dziecko</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="89"/>
        <source>Preview of the document</source>
        <translation>Podgląd dokumentu</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="98"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="101"/>
        <source>&amp;Open the saved file</source>
        <translation>&amp;Otwórz zapisany plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="105"/>
        <source>Ratings to &amp;Excel…</source>
        <translation>Oceny do &amp;Excela…</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="113"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="114"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="115"/>
        <source>C&amp;hild:</source>
        <translation>Dzie&amp;cko:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/documents_dialog.py" line="172"/>
        <source>%n page(s). Nothing is written to the disk until you save.</source>
        <translation>
            <numerusform>%n strona. Nic nie zostanie zapisane na dysku, dopóki nie zapiszesz dokumentu.</numerusform>
            <numerusform>%n strony. Nic nie zostanie zapisane na dysku, dopóki nie zapiszesz dokumentu.</numerusform>
            <numerusform>%n stron. Nic nie zostanie zapisane na dysku, dopóki nie zapiszesz dokumentu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="181"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="194"/>
        <location filename="../../app/gui/documents_dialog.py" line="219"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="204"/>
        <source>Ratings to Excel</source>
        <translation>Oceny do Excela</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="206"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="295"/>
        <source>Support plan</source>
        <translation>Plan wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="296"/>
        <source>Evaluation report</source>
        <translation>Raport z ewaluacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/documents_dialog.py" line="305"/>
        <source>Documents of the plan</source>
        <translation>Dokumenty planu</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1228"/>
        <source>Finish the assessment</source>
        <translation>Zakończenie oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1234"/>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1236"/>
        <source>Mark the unrated as &amp;8 (not specified)</source>
        <translation>Oznacz nieocenione jako &amp;8 (nieokreślone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1239"/>
        <source>Mark the unrated as &amp;9 (not applicable)</source>
        <translation>Oznacz nieocenione jako &amp;9 (nie dotyczy)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1244"/>
        <source>Make &amp;final</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1248"/>
        <source>&amp;Back to the assessment</source>
        <translation>&amp;Wróć do oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1272"/>
        <source> — the informants disagree; set the consensus</source>
        <translation> — informatorzy się różnią; wpisz ustalenie zespołu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1281"/>
        <source>Narrative: %1 (required)</source>
        <translation>Opis: %1 (wymagany)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1290"/>
        <source>Everything is rated. Once final, the assessment is read-only; corrections are made in a new version.</source>
        <translation>Wszystko jest ocenione. Zatwierdzona ocena będzie tylko do odczytu; poprawki wprowadza się w nowej wersji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_panel.py" line="1297"/>
        <source>Still missing: %1 unrated categories and %2 required narratives. Rate them (Enter opens one), or mark the unrated deliberately as 8 or 9.</source>
        <translation>Jeszcze brakuje: nieocenione kategorie – %1, wymagane opisy – %2. Uzupełnij je (Enter otwiera wybraną pozycję) albo świadomie oznacz nieocenione jako 8 lub 9.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="689"/>
        <source>Add a goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="690"/>
        <source>ICF &amp;category *</source>
        <translation>&amp;Kategoria ICF *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="691"/>
        <source>&amp;Goal *</source>
        <translation>&amp;Cel *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="692"/>
        <source>&amp;Baseline *</source>
        <translation>Poziom &amp;wyjściowy *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="692"/>
        <source>T&amp;arget *</source>
        <translation>Poziom &amp;docelowy *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="698"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="698"/>
        <source>e.g. 30.06.2026</source>
        <translation>np. 30.06.2026</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="700"/>
        <source>Res&amp;ponsible person</source>
        <translation>Osoba &amp;odpowiedzialna</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="701"/>
        <source>&amp;Methods</source>
        <translation>&amp;Metody</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="260"/>
        <source>New guardian</source>
        <translation>Nowy opiekun</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="261"/>
        <source>&amp;Name and surname *</source>
        <translation>&amp;Imię i nazwisko *</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="264"/>
        <source>mother</source>
        <translation>matka</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="264"/>
        <source>father</source>
        <translation>ojciec</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="264"/>
        <source>legal guardian</source>
        <translation>opiekun prawny</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="267"/>
        <source>&amp;Relation *</source>
        <translation>&amp;Pokrewieństwo lub rola *</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="268"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="269"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_dialogs.py" line="270"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Adres</translation>
    </message>
</context>
<context>
    <name>IcfBrowser</name>
    <message>
        <location filename="../../app/gui/browser.py" line="116"/>
        <source>Search by code or words, e.g. d166, reading, czytanie…</source>
        <translation>Szukaj po kodzie lub słowach, np. d166, czytanie, reading…</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="118"/>
        <source>Search the classification</source>
        <translation>Przeszukaj klasyfikację</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="119"/>
        <source>Classification tree</source>
        <translation>Drzewo klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="120"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="121"/>
        <source>Details of the selected entry</source>
        <translation>Szczegóły wybranej pozycji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="156"/>
        <source>%n entries in the classification</source>
        <translation>
            <numerusform>%n pozycja w klasyfikacji</numerusform>
            <numerusform>%n pozycje w klasyfikacji</numerusform>
            <numerusform>%n pozycji w klasyfikacji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="161"/>
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="163"/>
        <source>The first %n results</source>
        <translation>
            <numerusform>Pierwszy %n wynik</numerusform>
            <numerusform>Pierwsze %n wyniki</numerusform>
            <numerusform>Pierwszych %n wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="165"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="298"/>
        <source>&amp;ICF classification</source>
        <translation>&amp;Klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="299"/>
        <source>&amp;Children</source>
        <translation>&amp;Dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="300"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statystyki</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>Support &amp;network</source>
        <translation>Sieć &amp;wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>ICF Assess — ICF classification</source>
        <translation>ICF Assess — klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="304"/>
        <source>&amp;Import ClaML…</source>
        <translation>&amp;Importuj ClaML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="307"/>
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation>Importuj oficjalną klasyfikację ICF (tytuły i definicje) z plików ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="310"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Kopia zapasowa bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="311"/>
        <source>&amp;Restore the database from a backup…</source>
        <translation>P&amp;rzywróć bazę danych z kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="313"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="314"/>
        <source>&amp;Search the classification</source>
        <translation>&amp;Szukaj w klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="315"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="316"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="317"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administracja</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="318"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Dziennik zdarzeń…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="319"/>
        <source>&amp;User accounts…</source>
        <translation>&amp;Konta użytkowników…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320"/>
        <source>&amp;Keeping records…</source>
        <translation>&amp;Przechowywanie danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322"/>
        <source>&amp;About ICF Assess</source>
        <translation>&amp;O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="359"/>
        <location filename="../../app/gui/main_window.py" line="369"/>
        <location filename="../../app/gui/main_window.py" line="550"/>
        <location filename="../../app/gui/main_window.py" line="560"/>
        <source>Import ClaML</source>
        <translation>Import ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="361"/>
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation>Pliki ClaML (*.xml *.claml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="370"/>
        <source>Importing the classification…</source>
        <translation>Importowanie klasyfikacji…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="391"/>
        <source>Please wait until the current operation finishes.</source>
        <translation>Proszę poczekać, aż zakończy się bieżąca operacja.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="399"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="414"/>
        <location filename="../../app/gui/main_window.py" line="434"/>
        <location filename="../../app/gui/main_window.py" line="438"/>
        <source>Back up the database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="416"/>
        <location filename="../../app/gui/main_window.py" line="451"/>
        <source>ICF Assess database (*.sqlite3);;All files (*)</source>
        <translation>Baza danych ICF Assess (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="435"/>
        <source>Writing and checking the backup…</source>
        <translation>Zapisywanie i sprawdzanie kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="439"/>
        <source>The backup was written and checked:
%1</source>
        <translation>Kopia zapasowa została zapisana i sprawdzona:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <location filename="../../app/gui/main_window.py" line="457"/>
        <location filename="../../app/gui/main_window.py" line="489"/>
        <location filename="../../app/gui/main_window.py" line="502"/>
        <source>Restore the database from a backup</source>
        <translation>Przywracanie bazy danych z kopii</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>Replace all current records with the contents of
%1?

The current state is kept as a backup first.</source>
        <translation>Zastąpić wszystkie obecne dane zawartością pliku
%1?

Obecny stan zostanie najpierw zapisany jako kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="490"/>
        <source>Checking the backup and restoring…</source>
        <translation>Sprawdzanie kopii i przywracanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="503"/>
        <source>The database was restored from:
%1</source>
        <translation>Baza danych została przywrócona z kopii:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="528"/>
        <location filename="../../app/gui/main_window.py" line="543"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167"/>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>Opening the records database…</source>
        <extracomment>the records database chosen with --db (None: settings or the default file) the records are being opened (upgraded, backed up) in a worker at start</extracomment>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="519"/>
        <source>Records: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="551"/>
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation>Zaimportowano pozycje klasyfikacji: %1 (w tym nowe: %2). Języki: %3.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="563"/>
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation>Niczego nie zaimportowano; klasyfikacja pozostała bez zmian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="575"/>
        <source>About ICF Assess</source>
        <translation>O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="577"/>
        <source>ICF Assess %1

Functional assessment of children and youth with the WHO International Classification of Functioning, Disability and Health (ICF, ICF-CY). The ICF is © World Health Organization.</source>
        <translation>ICF Assess %1

Ocena funkcjonalna dzieci i młodzieży według Międzynarodowej Klasyfikacji Funkcjonowania, Niepełnosprawności i Zdrowia WHO (ICF, ICF-CY). Prawa do klasyfikacji ICF należą do Światowej Organizacji Zdrowia.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="281"/>
        <source>&amp;Intensity of support:</source>
        <translation>&amp;Intensywność wsparcia:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="282"/>
        <source>Intensity of support</source>
        <translation>Intensywność wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="288"/>
        <location filename="../../app/gui/plan_panel.py" line="398"/>
        <source>universal</source>
        <translation>uniwersalne</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="288"/>
        <location filename="../../app/gui/plan_panel.py" line="399"/>
        <source>targeted</source>
        <translation>ukierunkowane</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="288"/>
        <location filename="../../app/gui/plan_panel.py" line="400"/>
        <source>intensive</source>
        <translation>intensywne</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="294"/>
        <source>The plan&apos;s sections and items</source>
        <translation>Części i pozycje planu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="295"/>
        <source>Why this was suggested</source>
        <translation>Dlaczego to zaproponowano</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="297"/>
        <source>&amp;Text:</source>
        <translation>&amp;Treść:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="298"/>
        <source>ICF &amp;category:</source>
        <translation>&amp;Kategoria ICF:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="299"/>
        <source>&amp;Baseline:</source>
        <translation>Poziom &amp;wyjściowy:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="300"/>
        <source>T&amp;arget:</source>
        <translation>Poziom &amp;docelowy:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="301"/>
        <source>&amp;Deadline:</source>
        <translation>T&amp;ermin:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="302"/>
        <source>Res&amp;ponsible person:</source>
        <translation>Osoba &amp;odpowiedzialna:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="303"/>
        <source>Responsible i&amp;nstitution:</source>
        <translation>&amp;Instytucja odpowiedzialna:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="304"/>
        <source>&amp;Methods:</source>
        <translation>&amp;Metody:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="311"/>
        <source>Goal attainment level %1</source>
        <translation>Poziom osiągnięcia celu %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="313"/>
        <source>e.g. 30.06.2026</source>
        <translation>np. 30.06.2026</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="314"/>
        <source>&amp;Accept</source>
        <translation>&amp;Przyjmij</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="315"/>
        <source>&amp;Reject</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="316"/>
        <source>&amp;Save changes (Ctrl+S)</source>
        <translation>&amp;Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="317"/>
        <source>Pro&amp;viders of the support network for this item:</source>
        <translation>Placówki i usługi sieci &amp;wsparcia do tej pozycji:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="318"/>
        <source>Matching providers</source>
        <translation>Pasujące placówki i usługi</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="319"/>
        <source>Re&amp;fer to the chosen provider</source>
        <translation>&amp;Skieruj do wybranej placówki</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="320"/>
        <source>Accept all s&amp;uggestions</source>
        <translation>Przyjmij wszystkie &amp;propozycje</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="321"/>
        <source>Add a &amp;goal…</source>
        <translation>Dodaj &amp;cel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="322"/>
        <source>Add an ac&amp;tion…</source>
        <translation>Dodaj &amp;działanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="323"/>
        <source>Record a re&amp;view…</source>
        <translation>&amp;Zapisz przegląd…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="324"/>
        <source>Appro&amp;ve the plan</source>
        <translation>&amp;Zatwierdź plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="326"/>
        <source>The plan is agreed and in force: its documents are no longer drafts</source>
        <translation>Plan jest uzgodniony i obowiązuje: jego dokumenty przestają być wersją roboczą</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="328"/>
        <source>Doc&amp;uments…</source>
        <translation>Dok&amp;umenty…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="330"/>
        <source>The plan and, after a review, the evaluation report: preview and PDF</source>
        <translation>Plan oraz – po przeglądzie – raport z ewaluacji: podgląd i PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="332"/>
        <source>What the support achieved</source>
        <translation>Co dało wsparcie</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="333"/>
        <source>History of the plan</source>
        <translation>Historia planu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="334"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="335"/>
        <source>Reviews and &amp;effects</source>
        <translation>Przeglądy i &amp;efekty</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="336"/>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="349"/>
        <source>Individual education and therapy programme (IPET)</source>
        <translation>Indywidualny program edukacyjno-terapeutyczny (IPET)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="350"/>
        <source>Family support plan</source>
        <translation>Plan wsparcia rodziny</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="351"/>
        <source>Intersectoral support plan</source>
        <translation>Międzysektorowy plan wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="356"/>
        <source>specialist</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="357"/>
        <source>teacher</source>
        <translation>nauczyciel</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="358"/>
        <source>parent</source>
        <translation>rodzic</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="359"/>
        <source>student</source>
        <translation>uczeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="360"/>
        <source>team consensus</source>
        <translation>ustalenie zespołu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="365"/>
        <source>suggestion</source>
        <translation>propozycja</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="366"/>
        <source>accepted</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="367"/>
        <source>changed</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="368"/>
        <source>own</source>
        <translation>własne</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="369"/>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="380"/>
        <source>draft</source>
        <translation>roboczy</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="381"/>
        <source>in force</source>
        <translation>obowiązuje</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="382"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="385"/>
        <source>%1, %2 (%4); waiting for a decision: %3</source>
        <translation>%1, %2 (%4); propozycje czekające na decyzję: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="404"/>
        <source>Suggested: %1. %2</source>
        <translation>Proponowana: %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="485"/>
        <source>No provider in the directory matches this item.</source>
        <translation>Żadna placówka z katalogu nie pasuje do tej pozycji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="488"/>
        <source>Referred to: %1</source>
        <translation>Skierowano do: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="502"/>
        <source>Suggested because of these ratings:</source>
        <translation>Zaproponowano z powodu tych ocen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="516"/>
        <source>Added by the specialist.</source>
        <translation>Dodane przez specjalistę.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="528"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="621"/>
        <source>No review has been recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnego przeglądu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="626"/>
        <source>Review of %1: goal attainment T-score %2</source>
        <translation>Przegląd z dnia %1: wskaźnik T osiągnięcia celów %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="633"/>
        <source>50 means the goals were reached as expected; above 50, better than expected; below 50, worse.</source>
        <translation>50 oznacza, że cele osiągnięto zgodnie z oczekiwaniami; powyżej 50 – lepiej niż oczekiwano; poniżej 50 – gorzej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="645"/>
        <source>What improved</source>
        <translation>Co się poprawiło</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="646"/>
        <source>What did not improve</source>
        <translation>Co się nie poprawiło</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="648"/>
        <source>What the next plan should change</source>
        <translation>Co zmienić w kolejnym planie</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="659"/>
        <source>Next review: %1</source>
        <translation>Następny przegląd: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="341"/>
        <source>Keeping records</source>
        <translation>Przechowywanie danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="345"/>
        <source>Years after the last case is closed</source>
        <translation>Lata od zamknięcia ostatniej sprawy</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="347"/>
        <source>Review a child&apos;s records &amp;this many years after the last case closed:</source>
        <translation>Przejrzyj dane dziecka &amp;po tylu latach od zamknięcia ostatniej sprawy:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="351"/>
        <source>&amp;Save the rule</source>
        <translation>&amp;Zapisz zasadę</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="356"/>
        <source>Records due for review</source>
        <translation>Dane do przejrzenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="367"/>
        <source>Records due for review (keep or erase):</source>
        <translation>Dane do przejrzenia (zachować lub usunąć):</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="387"/>
        <source>child no. %1: last case closed %2, due %3</source>
        <translation>dziecko nr %1: ostatnia sprawa zamknięta %2, termin przeglądu %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="392"/>
        <source>Records due: %1</source>
        <translation>Do przejrzenia: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="763"/>
        <source>Record a review</source>
        <translation>Przegląd planu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="766"/>
        <source>&amp;Date of the review *</source>
        <translation>&amp;Data przeglądu *</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="770"/>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="778"/>
        <source>&amp;Re-assessment</source>
        <translation>&amp;Ponowna ocena</translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_panel.py" line="791"/>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>StartAssessmentDialog</name>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="38"/>
        <source>Start an assessment</source>
        <translation>Rozpoczęcie oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="45"/>
        <source>&amp;Kind of assessment</source>
        <translation>&amp;Rodzaj oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="48"/>
        <source>&amp;Date of assessment</source>
        <translation>Data &amp;oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="50"/>
        <source>e.g. 9.03.2025</source>
        <translation>np. 9.03.2025</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="53"/>
        <source>&amp;Template</source>
        <translation>&amp;Szablon</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="59"/>
        <source>— no case —</source>
        <translation>— bez sprawy —</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="68"/>
        <source>&amp;Case</source>
        <translation>S&amp;prawa</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="74"/>
        <source>spe&amp;cialist</source>
        <translation>specjalist&amp;a</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="75"/>
        <source>&amp;teacher</source>
        <translation>&amp;nauczyciel</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="76"/>
        <source>&amp;parent</source>
        <translation>ro&amp;dzic</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="77"/>
        <source>st&amp;udent</source>
        <translation>&amp;uczeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="83"/>
        <source>Informants</source>
        <translation>Informatorzy</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="89"/>
        <source>&amp;Start</source>
        <translation>Rozpo&amp;cznij</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="95"/>
        <source>Functional assessment at school (OFU)</source>
        <translation>Ocena funkcjonalna w szkole (OFU)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="96"/>
        <source>Multi-specialist assessment (WOPFU)</source>
        <translation>Wielospecjalistyczna ocena poziomu funkcjonowania (WOPFU)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="97"/>
        <source>Diagnosis at the counselling centre</source>
        <translation>Diagnoza w poradni</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="98"/>
        <source>Review of the support</source>
        <translation>Ocena efektów pomocy</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="131"/>
        <source>Suggested for a child aged %1: the first on the list.</source>
        <translation>Dla dziecka w wieku %1 lat najlepiej pasuje pierwszy szablon na liście.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="133"/>
        <source>No template is meant for a child aged %1; choose one.</source>
        <translation>Żaden szablon nie jest przeznaczony dla dziecka w wieku %1 lat; wybierz odpowiedni.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_start.py" line="141"/>
        <source>%1 (ages %2–%3)</source>
        <translation>%1 (wiek %2–%3 lat)</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="227"/>
        <source>&amp;School (part of the name; empty: all children):</source>
        <translation>&amp;Szkoła (część nazwy; puste pole: wszystkie dzieci):</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="228"/>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="229"/>
        <source>&amp;Compute</source>
        <translation>&amp;Oblicz</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="230"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabela:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="231"/>
        <source>Table of statistics</source>
        <translation>Tabela statystyk</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="232"/>
        <source>Figures of the table</source>
        <translation>Liczby w tabeli</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="233"/>
        <source>Chart of the table</source>
        <translation>Wykres tabeli</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="234"/>
        <source>Save as &amp;Excel…</source>
        <translation>Zapisz jako &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="235"/>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="239"/>
        <source>Figures about children without names: no figure about fewer than 5 children is shown (×). Choose a school or leave it empty for all, then Compute.</source>
        <translation>Liczby dotyczące dzieci, bez imion i nazwisk: żadna liczba dotycząca mniej niż 5 dzieci nie jest pokazywana (×). Wybierz szkołę albo zostaw puste pole dla wszystkich dzieci i kliknij „Oblicz”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="264"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="265"/>
        <source>Computing the statistics…</source>
        <translation>Obliczanie statystyk…</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="279"/>
        <source>%1: children %2, final assessments %3.</source>
        <translation>%1: dzieci – %2, zatwierdzone oceny – %3.</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="284"/>
        <source>%1: no final assessment to count.</source>
        <translation>%1: brak zatwierdzonych ocen do policzenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="310"/>
        <source>Save the statistics</source>
        <translation>Zapisz statystyki</translation>
    </message>
    <message>
        <location filename="../../app/gui/statistics_panel.py" line="327"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <location filename="../../app/gui/support_panel.py" line="108"/>
        <source>Local support network — &amp;search:</source>
        <extracomment>the id of a plan to open (a review is due)</extracomment>
        <translation>Lokalna sieć wsparcia – &amp;szukaj:</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="109"/>
        <source>Name, town or service…</source>
        <translation>Nazwa, miejscowość lub usługa…</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="110"/>
        <source>Search the support network</source>
        <translation>Szukaj w sieci wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="111"/>
        <source>Institutions and services</source>
        <translation>Placówki i usługi</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="114"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="115"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="116"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="117"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="118"/>
        <source>Ages</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="119"/>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="122"/>
        <source>&amp;Import XLSX/CSV…</source>
        <translation>&amp;Importuj XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="123"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="124"/>
        <source>&amp;Reviews of support plans due (Enter opens the plan):</source>
        <translation>&amp;Przeglądy planów wsparcia do wykonania (Enter otwiera plan):</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="125"/>
        <source>Reviews due</source>
        <translation>Przeglądy do wykonania</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="133"/>
        <source>education</source>
        <translation>oświata</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="134"/>
        <source>health care</source>
        <translation>ochrona zdrowia</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="135"/>
        <source>social welfare</source>
        <translation>pomoc społeczna</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="136"/>
        <source>non-governmental organisation</source>
        <translation>organizacja pozarządowa</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="137"/>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="176"/>
        <source>Institutions and services: %1</source>
        <translation>Placówki i usługi: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="193"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="193"/>
        <source>due</source>
        <translation>w terminie</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="201"/>
        <source>No review is due in the next 30 days.</source>
        <translation>W ciągu najbliższych 30 dni nie przypada żaden przegląd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="206"/>
        <source>Import the support network</source>
        <translation>Import sieci wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="208"/>
        <location filename="../../app/gui/support_panel.py" line="235"/>
        <source>Workbook or CSV (*.xlsx *.csv)</source>
        <translation>Skoroszyt lub CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="223"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Zaimportowano: nowe – %1, zaktualizowane – %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="233"/>
        <source>Export the support network</source>
        <translation>Eksport sieci wsparcia</translation>
    </message>
    <message>
        <location filename="../../app/gui/support_panel.py" line="249"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="97"/>
        <source>Protecting the records</source>
        <extracomment>how often the idle lock looks at the clock (ms) the signed-in user once the dialog is accepted (None: no accounts)</extracomment>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="100"/>
        <source>The records of children are encrypted on this computer. Choose a passphrase of at least 10 characters and keep it safe: without it nobody can read the records, not even the program&apos;s authors. Then create your account.</source>
        <translation>Dane dzieci są szyfrowane na tym komputerze. Wybierz hasło bazy danych (co najmniej 10 znaków) i przechowuj je bezpiecznie: bez niego nikt nie odczyta danych, nawet autorzy programu. Następnie załóż swoje konto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="107"/>
        <source>Session locked</source>
        <translation>Sesja zablokowana</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="109"/>
        <source>The session was locked after a period of inactivity. Sign in again.</source>
        <translation>Sesja została zablokowana po okresie bezczynności. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="112"/>
        <source>Open the records</source>
        <translation>Otwieranie danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="114"/>
        <source>The records are encrypted. Enter the database passphrase.</source>
        <translation>Dane są zaszyfrowane. Podaj hasło bazy danych.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="116"/>
        <location filename="../../app/gui/unlock_dialog.py" line="146"/>
        <source>Sign in to open the records.</source>
        <translation>Zaloguj się, aby otworzyć dane.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="119"/>
        <source>Database passphrase:</source>
        <translation>Hasło bazy danych:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="121"/>
        <source>Repeat the passphrase:</source>
        <translation>Powtórz hasło bazy danych:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="123"/>
        <source>Your user name:</source>
        <translation>Twoja nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="124"/>
        <source>Your name (shown in documents):</source>
        <translation>Imię i nazwisko (w dokumentach):</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="125"/>
        <source>Your password:</source>
        <translation>Twoje hasło:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="126"/>
        <source>Repeat the password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="131"/>
        <location filename="../../app/gui/unlock_dialog.py" line="135"/>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="132"/>
        <location filename="../../app/gui/unlock_dialog.py" line="136"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="178"/>
        <source>The passphrases differ.</source>
        <translation>Hasła bazy danych się różnią.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock_dialog.py" line="181"/>
        <source>The passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="220"/>
        <location filename="../../app/gui/admin_dialogs.py" line="223"/>
        <source>User accounts</source>
        <translation>Konta użytkowników</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="232"/>
        <source>specialist (own and shared children)</source>
        <translation>specjalista (własne i udostępnione dzieci)</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="234"/>
        <source>coordinator (directory, anonymous statistics)</source>
        <translation>koordynator (katalog sieci wsparcia, anonimowe statystyki)</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="236"/>
        <source>administrator (users, settings, audit log)</source>
        <translation>administrator (użytkownicy, ustawienia, dziennik zdarzeń)</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="243"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="244"/>
        <source>&amp;Name and surname:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="245"/>
        <source>&amp;Password (at least 10 characters):</source>
        <translation>&amp;Hasło (co najmniej 10 znaków):</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="254"/>
        <source>Roles:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="255"/>
        <source>&amp;Add the account</source>
        <translation>&amp;Dodaj konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="258"/>
        <source>&amp;Deactivate the chosen account</source>
        <translation>Dez&amp;aktywuj wybrane konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="278"/>
        <source>specialist</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="279"/>
        <source>coordinator</source>
        <translation>koordynator</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="280"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="292"/>
        <source> — deactivated</source>
        <translation> — nieaktywne</translation>
    </message>
    <message>
        <location filename="../../app/gui/admin_dialogs.py" line="312"/>
        <source>The account %1 was added.</source>
        <translation>Dodano konto %1.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/application.py" line="49"/>
        <source>ICF classification</source>
        <translation>Klasyfikacja ICF</translation>
    </message>
</context>
</TS>
