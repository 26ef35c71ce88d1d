<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>IcfBrowser</name>
    <message>
        <location filename="../../app/gui/browser.py" line="116" />
        <source>Search by code or words, e.g. d166, reading, czytanie…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="117" />
        <source>Search the classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="118" />
        <source>Classification tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="119" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="120" />
        <source>Details of the selected entry</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="152" />
        <source>%n entries in the classification</source>
        <translation><numerusform>%n entry in the classification</numerusform><numerusform>%n entries in the classification</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/gui/browser.py" line="157" />
        <source>Nothing found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="159" />
        <source>The first %n results</source>
        <translation><numerusform>The first result</numerusform><numerusform>The first %n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/browser.py" line="161" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="78" />
        <source>ICF Assess — ICF classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="79" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="80" />
        <source>&amp;Import ClaML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82" />
        <source>Import the official ICF classification (titles and definitions) from ClaML files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="84" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="85" />
        <source>&amp;Search the classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="86" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89" />
        <source>&amp;About ICF Assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116" />
        <location filename="../../app/gui/main_window.py" line="123" />
        <location filename="../../app/gui/main_window.py" line="132" />
        <location filename="../../app/gui/main_window.py" line="139" />
        <source>Import ClaML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117" />
        <source>ClaML files (*.xml *.claml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>Importing the classification…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133" />
        <source>Imported %1 entries (%2 new) in: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141" />
        <source>Nothing was imported; the classification is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="151" />
        <source>About ICF Assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="152" />
        <source>ICF Assess %1

Functional assessment of children and youth with the WHO International Classification of Functioning, Disability and Health (ICF, ICF-CY). The ICF is © World Health Organization.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/gui/application.py" line="35" />
        <source>ICF classification</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>