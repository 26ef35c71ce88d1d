<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>IcfBrowser</name>
    <message>
        <location filename="../../app/gui/browser.py" line="116"/>
        <source>Search by code or words, e.g. d166, reading, czytanie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="118"/>
        <source>Search the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="119"/>
        <source>Classification tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="120"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="121"/>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="156"/>
        <source>%n entries in the classification</source>
        <translation>
            <numerusform>%n entry in the classification</numerusform>
            <numerusform>%n entries in the classification</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="161"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="163"/>
        <source>The first %n results</source>
        <translation>
            <numerusform>The first result</numerusform>
            <numerusform>The first %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="165"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>ICF Assess — ICF classification</source>
        <extracomment>the records database chosen with --db (None: settings or the default file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103"/>
        <source>&amp;Import ClaML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="106"/>
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109"/>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110"/>
        <source>&amp;Restore the database from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113"/>
        <source>&amp;Search the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117"/>
        <source>&amp;About ICF Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <location filename="../../app/gui/main_window.py" line="155"/>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <location filename="../../app/gui/main_window.py" line="312"/>
        <source>Import ClaML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147"/>
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="156"/>
        <source>Importing the classification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177"/>
        <source>Please wait until the current operation finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="185"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200"/>
        <location filename="../../app/gui/main_window.py" line="217"/>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202"/>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>ICF Assess database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="218"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>The backup was written and checked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232"/>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <source>Restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>Replace all current records with the contents of
%1?

The current state is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259"/>
        <source>Checking the backup and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>The database was restored from:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="283"/>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>Opening the records database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="286"/>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="315"/>
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327"/>
        <source>About ICF Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="329"/>
        <source>ICF Assess %1

Functional assessment of children and youth with the WHO International Classification of Functioning, Disability and Health (ICF, ICF-CY). The ICF is © World Health Organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/application.py" line="40"/>
        <source>ICF classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
