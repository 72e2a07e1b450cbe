<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="72" />
        <source>Amendement</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="87" />
        <source>Titel van het amendement</source>
        <translation>Titel van het amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="89" />
        <source>Betreft</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="91" />
        <source>Bewerking</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="92" />
        <source>Vervangen</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="93" />
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="94" />
        <source>Schrappen</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="95" />
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="96" />
        <source>&amp;Betreft:</source>
        <translation>&amp;Betreft:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="97" />
        <source>Be&amp;werking:</source>
        <translation>Be&amp;werking:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="101" />
        <source>Oude tekst (uit het document)</source>
        <translation>Oude tekst (uit het document)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="102" />
        <source>&amp;Nieuwe tekst</source>
        <translation>&amp;Nieuwe tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="105" />
        <source>Oude tekst</source>
        <translation>Oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="107" />
        <source>Nieuwe tekst</source>
        <translation>Nieuwe tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="109" />
        <source>Hele uitgangspunt als oude tekst</source>
        <translation>Hele uitgangspunt als oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="112" />
        <source>Geen oude tekst</source>
        <translation>Geen oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="125" />
        <source>Wijziging</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="128" />
        <source>Wijziging woord voor woord</source>
        <translation>Wijziging woord voor woord</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="135" />
        <source>T&amp;oelichting (Markdown)</source>
        <translation>T&amp;oelichting (Markdown)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="137" />
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="143" />
        <source>&amp;Mede-indieners</source>
        <translation>&amp;Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="145" />
        <source>Mede-indieners</source>
        <translation>Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="170" />
        <source>Opslaan als &amp;concept</source>
        <translation>Opslaan als &amp;concept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="171" />
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="198" />
        <source>Amendement op de geselecteerde passage</source>
        <translation>Amendement op de geselecteerde passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="199" />
        <source>Amendement op uitgangspunt {n}: {title}</source>
        <translation>Amendement op uitgangspunt {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="257" />
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Nog niet klaar om in te dienen:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="266" />
        <source>een meerderheid</source>
        <translation>een meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="266" />
        <source>geen meerderheid</source>
        <translation>geen meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="268" />
        <source>Indieners samen: {seats} van {council} zetels ({verdict})</source>
        <translation>Indieners samen: {seats} van {council} zetels ({verdict})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="273" />
        <source>Zetels: nog niet ingevuld bij de fracties</source>
        <translation>Zetels: nog niet ingevuld bij de fracties</translation>
    </message>
</context>
<context>
    <name>AmendmentStatus</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="46" />
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="47" />
        <source>ingediend</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="48" />
        <source>aangenomen</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="49" />
        <source>verworpen</source>
        <translation>verworpen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="50" />
        <source>ingetrokken</source>
        <translation>ingetrokken</translation>
    </message>
</context>
<context>
    <name>AmendmentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="107" />
        <source>Amendementen</source>
        <translation>Amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="113" />
        <source>Geselecteerd amendement</source>
        <translation>Geselecteerd amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="118" />
        <source>&amp;Nieuw…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="119" />
        <source>Be&amp;werken…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="120" />
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="121" />
        <source>Verwij&amp;deren</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="122" />
        <source>&amp;Stemming…</source>
        <translation>&amp;Stemming…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="123" />
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="192" />
        <source>meerderheid</source>
        <translation>meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="192" />
        <source>geen meerderheid</source>
        <translation>geen meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="193" />
        <source>{seats} van {council} zetels, {verdict}</source>
        <translation>{seats} van {council} zetels, {verdict}</translation>
    </message>
</context>
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
        <location filename="../../raadsviewer/ui/document_view.py" line="244" />
        <source>Annoteer selectie…</source>
        <translation>Annoteer selectie…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="247" />
        <source>Amendement op selectie…</source>
        <translation>Amendement op selectie…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="251" />
        <source>Kopiëren</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="254" />
        <source>Alles selecteren</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>DraftWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="49" />
        <location filename="../../raadsviewer/ui/draft_window.py" line="54" />
        <source>Concept-zienswijze</source>
        <translation>Concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="56" />
        <source>Eerdere versies</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="59" />
        <source>&amp;Vergelijk twee versies</source>
        <translation>&amp;Vergelijk twee versies</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="61" />
        <source>&amp;Huidige stand</source>
        <translation>&amp;Huidige stand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="66" />
        <source>Eerdere versies (bij elke export bewaard)</source>
        <translation>Eerdere versies (bij elke export bewaard)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="76" />
        <source>Exporteren als:</source>
        <translation>Exporteren als:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="79" />
        <source>Exporteren als {format}</source>
        <translation>Exporteren als {format}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="84" />
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="135" />
        <source>{when} · {fmt} · {a} amendementen, {n} annotaties</source>
        <translation>{when} · {fmt} · {a} amendementen, {n} annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="159" />
        <source>Geen verschillen.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="168" />
        <source>Concept-zienswijze exporteren</source>
        <translation>Concept-zienswijze exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="180" />
        <source>Concept-zienswijze exporteren…</source>
        <translation>Concept-zienswijze exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="186" />
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="194" />
        <location filename="../../raadsviewer/ui/draft_window.py" line="196" />
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="196" />
        <source>Onverwachte fout bij exporteren: {e}</source>
        <translation>Onverwachte fout bij exporteren: {e}</translation>
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
        <location filename="../../raadsviewer/ui/dialogs.py" line="105" />
        <source>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</source>
        <translation>Voor welke fractie werkt u? Uw annotaties worden onder deze fractie en uw naam bewaard. U kunt dit later wijzigen via Bewerken › Fractie en naam.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="116" />
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="118" />
        <source>Uw naam</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="119" />
        <source>&amp;Fractie:</source>
        <translation>&amp;Fractie:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="120" />
        <source>Uw &amp;naam:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="141" />
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="143" />
        <source>Wat voor document is {name}?</source>
        <translation>Wat voor document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="146" />
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="147" />
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Achtergronddocument (rapport, brief, advies)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="162" />
        <location filename="../../raadsviewer/ui/main_window.py" line="170" />
        <source>Uitgangspunten</source>
        <translation>Uitgangspunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="178" />
        <source>Kaderdocument</source>
        <translation>Kaderdocument</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="182" />
        <source>Kader</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="191" />
        <source>Achtergronddocumenten</source>
        <translation>Achtergronddocumenten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="212" />
        <location filename="../../raadsviewer/ui/main_window.py" line="222" />
        <location filename="../../raadsviewer/ui/main_window.py" line="263" />
        <source>Annotaties</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="225" />
        <source>Filter op fractie</source>
        <translation>Filter op fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="227" />
        <source>Filter op standpunt</source>
        <translation>Filter op standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="228" />
        <source>Alle standpunten</source>
        <translation>Alle standpunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="238" />
        <source>Geselecteerde annotatie</source>
        <translation>Geselecteerde annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="239" />
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="240" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="241" />
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="262" />
        <source>Annotaties en amendementen</source>
        <translation>Annotaties en amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="264" />
        <location filename="../../raadsviewer/ui/main_window.py" line="499" />
        <source>Amendementen</source>
        <translation>Amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="296" />
        <source>Document &amp;importeren…</source>
        <translation>Document &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="297" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="298" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="300" />
        <source>&amp;Opnieuw</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="302" />
        <source>Annotatie &amp;toevoegen…</source>
        <translation>Annotatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="304" />
        <source>&amp;Selectie annoteren…</source>
        <translation>&amp;Selectie annoteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="306" />
        <source>Annotatie &amp;bewerken…</source>
        <translation>Annotatie &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="307" />
        <source>Annotatie &amp;verwijderen</source>
        <translation>Annotatie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="308" />
        <source>&amp;Fractie en naam…</source>
        <translation>&amp;Fractie en naam…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="309" />
        <source>&amp;Amendement op uitgangspunt…</source>
        <translation>&amp;Amendement op uitgangspunt…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="311" />
        <source>In concept-zienswijze &amp;opnemen</source>
        <translation>In concept-zienswijze &amp;opnemen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="314" />
        <source>&amp;Concept-zienswijze…</source>
        <translation>&amp;Concept-zienswijze…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="315" />
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="316" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="317" />
        <source>&amp;Groter</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="319" />
        <source>&amp;Kleiner</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="320" />
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Standaardgrootte</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="321" />
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Volgend uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="322" />
        <source>V&amp;orig uitgangspunt</source>
        <translation>V&amp;orig uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="323" />
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;Over raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="326" />
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="334" />
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="345" />
        <source>Beel&amp;d</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="351" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="354" />
        <source>Werkbalk</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="450" />
        <source>Uitgangspunten ({count})</source>
        <translation>Uitgangspunten ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="530" />
        <source>Amendementen ({n})</source>
        <translation>Amendementen ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="536" />
        <source>Alle fracties</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="565" />
        <source>Bij uitgangspunt {n}</source>
        <translation>Bij uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="585" />
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage bij uitgangspunt {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="587" />
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="668" />
        <source>versie</source>
        <translation>versie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="714" />
        <source>raadsviewer</source>
        <translation>raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="727" />
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Uitgangspunt {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="763" />
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotatie bij geselecteerde tekst in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="765" />
        <source>uitgangspunt {n}</source>
        <translation>uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="788" />
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="806" />
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="840" />
        <source>Back-up gemaakt: {path}</source>
        <translation>Back-up gemaakt: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="853" />
        <location filename="../../raadsviewer/ui/main_window.py" line="861" />
        <source>Back-up terugzetten</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="853" />
        <source>Er zijn nog geen back-ups.</source>
        <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="856" />
        <source>dagelijks</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="856" />
        <source>voor samenvoegen</source>
        <translation>voor samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="856" />
        <source>voor bijwerken</source>
        <translation>voor bijwerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="857" />
        <source>voor terugzetten</source>
        <translation>voor terugzetten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="857" />
        <source>handmatig</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="861" />
        <source>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</source>
        <translation>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="873" />
        <source>Back-up van {when} teruggezet</source>
        <translation>Back-up van {when} teruggezet</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="966" />
        <source>{label} is ingediend</source>
        <translation>{label} is ingediend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="975" />
        <source>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1008" />
        <source>Amendement exporteren</source>
        <translation>Amendement exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1018" />
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1063" />
        <source>Fractie: {faction} · {member}</source>
        <translation>Fractie: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1065" />
        <source>Geen fractie gekozen</source>
        <translation>Geen fractie gekozen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1068" />
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1077" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1104" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1110" />
        <location filename="../../raadsviewer/ui/main_window.py" line="1113" />
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1077" />
        <source>Tekst (*.txt *.md);;Alle bestanden (*)</source>
        <translation>Tekst (*.txt *.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1092" />
        <source>Document importeren…</source>
        <translation>Document importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1099" />
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} ingelezen: {p} uitgangspunten, {s} secties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1113" />
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Onverwachte fout bij importeren: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1138" />
        <source>Over raadsviewer</source>
        <translation>Over raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="1139" />
        <source>raadsviewer {version}

Opslag: {path}</source>
        <translation>raadsviewer {version}

Opslag: {path}</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="118" />
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="125" />
        <source>{count} amendementen</source>
        <translation>{count} amendementen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="159" />
        <source>Opslag beschadigd</source>
        <translation>Opslag beschadigd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="162" />
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</source>
        <translation>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="173" />
        <source>Back-up teruggezet</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="174" />
        <source>De beschadigde opslag staat nu in {path}.</source>
        <translation>De beschadigde opslag staat nu in {path}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="192" />
        <source>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</source>
        <translation>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="194" />
        <source>De opslag staat op een netwerkschijf.</source>
        <translation>De opslag staat op een netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="198" />
        <source>Opslag op een onveilige plek</source>
        <translation>Opslag op een onveilige plek</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/app.py" line="201" />
        <source>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensmap) en deel uw werk met pakketten.</source>
        <translation>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensmap) en deel uw werk met pakketten.</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="44" />
        <source>Steun</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="45" />
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="46" />
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="47" />
        <source>Bezwaar</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="48" />
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="59" />
        <source>Annotatie toevoegen</source>
        <translation>Annotatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="79" />
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="93" />
        <source>Annotatie verwijderen</source>
        <translation>Annotatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="130" />
        <source>Amendement toevoegen</source>
        <translation>Amendement toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="150" />
        <source>Amendement bewerken</source>
        <translation>Amendement bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="162" />
        <source>Amendement verwijderen</source>
        <translation>Amendement verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="177" />
        <source>Opnemen in concept-zienswijze</source>
        <translation>Opnemen in concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="179" />
        <source>Niet opnemen in concept-zienswijze</source>
        <translation>Niet opnemen in concept-zienswijze</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="55" />
        <source>Privé</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="56" />
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="57" />
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="58" />
        <source>Openbaar</source>
        <translation>Openbaar</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="220" />
        <source>Stemming over {label}</source>
        <translation>Stemming over {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="229" />
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="232" />
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="237" />
        <source>Stem van {faction}</source>
        <translation>Stem van {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="239" />
        <source>voor</source>
        <translation>voor</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="240" />
        <source>tegen</source>
        <translation>tegen</translation>
    </message>
</context>
</TS>