<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="76"/>
        <source>Amendement</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="92"/>
        <source>Titel van het amendement</source>
        <translation>Title of the amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="94"/>
        <source>Betreft</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="96"/>
        <source>Bewerking</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="97"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="98"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="99"/>
        <source>Schrappen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="100"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="101"/>
        <source>&amp;Betreft:</source>
        <translation>&amp;Concerning:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="102"/>
        <source>Be&amp;werking:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="106"/>
        <source>Oude tekst (uit het document)</source>
        <translation>Old text (from the document)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="107"/>
        <source>&amp;Nieuwe tekst</source>
        <translation>&amp;New text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="110"/>
        <source>Oude tekst</source>
        <translation>Old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="112"/>
        <source>Nieuwe tekst</source>
        <translation>New text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="114"/>
        <source>Hele uitgangspunt als oude tekst</source>
        <translation>Whole principle as old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="117"/>
        <source>Geen oude tekst</source>
        <translation>No old text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="130"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="133"/>
        <source>Wijziging woord voor woord</source>
        <translation>Change word by word</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="140"/>
        <source>T&amp;oelichting (Markdown)</source>
        <translation>&amp;Explanation (Markdown)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="142"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="148"/>
        <source>&amp;Mede-indieners</source>
        <translation>Co-si&amp;gners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="150"/>
        <source>Mede-indieners</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="176"/>
        <source>Opslaan als &amp;concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="178"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="207"/>
        <source>Amendement op de geselecteerde passage</source>
        <translation>Amendment on the selected passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="208"/>
        <source>Amendement op uitgangspunt {n}: {title}</source>
        <translation>Amendment on principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="269"/>
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Not ready to submit yet:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="278"/>
        <source>een meerderheid</source>
        <translation>a majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="278"/>
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="280"/>
        <source>Indieners samen: {seats} van {council} zetels ({verdict})</source>
        <translation>Signers together: {seats} of {council} seats ({verdict})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="285"/>
        <source>Zetels: nog niet ingevuld bij de fracties</source>
        <translation>Seats: not yet entered for the factions</translation>
    </message>
