<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>ICF Assess — ICF classification</source>
        <extracomment>the records database chosen with --db (None: settings or the default file)</extracomment>
        <translation>ICF Assess — klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103"/>
        <source>&amp;Import ClaML…</source>
        <translation>&amp;Importuj ClaML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="106"/>
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation>Importuj oficjalną klasyfikację ICF (tytuły i definicje) z plików ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Kopia zapasowa bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110"/>
        <source>&amp;Restore the database from a backup…</source>
        <translation>P&amp;rzywróć bazę danych z kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113"/>
        <source>&amp;Search the classification</source>
        <translation>&amp;Szukaj w klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117"/>
        <source>&amp;About ICF Assess</source>
        <translation>&amp;O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <location filename="../../app/gui/main_window.py" line="155"/>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <location filename="../../app/gui/main_window.py" line="312"/>
        <source>Import ClaML</source>
        <translation>Import ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147"/>
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation>Pliki ClaML (*.xml *.claml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="156"/>
        <source>Importing the classification…</source>
        <translation>Importowanie klasyfikacji…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177"/>
        <source>Please wait until the current operation finishes.</source>
        <translation>Proszę poczekać, aż zakończy się bieżąca operacja.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="185"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200"/>
        <location filename="../../app/gui/main_window.py" line="217"/>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <source>Back up the database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202"/>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>ICF Assess database (*.sqlite3);;All files (*)</source>
        <translation>Baza danych ICF Assess (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="218"/>
        <source>Writing and checking the backup…</source>
        <translation>Zapisywanie i sprawdzanie kopii…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>The backup was written and checked:
%1</source>
        <translation>Kopia zapasowa została zapisana i sprawdzona:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232"/>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <source>Restore the database from a backup</source>
        <translation>Przywracanie bazy danych z kopii</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>Replace all current records with the contents of
%1?

The current state is kept as a backup first.</source>
        <translation>Zastąpić wszystkie obecne dane zawartością pliku
%1?

Obecny stan zostanie najpierw zapisany jako kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259"/>
        <source>Checking the backup and restoring…</source>
        <translation>Sprawdzanie kopii i przywracanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>The database was restored from:
%1</source>
        <translation>Baza danych została przywrócona z kopii:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="283"/>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>Opening the records database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="286"/>
        <source>Records: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation>Zaimportowano pozycje klasyfikacji: %1 (w tym nowe: %2). Języki: %3.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="315"/>
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation>Niczego nie zaimportowano; klasyfikacja pozostała bez zmian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327"/>
        <source>About ICF Assess</source>
        <translation>O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="329"/>
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
