<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="38" />
        <source>Annotatie</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="56" />
        <source>Standpunt</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="60" />
        <source>Zichtbaarheid</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="63" />
        <source>&amp;Standpunt:</source>
        <translation>&amp;Stance:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="64" />
        <source>&amp;Zichtbaar voor:</source>
        <translation>&amp;Visible to:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="67" />
        <source>Tekst van de annotatie</source>
        <translation>Text of the annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="68" />
        <source>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</source>
        <translation>Your note (Markdown: **bold**, *italic*, - list)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="235" />
        <source>Annoteer selectie…</source>
        <translation>Annotate selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="239" />
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="242" />
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="100" />
        <source>Welkom bij raadsviewer</source>
        <translation>Welcome to raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="104" />
        <source>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</source>
        <translation>Which faction do you work for? Your annotations are kept under this faction and your name. You can change this later via Edit › Faction and name.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="115" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="117" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="118" />
        <source>&amp;Fractie:</source>
        <translation>&amp;Faction:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="119" />
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="140" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="142" />
        <source>Wat voor document is {name}?</source>
        <translation>What kind of document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="145" />
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Framework with principles (e.g. the procurement framework)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="146" />
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Background document (report, letter, advice)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="102" />
        <location filename="../../raadsviewer/ui/main_window.py" line="110" />
        <source>Uitgangspunten</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="118" />
        <source>Kaderdocument</source>
        <translation>Framework document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="121" />
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="130" />
        <source>Achtergronddocumenten</source>
        <translation>Background documents</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="151" />
        <location filename="../../raadsviewer/ui/main_window.py" line="160" />
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="163" />
        <source>Filter op fractie</source>
        <translation>Filter by faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="165" />
        <source>Filter op standpunt</source>
        <translation>Filter by stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="166" />
        <source>Alle standpunten</source>
        <translation>All stances</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="176" />
        <source>Geselecteerde annotatie</source>
        <translation>Selected annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="177" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="178" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="179" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="224" />
        <source>Document &amp;importeren…</source>
        <translation>&amp;Import document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="225" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="226" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="228" />
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="230" />
        <source>Annotatie &amp;toevoegen…</source>
        <translation>&amp;Add annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="232" />
        <source>&amp;Selectie annoteren…</source>
        <translation>Annotate &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="234" />
        <source>Annotatie &amp;bewerken…</source>
        <translation>&amp;Edit annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="235" />
        <source>Annotatie &amp;verwijderen</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="236" />
        <source>&amp;Fractie en naam…</source>
        <translation>&amp;Faction and name…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="237" />
        <source>&amp;Groter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="239" />
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="240" />
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="241" />
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Next principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="242" />
        <source>V&amp;orig uitgangspunt</source>
        <translation>&amp;Previous principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="243" />
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;About raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="246" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="250" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="258" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="264" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="267" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="334" />
        <source>Uitgangspunten ({count})</source>
        <translation>Principles ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="369" />
        <source>Alle fracties</source>
        <translation>All factions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="410" />
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage on principle {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="412" />
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>No clear passage on principle {n} in the background documents.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="413" />
        <source>Annotaties bij uitgangspunt {n}</source>
        <translation>Annotations on principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="467" />
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="509" />
        <source>raadsviewer</source>
        <translation>raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="518" />
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="548" />
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotation on selected text in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="550" />
        <source>uitgangspunt {n}</source>
        <translation>principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="568" />
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="584" />
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotation deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="605" />
        <source>Fractie: {faction} · {member}</source>
        <translation>Faction: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="607" />
        <source>Geen fractie gekozen</source>
        <translation>No faction chosen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="610" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="615" />
        <location filename="../../raadsviewer/ui/main_window.py" line="640" />
        <location filename="../../raadsviewer/ui/main_window.py" line="644" />
        <location filename="../../raadsviewer/ui/main_window.py" line="647" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="615" />
        <source>Tekst (*.txt *.md);;Alle bestanden (*)</source>
        <translation>Text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="630" />
        <source>Document importeren…</source>
        <translation>Importing document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="635" />
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} imported: {p} principles, {s} sections</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="647" />
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Unexpected error while importing: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="670" />
        <source>Over raadsviewer</source>
        <translation>About raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="671" />
        <source>raadsviewer {version}

Opslag: {path}</source>
        <translation>raadsviewer {version}

Store: {path}</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="109" />
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotations</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="42" />
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="43" />
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="44" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="45" />
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="46" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="52" />
        <source>Annotatie toevoegen</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="72" />
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="86" />
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="53" />
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="54" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="55" />
        <source>Griffie</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="56" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
</context>
</TS>