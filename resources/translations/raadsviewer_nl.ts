<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="38" />
        <source>Annotatie</source>
        <translation>Annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="56" />
        <source>Standpunt</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="60" />
        <source>Zichtbaarheid</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="63" />
        <source>&amp;Standpunt:</source>
        <translation>&amp;Standpunt:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="64" />
        <source>&amp;Zichtbaar voor:</source>
        <translation>&amp;Zichtbaar voor:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="67" />
        <source>Tekst van de annotatie</source>
        <translation>Tekst van de annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="68" />
        <source>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</source>
        <translation>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="235" />
        <source>Annoteer selectie…</source>
        <translation>Annoteer selectie…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="239" />
        <source>Kopiëren</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="242" />
        <source>Alles selecteren</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="100" />
        <source>Welkom bij raadsviewer</source>
        <translation>Welkom bij raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="104" />
        <source>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</source>
        <translation>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="115" />
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="117" />
        <source>Uw naam</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="118" />
        <source>&amp;Fractie:</source>
        <translation>&amp;Fractie:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="119" />
        <source>Uw &amp;naam:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="140" />
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="142" />
        <source>Wat voor document is {name}?</source>
        <translation>Wat voor document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="145" />
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="146" />
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Achtergronddocument (rapport, brief, advies)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="102" />
        <location filename="../../raadsviewer/ui/main_window.py" line="110" />
        <source>Uitgangspunten</source>
        <translation>Uitgangspunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="118" />
        <source>Kaderdocument</source>
        <translation>Kaderdocument</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="121" />
        <source>Kader</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="130" />
        <source>Achtergronddocumenten</source>
        <translation>Achtergronddocumenten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="151" />
        <location filename="../../raadsviewer/ui/main_window.py" line="160" />
        <source>Annotaties</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="163" />
        <source>Filter op fractie</source>
        <translation>Filter op fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="165" />
        <source>Filter op standpunt</source>
        <translation>Filter op standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="166" />
        <source>Alle standpunten</source>
        <translation>Alle standpunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="176" />
        <source>Geselecteerde annotatie</source>
        <translation>Geselecteerde annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="177" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="178" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="179" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="224" />
        <source>Document &amp;importeren…</source>
        <translation>Document &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="225" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="226" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="228" />
        <source>&amp;Opnieuw</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="230" />
        <source>Annotatie &amp;toevoegen…</source>
        <translation>Annotatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="232" />
        <source>&amp;Selectie annoteren…</source>
        <translation>&amp;Selectie annoteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="234" />
        <source>Annotatie &amp;bewerken…</source>
        <translation>Annotatie &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="235" />
        <source>Annotatie &amp;verwijderen</source>
        <translation>Annotatie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="236" />
        <source>&amp;Fractie en naam…</source>
        <translation>&amp;Fractie en naam…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="237" />
        <source>&amp;Groter</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="239" />
        <source>&amp;Kleiner</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="240" />
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Standaardgrootte</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="241" />
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Volgend uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="242" />
        <source>V&amp;orig uitgangspunt</source>
        <translation>V&amp;orig uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="243" />
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;Over raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="246" />
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="250" />
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="258" />
        <source>Beel&amp;d</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="264" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="267" />
        <source>Werkbalk</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="334" />
        <source>Uitgangspunten ({count})</source>
        <translation>Uitgangspunten ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="369" />
        <source>Alle fracties</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="410" />
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage bij uitgangspunt {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="412" />
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="413" />
        <source>Annotaties bij uitgangspunt {n}</source>
        <translation>Annotaties bij uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="467" />
        <source>versie</source>
        <translation>versie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="509" />
        <source>raadsviewer</source>
        <translation>raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="518" />
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Uitgangspunt {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="548" />
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotatie bij geselecteerde tekst in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="550" />
        <source>uitgangspunt {n}</source>
        <translation>uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="568" />
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="584" />
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="605" />
        <source>Fractie: {faction} · {member}</source>
        <translation>Fractie: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="607" />
        <source>Geen fractie gekozen</source>
        <translation>Geen fractie gekozen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="610" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="615" />
        <location filename="../../raadsviewer/ui/main_window.py" line="640" />
        <location filename="../../raadsviewer/ui/main_window.py" line="644" />
        <location filename="../../raadsviewer/ui/main_window.py" line="647" />
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="615" />
        <source>Tekst (*.txt *.md);;Alle bestanden (*)</source>
        <translation>Tekst (*.txt *.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="630" />
        <source>Document importeren…</source>
        <translation>Document importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="635" />
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} ingelezen: {p} uitgangspunten, {s} secties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="647" />
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Onverwachte fout bij importeren: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="670" />
        <source>Over raadsviewer</source>
        <translation>Over raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="671" />
        <source>raadsviewer {version}

Opslag: {path}</source>
        <translation>raadsviewer {version}

Opslag: {path}</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="109" />
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotaties</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="42" />
        <source>Steun</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="43" />
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="44" />
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="45" />
        <source>Bezwaar</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="46" />
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="52" />
        <source>Annotatie toevoegen</source>
        <translation>Annotatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="72" />
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="86" />
        <source>Annotatie verwijderen</source>
        <translation>Annotatie verwijderen</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="53" />
        <source>Privé</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="54" />
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="55" />
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="56" />
        <source>Openbaar</source>
        <translation>Openbaar</translation>
    </message>
</context>
</TS>