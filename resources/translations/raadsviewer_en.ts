<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="72" />
        <source>Amendement</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="87" />
        <source>Titel van het amendement</source>
        <translation>Title of the amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="89" />
        <source>Betreft</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="91" />
        <source>Bewerking</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="92" />
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="93" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="94" />
        <source>Schrappen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="95" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="96" />
        <source>&amp;Betreft:</source>
        <translation>&amp;Concerning:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="97" />
        <source>Be&amp;werking:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="101" />
        <source>Oude tekst (uit het document)</source>
        <translation>Old text (from the document)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="102" />
        <source>&amp;Nieuwe tekst</source>
        <translation>&amp;New text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="105" />
        <source>Oude tekst</source>
        <translation>Old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="107" />
        <source>Nieuwe tekst</source>
        <translation>New text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="109" />
        <source>Hele uitgangspunt als oude tekst</source>
        <translation>Whole principle as old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="112" />
        <source>Geen oude tekst</source>
        <translation>No old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="125" />
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="128" />
        <source>Wijziging woord voor woord</source>
        <translation>Change word by word</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="135" />
        <source>T&amp;oelichting (Markdown)</source>
        <translation>&amp;Explanation (Markdown)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="137" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="143" />
        <source>&amp;Mede-indieners</source>
        <translation>&amp;Co-signers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="145" />
        <source>Mede-indieners</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="170" />
        <source>Opslaan als &amp;concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="171" />
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="198" />
        <source>Amendement op de geselecteerde passage</source>
        <translation>Amendment on the selected passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="199" />
        <source>Amendement op uitgangspunt {n}: {title}</source>
        <translation>Amendment on principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="257" />
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Not ready to submit yet:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="266" />
        <source>een meerderheid</source>
        <translation>a majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="266" />
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="268" />
        <source>Indieners samen: {seats} van {council} zetels ({verdict})</source>
        <translation>Signers together: {seats} of {council} seats ({verdict})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="273" />
        <source>Zetels: nog niet ingevuld bij de fracties</source>
        <translation>Seats: not yet entered for the factions</translation>
    </message>
</context>
<context>
    <name>AmendmentStatus</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="46" />
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="47" />
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="48" />
        <source>aangenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="49" />
        <source>verworpen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="50" />
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>AmendmentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="107" />
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="113" />
        <source>Geselecteerd amendement</source>
        <translation>Selected amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="118" />
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="119" />
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="120" />
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="121" />
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="122" />
        <source>&amp;Stemming…</source>
        <translation>&amp;Vote…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="123" />
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="192" />
        <source>meerderheid</source>
        <translation>majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="192" />
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="193" />
        <source>{seats} van {council} zetels, {verdict}</source>
        <translation>{seats} of {council} seats, {verdict}</translation>
    </message>