</context>
<context>
    <name>AmendmentDocumentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="213"/>
        <source>Amendement {label} exporteren</source>
        <translation>Export amendment {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="216"/>
        <source>Voor welke vergadering en welk agendapunt is het amendement? Leeg laten mag.</source>
        <translation>Which meeting and agenda item is the amendment for? You may leave them empty.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="221"/>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="222"/>
        <source>bv. Raadsvergadering 10 december 2020</source>
        <translation>e.g. Council meeting 10 December 2020</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="224"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="225"/>
        <source>bv. 7. Zienswijze Inkoopkader Jeugdhulp</source>
        <translation>e.g. 7. View on the youth care procurement framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="226"/>
        <source>&amp;Vergadering:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="227"/>
        <source>&amp;Agendapunt:</source>
        <translation>&amp;Agenda item:</translation>
    </message>
</context>
<context>
    <name>AmendmentStatus</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="54"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="55"/>
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="56"/>
        <source>aangenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="57"/>
        <source>verworpen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="58"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="66"/>
        <source>Verouderd: de te wijzigen tekst staat niet (meer) in deze versie van het uitgangspunt. Het dictum kan niet worden uitgevoerd zoals het er staat, tot de fractie het amendement bijwerkt.</source>
        <translation>Out of date: the text to be changed is not (or no longer) in this version of the principle. The amendment cannot be carried out as written until its faction updates it.</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="115"/>
        <source>verouderd</source>
        <translation>out of date</translation>
    </message>
</context>
<context>
    <name>AmendmentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="139"/>
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="148"/>
        <source>Geselecteerd amendement</source>
        <translation>Selected amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="158"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="160"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="159"/>
        <source>B&amp;ewerken…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="161"/>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="162"/>
        <source>&amp;Stemming…</source>
        <translation>Vo&amp;te…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="163"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="205"/>
        <source>Kies links een uitgangspunt.</source>
        <translation>Choose a principle on the left.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="209"/>
        <source>Nog geen amendementen op uitgangspunt {n}. Die van de fracties komen in hun pakketten.</source>
        <translation>No amendments on principle {n} yet. The factions&apos; amendments come in their packages.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="215"/>
        <source>Nog geen amendementen op uitgangspunt {n}. Maak er een met Nieuw… of selecteer tekst en kies &apos;Amendement op selectie…&apos;.</source>
        <translation>No amendments on principle {n} yet. Make one with New… or select text and choose &apos;Amend selection…&apos;.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="264"/>
        <source>meerderheid</source>
        <translation>majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="264"/>
        <source>geen meerderheid</source>
        <translation>no majority</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="265"/>
        <source>{seats} van {council} zetels, {verdict}</source>
        <translation>{seats} of {council} seats, {verdict}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="269"/>
        <source>indieners: {seats} van {council} zetels</source>
        <translation>sponsors: {seats} of {council} seats</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="288"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="502"/>
        <source>{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; trek het amendement in om het terug te nemen.</source>
        <translation>{label} has been submitted. Earlier steps can no longer be undone; withdraw the amendment to take it back.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="508"/>
        <source>{label} is ingediend</source>
        <translation>{label} has been submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="527"/>
        <source>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Amendment deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="561"/>
        <source>amendement</source>
        <translation>amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="565"/>
        <source>Amendement exporteren</source>
        <translation>Export amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="582"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="66"/>
        <source>Annotatie</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="85"/>
        <source>Standpunt</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="89"/>
        <source>Zichtbaarheid</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="92"/>
        <source>&amp;Standpunt:</source>
        <translation>&amp;Stance:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="93"/>
        <source>&amp;Zichtbaar voor:</source>
        <translation>&amp;Visible to:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="96"/>
        <source>Tekst van de annotatie</source>
        <translation>Text of the annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="97"/>
        <source>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</source>
        <translation>Your note (Markdown: **bold**, *italic*, - list)</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="434"/>
        <source>“…”: geplaatst bij een passage</source>
        <translation>“…”: placed at a passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="436"/>
        <source>★: opgenomen in de concept-zienswijze</source>
        <translation>★: included in the draft zienswijze</translation>
    </message>
</context>
<context>
    <name>AnnotationsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="57"/>
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="78"/>
        <source>Filter op fractie</source>
        <translation>Filter by faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="80"/>
        <source>Filter op standpunt</source>
        <translation>Filter by stance</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="81"/>
        <source>Alle standpunten</source>
        <translation>All stances</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="91"/>
        <source>Geselecteerde annotatie</source>
        <translation>Selected annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="92"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="94"/>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="118"/>
        <source>Annotatie &amp;toevoegen…</source>
        <translation>&amp;Add annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="119"/>
        <source>Annotatie &amp;bewerken…</source>
        <translation>&amp;Edit annotation…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="120"/>
        <source>Annotatie &amp;verwijderen</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="93"/>
        <source>B&amp;ewerken…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="127"/>
        <source>In concept-&amp;zienswijze opnemen</source>
        <translation>&amp;Include in draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="160"/>
        <source>Bij uitgangspunt {n}</source>
        <translation>On principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="184"/>
        <source>Kies links een uitgangspunt om de annotaties erbij te zien.</source>
        <translation>Choose a principle on the left to see its annotations.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="186"/>
        <source>Filters wissen</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="187"/>
        <source>Geen annotaties die aan dit filter voldoen.</source>
        <translation>No annotations match this filter.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="192"/>
        <source>Nog geen annotaties bij dit uitgangspunt. Die van de fracties komen in hun pakketten.</source>
        <translation>No annotations on this principle yet. The factions&apos; annotations arrive in their packages.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="196"/>
        <source>Nog geen annotaties bij dit uitgangspunt. Schrijf er een met Annotatie toevoegen (Ctrl+N).</source>
        <translation>No annotations on this principle yet. Write one with Add annotation (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="206"/>
        <source>Alle fracties</source>
        <translation>All factions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="254"/>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="255"/>
        <source>opgenomen in de concept-zienswijze</source>
        <translation>included in the draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="312"/>
        <source>De griffie neemt notities op in de concept-zienswijze; een fractie stuurt ze in haar pakket.</source>
        <translation>The griffie takes notes into the draft zienswijze; a faction sends them in its package.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="328"/>
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Principle {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="403"/>
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotation on selected text in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="405"/>
        <source>uitgangspunt {n}</source>
        <translation>principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="449"/>
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="119"/>
        <source>Zichtbaarheid beperken</source>
        <translation>Narrow the visibility</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="123"/>
        <source>Wie haar kreeg, houdt de versie die toen meeging: ‘{visibility}’ geldt alleen voor wat u hierna verstuurt.

Intrekken verwijdert haar bij de anderen zodra zij uw volgende export samenvoegen (ook bij de griffie, en via haar dossier bij andere fracties); hier houdt u de tekst als nieuwe notitie, ‘{visibility}’.</source>
        <translation>Whoever received it keeps the version that went then: ‘{visibility}’ only applies to what you send from now on.

Withdrawing deletes it for the others as soon as they merge your next export (the griffie too, and through its dossier other factions); here you keep the text as a new note, ‘{visibility}’.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="131"/>
        <source>&amp;Intrekken en hier houden</source>
        <translation>&amp;Withdraw and keep it here</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="132"/>
        <source>Alleen voor wat &amp;nog komt</source>
        <translation>Only for what is &amp;still to come</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="120"/>
        <source>Deze notitie is al gedeeld ({when}).</source>
        <translation>This note has already been shared ({when}).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="476"/>
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotation deleted — Ctrl+Z undoes this</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="120"/>
        <source>Zelf samenvoegen</source>
        <translation>Combine them</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="124"/>
        <source>De tekst van de annotatie (versie A, daaronder versie B); maak er één &amp;tekst van:</source>
        <translation>The annotation&apos;s text (version A, version B below it); make one &amp;text of them:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="128"/>
        <source>Samengevoegde tekst</source>
        <translation>Combined text</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="340"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="344"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Gemeenschappelijke basis</source>
        <translation>Common base</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Versie A</source>
        <translation>Version A</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Versie B</source>
        <translation>Version B</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="359"/>
        <source>Versie &amp;A houden</source>
        <translation>Keep version &amp;A</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="359"/>
        <source>Versie &amp;B houden</source>
        <translation>Keep version &amp;B</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="372"/>
        <source>Geen conflicten: elke annotatie, elk amendement en elke koppeling heeft één huidige versie.</source>
        <translation>No conflicts: every annotation, amendment and link has one current version.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="381"/>
        <source>&amp;Zelf samenvoegen…</source>
        <translation>Co&amp;mbine them…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="387"/>
        <source>Keuze &amp;ongedaan maken</source>
        <translation>&amp;Undo the choice</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="477"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="490"/>
        <source>Alleen bij een annotatie waarvan geen versie verwijderd is: kies een versie.</source>
        <translation>Only for an annotation of which neither version deletes it: choose a version.</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="72"/>
        <source>Zienswijze opstellen</source>
        <translation>Write the zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="72"/>
        <source>Vergadergegevens</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="78"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="79"/>
        <source>De raad van de &amp;gemeente:</source>
        <translation>The council of the &amp;municipality of:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="80"/>
        <source>Datum van de raadsvergadering</source>
        <translation>Date of the council meeting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="81"/>
        <source>Raads&amp;vergadering op:</source>
        <translation>Council m&amp;eeting on:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="82"/>
        <source>Datum van de brief</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="83"/>
        <source>Niet ingevuld: de dag waarop de brief wordt gemaakt.</source>
        <translation>Left empty: the day the letter is made.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="84"/>
        <source>&amp;Brief gedateerd:</source>
        <translation>&amp;Letter dated:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="86"/>
        <source>De griffier</source>
        <translation>The clerk (griffier)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="87"/>
        <source>De g&amp;riffier:</source>
        <translation>The cler&amp;k:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="89"/>
        <source>De voorzitter</source>
        <translation>The chair (voorzitter)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="90"/>
        <source>De voorzi&amp;tter:</source>
        <translation>The c&amp;hair:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="93"/>
        <source>Ver&amp;zoek van:</source>
        <translation>Request &amp;from:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="134"/>
        <source>Ver&amp;der…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="92"/>
        <source>Wie om de zienswijze vroeg</source>
        <translation>Who asked for the zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="95"/>
        <source>Onderwerp van het verzoek</source>
        <translation>Subject of the request</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="96"/>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="99"/>
        <source>kenmerk {k}</source>
        <translation>reference {k}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="101"/>
        <source>brief van {d}</source>
        <translation>letter of {d}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="103"/>
        <source>reactie gevraagd vóór {d}</source>
        <translation>answer asked before {d}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="105"/>
        <source>Gevonden in de brief: {facts}</source>
        <translation>Found in the letter: {facts}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="107"/>
        <source>In de brief is geen kenmerk of datum gevonden.</source>
        <translation>No reference or date was found in the letter.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="115"/>
        <source>Eigen Word-sjabloon</source>
        <translation>Own Word template</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="116"/>
        <source>het meegeleverde sjabloon</source>
        <translation>the template that comes with the program</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="117"/>
        <source>&amp;Kiezen…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="121"/>
        <source>Word-&amp;sjabloon:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="141"/>
        <source>Word-sjabloon kiezen</source>
        <translation>Choose a Word template</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="49"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="56"/>
        <source>raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder.</source>
        <translation>raadsviewer ran into an unexpected error. Your saved work is safe: every change is stored at once. Would you like to report the error? Copy the details below.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="69"/>
        <source>Logbestand: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="76"/>
        <source>Technische gegevens</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="79"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="80"/>
        <source>Log&amp;map openen</source>
        <translation>Open log &amp;folder</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="89"/>
        <source>Logbestand</source>
        <translation>Log file</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="603"/>
        <source>&amp;Selectie annoteren…</source>
        <translation>Annotate &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="606"/>
        <source>A&amp;mendement op selectie…</source>
        <translation>A&amp;mendment on selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="609"/>
        <source>Koppe&amp;l selectie aan het uitgangspunt</source>
        <translation>&amp;Link selection to the principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="614"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="621"/>
        <source>&amp;Alles selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="202"/>
        <source>Kaderdocument</source>
        <translation>Framework document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="203"/>
        <location filename="../../raadsviewer/ui/reading.py" line="274"/>
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="211"/>
        <source>Achtergronddocumenten</source>
        <translation>Background documents</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="219"/>
        <source>Dit dossier heeft nog geen achtergronddocumenten. Voeg ze toe met Bestand › Document importeren… (Ctrl+I) en kies &apos;achtergronddocument&apos;.</source>
        <translation>This dossier has no background documents yet. Add them with File › Import document… (Ctrl+I) and choose &apos;background document&apos;.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="408"/>
        <source>Passages bij uitgangspunt {n} worden gezocht…</source>
        <translation>Looking for passages on principle {n}…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="423"/>
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage on principle {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="427"/>
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>No clear passage on principle {n} in the background documents.</translation>
    </message>
</context>
<context>
    <name>DossiersController</name>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="20"/>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="21"/>
        <source>Dossier &amp;openen…</source>
        <translation>&amp;Open dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="22"/>
        <source>&amp;Recente dossiers</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="39"/>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="56"/>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="56"/>
        <source>Welk dossier?</source>
        <translation>Which dossier?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="65"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="66"/>
        <source>Titel van het dossier (bijvoorbeeld &apos;Inkoopkader Jeugdhulp 2026&apos;):</source>
        <translation>Title of the dossier (for example &apos;Youth care procurement framework 2026&apos;):</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="77"/>
        <source>Dossier &apos;{title}&apos; gemaakt. Importeer nu het kader en de achtergronddocumenten (Ctrl+I).</source>
        <translation>Dossier &apos;{title}&apos; created. Now import the framework and the background documents (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>DraftWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="45"/>
        <location filename="../../raadsviewer/ui/draft_window.py" line="50"/>
        <source>Concept-zienswijze</source>
        <translation>Draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="52"/>
        <source>Eerdere versies</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="55"/>
        <source>&amp;Vergelijk twee versies</source>
        <translation>&amp;Compare two versions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="57"/>
        <source>&amp;Huidige stand</source>
        <translation>Current s&amp;tate</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="62"/>
        <source>Eerdere versies (bij elke export bewaard)</source>
        <translation>Earlier versions (kept at every export)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="72"/>
        <source>Exporteren als:</source>
        <translation>Export as:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="76"/>
        <source>Exporteren als {format}</source>
        <translation>Export as {format}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="81"/>
        <source>&amp;Sluiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="143"/>
        <source>{when} · {fmt} · {a} amendementen, {n} annotaties</source>
        <translation>{when} · {fmt} · {a} amendments, {n} annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="170"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="177"/>
        <source>concept-zienswijze</source>
        <translation>draft-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="182"/>
        <source>Concept-zienswijze exporteren</source>
        <translation>Export draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="199"/>
        <source>Concept-zienswijze exporteren…</source>
        <translation>Exporting draft zienswijze…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="206"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="214"/>
        <location filename="../../raadsviewer/ui/draft_window.py" line="217"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="217"/>
        <source>Onverwachte fout bij exporteren: {e}</source>
        <translation>Unexpected error while exporting: {e}</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="232"/>
        <source>Overzic&amp;ht standpunten…</source>
        <translation>Over&amp;view of positions…</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="550"/>
        <source>Pakket &amp;exporteren…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="552"/>
        <source>Pakketten &amp;samenvoegen…</source>
        <translation>Mer&amp;ge packages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="554"/>
        <source>&amp;Vingerafdruk van onze sleutel</source>
        <translation>&amp;Fingerprint of our key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="556"/>
        <source>&amp;Publieke sleutel exporteren (voor de griffie)…</source>
        <translation>Export &amp;public key (for the griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="553"/>
        <source>Conf&amp;licten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="559"/>
        <source>Sleutel van een fractie ve&amp;rtrouwen (griffie)…</source>
        <translation>&amp;Trust a faction&apos;s key (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="562"/>
        <source>Sleutel voor &amp;collega&apos;s exporteren…</source>
        <translation>Export key for &amp;colleagues…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="565"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="888"/>
        <source>Sleutel van een collega &amp;importeren…</source>
        <translation>&amp;Import a colleague&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="568"/>
        <source>Sleutel van een fractie &amp;niet meer vertrouwen (griffie)…</source>
        <translation>&amp;Stop trusting a faction&apos;s key (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="571"/>
        <source>Sleutels beveiligen met een &amp;wachtwoordzin…</source>
        <translation>P&amp;rotect the keys with a passphrase…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="574"/>
        <source>Dossier e&amp;xporteren voor de fracties (griffie)…</source>
        <translation>E&amp;xport the dossier for the factions (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="577"/>
        <source>Dossier van de griffie i&amp;mporteren…</source>
        <translation>I&amp;mport the griffie&apos;s dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="615"/>
        <source>Sleutel niet meer vertrouwen</source>
        <translation>Stop trusting a key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="616"/>
        <source>Van welke fractie? Pakketten met die sleutel worden daarna geweigerd.</source>
        <translation>Of which faction? Packages signed with that key are refused from then on.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="629"/>
        <source>De sleutel van {faction} ({fp}) wordt niet meer vertrouwd.</source>
        <translation>The key of {faction} ({fp}) is no longer trusted.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="653"/>
        <source>voor-de-griffie</source>
        <translation>for-the-griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="653"/>
        <source>voor-de-fractie</source>
        <translation>for-the-faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="656"/>
        <source>Pakket exporteren</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="671"/>
        <source>Pakket {n} opgeslagen (ondertekend, niet versleuteld: importeer eerst het dossier van de griffie): {path}</source>
        <translation>Package {n} saved (signed, not encrypted: import the griffie&apos;s dossier first): {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="677"/>
        <source>Pakket {n} opgeslagen: {path}</source>
        <translation>Package {n} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="679"/>
        <source>Pakket exporteren…</source>
        <translation>Exporting package…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="687"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="707"/>
        <source>Sleutel ontgrendelen</source>
        <translation>Unlock the key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="716"/>
        <source>Sleutels beveiligen met een wachtwoordzin</source>
        <translation>Protect the keys with a passphrase</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="719"/>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="731"/>
        <source>{n} sleutels versleuteld met uw wachtwoordzin.</source>
        <translation>{n} keys encrypted with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="740"/>
        <source>het dossier uitgeven</source>
        <translation>issuing the dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="746"/>
        <source>Dossier exporteren voor de fracties</source>
        <translation>Export the dossier for the factions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="761"/>
        <source>Dossier geëxporteerd</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="763"/>
        <source>{path} is klaar voor de fracties. Bij de eerste keer vergelijken zij deze vingerafdruk telefonisch met de griffie:

{fp}</source>
        <translation>{path} is ready for the factions. The first time, they compare this fingerprint with the griffie by phone:

{fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="768"/>
        <source>Dossier exporteren…</source>
        <translation>Exporting the dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="778"/>
        <source>Dossier van de griffie importeren</source>
        <translation>Import the griffie&apos;s dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="794"/>
        <source>Sleutel van de griffie controleren</source>
        <translation>Check the griffie&apos;s key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="796"/>
        <source>Dit dossier is ondertekend door een griffie die deze computer nog niet kent. Bel de griffie en vergelijk deze cijfers:

{fp}

Komen ze overeen?</source>
        <translation>This dossier is signed by a griffie this computer does not know yet. Call the griffie and compare these digits:

{fp}

Do they match?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="812"/>
        <source>Dossier &apos;{title}&apos; ingelezen (uitgave {n}).</source>
        <translation>Dossier &apos;{title}&apos; read (issue {n}).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="816"/>
        <source>Dossier importeren…</source>
        <translation>Importing the dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="825"/>
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="860"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="862"/>
        <source>De sleutel van {faction} heeft vingerafdruk:

{fp}

Vergelijk die met de griffie, bijvoorbeeld per telefoon.</source>
        <translation>The key of {faction} has fingerprint:

{fp}

Compare it with the griffie, for example by phone.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="880"/>
        <source>Sleutel van {faction}</source>
        <translation>Key of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="881"/>
        <source>Deze laptop heeft nog geen sleutel van {faction}.</source>
        <translation>This laptop has no key of {faction} yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="883"/>
        <source>Een fractie ondertekent haar pakketten met één sleutel. Heeft een fractiegenoot al een pakket of de publieke sleutel naar de griffie gestuurd, importeer dan eerst diens sleutel: een tweede sleutel weigert de griffie. Is dit de eerste laptop van de fractie, maak dan nu de sleutel en stuur de griffie de publieke sleutel.</source>
        <translation>A faction signs its packages with one key. If a colleague has already sent a package or the public key to the griffie, import their key first: the griffie refuses a second key. If this is the faction&apos;s first laptop, make the key now and send the griffie the public key.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="888"/>
        <source>Sleutel &amp;maken</source>
        <translation>&amp;Make the key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="900"/>
        <source>Publieke sleutel exporteren</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="910"/>
        <source>Sleutel opgeslagen, vingerafdruk {fp}</source>
        <translation>Key saved, fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="914"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="924"/>
        <source>Sleutel van een fractie vertrouwen</source>
        <translation>Trust a faction&apos;s key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="926"/>
        <source>Dit bestand noemt zich de sleutel van {faction}. Vingerafdruk:

{fp}

Vergelijk deze met de fractie, bijvoorbeeld per telefoon. Klopt hij, vertrouw de sleutel dan; pakketten met deze sleutel worden daarna samengevoegd als die van {faction}.</source>
        <translation>This file says it is the key of {faction}. Fingerprint:

{fp}

Compare it with the faction, for example by phone. If it matches, trust the key; packages signed with it are then merged as those of {faction}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="941"/>
        <source>De sleutel van {faction} wordt vertrouwd.</source>
        <translation>The key of {faction} is trusted.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="945"/>
        <source>Wachtwoordzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="953"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="959"/>
        <source>Sleutel voor collega&apos;s exporteren</source>
        <translation>Export key for colleagues</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="971"/>
        <source>Sleutel opgeslagen: {path}</source>
        <translation>Key saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="978"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="993"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="997"/>
        <source>Sleutel van een collega importeren</source>
        <translation>Import a colleague&apos;s key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="979"/>
        <source>Deze laptop heeft al een eigen sleutel van {faction}.</source>
        <translation>This laptop already has a key of its own for {faction}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="981"/>
        <source>Eigen sleutel:
{own}
Sleutel van uw collega:
{theirs}

Een fractie ondertekent met één sleutel; de griffie weigert pakketten met een tweede. Vervang de eigen sleutel door die van uw collega en exporteer daarna opnieuw. Pakketten die u met de eigen sleutel maakte, gebruikt u niet meer.</source>
        <translation>This laptop&apos;s key:
{own}
Your colleague&apos;s key:
{theirs}

A faction signs with one key; the griffie refuses packages signed with a second. Replace this laptop&apos;s key with your colleague&apos;s and export again. Do not use packages you made with this laptop&apos;s own key any more.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="985"/>
        <source>Eigen sleutel &amp;vervangen</source>
        <translation>&amp;Replace this laptop&apos;s key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="1010"/>
        <source>Sleutel van {faction} geïmporteerd ({fp})</source>
        <translation>Key of {faction} imported ({fp})</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="68"/>
        <source>Pakket van {faction} exporteren</source>
        <translation>Export the package of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="75"/>
        <source>Voor &amp;fractiegenoten: ook wat alleen voor de fractie is (nooit privé-annotaties)</source>
        <translation>For &amp;colleagues of the faction: also what is for the faction only (never private annotations)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="86"/>
        <source>Wat het pakket bevat</source>
        <translation>What the package holds</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="129"/>
        <source> (verwijderd)</source>
        <translation> (deleted)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="91"/>
        <source>Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}</source>
        <translation>Signed with the faction&apos;s key, fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="71"/>
        <source>Voor wie is dit pakket?</source>
        <translation>Who is this package for?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="73"/>
        <source>Voor de &amp;griffie: alleen wat voor de griffie of openbaar is</source>
        <translation>For the &amp;griffie: only what is for the griffie or public</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="96"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="112"/>
        <source>In dit pakket: annotaties {n} (fractie {f}, griffie {g}, openbaar {o}); amendementen {a}; moties {m}; daarvan verwijderd {d}. Blijft op deze computer, want dit publiek mag het niet zien: eerdere versies {w}, annotaties en andere items {i}. Privé-annotaties gaan nooit mee.</source>
        <translation>In this package: annotations {n} (faction {f}, griffie {g}, public {o}); amendments {a}; motions {m}; deleted among them {d}. Staying on this computer, as this audience may not see it: earlier versions {w}, annotations and other items {i}. Private annotations never leave.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="135"/>
        <source>uitgangspunt {n}</source>
        <translation>principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="138"/>
        <source>versie {n}: {text}</source>
        <translation>version {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="145"/>
        <source>Niet versleuteld: deze computer kent de sleutel van de griffie nog niet (importeer eerst het dossier van de griffie). Het pakket is ondertekend, maar wie het bestand heeft kan het lezen.</source>
        <translation>Not encrypted: this computer does not know the griffie&apos;s key yet (first import the griffie&apos;s dossier). The package is signed, but anyone who has the file can read it.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="150"/>
        <source>Versleuteld voor de griffie: alleen de griffie kan het openen.</source>
        <translation>Encrypted for the griffie: only the griffie can open it.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="153"/>
        <source>Versleuteld voor de fractie: alleen wie de sleutel van de fractie heeft kan het openen.</source>
        <translation>Encrypted for the faction: only those holding the faction&apos;s key can open it.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="166"/>
        <location filename="../../raadsviewer/ui/search.py" line="167"/>
        <source>Zoeken in dit document</source>
        <translation>Find in this document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="173"/>
        <source>Vorige (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="174"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="178"/>
        <source>Volgende (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="179"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="184"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="185"/>
        <source>Zoekbalk sluiten</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="189"/>
        <source>Zoeken:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="249"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="251"/>
        <source>niet gevonden</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/help.py" line="33"/>
        <location filename="../../raadsviewer/ui/help.py" line="37"/>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="150"/>
        <source>Wie gebruikt deze computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="155"/>
        <source>raadsviewer bewaart uw werk onder uw naam. Een fractie schrijft annotaties en amendementen en stuurt ze in een pakket naar de griffie; de griffie voegt de pakketten samen, legt de stemmingen vast en stuurt het dossier naar de fracties. U kunt dit later wijzigen via Bewerken › Wie gebruikt deze computer.</source>
        <translation>raadsviewer keeps your work under your name. A faction writes annotations and amendments and sends them to the griffie in a package; the griffie merges the packages, records the votes and sends the dossier to the factions. You can change this later under Edit › Who uses this computer.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="163"/>
        <source>Ik werk voor een &amp;fractie (raadslid, commissielid, medewerker)</source>
        <translation>I work for a &amp;faction (council member, committee member, staff)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="164"/>
        <source>Ik werk voor de &amp;griffie</source>
        <translation>I work for the &amp;griffie (council clerk)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="174"/>
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="176"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="178"/>
        <source>Fractie:</source>
        <translation>Faction:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="179"/>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="241"/>
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="243"/>
        <source>Wat voor document is {name}?</source>
        <translation>What kind of document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="246"/>
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Framework with principles (e.g. the procurement framework)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="247"/>
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Background document (report, letter, advice)</translation>
    </message>
</context>
<context>
    <name>LeftBehindDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="290"/>
        <location filename="../../raadsviewer/ui/recovery.py" line="310"/>
        <source>Niet bewaarde tekst</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="295"/>
        <source>raadsviewer stopte terwijl u dit schreef of invulde, en het is niet in de opslag bewaard. Kopieer wat u wilt houden en vul het opnieuw in waar u het schreef (Annotatie toevoegen, Amendement, Motie, een stemming of de instellingen).</source>
        <translation>raadsviewer stopped while you were writing or filling this in, and it was not saved in the store. Copy what you want to keep and enter it again where you wrote it (Add annotation, Amendment, Motion, a vote or the settings).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="301"/>
        <source>raadsviewer stopte terwijl u dit schreef, en het is niet in de opslag bewaard. Verder schrijven zet {about} terug in de editor waarin u het schreef.</source>
        <translation>raadsviewer stopped while you were writing this, and it was not saved in the store. Continue writing puts {about} back into the editor you wrote it in.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="304"/>
        <source>Wat er verder onder staat, ziet u daarna weer.</source>
        <translation>You will see the rest below again afterwards.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="313"/>
        <source>Geschreven tot {when}</source>
        <translation>Written until {when}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="321"/>
        <source>&amp;Verder schrijven</source>
        <translation>&amp;Continue writing</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="323"/>
        <source>Opent {about} weer in de editor, met wat u schreef</source>
        <translation>Opens {about} in the editor again, with what you wrote</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="330"/>
        <source>Alles &amp;kopiëren</source>
        <translation>&amp;Copy all</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="334"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="336"/>
        <source>Bij de volgende start weer tonen</source>
        <translation>Show again at the next start</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="339"/>
        <source>&amp;Weggooien…</source>
        <translation>&amp;Throw away…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="357"/>
        <source>Weggooien</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="358"/>
        <source>Deze tekst staat nergens anders. Weggooien?</source>
        <translation>This text is nowhere else. Throw it away?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="107"/>
        <location filename="../../raadsviewer/ui/main_window.py" line="114"/>
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="106"/>
        <source>Annotaties en amendementen</source>
        <translation>Annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="108"/>
        <source>Amendementen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="109"/>
        <source>Moties</source>
        <translation>Motions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="110"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="149"/>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="152"/>
        <source>Document &amp;importeren…</source>
        <translation>&amp;Import document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="157"/>
        <source>&amp;Motie schrijven…</source>
        <translation>Write a mo&amp;tion…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="211"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="147"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="213"/>
        <source>&amp;Selectie annoteren…</source>
        <translation>Annotate &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="155"/>
        <source>&amp;Amendement op uitgangspunt…</source>
        <translation>A&amp;mendment on principle…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="159"/>
        <source>&amp;Concept-zienswijze…</source>
        <translation>&amp;Draft zienswijze…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="216"/>
        <source>Oorspronkelijke &amp;pagina&apos;s tonen (PDF)</source>
        <translation>Show original pa&amp;ges (PDF)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="224"/>
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Next principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="227"/>
        <source>V&amp;orig uitgangspunt</source>
        <translation>&amp;Previous principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="161"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="219"/>
        <source>&amp;Regelnummers tonen</source>
        <translation>Show &amp;line numbers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="291"/>
        <source>Amendementen ({n})</source>
        <translation>Amendments ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="293"/>
        <source>Moties ({n})</source>
        <translation>Motions ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="400"/>
        <source>Nog niet gekozen wie deze computer gebruikt</source>
        <translation>Not yet chosen who uses this computer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="402"/>
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="405"/>
        <source>Fractie: {faction} · {member}</source>
        <translation>Faction: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="140"/>
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="14"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="27"/>
        <source>&amp;Fractiesleutel</source>
        <translation>Faction &amp;key</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="35"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="49"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="60"/>
        <source>&amp;Raad</source>
        <translation>&amp;Council</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="74"/>
        <source>{faction} over uitgangspunt {n}: geen standpunt</source>
        <translation>{faction} on principle {n}: no position</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="76"/>
        <source>{faction} over uitgangspunt {n}: {parts}</source>
        <translation>{faction} on principle {n}: {parts}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="172"/>
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="175"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="278"/>
        <source>Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt.</source>
        <translation>Preview: nothing has changed yet. Check what happens per package.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="179"/>
        <source>Pakketten</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="182"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="183"/>
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="184"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="185"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="186"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="187"/>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="188"/>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="189"/>
        <source>Waarvan in conflict</source>
        <translation>Of which in conflict</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="202"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="204"/>
        <source>&amp;Conflicten bekijken…</source>
        <translation>View &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="215"/>
        <source>wordt samengevoegd</source>
        <translation>will be merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="216"/>
        <source>samengevoegd</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="217"/>
        <source>al eerder samengevoegd</source>
        <translation>already merged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="218"/>
        <source>staat twee keer in de lijst: wordt één keer samengevoegd</source>
        <translation>listed twice: merged once</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="219"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="225"/>
        <source>{n} items niet teruggevonden in de tekst</source>
        <translation>{n} items not found again in the text</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="232"/>
        <source>{n} items geweigerd</source>
        <translation>{n} items refused</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="232"/>
        <source>1 item geweigerd</source>
        <translation>1 item refused</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="272"/>
        <source>De pakketten worden gecontroleerd…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="298"/>
        <source>Pakketten samenvoegen…</source>
        <translation>Merging packages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="301"/>
        <source>Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan.</source>
        <translation>Merged. Ctrl+Z in the main window undoes this merge.</translation>
    </message>
</context>
<context>
    <name>Modal</name>
    <message>
        <location filename="../../raadsviewer/ui/modal.py" line="274"/>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/modal.py" line="275"/>
        <source>Wat u hier typte is nog niet bewaard. Weggooien?</source>
        <translation>What you typed here has not been saved. Throw it away?</translation>
    </message>
</context>
<context>
    <name>MotieDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="81"/>
        <source>Motie</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="87"/>
        <source>Titel van de motie</source>
        <translation>Title of the motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="88"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="91"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="92"/>
        <source>bijv. Dordrecht</source>
        <translation>e.g. Dordrecht</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="93"/>
        <source>&amp;vergadering op</source>
        <translation>m&amp;eeting on</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="97"/>
        <source>Datum van de vergadering</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="107"/>
        <source>De raad van de &amp;gemeente:</source>
        <translation>The council of the &amp;municipality of:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="109"/>
        <source>Soort dictum</source>
        <translation>Kind of operative part</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="114"/>
        <source>&amp;Dictum:</source>
        <translation>&amp;Operative part:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="116"/>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="117"/>
        <source>bijv. 7. Inkoopkader Jeugdhulp</source>
        <translation>e.g. 7. Youth care procurement framework</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="118"/>
        <source>&amp;Agendapunt:</source>
        <translation>&amp;Agenda item:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="122"/>
        <source>&amp;constaterende dat (één punt per regel)</source>
        <translation>&amp;noting that (one point per line)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="123"/>
        <source>&amp;overwegende dat (één punt per regel)</source>
        <translation>&amp;considering that (one point per line)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="124"/>
        <source>de &amp;punten van het dictum (één per regel)</source>
        <translation>the &amp;points of the operative part (one per line)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="129"/>
        <source>De motie zoals zij leest</source>
        <translation>The motion as it reads</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="138"/>
        <source>&amp;Mede-indieners</source>
        <translation>Co-si&amp;gners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="140"/>
        <source>Mede-indieners</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="154"/>
        <source>Over &amp;uitgangspunten</source>
        <translation>About p&amp;rinciples</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="156"/>
        <source>Over uitgangspunten</source>
        <translation>About principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="179"/>
        <source>Opslaan als conc&amp;ept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="181"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="294"/>
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Not ready to submit yet:</translation>
    </message>
</context>
<context>
    <name>MotiesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="77"/>
        <source>◆ gaat over het uitgangspunt dat u leest</source>
        <translation>◆ is about the principle you are reading</translation>
    </message>
</context>
<context>
    <name>MotiesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="109"/>
        <source>Moties</source>
        <translation>Motions</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="118"/>
        <source>Geselecteerde motie</source>
        <translation>Selected motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="133"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="135"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="136"/>
        <source>&amp;Aanhouden</source>
        <translation>H&amp;old over</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="137"/>
        <source>In&amp;trekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="134"/>
        <source>B&amp;ewerken…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="138"/>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="139"/>
        <source>&amp;Stemming…</source>
        <translation>Vo&amp;te…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="140"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="186"/>
        <source>Alle moties van het dossier; ◆ {n} over uitgangspunt {p}, bovenaan</source>
        <translation>All motions of the dossier; ◆ {n} about principle {p}, at the top</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="190"/>
        <source>Alle moties van het dossier; geen over uitgangspunt {p}</source>
        <translation>All motions of the dossier; none about principle {p}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="192"/>
        <source>Alle moties van het dossier</source>
        <translation>All motions of the dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="198"/>
        <source>Nog geen moties in dit dossier. Die van de fracties komen in hun pakketten.</source>
        <translation>No motions in this dossier yet. The factions&apos; motions come in their packages.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="200"/>
        <source>Nog geen moties in dit dossier. Schrijf er een met Nieuw….</source>
        <translation>No motions in this dossier yet. Write one with New….</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="372"/>
        <source>Motie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Motion deleted — Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="383"/>
        <source>Motie intrekken</source>
        <translation>Withdraw motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="385"/>
        <source>Motie {label} intrekken? De raad ziet dat zij is ingetrokken; dit kan niet ongedaan worden gemaakt.</source>
        <translation>Withdraw motion {label}? The council will see it withdrawn; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="410"/>
        <source>{label}: {status}</source>
        <translation>{label}: {status}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="412"/>
        <source>Eerdere stappen kunnen niet meer ongedaan worden gemaakt.</source>
        <translation>Earlier steps can no longer be undone.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="431"/>
        <source>motie</source>
        <translation>motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="435"/>
        <source>Motie exporteren</source>
        <translation>Export motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="454"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="164"/>
        <source>Overzicht: standpunten per uitgangspunt en fractie</source>
        <translation>Overview: positions per principle and faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="168"/>
        <source>Standpunten per uitgangspunt en fractie</source>
        <translation>Positions per principle and faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="189"/>
        <source>Klik op een vak om die annotaties te zien.</source>
        <translation>Click a cell to see those annotations.</translation>
    </message>
</context>
<context>
    <name>Passages</name>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="24"/>
        <source>zeker</source>
        <translation>certain</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="25"/>
        <source>waarschijnlijk</source>
        <translation>likely</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="26"/>
        <source>mogelijk</source>
        <translation>possible</translation>
    </message>
</context>
<context>
    <name>PassagesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="42"/>
        <source>Gerelateerde passages</source>
        <translation>Related passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="49"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="50"/>
        <source>Be&amp;vestigen</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="51"/>
        <source>We&amp;ghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="76"/>
        <source>Kies een uitgangspunt.</source>
        <translation>Choose a principle.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="83"/>
        <source>Passages worden gezocht…</source>
        <translation>Looking for passages…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="110"/>
        <source> · p. {n}</source>
        <translation> · p. {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="116"/>
        <source>Score {score:.2f} ({word})</source>
        <translation>Score {score:.2f} ({word})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="124"/>
        <source>Passages over uitgangspunt {n}, best passend eerst.</source>
        <translation>Passages on principle {n}, best match first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="130"/>
        <source>Geen duidelijke passage over uitgangspunt {n}. Selecteer tekst in een achtergronddocument en kies &apos;Koppel selectie aan het uitgangspunt&apos; om er zelf een te koppelen.</source>
        <translation>No clear passage on principle {n}. Select text in a background document and choose &apos;Link selection to the principle&apos; to link one yourself.</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="148"/>
        <source>Oorspronkelijke pagina&apos;s</source>
        <translation>Original pages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="150"/>
        <source>Oorspronkelijke pagina&apos;s van het document</source>
        <translation>Original pages of the document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="152"/>
        <source>Geen oorspronkelijke pagina&apos;s: dit document is niet uit een PDF gelezen.</source>
        <translation>No original pages: this document was not read from a PDF.</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="33"/>
        <source>&amp;Wie gebruikt deze computer…</source>
        <translation>&amp;Who uses this computer…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="34"/>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="37"/>
        <source>&amp;Groter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="39"/>
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="41"/>
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="43"/>
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;About raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="46"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="166"/>
        <location filename="../../raadsviewer/ui/preferences.py" line="177"/>
        <source>De opslag wordt bij de volgende start gewisseld.</source>
        <translation>The store is switched at the next start.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="181"/>
        <source>Geen sleutelbos</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="183"/>
        <source>Deze computer heeft geen sleutelbos voor het wachtwoord. Het adres is bewaard, het wachtwoord niet: zet het in ~/.pgpass (zie de handleiding).</source>
        <translation>This computer has no keychain for the password. The address was kept, the password was not: put it in ~/.pgpass (see the guide).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="200"/>
        <source>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Lezen, annoteren en amenderen van een inkoopkader met de achtergronddocumenten.&lt;/p&gt;&lt;p&gt;Opslag: {store}&lt;br/&gt;Gegevensmap: {folder}&lt;br/&gt;Logbestanden: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Reading, annotating and amending a procurement framework with its background documents.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;br/&gt;Data folder: {folder}&lt;br/&gt;Log files: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="211"/>
        <source>Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2).</source>
        <translation>Free software under the European Union Public Licence 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="213"/>
        <source>Over raadsviewer</source>
        <translation>About raadsviewer</translation>
    </message>
</context>
<context>
    <name>PrinciplesController</name>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="389"/>
        <source>&amp;Uitgangspunten aanpassen…</source>
        <translation>Correct the &amp;principles…</translation>
    </message>
</context>
<context>
    <name>PrinciplesEditor</name>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="89"/>
        <source>Uitgangspunten aanpassen</source>
        <translation>Correct the principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="94"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="99"/>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="144"/>
        <source>Uitgangspunten nu</source>
        <translation>Principles now</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="102"/>
        <source>Tekst van het document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="104"/>
        <source>Lijsten die de lezer overwoog</source>
        <translation>Lists the reader considered</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="107"/>
        <source>Voorbeeld na de correctie</source>
        <translation>Preview after the correction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="108"/>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="306"/>
        <source>Kies een correctie: hier ziet u eerst wat de lijst wordt.</source>
        <translation>Choose a correction: first you see here what the list becomes.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="110"/>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="115"/>
        <source>Correcties tot nu toe</source>
        <translation>Corrections so far</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="122"/>
        <source>&amp;Samenvoegen met het volgende</source>
        <translation>&amp;Merge with the next one</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="123"/>
        <source>&amp;Geen uitgangspunt</source>
        <translation>&amp;Not a principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="124"/>
        <source>S&amp;plitsen bij de selectie</source>
        <translation>S&amp;plit at the selection</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="125"/>
        <source>Selectie is een &amp;uitgangspunt</source>
        <translation>Selection &amp;is a principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="126"/>
        <source>Selectie &amp;begint het volgende</source>
        <translation>Selection &amp;starts the next one</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="111"/>
        <source>Niet t&amp;oepassen</source>
        <translation>&amp;Don&apos;t apply</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="120"/>
        <source>T&amp;itel wijzigen…</source>
        <translation>Change the &amp;title…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="121"/>
        <source>Nu&amp;mmer wijzigen…</source>
        <translation>Change the n&amp;umber…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="127"/>
        <source>Alles opnieuw nummer&amp;en</source>
        <translation>Renum&amp;ber all</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="134"/>
        <source>Deze &amp;lijst gebruiken</source>
        <translation>Use this &amp;list</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="147"/>
        <source>Of een andere lijst die de lezer overwoog:</source>
        <translation>Or another list the reader considered:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="152"/>
        <source>Tekst (selecteer om te markeren of te splitsen)</source>
        <translation>Text (select to mark or to split)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="157"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="164"/>
        <source>Correcties tot nu toe (Ctrl+Z maakt de laatste ongedaan)</source>
        <translation>Corrections so far (Ctrl+Z undoes the last one)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="174"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="220"/>
        <source> (in gebruik)</source>
        <translation> (in use)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="222"/>
        <source>{rank}. {count} punten, {sure:.0%} zeker{chosen} — {reason}</source>
        <translation>{rank}. {count} points, {sure:.0%} sure{chosen} — {reason}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="234"/>
        <source>Aangepast: {n} correcties.</source>
        <translation>Corrected: {n} corrections.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="236"/>
        <source>De lezer was niet zeker van deze lijst: controleer de uitgangspunten.</source>
        <translation>The reader was not sure of this list: check the principles.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="292"/>
        <source>Nieuw of gewijzigd</source>
        <translation>New or changed</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="296"/>
        <source>{what}: {n} uitgangspunten, {gone} verdwijnen of veranderen (vet: nieuw of gewijzigd).</source>
        <translation>{what}: {n} principles, {gone} go or change (bold: new or changed).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="317"/>
        <source>griffie</source>
        <translation>griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="327"/>
        <source>Titel wijzigen</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="327"/>
        <source>Nieuwe titel van {n}:</source>
        <translation>New title of {n}:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="331"/>
        <source>Titel van {n} wijzigen</source>
        <translation>Change the title of {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="339"/>
        <source>Nummer wijzigen</source>
        <translation>Change the number</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="339"/>
        <source>Nieuw nummer van {n}:</source>
        <translation>New number of {n}:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="342"/>
        <source>Nummer van {n} wijzigen</source>
        <translation>Change the number of {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="347"/>
        <source>{n} samenvoegen met het volgende</source>
        <translation>Merge {n} with the next one</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="352"/>
        <source>{n} is geen uitgangspunt</source>
        <translation>{n} is not a principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="358"/>
        <source>Kies links het uitgangspunt en selecteer in de tekst waar het nieuwe begint.</source>
        <translation>Choose the principle on the left and select in the text where the new one begins.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="361"/>
        <source>{n} splitsen</source>
        <translation>Split {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="366"/>
        <source>Selecteer eerst de tekst in het document.</source>
        <translation>First select the text in the document.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="369"/>
        <source>Selectie begint het volgende uitgangspunt</source>
        <translation>Selection starts the next principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="371"/>
        <source>Selectie als uitgangspunt</source>
        <translation>Selection as a principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="376"/>
        <source>Alles opnieuw nummeren</source>
        <translation>Renumber all</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="381"/>
        <source>Lijst {rank} gebruiken</source>
        <translation>Use list {rank}</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="132"/>
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotations</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="139"/>
        <source>{count} amendementen</source>
        <translation>{count} amendments</translation>
    </message>
</context>
<context>
    <name>PrinciplesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="86"/>
        <location filename="../../raadsviewer/ui/reading.py" line="92"/>
        <source>Uitgangspunten</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="107"/>
        <source>Uitgangspunten ({count})</source>
        <translation>Principles ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="125"/>
        <source>Uitgangspunten ({count}) · aangepast</source>
        <translation>Principles ({count}) · corrected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="127"/>
        <source>{n} correcties van de lijst die de lezer koos (Bewerken › Uitgangspunten aanpassen).</source>
        <translation>{n} corrections of the list the reader chose (Edit › Correct the principles).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="132"/>
        <source>Uitgangspunten ({count}) · controleren</source>
        <translation>Principles ({count}) · to check</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="135"/>
        <source>De lezer was niet zeker van deze lijst. Controleer hem via Bewerken › Uitgangspunten aanpassen.</source>
        <translation>The reader was not sure of this list. Check it with Edit › Correct the principles.</translation>
    </message>
</context>
<context>
    <name>ProcedureController</name>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="173"/>
        <source>&amp;Vergadergegevens…</source>
        <translation>Meeting &amp;details…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="174"/>
        <source>S&amp;temming over het voorstel…</source>
        <translation>Vote on the &amp;proposal…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="175"/>
        <source>&amp;Stemlijst exporteren…</source>
        <translation>Export the &amp;voting list…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="176"/>
        <source>&amp;Zienswijze opstellen…</source>
        <translation>Write the &amp;zienswijze…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="187"/>
        <source>Dit doet de griffie, op haar eigen opslag.</source>
        <translation>The griffie does this, in its own store.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="220"/>
        <source>Vergadergegevens opgeslagen</source>
        <translation>Meeting details saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="233"/>
        <source>stemlijst</source>
        <translation>voting-list</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="235"/>
        <source>Stemlijst exporteren</source>
        <translation>Export the voting list</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="248"/>
        <location filename="../../raadsviewer/ui/procedure.py" line="281"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="258"/>
        <source>zienswijze</source>
        <translation>council-view</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="262"/>
        <source>Zienswijze opslaan</source>
        <translation>Save the zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="286"/>
        <source>het voorstel</source>
        <translation>the proposal</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="288"/>
        <source>Nog niet gestemd over {items}: de brief zegt alleen wat de raad al besloot.</source>
        <translation>Not voted on yet: {items}. The letter says only what the council has decided.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="303"/>
        <source>Zienswijze opgeslagen</source>
        <translation>Zienswijze saved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="295"/>
        <source>{n} notitie(s) in de concept-zienswijze staan niet in de brief: hun fractie schreef ze voor de griffie, niet openbaar. Vraag de fractie ze openbaar te maken.</source>
        <translation>{n} note(s) in the draft zienswijze are not in the letter: their faction wrote them for the griffie, not public. Ask the faction to make them public.</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="24"/>
        <source>Previous Month</source>
        <translation>Previous Month</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="25"/>
        <source>Next Month</source>
        <translation>Next Month</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="26"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="22"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="27"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="28"/>
        <source>Yes to All</source>
        <translation>Yes to All</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="29"/>
        <source>No to All</source>
        <translation>No to All</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="30"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="31"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="193"/>
        <source>Opslag beschadigd</source>
        <translation>Store damaged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="196"/>
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</source>
        <translation>The newest good backup is from {when}. Do you want to restore it? The damaged store is kept beside it; nothing is thrown away.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="207"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="208"/>
        <source>De beschadigde opslag staat nu in {path}.</source>
        <translation>The damaged store is now at {path}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="223"/>
        <source>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</source>
        <translation>The store is in a folder that is synchronised with other computers.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="227"/>
        <source>De opslag staat op een netwerkschijf.</source>
        <translation>The store is on a network drive.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="231"/>
        <source>Opslag op een onveilige plek</source>
        <translation>Store in an unsafe place</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="234"/>
        <source>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensbestand) en deel uw werk met pakketten.</source>
        <translation>The file can be damaged there. Keep the store on this computer (Settings › Data file) and share your work with packages.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="24"/>
        <source>&amp;Back-up maken</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="25"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="33"/>
        <location filename="../../raadsviewer/ui/safety.py" line="42"/>
        <source>Back-up gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="34"/>
        <source>Back-up van de server maken…</source>
        <translation>Making a backup of the server…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="56"/>
        <location filename="../../raadsviewer/ui/safety.py" line="63"/>
        <location filename="../../raadsviewer/ui/safety.py" line="73"/>
        <location filename="../../raadsviewer/ui/safety.py" line="84"/>
        <location filename="../../raadsviewer/ui/safety.py" line="118"/>
        <location filename="../../raadsviewer/ui/safety.py" line="137"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="56"/>
        <source>Er zijn nog geen back-ups.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="65"/>
        <source>Een ander raadsviewer-venster heeft deze opslag open. Sluit dat eerst: het zou verder schrijven in de opslag die nu opzij wordt gezet, en dat werk zou u niet meer zien.</source>
        <translation>Another raadsviewer window has this store open. Close it first: it would go on writing into the store that is now moved aside, and you would no longer see that work.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="86"/>
        <source>De opslag gaat terug naar de back-up van {when}: wat na dat moment is gedaan, staat dan niet meer in het venster. De opslag zoals hij nu is, wordt eerst als back-up bewaard. Doorgaan?</source>
        <translation>The store goes back to the backup of {when}: what was done after that moment is then no longer in the window. The store as it is now is kept as a backup first. Continue?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="114"/>
        <source>Een ander bestand…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="119"/>
        <source>Welke back-up van de server? De opslag zoals hij nu is, wordt eerst zelf bewaard.</source>
        <translation>Which backup of the server? The store as it is now is kept first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="128"/>
        <source>Back-up kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="128"/>
        <source>Back-ups van PostgreSQL (*.dump)</source>
        <translation>PostgreSQL backups (*.dump)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="139"/>
        <source>De opslag op de server {server} wordt vervangen door {file}. Vraag collega&apos;s die ermee werken eerst het programma te sluiten. Doorgaan?</source>
        <translation>The store on the server {server} is replaced by {file}. Ask colleagues who work with it to close the program first. Continue?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="150"/>
        <source>Back-up {file} teruggezet</source>
        <translation>Backup {file} restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="155"/>
        <source>Back-up terugzetten op de server…</source>
        <translation>Restoring the backup on the server…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="160"/>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="161"/>
        <source>voor samenvoegen</source>
        <translation>before merging</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="162"/>
        <source>voor bijwerken</source>
        <translation>before updating</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="163"/>
        <source>voor terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="164"/>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="74"/>
        <source>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</source>
        <translation>Which backup? The current store is kept first.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="100"/>
        <source>Back-up van {when} teruggezet</source>
        <translation>Backup of {when} restored</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="267"/>
        <source>&amp;Zoeken in het dossier…</source>
        <translation>&amp;Search the dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="269"/>
        <source>Zoeken in dit &amp;document…</source>
        <translation>&amp;Find in this document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="272"/>
        <source>Volgende &amp;treffer</source>
        <translation>Next &amp;match</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="276"/>
        <source>Vor&amp;ige treffer</source>
        <translation>Previous m&amp;atch</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="81"/>
        <source>Zoekvraag</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="82"/>
        <source>Zoek in documenten, annotaties en amendementen</source>
        <translation>Search documents, annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="77"/>
        <source>Zoeken in het dossier</source>
        <translation>Search the dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="85"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="129"/>
        <source>Annotaties en amendementen</source>
        <translation>Annotations and amendments</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="130"/>
        <source> — uitgangspunt {n}</source>
        <translation> — principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="137"/>
        <source>p. {n}</source>
        <translation>p. {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="144"/>
        <source>Niets gevonden. Probeer minder of andere woorden.</source>
        <translation>Nothing found. Try fewer or other words.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="147"/>
        <source>{n} resultaten</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="147"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="67"/>
        <source>Verbinden met de server</source>
        <translation>Connecting to the server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="83"/>
        <source>Verbinden met de server {server}…</source>
        <translation>Connecting to the server {server}…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="104"/>
        <source>Verbonden met de server {server}</source>
        <translation>Connected to the server {server}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="111"/>
        <location filename="../../raadsviewer/ui/server_start.py" line="115"/>
        <source>Geen verbinding met de server</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="116"/>
        <source>Opnieuw proberen, of het programma sluiten?</source>
        <translation>Try again, or close the program?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="49"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="59"/>
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="61"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="66"/>
        <source>Lettergrootte</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="68"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="69"/>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="75"/>
        <source>Volgt het systeem</source>
        <translation>Follows the system</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="70"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="71"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="74"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="81"/>
        <source>Gegevensbestand</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="82"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="87"/>
        <source>Op deze &amp;computer (een bestand)</source>
        <translation>On this co&amp;mputer (a file)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="88"/>
        <source>Op een &amp;server (PostgreSQL, voor de griffie)</source>
        <translation>On a &amp;server (PostgreSQL, for the griffie)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="90"/>
        <source>postgresql+psycopg://gebruiker@server/database?schema=gemeente</source>
        <translation>postgresql+psycopg://user@server/database?schema=municipality</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="91"/>
        <source>Adres van de server</source>
        <translation>Address of the server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="94"/>
        <source>leeg laten: uit de sleutelbos of ~/.pgpass</source>
        <translation>leave empty: from the keychain or ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="95"/>
        <source>Wachtwoord van de server</source>
        <translation>Password of the server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="103"/>
        <source>&amp;Fractie:</source>
        <translation>&amp;Faction:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="104"/>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="105"/>
        <source>&amp;Lettergrootte:</source>
        <translation>F&amp;ont size:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="106"/>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="107"/>
        <source>T&amp;aal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="108"/>
        <source>Opslag:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="109"/>
        <source>&amp;Gegevensbestand:</source>
        <translation>&amp;Data file:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="113"/>
        <source>A&amp;dres:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="116"/>
        <source>Wachtwoo&amp;rd:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="122"/>
        <source>Taal en opslag gaan in bij de volgende start. Het wachtwoord van de server wordt in de sleutelbos van het systeem bewaard, nooit in de instellingen.</source>
        <translation>Language and store take effect at the next start. The server&apos;s password is kept in the system&apos;s keychain, never in the settings.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="148"/>
        <source>Gegevensmap kiezen</source>
        <translation>Choose data folder</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="58"/>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="59"/>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="60"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="61"/>
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="62"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="79"/>
        <source>Annotatie toevoegen</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="151"/>
        <source>Annotatie bewerken</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="170"/>
        <source>Niet ongedaan gemaakt: de notitie blijft zo</source>
        <translation>Not undone: the note stays as it is</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="207"/>
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="221"/>
        <source>Annotatie teruggezet</source>
        <translation>Annotation restored</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="231"/>
        <source>Annotatie intrekken</source>
        <translation>Withdraw annotation</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="377"/>
        <source>Amendement toevoegen</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="382"/>
        <source>Amendement bewerken</source>
        <translation>Edit amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="387"/>
        <source>Amendement verwijderen</source>
        <translation>Delete amendment</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="392"/>
        <source>Motie toevoegen</source>
        <translation>Add motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="397"/>
        <source>Motie bewerken</source>
        <translation>Edit motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="402"/>
        <source>Motie verwijderen</source>
        <translation>Delete motion</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="410"/>
        <source>Opnemen in concept-zienswijze</source>
        <translation>Include in draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="412"/>
        <source>Niet opnemen in concept-zienswijze</source>
        <translation>Leave out of draft zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="428"/>
        <source>Niet meer in de concept-zienswijze.</source>
        <translation>No longer in the draft zienswijze.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="431"/>
        <source>Opgenomen in de concept-zienswijze. Deze notitie is voor de griffie, niet openbaar: in de brief komt ze pas als haar fractie haar openbaar maakt.</source>
        <translation>Taken into the draft zienswijze. This note is for the griffie, not public: it goes into the letter only once its faction makes it public.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="439"/>
        <source>Opgenomen in de concept-zienswijze.</source>
        <translation>Taken into the draft zienswijze.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="453"/>
        <source>Pakketten samenvoegen</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="463"/>
        <source>Opnieuw samengevoegd: het pakket.</source>
        <translation>Merged again: the package.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="465"/>
        <source>Opnieuw samengevoegd: {n} pakketten.</source>
        <translation>Merged again: {n} packages.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="476"/>
        <source>Samenvoegen ongedaan gemaakt: het pakket is teruggedraaid.</source>
        <translation>Merge undone: the package has been taken back.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="478"/>
        <source>Samenvoegen ongedaan gemaakt: {n} pakketten teruggedraaid.</source>
        <translation>Merge undone: {n} packages taken back.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="492"/>
        <source>Conflict oplossen</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="507"/>
        <source>Het conflict is opnieuw opgelost.</source>
        <translation>The conflict is resolved again.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="517"/>
        <source>Keuze ongedaan gemaakt: het conflict staat weer open.</source>
        <translation>Choice undone: the conflict is open again.</translation>
    </message>
</context>
<context>
    <name>VersionReviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="147"/>
        <source>Nieuwe versie: controle</source>
        <translation>New version: review</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="152"/>
        <location filename="../../raadsviewer/ui/versions.py" line="188"/>
        <source>Verschillen per uitgangspunt</source>
        <translation>Differences per principle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="154"/>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="155"/>
        <source>vervallen</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="156"/>
        <source>anders geformuleerd</source>
        <translation>reworded</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="165"/>
        <source>Uitgangspunt {n}</source>
        <translation>Principle {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="167"/>
        <source>Geen uitgangspunten gewijzigd.</source>
        <translation>No principles changed.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="170"/>
        <source>Verplaatste en verweesde items</source>
        <translation>Moved and orphaned items</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="173"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="174"/>
        <source>verplaatst</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="175"/>
        <source>bij benadering</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="176"/>
        <source>niet teruggevonden</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="183"/>
        <source>Overeenkomst met de oude tekst: {score:.0%}</source>
        <translation>Similarity to the old text: {score:.0%}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="185"/>
        <source>&amp;Gecontroleerd</source>
        <translation>&amp;Checked</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="190"/>
        <source>Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt</source>
        <translation>Annotations, amendments and links: what needs attention first</translation>
    </message>
</context>
<context>
    <name>VersionsController</name>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="41"/>
        <source>Nieuwe &amp;versie van een document…</source>
        <translation>New &amp;version of a document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="52"/>
        <location filename="../../raadsviewer/ui/versions.py" line="85"/>
        <location filename="../../raadsviewer/ui/versions.py" line="92"/>
        <location filename="../../raadsviewer/ui/versions.py" line="96"/>
        <source>Document importeren</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="53"/>
        <source>Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="70"/>
        <source>Document importeren…</source>
        <translation>Importing document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="77"/>
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} imported: {p} principles, {s} sections</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="96"/>
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Unexpected error while importing: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="107"/>
        <location filename="../../raadsviewer/ui/versions.py" line="119"/>
        <source>Nieuwe versie importeren</source>
        <translation>Import a new version</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="108"/>
        <source>Van welk document is dit een nieuwe versie?</source>
        <translation>Which document is this a new version of?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="120"/>
        <source>Documenten (*.txt *.md *.pdf *.docx)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="129"/>
        <source>Nieuwe versie importeren…</source>
        <translation>Importing new version…</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="69"/>
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="70"/>
        <source>Fractie</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="71"/>
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="72"/>
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="48"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="59"/>
        <source>aangenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="49"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="60"/>
        <source>verworpen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="50"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="51"/>
        <source>aangehouden</source>
        <translation>held over</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="52"/>
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="53"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="61"/>
        <source>de stemmen staken: niet aangenomen (Gemeentewet art. 32, lid 5)</source>
        <translation>tied: not adopted (Municipalities Act art. 32(5))</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="64"/>
        <source>de stemmen staken: de beslissing gaat naar de volgende vergadering (Gemeentewet art. 32, lid 4)</source>
        <translation>tied: the decision goes to the next meeting (Municipalities Act art. 32(4))</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="67"/>
        <source>geen geldige stemming: niet meer dan de helft stemde (Gemeentewet art. 29)</source>
        <translation>not a valid vote: no more than half voted (Municipalities Act art. 29)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="70"/>
        <source>niet te tellen: de zetels van de fracties zijn onbekend</source>
        <translation>cannot be counted: the factions&apos; seats are unknown</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="71"/>
        <source>aangenomen zonder stemming</source>
        <translation>adopted without a vote</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="531"/>
        <source>voor</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="533"/>
        <source>tegen</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="538"/>
        <source>verdeeld, {voor} voor en {tegen} tegen</source>
        <translation>divided, {voor} for and {tegen} against</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="546"/>
        <source>{n} afwezig</source>
        <translation>{n} absent</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="199"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="231"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="509"/>
        <source>het voorstel</source>
        <translation>the proposal</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="200"/>
        <source>Stemming over {label}</source>
        <translation>Vote on {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="217"/>
        <source>De vorige stemming besliste niet; dit is de herstemming. Staken de stemmen nu, dan is het niet aangenomen (Gemeentewet art. 32, lid 5).</source>
        <translation>The previous vote did not decide; this is the re-vote. If it ties now, it is not adopted (Municipalities Act art. 32(5)).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="252"/>
        <source>Verdeeld: vul per kant het aantal leden in, of hun namen met komma&apos;s ertussen (hoofdelijke stemming). Een fractie zonder stem telt als afwezig.</source>
        <translation>Divided: enter the number of members each way, or their names separated by commas (roll-call vote). A faction without a vote counts as absent.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="260"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="261"/>
        <source>volgens de stemmen</source>
        <translation>as the votes give</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="327"/>
        <source>Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen, {absent} afwezig).</source>
        <translation>By the votes: {verdict} ({voor} for, {tegen} against, {absent} absent).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="266"/>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="92"/>
        <source>Stem van {faction}</source>
        <translation>Vote of {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="95"/>
        <source>voor</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="96"/>
        <source>tegen</source>
        <translation>against</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="97"/>
        <source>verdeeld</source>
        <translation>divided</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="101"/>
        <source>{faction}: voor (aantal of namen)</source>
        <translation>{faction}: for (number or names)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="103"/>
        <source>voor: aantal of namen</source>
        <translation>for: number or names</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="106"/>
        <source>{faction}: tegen (aantal of namen)</source>
        <translation>{faction}: against (number or names)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="108"/>
        <source>tegen: aantal of namen</source>
        <translation>against: number or names</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="114"/>
        <source>{faction}: afwezig</source>
        <translation>{faction}: absent</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="116"/>
        <source> afwezig</source>
        <translation> absent</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="145"/>
        <source>geheel afwezig</source>
        <translation>wholly absent</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="224"/>
        <source>De vorige stemming is &amp;verkeerd ingevoerd: dit is geen herstemming</source>
        <translation>The last vote was entered &amp;wrongly: this is not the re-vote</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="234"/>
        <source>Deze uitslag is teruggenomen toen die van {item} werd gecorrigeerd. De stemmen van toen staan ingevuld: kijk ze na en leg de stemming opnieuw vast.</source>
        <translation>This outcome was taken back when that of {item} was corrected. The votes as they were are filled in: check them and record the vote again.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="318"/>
        <source>Nog geen stemmen ingevuld.</source>
        <translation>No votes entered yet.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="351"/>
        <source>Niet elke fractie heeft een stem</source>
        <translation>Not every faction has a vote</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="352"/>
        <source>Van {factions} is geen stem ingevuld: zij tellen als geheel afwezig. Zo vastleggen?</source>
        <translation>No vote is filled in for {factions}: they count as wholly absent. Record it like this?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="436"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="487"/>
        <source>Het voorstel</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="438"/>
        <source>{item}: de stemming besliste niet; er volgt een herstemming.</source>
        <translation>{item}: the vote did not decide; a re-vote follows.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="440"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="477"/>
        <source>{item}: {status}.</source>
        <translation>{item}: {status}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="458"/>
        <source>{item} is op deze laptop als {status} vastgelegd. Was dat een vergissing? Dan staat {item} weer als {before} op de stemlijst, en brengt het volgende dossier dat ook naar de fracties.</source>
        <translation>{item} was recorded as {status} on this laptop. Was that a mistake? Then {item} is back on the voting list as {before}, and the next dossier brings that to the factions too.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="465"/>
        <source>Terugnemen</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="488"/>
        <source>{item} is {status}, met deze stemmen:
{votes}

Was dat een vergissing? Wat u nu vastlegt, vervangt deze uitslag.</source>
        <translation>{item} is {status}, with these votes:
{votes}

Was that a mistake? What you record now replaces this outcome.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="495"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="513"/>
        <source>Uitslag corrigeren</source>
        <translation>Correct the outcome</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="514"/>
        <source>Op deze uitslag volgt die van {labels}. Die uitslag(en) worden dan ook teruggenomen en moeten opnieuw in stemming; hun stemmen blijven ingevuld om na te kijken. Doorgaan?</source>
        <translation>The outcome of {labels} follows this one. That outcome (or those) will be taken back too and must be voted on again; their votes stay filled in, to be checked. Continue?</translation>
    </message>
</context>
</TS>
