<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="171" />
        <source>Opslaan als &amp;concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="173" />
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="200" />
        <source>Amendement op de geselecteerde passage</source>
        <translation>Amendment on the selected passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="201" />
        <source>Amendement op uitgangspunt {n}: {title}</source>
        <translation>Amendment on principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="261" />
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Not ready to submit yet:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="270" />
        <source>een meerderheid</source>
        <translation>a majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="270" />
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="272" />
        <source>Indieners samen: {seats} van {council} zetels ({verdict})</source>
        <translation>Signers together: {seats} of {council} seats ({verdict})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="277" />
        <source>Zetels: nog niet ingevuld bij de fracties</source>
        <translation>Seats: not yet entered for the factions</translation>
    </message>
</context>
<context>
    <name>AmendmentDocumentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="143" />
        <source>Amendement {label} exporteren</source>
        <translation>Export amendment {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="146" />
        <source>Voor welke vergadering en welk agendapunt is het amendement? Leeg laten mag.</source>
        <translation>Which meeting and agenda item is the amendment for? You may leave them empty.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="151" />
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="152" />
        <source>bv. Raadsvergadering 10 december 2020</source>
        <translation>e.g. Council meeting 10 December 2020</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="154" />
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="155" />
        <source>bv. 7. Zienswijze Inkoopkader Jeugdhulp</source>
        <translation>e.g. 7. View on the youth care procurement framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="156" />
        <source>&amp;Vergadering:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="157" />
        <source>&amp;Agendapunt:</source>
        <translation>&amp;Agenda item:</translation>
    </message>
</context>
<context>
    <name>AmendmentStatus</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="47" />
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="48" />
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="49" />
        <source>aangenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="50" />
        <source>verworpen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="51" />
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>AmendmentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="108" />
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="114" />
        <source>Geselecteerd amendement</source>
        <translation>Selected amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="119" />
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="120" />
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="121" />
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="122" />
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="123" />
        <source>&amp;Stemming…</source>
        <translation>&amp;Vote…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="124" />
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="193" />
        <source>meerderheid</source>
        <translation>majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="193" />
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="194" />
        <source>{seats} van {council} zetels, {verdict}</source>
        <translation>{seats} of {council} seats, {verdict}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="214" />
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="37" />
        <source>Annotatie</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="55" />
        <source>Standpunt</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="59" />
        <source>Zichtbaarheid</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="62" />
        <source>&amp;Standpunt:</source>
        <translation>&amp;Stance:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="63" />
        <source>&amp;Zichtbaar voor:</source>
        <translation>&amp;Visible to:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="66" />
        <source>Tekst van de annotatie</source>
        <translation>Text of the annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="67" />
        <source>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</source>
        <translation>Your note (Markdown: **bold**, *italic*, - list)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="226" />
        <location filename="../../raadsviewer/ui/exchange.py" line="230" />
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="235" />
        <source>Gemeenschappelijke basis</source>
        <translation>Common base</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="235" />
        <source>Versie A</source>
        <translation>Version A</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="235" />
        <source>Versie B</source>
        <translation>Version B</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="244" />
        <source>Deze versie &amp;houden</source>
        <translation>&amp;Keep this version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="244" />
        <source>Deze &amp;versie houden</source>
        <translation>Keep this &amp;version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="255" />
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="299" />
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="49" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="56" />
        <source>raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder.</source>
        <translation>raadsviewer ran into an unexpected error. Your saved work is safe: every change is stored at once. Would you like to report the error? Copy the details below.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="69" />
        <source>Logbestand: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="76" />
        <source>Technische gegevens</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="79" />
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="80" />
        <source>Log&amp;map openen</source>
        <translation>Open log &amp;folder</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="89" />
        <source>Logbestand</source>
        <translation>Log file</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="269" />
        <source>Annoteer selectie…</source>
        <translation>Annotate selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="272" />
        <source>Amendement op selectie…</source>
        <translation>Amendment on selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="275" />
        <source>Koppel selectie aan het uitgangspunt</source>
        <translation>Link selection to the principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="279" />
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="282" />
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
        <location filename="../../raadsviewer/ui/draft_window.py" line="169" />
        <source>Concept-zienswijze exporteren</source>
        <translation>Export draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="183" />
        <source>Concept-zienswijze exporteren…</source>
        <translation>Exporting draft council view…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="190" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="198" />
        <location filename="../../raadsviewer/ui/draft_window.py" line="201" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="201" />
        <source>Onverwachte fout bij exporteren: {e}</source>
        <translation>Unexpected error while exporting: {e}</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="49" />
        <source>Pakket van {faction} exporteren</source>
        <translation>Export the package of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="55" />
        <source>Dit pakket bevat {n} annotaties (fractie: {f}, griffie: {g}, openbaar: {o}) en {a} amendementen, waarvan {d} verwijderd. {p} privé-annotaties blijven op deze computer.</source>
        <translation>This package holds {n} annotations (faction: {f}, clerk: {g}, public: {o}) and {a} amendments, {d} of them deleted. {p} private annotations stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="70" />
        <source>Wat het pakket bevat</source>
        <translation>What the package holds</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="72" />
        <source> (verwijderd)</source>
        <translation> (deleted)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="76" />
        <source>Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}</source>
        <translation>Signed with the faction's key, fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="81" />
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
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
        <location filename="../../raadsviewer/ui/dialogs.py" line="99" />
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
        <location filename="../../raadsviewer/ui/dialogs.py" line="171" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="173" />
        <source>Wat voor document is {name}?</source>
        <translation>What kind of document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="176" />
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Framework with principles (e.g. the procurement framework)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="177" />
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Background document (report, letter, advice)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="164" />
        <location filename="../../raadsviewer/ui/main_window.py" line="172" />
        <source>Uitgangspunten</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="180" />
        <source>Kaderdocument</source>
        <translation>Framework document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="185" />
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="194" />
        <source>Achtergronddocumenten</source>
        <translation>Background documents</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="215" />
        <location filename="../../raadsviewer/ui/main_window.py" line="225" />
        <location filename="../../raadsviewer/ui/main_window.py" line="266" />
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="228" />
        <source>Filter op fractie</source>
        <translation>Filter by faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="230" />
        <source>Filter op standpunt</source>
        <translation>Filter by stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="231" />
        <source>Alle standpunten</source>
        <translation>All stances</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="241" />
        <source>Geselecteerde annotatie</source>
        <translation>Selected annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="242" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="243" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="244" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="265" />
        <source>Annotaties en amendementen</source>
        <translation>Annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="267" />
        <location filename="../../raadsviewer/ui/main_window.py" line="588" />
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="269" />
        <location filename="../../raadsviewer/ui/main_window.py" line="615" />
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="310" />
        <source>Document &amp;importeren…</source>
        <translation>&amp;Import document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="311" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="312" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="314" />
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="316" />
        <source>Annotatie &amp;toevoegen…</source>
        <translation>&amp;Add annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="318" />
        <source>&amp;Selectie annoteren…</source>
        <translation>Annotate &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="320" />
        <source>Annotatie &amp;bewerken…</source>
        <translation>&amp;Edit annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="321" />
        <source>Annotatie &amp;verwijderen</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="322" />
        <source>&amp;Fractie en naam…</source>
        <translation>&amp;Faction and name…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="323" />
        <source>&amp;Amendement op uitgangspunt…</source>
        <translation>A&amp;mendment on principle…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="325" />
        <source>In concept-zienswijze &amp;opnemen</source>
        <translation>&amp;Include in draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="328" />
        <source>&amp;Concept-zienswijze…</source>
        <translation>&amp;Draft council view…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="330" />
        <source>&amp;Zoeken in het dossier…</source>
        <translation>&amp;Search the dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="333" />
        <source>Zoeken in dit &amp;document…</source>
        <translation>&amp;Find in this document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="335" />
        <source>&amp;Nieuwe versie van een document…</source>
        <translation>&amp;New version of a document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="337" />
        <source>Oorspronkelijke &amp;pagina's tonen (PDF)</source>
        <translation>Show original &amp;pages (PDF)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="340" />
        <source>&amp;Overzicht standpunten…</source>
        <translation>&amp;Overview of positions…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="341" />
        <source>Pakket &amp;exporteren…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="343" />
        <source>Pakketten &amp;samenvoegen…</source>
        <translation>&amp;Merge packages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="345" />
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="346" />
        <source>&amp;Vingerafdruk van onze sleutel</source>
        <translation>&amp;Fingerprint of our key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="348" />
        <source>&amp;Publieke sleutel exporteren (voor de griffie)…</source>
        <translation>Export &amp;public key (for the clerk)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="350" />
        <source>Sleutel van een fractie &amp;vertrouwen (griffie)…</source>
        <translation>&amp;Trust a faction's key (clerk)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="351" />
        <source>Sleutel voor &amp;collega's exporteren…</source>
        <translation>Export key for &amp;colleagues…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="353" />
        <source>Sleutel van een collega &amp;importeren…</source>
        <translation>&amp;Import a colleague's key…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="355" />
        <source>&amp;Back-up maken</source>
        <translation>&amp;Make a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="356" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="357" />
        <source>&amp;Groter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="359" />
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="360" />
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="361" />
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Next principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="362" />
        <source>V&amp;orig uitgangspunt</source>
        <translation>&amp;Previous principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="363" />
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;About raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="364" />
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="365" />
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="370" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="378" />
        <source>&amp;Fractiesleutel</source>
        <translation>Faction &amp;key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="392" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="404" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="414" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="418" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="523" />
        <source>Uitgangspunten ({count})</source>
        <translation>Principles ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="770" />
        <location filename="../../raadsviewer/ui/main_window.py" line="781" />
        <source>Nieuwe versie importeren</source>
        <translation>Import a new version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="771" />
        <source>Van welk document is dit een nieuwe versie?</source>
        <translation>Which document is this a new version of?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="783" />
        <source>Documenten (*.txt *.md *.pdf *.docx)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="792" />
        <source>Nieuwe versie importeren…</source>
        <translation>Importing new version…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="875" />
        <source>Amendementen ({n})</source>
        <translation>Amendments ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="881" />
        <source>Alle fracties</source>
        <translation>All factions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="910" />
        <source>Bij uitgangspunt {n}</source>
        <translation>On principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="940" />
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage on principle {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="944" />
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>No clear passage on principle {n} in the background documents.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1040" />
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1086" />
        <source>raadsviewer</source>
        <translation>raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1098" />
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1133" />
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotation on selected text in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1135" />
        <source>uitgangspunt {n}</source>
        <translation>principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1157" />
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1175" />
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotation deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1227" />
        <source>Pakket exporteren</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1237" />
        <source>Pakket {n} opgeslagen: {path}</source>
        <translation>Package {n} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1240" />
        <source>Pakket exporteren…</source>
        <translation>Exporting package…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1257" />
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1297" />
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1299" />
        <source>De sleutel van {faction} heeft vingerafdruk:

{fp}

Vergelijk die met de griffie, bijvoorbeeld per telefoon.</source>
        <translation>The key of {faction} has fingerprint:

{fp}

Compare it with the clerk, for example by phone.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1312" />
        <source>Publieke sleutel exporteren</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1320" />
        <source>Sleutel opgeslagen, vingerafdruk {fp}</source>
        <translation>Key saved, fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1328" />
        <source>Sleutel van een fractie vertrouwen</source>
        <translation>Trust a faction's key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1340" />
        <source>Sleutel vertrouwd</source>
        <translation>Key trusted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1342" />
        <source>De sleutel van {faction} is geregistreerd. Vingerafdruk:

{fp}

Controleer deze met de fractie voordat u pakketten samenvoegt.</source>
        <translation>The key of {faction} is registered. Fingerprint:

{fp}

Check it with the faction before you merge packages.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1350" />
        <source>Wachtwoordzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1360" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1365" />
        <source>Sleutel voor collega's exporteren</source>
        <translation>Export key for colleagues</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1381" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1385" />
        <source>Sleutel van een collega importeren</source>
        <translation>Import a colleague's key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1394" />
        <source>Sleutel van {faction} geïmporteerd ({fp})</source>
        <translation>Key of {faction} imported ({fp})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1405" />
        <source>Back-up gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1418" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1432" />
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1418" />
        <source>Er zijn nog geen back-ups.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1421" />
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1422" />
        <source>voor samenvoegen</source>
        <translation>before merging</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1423" />
        <source>voor bijwerken</source>
        <translation>before updating</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1424" />
        <source>voor terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1425" />
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1433" />
        <source>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</source>
        <translation>Which backup? The current store is kept first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1448" />
        <source>Back-up van {when} teruggezet</source>
        <translation>Backup of {when} restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1560" />
        <source>{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; trek het amendement in om het terug te nemen.</source>
        <translation>{label} has been submitted. Earlier steps can no longer be undone; withdraw the amendment to take it back.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1566" />
        <source>{label} is ingediend</source>
        <translation>{label} has been submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1585" />
        <source>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Amendment deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1637" />
        <source>Amendement exporteren</source>
        <translation>Export amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1649" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1716" />
        <source>Fractie: {faction} · {member}</source>
        <translation>Faction: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1719" />
        <source>Geen fractie gekozen</source>
        <translation>No faction chosen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1722" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1732" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1765" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1773" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1779" />
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1734" />
        <source>Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1751" />
        <source>Document importeren…</source>
        <translation>Importing document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1758" />
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} imported: {p} principles, {s} sections</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1779" />
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Unexpected error while importing: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1810" />
        <source>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Lezen, annoteren en amenderen van een inkoopkader met de achtergronddocumenten.&lt;/p&gt;&lt;p&gt;Opslag: {store}&lt;br/&gt;Gegevensmap: {folder}&lt;br/&gt;Logbestanden: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Reading, annotating and amending a procurement framework with its background documents.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;br/&gt;Data folder: {folder}&lt;br/&gt;Log files: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1821" />
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="98" />
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="101" />
        <source>Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt.</source>
        <translation>Preview: nothing has changed yet. Check what happens per package.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="105" />
        <source>Pakketten</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="108" />
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="109" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="110" />
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="111" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="112" />
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="113" />
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="114" />
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="115" />
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="116" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="124" />
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="126" />
        <source>&amp;Conflicten bekijken…</source>
        <translation>View &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="137" />
        <source>wordt samengevoegd</source>
        <translation>will be merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="138" />
        <source>samengevoegd</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="139" />
        <source>al eerder samengevoegd</source>
        <translation>already merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="140" />
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="146" />
        <source>{n} items niet teruggevonden in de tekst</source>
        <translation>{n} items not found again in the text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="194" />
        <source>Pakketten samenvoegen…</source>
        <translation>Merging packages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="197" />
        <source>Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan.</source>
        <translation>Merged. Ctrl+Z in the main window undoes this merge.</translation>
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
    <name>PassagesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="56" />
        <source>Gerelateerde passages</source>
        <translation>Related passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="63" />
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="64" />
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="65" />
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="105" />
        <source> · p. {n}</source>
        <translation> · p. {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="111" />
        <source>Passages over uitgangspunt {n}, best passend eerst.</source>
        <translation>Passages on principle {n}, best match first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="114" />
        <source>Geen duidelijke passage over uitgangspunt {n}.</source>
        <translation>No clear passage on principle {n}.</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="148" />
        <source>Oorspronkelijke pagina's</source>
        <translation>Original pages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="150" />
        <source>Oorspronkelijke pagina's van het document</source>
        <translation>Original pages of the document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="152" />
        <source>Geen oorspronkelijke pagina's: dit document is niet uit een PDF gelezen.</source>
        <translation>No original pages: this document was not read from a PDF.</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="125" />
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="132" />
        <source>{count} amendementen</source>
        <translation>{count} amendments</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="261" />
        <source>Opslag beschadigd</source>
        <translation>Store damaged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="264" />
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</source>
        <translation>The newest good backup is from {when}. Do you want to restore it? The damaged store is kept beside it; nothing is thrown away.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="275" />
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="276" />
        <source>De beschadigde opslag staat nu in {path}.</source>
        <translation>The damaged store is now at {path}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="294" />
        <source>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</source>
        <translation>The store is in a folder that is synchronised with other computers.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="298" />
        <source>De opslag staat op een netwerkschijf.</source>
        <translation>The store is on a network drive.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="302" />
        <source>Opslag op een onveilige plek</source>
        <translation>Store in an unsafe place</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="305" />
        <source>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensmap) en deel uw werk met pakketten.</source>
        <translation>The file can be damaged there. Keep the store on this computer (Settings › Data folder) and share your work with packages.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="184" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="189" />
        <source>Zoekvraag</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="190" />
        <source>Zoek in documenten, annotaties en amendementen</source>
        <translation>Search documents, annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="192" />
        <source>Alleen in dit &amp;document</source>
        <translation>Only in this &amp;document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="194" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="246" />
        <source>Annotaties en amendementen</source>
        <translation>Annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="247" />
        <source> — uitgangspunt {n}</source>
        <translation> — principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="254" />
        <source>p. {n}</source>
        <translation>p. {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="259" />
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="261" />
        <source>{n} resultaten in {ms:.0f} ms</source>
        <translation>{n} results in {ms:.0f} ms</translation>
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
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="98" />
        <source>Gegevensmap kiezen</source>
        <translation>Choose data folder</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="51" />
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="52" />
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="53" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="54" />
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="55" />
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
        <location filename="../../raadsviewer/ui/undo.py" line="101" />
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="142" />
        <source>Amendement toevoegen</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="164" />
        <source>Amendement bewerken</source>
        <translation>Edit amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="184" />
        <source>Amendement verwijderen</source>
        <translation>Delete amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="208" />
        <source>Opnemen in concept-zienswijze</source>
        <translation>Include in draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="210" />
        <source>Niet opnemen in concept-zienswijze</source>
        <translation>Leave out of draft council view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="235" />
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
</context>
<context>
    <name>VersionReviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="274" />
        <source>Nieuwe versie: controle</source>
        <translation>New version: review</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="279" />
        <location filename="../../raadsviewer/ui/reading.py" line="312" />
        <source>Verschillen per uitgangspunt</source>
        <translation>Differences per principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="281" />
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="282" />
        <source>vervallen</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="283" />
        <source>anders geformuleerd</source>
        <translation>reworded</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="291" />
        <source>Uitgangspunt {n}</source>
        <translation>Principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="293" />
        <source>Geen uitgangspunten gewijzigd.</source>
        <translation>No principles changed.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="296" />
        <source>Verplaatste en verweesde items</source>
        <translation>Moved and orphaned items</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="299" />
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="300" />
        <source>verplaatst</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="301" />
        <source>bij benadering</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="302" />
        <source>niet teruggevonden</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="309" />
        <source>&amp;Gecontroleerd</source>
        <translation>&amp;Checked</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="314" />
        <source>Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt</source>
        <translation>Annotations, amendments and links: what needs attention first</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="62" />
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="63" />
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="64" />
        <source>Griffie</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="65" />
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="236" />
        <source>Stemming over {label}</source>
        <translation>Vote on {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="245" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="246" />
        <source>— kies de uitkomst —</source>
        <translation>— choose the outcome —</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="249" />
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="254" />
        <source>Stem van {faction}</source>
        <translation>Vote of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="256" />
        <source>voor</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="257" />
        <source>tegen</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="288" />
        <source>Nog geen stemmen ingevuld.</source>
        <translation>No votes entered yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="291" />
        <source>aangenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="291" />
        <source>verworpen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="293" />
        <source>Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen).</source>
        <translation>By the votes: {verdict} ({voor} for, {tegen} against).</translation>
    </message>
</context>
</TS>
