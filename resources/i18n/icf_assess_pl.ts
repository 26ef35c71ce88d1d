<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../app/gui/children_panel.py" line="105"/>
        <source>Name, surname or PESEL…</source>
        <translation>Imię, nazwisko lub PESEL…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="106"/>
        <source>Search children</source>
        <translation>Wyszukiwanie dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="107"/>
        <source>School or preschool…</source>
        <translation>Szkoła lub przedszkole…</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="108"/>
        <source>Filter by school</source>
        <translation>Filtr według szkoły</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="112"/>
        <source>All children</source>
        <translation>Wszystkie dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="113"/>
        <source>With an open case</source>
        <translation>Z otwartą sprawą</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="114"/>
        <source>Cases closed</source>
        <translation>Sprawy zamknięte</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="117"/>
        <source>Case status</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="118"/>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="119"/>
        <source>The child&apos;s record</source>
        <translation>Dane dziecka</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="122"/>
        <source>Surname and given names</source>
        <translation>Nazwisko i imiona</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="123"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="124"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="125"/>
        <source>School / preschool</source>
        <translation>Szkoła / przedszkole</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="126"/>
        <source>Class / group</source>
        <translation>Klasa / grupa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="182"/>
        <source>%n child(ren) found</source>
        <translation>
            <numerusform>Znaleziono dzieci: %n</numerusform>
            <numerusform>Znaleziono dzieci: %n</numerusform>
            <numerusform>Znaleziono dzieci: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="184"/>
        <source>No child matches the search</source>
        <translation>Żadne dziecko nie pasuje do wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="201"/>
        <source>None recorded</source>
        <translation>Brak wpisów</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="202"/>
        <source>Guardians</source>
        <translation>Opiekunowie</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="203"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="204"/>
        <source>Assessments</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="209"/>
        <source>Date of birth: %1</source>
        <translation>Data urodzenia: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="223"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="223"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="228"/>
        <source>final</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="228"/>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="229"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n ocena kategorii</numerusform>
            <numerusform>%n oceny kategorii</numerusform>
            <numerusform>%n ocen kategorii</numerusform>
        </translation>
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
        <location filename="../../app/gui/main_window.py" line="120"/>
        <source>&amp;ICF classification</source>
        <extracomment>the records database chosen with --db (None: settings or the default file)</extracomment>
        <translation>&amp;Klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121"/>
        <source>&amp;Children</source>
        <translation>&amp;Dzieci</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122"/>
        <source>ICF Assess — ICF classification</source>
        <translation>ICF Assess — klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124"/>
        <source>&amp;Import ClaML…</source>
        <translation>&amp;Importuj ClaML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127"/>
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation>Importuj oficjalną klasyfikację ICF (tytuły i definicje) z plików ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Kopia zapasowa bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131"/>
        <source>&amp;Restore the database from a backup…</source>
        <translation>P&amp;rzywróć bazę danych z kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134"/>
        <source>&amp;Search the classification</source>
        <translation>&amp;Szukaj w klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>&amp;About ICF Assess</source>
        <translation>&amp;O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <location filename="../../app/gui/main_window.py" line="176"/>
        <location filename="../../app/gui/main_window.py" line="337"/>
        <location filename="../../app/gui/main_window.py" line="347"/>
        <source>Import ClaML</source>
        <translation>Import ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation>Pliki ClaML (*.xml *.claml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177"/>
        <source>Importing the classification…</source>
        <translation>Importowanie klasyfikacji…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="198"/>
        <source>Please wait until the current operation finishes.</source>
        <translation>Proszę poczekać, aż zakończy się bieżąca operacja.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <location filename="../../app/gui/main_window.py" line="241"/>
        <location filename="../../app/gui/main_window.py" line="245"/>
        <source>Back up the database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="223"/>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <source>ICF Assess database (*.sqlite3);;All files (*)</source>
        <translation>Baza danych ICF Assess (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>Writing and checking the backup…</source>
        <translation>Zapisywanie i sprawdzanie kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246"/>
        <source>The backup was written and checked:
%1</source>
        <translation>Kopia zapasowa została zapisana i sprawdzona:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <location filename="../../app/gui/main_window.py" line="288"/>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>Restore the database from a backup</source>
        <translation>Przywracanie bazy danych z kopii</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266"/>
        <source>Replace all current records with the contents of
%1?

The current state is kept as a backup first.</source>
        <translation>Zastąpić wszystkie obecne dane zawartością pliku
%1?

Obecny stan zostanie najpierw zapisany jako kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="289"/>
        <source>Checking the backup and restoring…</source>
        <translation>Sprawdzanie kopii i przywracanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>The database was restored from:
%1</source>
        <translation>Baza danych została przywrócona z kopii:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="318"/>
        <location filename="../../app/gui/main_window.py" line="330"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="319"/>
        <source>Opening the records database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321"/>
        <source>Records: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="338"/>
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation>Zaimportowano pozycje klasyfikacji: %1 (w tym nowe: %2). Języki: %3.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="350"/>
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation>Niczego nie zaimportowano; klasyfikacja pozostała bez zmian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="362"/>
        <source>About ICF Assess</source>
        <translation>O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="364"/>
        <source>ICF Assess %1

Functional assessment of children and youth with the WHO International Classification of Functioning, Disability and Health (ICF, ICF-CY). The ICF is © World Health Organization.</source>
        <translation>ICF Assess %1

Ocena funkcjonalna dzieci i młodzieży według Międzynarodowej Klasyfikacji Funkcjonowania, Niepełnosprawności i Zdrowia WHO (ICF, ICF-CY). Prawa do klasyfikacji ICF należą do Światowej Organizacji Zdrowia.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/application.py" line="40"/>
        <source>ICF classification</source>
        <translation>Klasyfikacja ICF</translation>
    </message>
</context>
</TS>
