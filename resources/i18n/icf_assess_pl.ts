<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>IcfBrowser</name>
    <message>
        <location filename="../../app/gui/browser.py" line="116" />
        <source>Search by code or words, e.g. d166, reading, czytanie…</source>
        <translation>Szukaj po kodzie lub słowach, np. d166, czytanie, reading…</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="117" />
        <source>Search the classification</source>
        <translation>Przeszukaj klasyfikację</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="118" />
        <source>Classification tree</source>
        <translation>Drzewo klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="119" />
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="120" />
        <source>Details of the selected entry</source>
        <translation>Szczegóły wybranej pozycji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="152" />
        <source>%n entries in the classification</source>
        <translation><numerusform>%n pozycja w klasyfikacji</numerusform><numerusform>%n pozycje w klasyfikacji</numerusform><numerusform>%n pozycji w klasyfikacji</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="157" />
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="159" />
        <source>The first %n results</source>
        <translation><numerusform>Pierwszy %n wynik</numerusform><numerusform>Pierwsze %n wyniki</numerusform><numerusform>Pierwszych %n wyników</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="161" />
        <source>%n result(s)</source>
        <translation><numerusform>%n wynik</numerusform><numerusform>%n wyniki</numerusform><numerusform>%n wyników</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="78" />
        <source>ICF Assess — ICF classification</source>
        <translation>ICF Assess — klasyfikacja ICF</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="79" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="80" />
        <source>&amp;Import ClaML…</source>
        <translation>&amp;Importuj ClaML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82" />
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation>Importuj oficjalną klasyfikację ICF (tytuły i definicje) z plików ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="84" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="85" />
        <source>&amp;Search the classification</source>
        <translation>&amp;Szukaj w klasyfikacji</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="86" />
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89" />
        <source>&amp;About ICF Assess</source>
        <translation>&amp;O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116" />
        <location filename="../../app/gui/main_window.py" line="123" />
        <location filename="../../app/gui/main_window.py" line="132" />
        <location filename="../../app/gui/main_window.py" line="139" />
        <source>Import ClaML</source>
        <translation>Import ClaML</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117" />
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation>Pliki ClaML (*.xml *.claml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>Importing the classification…</source>
        <translation>Importowanie klasyfikacji…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133" />
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation>Zaimportowano pozycje klasyfikacji: %1 (w tym nowe: %2). Języki: %3.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141" />
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation>Niczego nie zaimportowano; klasyfikacja pozostała bez zmian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="151" />
        <source>About ICF Assess</source>
        <translation>O programie ICF Assess</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="152" />
        <source>ICF Assess %1

Functional assessment of children and youth with the WHO International Classification of Functioning, Disability and Health (ICF, ICF-CY). The ICF is © World Health Organization.</source>
        <translation>ICF Assess %1

Ocena funkcjonalna dzieci i młodzieży według Międzynarodowej Klasyfikacji Funkcjonowania, Niepełnosprawności i Zdrowia WHO (ICF, ICF-CY). Prawa do klasyfikacji ICF należą do Światowej Organizacji Zdrowia.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/application.py" line="35" />
        <source>ICF classification</source>
        <translation>Klasyfikacja ICF</translation>
    </message>
</context>
</TS>