</context>
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
    <name>CrashDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="47" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="54" />
        <source>raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder.</source>
        <translation>raadsviewer ran into an unexpected error. Your saved work is safe: every change is stored at once. Would you like to report the error? Copy the details below.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="67" />
        <source>Logbestand: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="74" />
        <source>Technische gegevens</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="77" />
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="78" />
        <source>Log&amp;map openen</source>
        <translation>Open log &amp;folder</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="249" />
        <source>Annoteer selectie…</source>
        <translation>Annotate selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="252" />
        <source>Amendement op selectie…</source>
        <translation>Amendment on selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="256" />
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="259" />
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>DraftWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="49" />
        <location filename="../../raadsviewer/ui/draft_window.py" line="54" />
        <source>Concept-zienswijze</source>
        <translation>Draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="56" />
        <source>Eerdere versies</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="59" />
        <source>&amp;Vergelijk twee versies</source>
        <translation>&amp;Compare two versions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="61" />
        <source>&amp;Huidige stand</source>
        <translation>&amp;Current state</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="66" />
        <source>Eerdere versies (bij elke export bewaard)</source>
        <translation>Earlier versions (kept at every export)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="76" />
        <source>Exporteren als:</source>
        <translation>Export as:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="79" />
        <source>Exporteren als {format}</source>
        <translation>Export as {format}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="84" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="135" />
        <source>{when} · {fmt} · {a} amendementen, {n} annotaties</source>
        <translation>{when} · {fmt} · {a} amendments, {n} annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="159" />
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="168" />
        <source>Concept-zienswijze exporteren</source>
        <translation>Export draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="180" />
        <source>Concept-zienswijze exporteren…</source>
        <translation>Exporting draft council view…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="186" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="194" />
        <location filename="../../raadsviewer/ui/draft_window.py" line="196" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="196" />
        <source>Onverwachte fout bij exporteren: {e}</source>
        <translation>Unexpected error while exporting: {e}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/help.py" line="23" />
        <location filename="../../raadsviewer/ui/help.py" line="27" />
        <source>Handleiding</source>
        <translation>Guide</translation>
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
        <location filename="../../raadsviewer/ui/dialogs.py" line="105" />
        <source>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</source>
        <translation>Which faction do you work for? Your annotations are kept under this faction and your name. You can change this later via Edit › Faction and name.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="116" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="118" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="119" />
        <source>&amp;Fractie:</source>
        <translation>&amp;Faction:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="120" />
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="141" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="143" />
        <source>Wat voor document is {name}?</source>
        <translation>What kind of document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="146" />
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Framework with principles (e.g. the procurement framework)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="147" />
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Background document (report, letter, advice)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="163" />
        <location filename="../../raadsviewer/ui/main_window.py" line="171" />
        <source>Uitgangspunten</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="179" />
        <source>Kaderdocument</source>
        <translation>Framework document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="183" />
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="192" />
        <source>Achtergronddocumenten</source>
        <translation>Background documents</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="213" />
        <location filename="../../raadsviewer/ui/main_window.py" line="223" />
        <location filename="../../raadsviewer/ui/main_window.py" line="264" />
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="226" />
        <source>Filter op fractie</source>
        <translation>Filter by faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="228" />
        <source>Filter op standpunt</source>
        <translation>Filter by stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="229" />
        <source>Alle standpunten</source>
        <translation>All stances</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="239" />
        <source>Geselecteerde annotatie</source>
        <translation>Selected annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="240" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="241" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="242" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="263" />
        <source>Annotaties en amendementen</source>
        <translation>Annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="265" />
        <location filename="../../raadsviewer/ui/main_window.py" line="516" />
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="303" />
        <source>Document &amp;importeren…</source>
        <translation>&amp;Import document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="304" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="305" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="307" />
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="309" />
        <source>Annotatie &amp;toevoegen…</source>
        <translation>&amp;Add annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="311" />
        <source>&amp;Selectie annoteren…</source>
        <translation>Annotate &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="313" />
        <source>Annotatie &amp;bewerken…</source>
        <translation>&amp;Edit annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="314" />
        <source>Annotatie &amp;verwijderen</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="315" />
        <source>&amp;Fractie en naam…</source>
        <translation>&amp;Faction and name…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="316" />
        <source>&amp;Amendement op uitgangspunt…</source>
        <translation>A&amp;mendment on principle…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="318" />
        <source>In concept-zienswijze &amp;opnemen</source>
        <translation>&amp;Include in draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="321" />
        <source>&amp;Concept-zienswijze…</source>
        <translation>&amp;Draft council view…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="322" />
        <source>&amp;Overzicht standpunten…</source>
        <translation>&amp;Overview of positions…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="323" />
        <source>&amp;Back-up maken</source>
        <translation>&amp;Make a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="324" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="325" />
        <source>&amp;Groter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="327" />
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="328" />
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="329" />
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Next principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="330" />
        <source>V&amp;orig uitgangspunt</source>
        <translation>&amp;Previous principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="331" />
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;About raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="332" />
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="333" />
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="338" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="346" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="358" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="365" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="369" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="465" />
        <source>Uitgangspunten ({count})</source>
        <translation>Principles ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="547" />
        <source>Amendementen ({n})</source>
        <translation>Amendments ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="553" />
        <source>Alle fracties</source>
        <translation>All factions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="582" />
        <source>Bij uitgangspunt {n}</source>
        <translation>On principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="602" />
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage on principle {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="604" />
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>No clear passage on principle {n} in the background documents.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="685" />
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="731" />
        <source>raadsviewer</source>
        <translation>raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="744" />
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="780" />
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotation on selected text in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="782" />
        <source>uitgangspunt {n}</source>
        <translation>principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="805" />
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="823" />
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotation deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="857" />
        <source>Back-up gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="870" />
        <location filename="../../raadsviewer/ui/main_window.py" line="878" />
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="870" />
        <source>Er zijn nog geen back-ups.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="873" />
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="873" />
        <source>voor samenvoegen</source>
        <translation>before merging</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="873" />
        <source>voor bijwerken</source>
        <translation>before updating</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="874" />
        <source>voor terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="874" />
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="878" />
        <source>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</source>
        <translation>Which backup? The current store is kept first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="890" />
        <source>Back-up van {when} teruggezet</source>
        <translation>Backup of {when} restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="983" />
        <source>{label} is ingediend</source>
        <translation>{label} has been submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="992" />
        <source>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Amendment deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1025" />
        <source>Amendement exporteren</source>
        <translation>Export amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1035" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1099" />
        <source>Fractie: {faction} · {member}</source>
        <translation>Faction: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1101" />
        <source>Geen fractie gekozen</source>
        <translation>No faction chosen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1104" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1113" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1140" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1146" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1149" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1113" />
        <source>Tekst (*.txt *.md);;Alle bestanden (*)</source>
        <translation>Text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1128" />
        <source>Document importeren…</source>
        <translation>Importing document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1135" />
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} imported: {p} principles, {s} sections</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1149" />
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Unexpected error while importing: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1179" />
        <source>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Lezen, annoteren en amenderen van een inkoopkader met de achtergronddocumenten.&lt;/p&gt;&lt;p&gt;Opslag: {store}&lt;br/&gt;Gegevensmap: {folder}&lt;br/&gt;Logbestanden: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Reading, annotating and amending a procurement framework with its background documents.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;br/&gt;Data folder: {folder}&lt;br/&gt;Log files: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1190" />
        <source>Over raadsviewer</source>
        <translation>About raadsviewer</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="72" />
        <source>{faction} over uitgangspunt {n}: geen standpunt</source>
        <translation>{faction} on principle {n}: no position</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="74" />
        <source>{faction} over uitgangspunt {n}: {parts}</source>
        <translation>{faction} on principle {n}: {parts}</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="119" />
        <source>Overzicht: standpunten per uitgangspunt en fractie</source>
        <translation>Overview: positions per principle and faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="123" />
        <source>Standpunten per uitgangspunt en fractie</source>
        <translation>Positions per principle and faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="143" />
        <source>Klik op een vak om die annotaties te zien.</source>
        <translation>Click a cell to see those annotations.</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="118" />
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="125" />
        <source>{count} amendementen</source>
        <translation>{count} amendments</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="168" />
        <source>Opslag beschadigd</source>
        <translation>Store damaged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="171" />
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</source>
        <translation>The newest good backup is from {when}. Do you want to restore it? The damaged store is kept beside it; nothing is thrown away.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="182" />
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="183" />
        <source>De beschadigde opslag staat nu in {path}.</source>
        <translation>The damaged store is now at {path}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="201" />
        <source>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</source>
        <translation>The store is in a folder that is synchronised with other computers.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="203" />
        <source>De opslag staat op een netwerkschijf.</source>
        <translation>The store is on a network drive.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="207" />
        <source>Opslag op een onveilige plek</source>
        <translation>Store in an unsafe place</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="210" />
        <source>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensmap) en deel uw werk met pakketten.</source>
        <translation>The file can be damaged there. Keep the store on this computer (Settings › Data folder) and share your work with packages.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="38" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="47" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="49" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="54" />
        <source>Lettergrootte</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="56" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="57" />
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="63" />
        <source>Volgt het systeem</source>
        <translation>Follows the system</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="58" />
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="59" />
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="62" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="69" />
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="70" />
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="75" />
        <source>&amp;Fractie:</source>
        <translation>&amp;Faction:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="76" />
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="77" />
        <source>&amp;Lettergrootte:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="78" />
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="79" />
        <source>T&amp;aal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="80" />
        <source>&amp;Gegevensmap:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="84" />
        <source>Taal en gegevensmap gaan in bij de volgende start.</source>
        <translation>Language and data folder take effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="97" />
        <source>Gegevensmap kiezen</source>
        <translation>Choose data folder</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="44" />
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="45" />
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="46" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="47" />
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="48" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="59" />
        <source>Annotatie toevoegen</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="79" />
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="93" />
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="130" />
        <source>Amendement toevoegen</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="150" />
        <source>Amendement bewerken</source>
        <translation>Edit amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="162" />
        <source>Amendement verwijderen</source>
        <translation>Delete amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="177" />
        <source>Opnemen in concept-zienswijze</source>
        <translation>Include in draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="179" />
        <source>Niet opnemen in concept-zienswijze</source>
        <translation>Leave out of draft council view</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="55" />
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="56" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="57" />
        <source>Griffie</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="58" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="220" />
        <source>Stemming over {label}</source>
        <translation>Vote on {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="229" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="232" />
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="237" />
        <source>Stem van {faction}</source>
        <translation>Vote of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="239" />
        <source>voor</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="240" />
        <source>tegen</source>
        <translation>against</translation>
    </message>
</context>
</TS>