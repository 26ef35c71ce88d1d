<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../app/gui/children_panel.py" line="105"/>
        <source>Name, surname or PESEL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="106"/>
        <source>Search children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="107"/>
        <source>School or preschool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="108"/>
        <source>Filter by school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="112"/>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="113"/>
        <source>With an open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="114"/>
        <source>Cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="117"/>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="118"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="119"/>
        <source>The child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="122"/>
        <source>Surname and given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="123"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="124"/>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="125"/>
        <source>School / preschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="126"/>
        <source>Class / group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="182"/>
        <source>%n child(ren) found</source>
        <translation>
            <numerusform>%n child found</numerusform>
            <numerusform>%n children found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="184"/>
        <source>No child matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="201"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="202"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="203"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="204"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="209"/>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="223"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="223"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="228"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/children_panel.py" line="228"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/children_panel.py" line="229"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../../app/gui/main_window.py" line="120"/>
        <source>&amp;ICF classification</source>
        <extracomment>the records database chosen with --db (None: settings or the default file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121"/>
        <source>&amp;Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122"/>
        <source>ICF Assess — ICF classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124"/>
        <source>&amp;Import ClaML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127"/>
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130"/>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131"/>
        <source>&amp;Restore the database from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134"/>
        <source>&amp;Search the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>&amp;About ICF Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <location filename="../../app/gui/main_window.py" line="176"/>
        <location filename="../../app/gui/main_window.py" line="337"/>
        <location filename="../../app/gui/main_window.py" line="347"/>
        <source>Import ClaML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177"/>
        <source>Importing the classification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="198"/>
        <source>Please wait until the current operation finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <location filename="../../app/gui/main_window.py" line="241"/>
        <location filename="../../app/gui/main_window.py" line="245"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="223"/>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <source>ICF Assess database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246"/>
        <source>The backup was written and checked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <location filename="../../app/gui/main_window.py" line="288"/>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>Restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266"/>
        <source>Replace all current records with the contents of
%1?

The current state is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="289"/>
        <source>Checking the backup and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>The database was restored from:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="318"/>
        <location filename="../../app/gui/main_window.py" line="330"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="319"/>
        <source>Opening the records database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321"/>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="338"/>
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="350"/>
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="362"/>
        <source>About ICF Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="364"/>
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
