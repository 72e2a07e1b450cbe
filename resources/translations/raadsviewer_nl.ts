<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="76"/>
        <source>Amendement</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="92"/>
        <source>Titel van het amendement</source>
        <translation>Titel van het amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="94"/>
        <source>Betreft</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="96"/>
        <source>Bewerking</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="97"/>
        <source>Vervangen</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="98"/>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="99"/>
        <source>Schrappen</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="100"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="101"/>
        <source>&amp;Betreft:</source>
        <translation>&amp;Betreft:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="102"/>
        <source>Be&amp;werking:</source>
        <translation>Be&amp;werking:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="106"/>
        <source>Oude tekst (uit het document)</source>
        <translation>Oude tekst (uit het document)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="107"/>
        <source>&amp;Nieuwe tekst</source>
        <translation>&amp;Nieuwe tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="110"/>
        <source>Oude tekst</source>
        <translation>Oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="112"/>
        <source>Nieuwe tekst</source>
        <translation>Nieuwe tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="114"/>
        <source>Hele uitgangspunt als oude tekst</source>
        <translation>Hele uitgangspunt als oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="117"/>
        <source>Geen oude tekst</source>
        <translation>Geen oude tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="130"/>
        <source>Wijziging</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="133"/>
        <source>Wijziging woord voor woord</source>
        <translation>Wijziging woord voor woord</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="140"/>
        <source>T&amp;oelichting (Markdown)</source>
        <translation>T&amp;oelichting (Markdown)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="142"/>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="148"/>
        <source>&amp;Mede-indieners</source>
        <translation>&amp;Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="150"/>
        <source>Mede-indieners</source>
        <translation>Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="176"/>
        <source>Opslaan als &amp;concept</source>
        <translation>Opslaan als &amp;concept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="178"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="207"/>
        <source>Amendement op de geselecteerde passage</source>
        <translation>Amendement op de geselecteerde passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="208"/>
        <source>Amendement op uitgangspunt {n}: {title}</source>
        <translation>Amendement op uitgangspunt {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="269"/>
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Nog niet klaar om in te dienen:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="278"/>
        <source>een meerderheid</source>
        <translation>een meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="278"/>
        <source>geen meerderheid</source>
        <translation>geen meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="280"/>
        <source>Indieners samen: {seats} van {council} zetels ({verdict})</source>
        <translation>Indieners samen: {seats} van {council} zetels ({verdict})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendment_dialog.py" line="285"/>
        <source>Zetels: nog niet ingevuld bij de fracties</source>
        <translation>Zetels: nog niet ingevuld bij de fracties</translation>
    </message>
</context>
<context>
    <name>AmendmentDocumentDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="213"/>
        <source>Amendement {label} exporteren</source>
        <translation>Amendement {label} exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="216"/>
        <source>Voor welke vergadering en welk agendapunt is het amendement? Leeg laten mag.</source>
        <translation>Voor welke vergadering en welk agendapunt is het amendement? Leeg laten mag.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="221"/>
        <source>Vergadering</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="222"/>
        <source>bv. Raadsvergadering 10 december 2020</source>
        <translation>bv. Raadsvergadering 10 december 2020</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="224"/>
        <source>Agendapunt</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="225"/>
        <source>bv. 7. Zienswijze Inkoopkader Jeugdhulp</source>
        <translation>bv. 7. Zienswijze Inkoopkader Jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="226"/>
        <source>&amp;Vergadering:</source>
        <translation>&amp;Vergadering:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="227"/>
        <source>&amp;Agendapunt:</source>
        <translation>&amp;Agendapunt:</translation>
    </message>
</context>
<context>
    <name>AmendmentStatus</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="54"/>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="55"/>
        <source>ingediend</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="56"/>
        <source>aangenomen</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="57"/>
        <source>verworpen</source>
        <translation>verworpen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="58"/>
        <source>ingetrokken</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="66"/>
        <source>Verouderd: de te wijzigen tekst staat niet (meer) in deze versie van het uitgangspunt. Het dictum kan niet worden uitgevoerd zoals het er staat, tot de fractie het amendement bijwerkt.</source>
        <translation>Verouderd: de te wijzigen tekst staat niet (meer) in deze versie van het uitgangspunt. Het dictum kan niet worden uitgevoerd zoals het er staat, tot de fractie het amendement bijwerkt.</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="115"/>
        <source>verouderd</source>
        <translation>verouderd</translation>
    </message>
</context>
<context>
    <name>AmendmentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="139"/>
        <source>Amendementen</source>
        <translation>Amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="148"/>
        <source>Geselecteerd amendement</source>
        <translation>Geselecteerd amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="158"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="160"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="159"/>
        <source>B&amp;ewerken…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="161"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="162"/>
        <source>&amp;Stemming…</source>
        <translation>&amp;Stemming…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="163"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="205"/>
        <source>Kies links een uitgangspunt.</source>
        <translation>Kies links een uitgangspunt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="209"/>
        <source>Nog geen amendementen op uitgangspunt {n}. Die van de fracties komen in hun pakketten.</source>
        <translation>Nog geen amendementen op uitgangspunt {n}. Die van de fracties komen in hun pakketten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="215"/>
        <source>Nog geen amendementen op uitgangspunt {n}. Maak er een met Nieuw… of selecteer tekst en kies &apos;Amendement op selectie…&apos;.</source>
        <translation>Nog geen amendementen op uitgangspunt {n}. Maak er een met Nieuw… of selecteer tekst en kies &apos;Amendement op selectie…&apos;.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="264"/>
        <source>meerderheid</source>
        <translation>meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="264"/>
        <source>geen meerderheid</source>
        <translation>geen meerderheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="265"/>
        <source>{seats} van {council} zetels, {verdict}</source>
        <translation>{seats} van {council} zetels, {verdict}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="269"/>
        <source>indieners: {seats} van {council} zetels</source>
        <translation>indieners: {seats} van {council} zetels</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="288"/>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="502"/>
        <source>{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; trek het amendement in om het terug te nemen.</source>
        <translation>{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; trek het amendement in om het terug te nemen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="508"/>
        <source>{label} is ingediend</source>
        <translation>{label} is ingediend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="527"/>
        <source>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Amendement verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="561"/>
        <source>amendement</source>
        <translation>amendement</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="565"/>
        <source>Amendement exporteren</source>
        <translation>Amendement exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/amendments_pane.py" line="582"/>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="66"/>
        <source>Annotatie</source>
        <translation>Annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="85"/>
        <source>Standpunt</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="89"/>
        <source>Zichtbaarheid</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="92"/>
        <source>&amp;Standpunt:</source>
        <translation>&amp;Standpunt:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="93"/>
        <source>&amp;Zichtbaar voor:</source>
        <translation>&amp;Zichtbaar voor:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="96"/>
        <source>Tekst van de annotatie</source>
        <translation>Tekst van de annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="97"/>
        <source>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</source>
        <translation>Uw notitie (Markdown: **vet**, *cursief*, - opsomming)</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="434"/>
        <source>“…”: geplaatst bij een passage</source>
        <translation>“…”: geplaatst bij een passage</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="436"/>
        <source>★: opgenomen in de concept-zienswijze</source>
        <translation>★: opgenomen in de concept-zienswijze</translation>
    </message>
</context>
<context>
    <name>AnnotationsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="57"/>
        <source>Annotaties</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="78"/>
        <source>Filter op fractie</source>
        <translation>Filter op fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="80"/>
        <source>Filter op standpunt</source>
        <translation>Filter op standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="81"/>
        <source>Alle standpunten</source>
        <translation>Alle standpunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="91"/>
        <source>Geselecteerde annotatie</source>
        <translation>Geselecteerde annotatie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="92"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="94"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="118"/>
        <source>Annotatie &amp;toevoegen…</source>
        <translation>Annotatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="119"/>
        <source>Annotatie &amp;bewerken…</source>
        <translation>Annotatie &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="120"/>
        <source>Annotatie &amp;verwijderen</source>
        <translation>Annotatie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="93"/>
        <source>B&amp;ewerken…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="127"/>
        <source>In concept-&amp;zienswijze opnemen</source>
        <translation>In concept-&amp;zienswijze opnemen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="160"/>
        <source>Bij uitgangspunt {n}</source>
        <translation>Bij uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="184"/>
        <source>Kies links een uitgangspunt om de annotaties erbij te zien.</source>
        <translation>Kies links een uitgangspunt om de annotaties erbij te zien.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="186"/>
        <source>Filters wissen</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="187"/>
        <source>Geen annotaties die aan dit filter voldoen.</source>
        <translation>Geen annotaties die aan dit filter voldoen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="192"/>
        <source>Nog geen annotaties bij dit uitgangspunt. Die van de fracties komen in hun pakketten.</source>
        <translation>Nog geen annotaties bij dit uitgangspunt. Die van de fracties komen in hun pakketten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="196"/>
        <source>Nog geen annotaties bij dit uitgangspunt. Schrijf er een met Annotatie toevoegen (Ctrl+N).</source>
        <translation>Nog geen annotaties bij dit uitgangspunt. Schrijf er een met Annotatie toevoegen (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="206"/>
        <source>Alle fracties</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="254"/>
        <source>versie</source>
        <translation>versie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="255"/>
        <source>opgenomen in de concept-zienswijze</source>
        <translation>opgenomen in de concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="312"/>
        <source>De griffie neemt notities op in de concept-zienswijze; een fractie stuurt ze in haar pakket.</source>
        <translation>De griffie neemt notities op in de concept-zienswijze; een fractie stuurt ze in haar pakket.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="328"/>
        <source>Uitgangspunt {n}: {title}</source>
        <translation>Uitgangspunt {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="403"/>
        <source>Annotatie bij geselecteerde tekst in {doc}</source>
        <translation>Annotatie bij geselecteerde tekst in {doc}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="405"/>
        <source>uitgangspunt {n}</source>
        <translation>uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="449"/>
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="119"/>
        <source>Zichtbaarheid beperken</source>
        <translation>Zichtbaarheid beperken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="123"/>
        <source>Wie haar kreeg, houdt de versie die toen meeging: ‘{visibility}’ geldt alleen voor wat u hierna verstuurt.

Intrekken verwijdert haar bij de anderen zodra zij uw volgende export samenvoegen (ook bij de griffie, en via haar dossier bij andere fracties); hier houdt u de tekst als nieuwe notitie, ‘{visibility}’.</source>
        <translation>Wie haar kreeg, houdt de versie die toen meeging: ‘{visibility}’ geldt alleen voor wat u hierna verstuurt.

Intrekken verwijdert haar bij de anderen zodra zij uw volgende export samenvoegen (ook bij de griffie, en via haar dossier bij andere fracties); hier houdt u de tekst als nieuwe notitie, ‘{visibility}’.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="131"/>
        <source>&amp;Intrekken en hier houden</source>
        <translation>&amp;Intrekken en hier houden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="132"/>
        <source>Alleen voor wat &amp;nog komt</source>
        <translation>Alleen voor wat &amp;nog komt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="120"/>
        <source>Deze notitie is al gedeeld ({when}).</source>
        <translation>Deze notitie is al gedeeld ({when}).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/annotations_pane.py" line="476"/>
        <source>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Annotatie verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="120"/>
        <source>Zelf samenvoegen</source>
        <translation>Zelf samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="124"/>
        <source>De tekst van de annotatie (versie A, daaronder versie B); maak er één &amp;tekst van:</source>
        <translation>De tekst van de annotatie (versie A, daaronder versie B); maak er één &amp;tekst van:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="128"/>
        <source>Samengevoegde tekst</source>
        <translation>Samengevoegde tekst</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="340"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="344"/>
        <source>Conflicten</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Gemeenschappelijke basis</source>
        <translation>Gemeenschappelijke basis</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Versie A</source>
        <translation>Versie A</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="349"/>
        <source>Versie B</source>
        <translation>Versie B</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="359"/>
        <source>Versie &amp;A houden</source>
        <translation>Versie &amp;A houden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="359"/>
        <source>Versie &amp;B houden</source>
        <translation>Versie &amp;B houden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="372"/>
        <source>Geen conflicten: elke annotatie, elk amendement en elke koppeling heeft één huidige versie.</source>
        <translation>Geen conflicten: elke annotatie, elk amendement en elke koppeling heeft één huidige versie.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="381"/>
        <source>&amp;Zelf samenvoegen…</source>
        <translation>&amp;Zelf samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="387"/>
        <source>Keuze &amp;ongedaan maken</source>
        <translation>Keuze &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="477"/>
        <source>verwijderd</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="490"/>
        <source>Alleen bij een annotatie waarvan geen versie verwijderd is: kies een versie.</source>
        <translation>Alleen bij een annotatie waarvan geen versie verwijderd is: kies een versie.</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="72"/>
        <source>Zienswijze opstellen</source>
        <translation>Zienswijze opstellen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="72"/>
        <source>Vergadergegevens</source>
        <translation>Vergadergegevens</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="78"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="79"/>
        <source>De raad van de &amp;gemeente:</source>
        <translation>De raad van de &amp;gemeente:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="80"/>
        <source>Datum van de raadsvergadering</source>
        <translation>Datum van de raadsvergadering</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="81"/>
        <source>Raads&amp;vergadering op:</source>
        <translation>Raads&amp;vergadering op:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="82"/>
        <source>Datum van de brief</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="83"/>
        <source>Niet ingevuld: de dag waarop de brief wordt gemaakt.</source>
        <translation>Niet ingevuld: de dag waarop de brief wordt gemaakt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="84"/>
        <source>&amp;Brief gedateerd:</source>
        <translation>&amp;Brief gedateerd:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="86"/>
        <source>De griffier</source>
        <translation>De griffier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="87"/>
        <source>De g&amp;riffier:</source>
        <translation>De g&amp;riffier:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="89"/>
        <source>De voorzitter</source>
        <translation>De voorzitter</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="90"/>
        <source>De voorzi&amp;tter:</source>
        <translation>De voorzi&amp;tter:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="93"/>
        <source>Ver&amp;zoek van:</source>
        <translation>Ver&amp;zoek van:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="134"/>
        <source>Ver&amp;der…</source>
        <translation>Ver&amp;der…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="92"/>
        <source>Wie om de zienswijze vroeg</source>
        <translation>Wie om de zienswijze vroeg</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="95"/>
        <source>Onderwerp van het verzoek</source>
        <translation>Onderwerp van het verzoek</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="96"/>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="99"/>
        <source>kenmerk {k}</source>
        <translation>kenmerk {k}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="101"/>
        <source>brief van {d}</source>
        <translation>brief van {d}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="103"/>
        <source>reactie gevraagd vóór {d}</source>
        <translation>reactie gevraagd vóór {d}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="105"/>
        <source>Gevonden in de brief: {facts}</source>
        <translation>Gevonden in de brief: {facts}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="107"/>
        <source>In de brief is geen kenmerk of datum gevonden.</source>
        <translation>In de brief is geen kenmerk of datum gevonden.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="115"/>
        <source>Eigen Word-sjabloon</source>
        <translation>Eigen Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="116"/>
        <source>het meegeleverde sjabloon</source>
        <translation>het meegeleverde sjabloon</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="117"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="121"/>
        <source>Word-&amp;sjabloon:</source>
        <translation>Word-&amp;sjabloon:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="141"/>
        <source>Word-sjabloon kiezen</source>
        <translation>Word-sjabloon kiezen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="49"/>
        <source>Er ging iets mis</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="56"/>
        <source>raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder.</source>
        <translation>raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="69"/>
        <source>Logbestand: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="76"/>
        <source>Technische gegevens</source>
        <translation>Technische gegevens</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="79"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="80"/>
        <source>Log&amp;map openen</source>
        <translation>Log&amp;map openen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/crash.py" line="89"/>
        <source>Logbestand</source>
        <translation>Logbestand</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="603"/>
        <source>&amp;Selectie annoteren…</source>
        <translation>&amp;Selectie annoteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="606"/>
        <source>A&amp;mendement op selectie…</source>
        <translation>A&amp;mendement op selectie…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="609"/>
        <source>Koppe&amp;l selectie aan het uitgangspunt</source>
        <translation>Koppe&amp;l selectie aan het uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="614"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/document_view.py" line="621"/>
        <source>&amp;Alles selecteren</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="202"/>
        <source>Kaderdocument</source>
        <translation>Kaderdocument</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="203"/>
        <location filename="../../raadsviewer/ui/reading.py" line="274"/>
        <source>Kader</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="211"/>
        <source>Achtergronddocumenten</source>
        <translation>Achtergronddocumenten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="219"/>
        <source>Dit dossier heeft nog geen achtergronddocumenten. Voeg ze toe met Bestand › Document importeren… (Ctrl+I) en kies &apos;achtergronddocument&apos;.</source>
        <translation>Dit dossier heeft nog geen achtergronddocumenten. Voeg ze toe met Bestand › Document importeren… (Ctrl+I) en kies &apos;achtergronddocument&apos;.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="408"/>
        <source>Passages bij uitgangspunt {n} worden gezocht…</source>
        <translation>Passages bij uitgangspunt {n} worden gezocht…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="423"/>
        <source>Passage bij uitgangspunt {n}: {where}</source>
        <translation>Passage bij uitgangspunt {n}: {where}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="427"/>
        <source>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</source>
        <translation>Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.</translation>
    </message>
</context>
<context>
    <name>DossiersController</name>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="20"/>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="21"/>
        <source>Dossier &amp;openen…</source>
        <translation>Dossier &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="22"/>
        <source>&amp;Recente dossiers</source>
        <translation>&amp;Recente dossiers</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="39"/>
        <source>(nog geen)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="56"/>
        <source>Dossier openen</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="56"/>
        <source>Welk dossier?</source>
        <translation>Welk dossier?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="65"/>
        <source>Nieuw dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="66"/>
        <source>Titel van het dossier (bijvoorbeeld &apos;Inkoopkader Jeugdhulp 2026&apos;):</source>
        <translation>Titel van het dossier (bijvoorbeeld &apos;Inkoopkader Jeugdhulp 2026&apos;):</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dossiers.py" line="77"/>
        <source>Dossier &apos;{title}&apos; gemaakt. Importeer nu het kader en de achtergronddocumenten (Ctrl+I).</source>
        <translation>Dossier &apos;{title}&apos; gemaakt. Importeer nu het kader en de achtergronddocumenten (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>DraftWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="45"/>
        <location filename="../../raadsviewer/ui/draft_window.py" line="50"/>
        <source>Concept-zienswijze</source>
        <translation>Concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="52"/>
        <source>Eerdere versies</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="55"/>
        <source>&amp;Vergelijk twee versies</source>
        <translation>&amp;Vergelijk twee versies</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="57"/>
        <source>&amp;Huidige stand</source>
        <translation>&amp;Huidige stand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="62"/>
        <source>Eerdere versies (bij elke export bewaard)</source>
        <translation>Eerdere versies (bij elke export bewaard)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="72"/>
        <source>Exporteren als:</source>
        <translation>Exporteren als:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="76"/>
        <source>Exporteren als {format}</source>
        <translation>Exporteren als {format}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="81"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="143"/>
        <source>{when} · {fmt} · {a} amendementen, {n} annotaties</source>
        <translation>{when} · {fmt} · {a} amendementen, {n} annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="170"/>
        <source>Geen verschillen.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="177"/>
        <source>concept-zienswijze</source>
        <translation>concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="182"/>
        <source>Concept-zienswijze exporteren</source>
        <translation>Concept-zienswijze exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="199"/>
        <source>Concept-zienswijze exporteren…</source>
        <translation>Concept-zienswijze exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="206"/>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="214"/>
        <location filename="../../raadsviewer/ui/draft_window.py" line="217"/>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="217"/>
        <source>Onverwachte fout bij exporteren: {e}</source>
        <translation>Onverwachte fout bij exporteren: {e}</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <location filename="../../raadsviewer/ui/draft_window.py" line="232"/>
        <source>Overzic&amp;ht standpunten…</source>
        <translation>Overzic&amp;ht standpunten…</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="550"/>
        <source>Pakket &amp;exporteren…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="552"/>
        <source>Pakketten &amp;samenvoegen…</source>
        <translation>Pakketten &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="554"/>
        <source>&amp;Vingerafdruk van onze sleutel</source>
        <translation>&amp;Vingerafdruk van onze sleutel</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="556"/>
        <source>&amp;Publieke sleutel exporteren (voor de griffie)…</source>
        <translation>&amp;Publieke sleutel exporteren (voor de griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="553"/>
        <source>Conf&amp;licten…</source>
        <translation>Conf&amp;licten…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="559"/>
        <source>Sleutel van een fractie ve&amp;rtrouwen (griffie)…</source>
        <translation>Sleutel van een fractie ve&amp;rtrouwen (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="562"/>
        <source>Sleutel voor &amp;collega&apos;s exporteren…</source>
        <translation>Sleutel voor &amp;collega&apos;s exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="565"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="888"/>
        <source>Sleutel van een collega &amp;importeren…</source>
        <translation>Sleutel van een collega &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="568"/>
        <source>Sleutel van een fractie &amp;niet meer vertrouwen (griffie)…</source>
        <translation>Sleutel van een fractie &amp;niet meer vertrouwen (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="571"/>
        <source>Sleutels beveiligen met een &amp;wachtwoordzin…</source>
        <translation>Sleutels beveiligen met een &amp;wachtwoordzin…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="574"/>
        <source>Dossier e&amp;xporteren voor de fracties (griffie)…</source>
        <translation>Dossier e&amp;xporteren voor de fracties (griffie)…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="577"/>
        <source>Dossier van de griffie i&amp;mporteren…</source>
        <translation>Dossier van de griffie i&amp;mporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="615"/>
        <source>Sleutel niet meer vertrouwen</source>
        <translation>Sleutel niet meer vertrouwen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="616"/>
        <source>Van welke fractie? Pakketten met die sleutel worden daarna geweigerd.</source>
        <translation>Van welke fractie? Pakketten met die sleutel worden daarna geweigerd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="629"/>
        <source>De sleutel van {faction} ({fp}) wordt niet meer vertrouwd.</source>
        <translation>De sleutel van {faction} ({fp}) wordt niet meer vertrouwd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="653"/>
        <source>voor-de-griffie</source>
        <translation>voor-de-griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="653"/>
        <source>voor-de-fractie</source>
        <translation>voor-de-fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="656"/>
        <source>Pakket exporteren</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="671"/>
        <source>Pakket {n} opgeslagen (ondertekend, niet versleuteld: importeer eerst het dossier van de griffie): {path}</source>
        <translation>Pakket {n} opgeslagen (ondertekend, niet versleuteld: importeer eerst het dossier van de griffie): {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="677"/>
        <source>Pakket {n} opgeslagen: {path}</source>
        <translation>Pakket {n} opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="679"/>
        <source>Pakket exporteren…</source>
        <translation>Pakket exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="687"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="707"/>
        <source>Sleutel ontgrendelen</source>
        <translation>Sleutel ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="716"/>
        <source>Sleutels beveiligen met een wachtwoordzin</source>
        <translation>Sleutels beveiligen met een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="719"/>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="731"/>
        <source>{n} sleutels versleuteld met uw wachtwoordzin.</source>
        <translation>{n} sleutels versleuteld met uw wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="740"/>
        <source>het dossier uitgeven</source>
        <translation>het dossier uitgeven</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="746"/>
        <source>Dossier exporteren voor de fracties</source>
        <translation>Dossier exporteren voor de fracties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="761"/>
        <source>Dossier geëxporteerd</source>
        <translation>Dossier geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="763"/>
        <source>{path} is klaar voor de fracties. Bij de eerste keer vergelijken zij deze vingerafdruk telefonisch met de griffie:

{fp}</source>
        <translation>{path} is klaar voor de fracties. Bij de eerste keer vergelijken zij deze vingerafdruk telefonisch met de griffie:

{fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="768"/>
        <source>Dossier exporteren…</source>
        <translation>Dossier exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="778"/>
        <source>Dossier van de griffie importeren</source>
        <translation>Dossier van de griffie importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="794"/>
        <source>Sleutel van de griffie controleren</source>
        <translation>Sleutel van de griffie controleren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="796"/>
        <source>Dit dossier is ondertekend door een griffie die deze computer nog niet kent. Bel de griffie en vergelijk deze cijfers:

{fp}

Komen ze overeen?</source>
        <translation>Dit dossier is ondertekend door een griffie die deze computer nog niet kent. Bel de griffie en vergelijk deze cijfers:

{fp}

Komen ze overeen?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="812"/>
        <source>Dossier &apos;{title}&apos; ingelezen (uitgave {n}).</source>
        <translation>Dossier &apos;{title}&apos; ingelezen (uitgave {n}).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="816"/>
        <source>Dossier importeren…</source>
        <translation>Dossier importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="825"/>
        <source>Pakketten samenvoegen</source>
        <translation>Pakketten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="860"/>
        <source>Vingerafdruk</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="862"/>
        <source>De sleutel van {faction} heeft vingerafdruk:

{fp}

Vergelijk die met de griffie, bijvoorbeeld per telefoon.</source>
        <translation>De sleutel van {faction} heeft vingerafdruk:

{fp}

Vergelijk die met de griffie, bijvoorbeeld per telefoon.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="880"/>
        <source>Sleutel van {faction}</source>
        <translation>Sleutel van {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="881"/>
        <source>Deze laptop heeft nog geen sleutel van {faction}.</source>
        <translation>Deze laptop heeft nog geen sleutel van {faction}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="883"/>
        <source>Een fractie ondertekent haar pakketten met één sleutel. Heeft een fractiegenoot al een pakket of de publieke sleutel naar de griffie gestuurd, importeer dan eerst diens sleutel: een tweede sleutel weigert de griffie. Is dit de eerste laptop van de fractie, maak dan nu de sleutel en stuur de griffie de publieke sleutel.</source>
        <translation>Een fractie ondertekent haar pakketten met één sleutel. Heeft een fractiegenoot al een pakket of de publieke sleutel naar de griffie gestuurd, importeer dan eerst diens sleutel: een tweede sleutel weigert de griffie. Is dit de eerste laptop van de fractie, maak dan nu de sleutel en stuur de griffie de publieke sleutel.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="888"/>
        <source>Sleutel &amp;maken</source>
        <translation>Sleutel &amp;maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="900"/>
        <source>Publieke sleutel exporteren</source>
        <translation>Publieke sleutel exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="910"/>
        <source>Sleutel opgeslagen, vingerafdruk {fp}</source>
        <translation>Sleutel opgeslagen, vingerafdruk {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="914"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="924"/>
        <source>Sleutel van een fractie vertrouwen</source>
        <translation>Sleutel van een fractie vertrouwen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="926"/>
        <source>Dit bestand noemt zich de sleutel van {faction}. Vingerafdruk:

{fp}

Vergelijk deze met de fractie, bijvoorbeeld per telefoon. Klopt hij, vertrouw de sleutel dan; pakketten met deze sleutel worden daarna samengevoegd als die van {faction}.</source>
        <translation>Dit bestand noemt zich de sleutel van {faction}. Vingerafdruk:

{fp}

Vergelijk deze met de fractie, bijvoorbeeld per telefoon. Klopt hij, vertrouw de sleutel dan; pakketten met deze sleutel worden daarna samengevoegd als die van {faction}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="941"/>
        <source>De sleutel van {faction} wordt vertrouwd.</source>
        <translation>De sleutel van {faction} wordt vertrouwd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="945"/>
        <source>Wachtwoordzin:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="953"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="959"/>
        <source>Sleutel voor collega&apos;s exporteren</source>
        <translation>Sleutel voor collega&apos;s exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="971"/>
        <source>Sleutel opgeslagen: {path}</source>
        <translation>Sleutel opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="978"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="993"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="997"/>
        <source>Sleutel van een collega importeren</source>
        <translation>Sleutel van een collega importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="979"/>
        <source>Deze laptop heeft al een eigen sleutel van {faction}.</source>
        <translation>Deze laptop heeft al een eigen sleutel van {faction}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="981"/>
        <source>Eigen sleutel:
{own}
Sleutel van uw collega:
{theirs}

Een fractie ondertekent met één sleutel; de griffie weigert pakketten met een tweede. Vervang de eigen sleutel door die van uw collega en exporteer daarna opnieuw. Pakketten die u met de eigen sleutel maakte, gebruikt u niet meer.</source>
        <translation>Eigen sleutel:
{own}
Sleutel van uw collega:
{theirs}

Een fractie ondertekent met één sleutel; de griffie weigert pakketten met een tweede. Vervang de eigen sleutel door die van uw collega en exporteer daarna opnieuw. Pakketten die u met de eigen sleutel maakte, gebruikt u niet meer.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="985"/>
        <source>Eigen sleutel &amp;vervangen</source>
        <translation>Eigen sleutel &amp;vervangen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="1010"/>
        <source>Sleutel van {faction} geïmporteerd ({fp})</source>
        <translation>Sleutel van {faction} geïmporteerd ({fp})</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="68"/>
        <source>Pakket van {faction} exporteren</source>
        <translation>Pakket van {faction} exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="75"/>
        <source>Voor &amp;fractiegenoten: ook wat alleen voor de fractie is (nooit privé-annotaties)</source>
        <translation>Voor &amp;fractiegenoten: ook wat alleen voor de fractie is (nooit privé-annotaties)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="86"/>
        <source>Wat het pakket bevat</source>
        <translation>Wat het pakket bevat</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="129"/>
        <source> (verwijderd)</source>
        <translation> (verwijderd)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="91"/>
        <source>Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}</source>
        <translation>Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="71"/>
        <source>Voor wie is dit pakket?</source>
        <translation>Voor wie is dit pakket?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="73"/>
        <source>Voor de &amp;griffie: alleen wat voor de griffie of openbaar is</source>
        <translation>Voor de &amp;griffie: alleen wat voor de griffie of openbaar is</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="96"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="112"/>
        <source>In dit pakket: annotaties {n} (fractie {f}, griffie {g}, openbaar {o}); amendementen {a}; moties {m}; daarvan verwijderd {d}. Blijft op deze computer, want dit publiek mag het niet zien: eerdere versies {w}, annotaties en andere items {i}. Privé-annotaties gaan nooit mee.</source>
        <translation>In dit pakket: annotaties {n} (fractie {f}, griffie {g}, openbaar {o}); amendementen {a}; moties {m}; daarvan verwijderd {d}. Blijft op deze computer, want dit publiek mag het niet zien: eerdere versies {w}, annotaties en andere items {i}. Privé-annotaties gaan nooit mee.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="135"/>
        <source>uitgangspunt {n}</source>
        <translation>uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="138"/>
        <source>versie {n}: {text}</source>
        <translation>versie {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="145"/>
        <source>Niet versleuteld: deze computer kent de sleutel van de griffie nog niet (importeer eerst het dossier van de griffie). Het pakket is ondertekend, maar wie het bestand heeft kan het lezen.</source>
        <translation>Niet versleuteld: deze computer kent de sleutel van de griffie nog niet (importeer eerst het dossier van de griffie). Het pakket is ondertekend, maar wie het bestand heeft kan het lezen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="150"/>
        <source>Versleuteld voor de griffie: alleen de griffie kan het openen.</source>
        <translation>Versleuteld voor de griffie: alleen de griffie kan het openen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="153"/>
        <source>Versleuteld voor de fractie: alleen wie de sleutel van de fractie heeft kan het openen.</source>
        <translation>Versleuteld voor de fractie: alleen wie de sleutel van de fractie heeft kan het openen.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="166"/>
        <location filename="../../raadsviewer/ui/search.py" line="167"/>
        <source>Zoeken in dit document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="173"/>
        <source>Vorige (Shift+F3)</source>
        <translation>Vorige (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="174"/>
        <source>Vorige</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="178"/>
        <source>Volgende (F3)</source>
        <translation>Volgende (F3)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="179"/>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="184"/>
        <source>Sluiten (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="185"/>
        <source>Zoekbalk sluiten</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="189"/>
        <source>Zoeken:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="249"/>
        <source>{n} van {total}</source>
        <translation>{n} van {total}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="251"/>
        <source>niet gevonden</source>
        <translation>niet gevonden</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/help.py" line="33"/>
        <location filename="../../raadsviewer/ui/help.py" line="37"/>
        <source>Handleiding</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="150"/>
        <source>Wie gebruikt deze computer?</source>
        <translation>Wie gebruikt deze computer?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="155"/>
        <source>raadsviewer bewaart uw werk onder uw naam. Een fractie schrijft annotaties en amendementen en stuurt ze in een pakket naar de griffie; de griffie voegt de pakketten samen, legt de stemmingen vast en stuurt het dossier naar de fracties. U kunt dit later wijzigen via Bewerken › Wie gebruikt deze computer.</source>
        <translation>raadsviewer bewaart uw werk onder uw naam. Een fractie schrijft annotaties en amendementen en stuurt ze in een pakket naar de griffie; de griffie voegt de pakketten samen, legt de stemmingen vast en stuurt het dossier naar de fracties. U kunt dit later wijzigen via Bewerken › Wie gebruikt deze computer.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="163"/>
        <source>Ik werk voor een &amp;fractie (raadslid, commissielid, medewerker)</source>
        <translation>Ik werk voor een &amp;fractie (raadslid, commissielid, medewerker)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="164"/>
        <source>Ik werk voor de &amp;griffie</source>
        <translation>Ik werk voor de &amp;griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="174"/>
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="176"/>
        <source>Uw naam</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="178"/>
        <source>Fractie:</source>
        <translation>Fractie:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="179"/>
        <source>Uw &amp;naam:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
</context>
<context>
    <name>ImportRoleDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="241"/>
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="243"/>
        <source>Wat voor document is {name}?</source>
        <translation>Wat voor document is {name}?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="246"/>
        <source>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</source>
        <translation>&amp;Kader met uitgangspunten (bijv. het inkoopkader)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/dialogs.py" line="247"/>
        <source>&amp;Achtergronddocument (rapport, brief, advies)</source>
        <translation>&amp;Achtergronddocument (rapport, brief, advies)</translation>
    </message>
</context>
<context>
    <name>LeftBehindDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="290"/>
        <location filename="../../raadsviewer/ui/recovery.py" line="310"/>
        <source>Niet bewaarde tekst</source>
        <translation>Niet bewaarde tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="295"/>
        <source>raadsviewer stopte terwijl u dit schreef of invulde, en het is niet in de opslag bewaard. Kopieer wat u wilt houden en vul het opnieuw in waar u het schreef (Annotatie toevoegen, Amendement, Motie, een stemming of de instellingen).</source>
        <translation>raadsviewer stopte terwijl u dit schreef of invulde, en het is niet in de opslag bewaard. Kopieer wat u wilt houden en vul het opnieuw in waar u het schreef (Annotatie toevoegen, Amendement, Motie, een stemming of de instellingen).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="301"/>
        <source>raadsviewer stopte terwijl u dit schreef, en het is niet in de opslag bewaard. Verder schrijven zet {about} terug in de editor waarin u het schreef.</source>
        <translation>raadsviewer stopte terwijl u dit schreef, en het is niet in de opslag bewaard. Verder schrijven zet {about} terug in de editor waarin u het schreef.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="304"/>
        <source>Wat er verder onder staat, ziet u daarna weer.</source>
        <translation>Wat er verder onder staat, ziet u daarna weer.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="313"/>
        <source>Geschreven tot {when}</source>
        <translation>Geschreven tot {when}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="321"/>
        <source>&amp;Verder schrijven</source>
        <translation>&amp;Verder schrijven</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="323"/>
        <source>Opent {about} weer in de editor, met wat u schreef</source>
        <translation>Opent {about} weer in de editor, met wat u schreef</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="330"/>
        <source>Alles &amp;kopiëren</source>
        <translation>Alles &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="334"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="336"/>
        <source>Bij de volgende start weer tonen</source>
        <translation>Bij de volgende start weer tonen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="339"/>
        <source>&amp;Weggooien…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="357"/>
        <source>Weggooien</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/recovery.py" line="358"/>
        <source>Deze tekst staat nergens anders. Weggooien?</source>
        <translation>Deze tekst staat nergens anders. Weggooien?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="107"/>
        <location filename="../../raadsviewer/ui/main_window.py" line="114"/>
        <source>Annotaties</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="106"/>
        <source>Annotaties en amendementen</source>
        <translation>Annotaties en amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="108"/>
        <source>Amendementen</source>
        <translation>Amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="109"/>
        <source>Moties</source>
        <translation>Moties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="110"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="149"/>
        <source>Op&amp;nieuw</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="152"/>
        <source>Document &amp;importeren…</source>
        <translation>Document &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="157"/>
        <source>&amp;Motie schrijven…</source>
        <translation>&amp;Motie schrijven…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="211"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="147"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="213"/>
        <source>&amp;Selectie annoteren…</source>
        <translation>&amp;Selectie annoteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="155"/>
        <source>&amp;Amendement op uitgangspunt…</source>
        <translation>&amp;Amendement op uitgangspunt…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="159"/>
        <source>&amp;Concept-zienswijze…</source>
        <translation>&amp;Concept-zienswijze…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="216"/>
        <source>Oorspronkelijke &amp;pagina&apos;s tonen (PDF)</source>
        <translation>Oorspronkelijke &amp;pagina&apos;s tonen (PDF)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="224"/>
        <source>&amp;Volgend uitgangspunt</source>
        <translation>&amp;Volgend uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="227"/>
        <source>V&amp;orig uitgangspunt</source>
        <translation>V&amp;orig uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="161"/>
        <source>Werkbalk</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="219"/>
        <source>&amp;Regelnummers tonen</source>
        <translation>&amp;Regelnummers tonen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="291"/>
        <source>Amendementen ({n})</source>
        <translation>Amendementen ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="293"/>
        <source>Moties ({n})</source>
        <translation>Moties ({n})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="400"/>
        <source>Nog niet gekozen wie deze computer gebruikt</source>
        <translation>Nog niet gekozen wie deze computer gebruikt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="402"/>
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="405"/>
        <source>Fractie: {faction} · {member}</source>
        <translation>Fractie: {faction} · {member}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/main_window.py" line="140"/>
        <source>Alle wijzigingen zijn opgeslagen</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="14"/>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="27"/>
        <source>&amp;Fractiesleutel</source>
        <translation>&amp;Fractiesleutel</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="35"/>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="49"/>
        <source>Beel&amp;d</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/menus.py" line="60"/>
        <source>&amp;Raad</source>
        <translation>&amp;Raad</translation>
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
        <translation>{faction} over uitgangspunt {n}: geen standpunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="76"/>
        <source>{faction} over uitgangspunt {n}: {parts}</source>
        <translation>{faction} over uitgangspunt {n}: {parts}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="172"/>
        <source>Pakketten samenvoegen</source>
        <translation>Pakketten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="175"/>
        <location filename="../../raadsviewer/ui/exchange.py" line="278"/>
        <source>Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt.</source>
        <translation>Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="179"/>
        <source>Pakketten</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="182"/>
        <source>Bestand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="183"/>
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="184"/>
        <source>Lid</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="185"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="186"/>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="187"/>
        <source>Bijgewerkt</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="188"/>
        <source>Ongewijzigd</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="189"/>
        <source>Waarvan in conflict</source>
        <translation>Waarvan in conflict</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="202"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="204"/>
        <source>&amp;Conflicten bekijken…</source>
        <translation>&amp;Conflicten bekijken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="215"/>
        <source>wordt samengevoegd</source>
        <translation>wordt samengevoegd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="216"/>
        <source>samengevoegd</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="217"/>
        <source>al eerder samengevoegd</source>
        <translation>al eerder samengevoegd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="218"/>
        <source>staat twee keer in de lijst: wordt één keer samengevoegd</source>
        <translation>staat twee keer in de lijst: wordt één keer samengevoegd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="219"/>
        <source>geweigerd</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="225"/>
        <source>{n} items niet teruggevonden in de tekst</source>
        <translation>{n} items niet teruggevonden in de tekst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="232"/>
        <source>{n} items geweigerd</source>
        <translation>{n} items geweigerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="232"/>
        <source>1 item geweigerd</source>
        <translation>1 item geweigerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="272"/>
        <source>De pakketten worden gecontroleerd…</source>
        <translation>De pakketten worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="298"/>
        <source>Pakketten samenvoegen…</source>
        <translation>Pakketten samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/exchange.py" line="301"/>
        <source>Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan.</source>
        <translation>Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan.</translation>
    </message>
</context>
<context>
    <name>Modal</name>
    <message>
        <location filename="../../raadsviewer/ui/modal.py" line="274"/>
        <source>Niet bewaard</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/modal.py" line="275"/>
        <source>Wat u hier typte is nog niet bewaard. Weggooien?</source>
        <translation>Wat u hier typte is nog niet bewaard. Weggooien?</translation>
    </message>
</context>
<context>
    <name>MotieDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="81"/>
        <source>Motie</source>
        <translation>Motie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="87"/>
        <source>Titel van de motie</source>
        <translation>Titel van de motie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="88"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="91"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="92"/>
        <source>bijv. Dordrecht</source>
        <translation>bijv. Dordrecht</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="93"/>
        <source>&amp;vergadering op</source>
        <translation>&amp;vergadering op</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="97"/>
        <source>Datum van de vergadering</source>
        <translation>Datum van de vergadering</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="107"/>
        <source>De raad van de &amp;gemeente:</source>
        <translation>De raad van de &amp;gemeente:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="109"/>
        <source>Soort dictum</source>
        <translation>Soort dictum</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="114"/>
        <source>&amp;Dictum:</source>
        <translation>&amp;Dictum:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="116"/>
        <source>Agendapunt</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="117"/>
        <source>bijv. 7. Inkoopkader Jeugdhulp</source>
        <translation>bijv. 7. Inkoopkader Jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="118"/>
        <source>&amp;Agendapunt:</source>
        <translation>&amp;Agendapunt:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="122"/>
        <source>&amp;constaterende dat (één punt per regel)</source>
        <translation>&amp;constaterende dat (één punt per regel)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="123"/>
        <source>&amp;overwegende dat (één punt per regel)</source>
        <translation>&amp;overwegende dat (één punt per regel)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="124"/>
        <source>de &amp;punten van het dictum (één per regel)</source>
        <translation>de &amp;punten van het dictum (één per regel)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="129"/>
        <source>De motie zoals zij leest</source>
        <translation>De motie zoals zij leest</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="138"/>
        <source>&amp;Mede-indieners</source>
        <translation>&amp;Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="140"/>
        <source>Mede-indieners</source>
        <translation>Mede-indieners</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="154"/>
        <source>Over &amp;uitgangspunten</source>
        <translation>Over &amp;uitgangspunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="156"/>
        <source>Over uitgangspunten</source>
        <translation>Over uitgangspunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="179"/>
        <source>Opslaan als conc&amp;ept</source>
        <translation>Opslaan als conc&amp;ept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="181"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/motie_dialog.py" line="294"/>
        <source>Nog niet klaar om in te dienen:</source>
        <translation>Nog niet klaar om in te dienen:</translation>
    </message>
</context>
<context>
    <name>MotiesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="77"/>
        <source>◆ gaat over het uitgangspunt dat u leest</source>
        <translation>◆ gaat over het uitgangspunt dat u leest</translation>
    </message>
</context>
<context>
    <name>MotiesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="109"/>
        <source>Moties</source>
        <translation>Moties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="118"/>
        <source>Geselecteerde motie</source>
        <translation>Geselecteerde motie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="133"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="135"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="136"/>
        <source>&amp;Aanhouden</source>
        <translation>&amp;Aanhouden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="137"/>
        <source>In&amp;trekken</source>
        <translation>In&amp;trekken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="134"/>
        <source>B&amp;ewerken…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="138"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="139"/>
        <source>&amp;Stemming…</source>
        <translation>&amp;Stemming…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="140"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="186"/>
        <source>Alle moties van het dossier; ◆ {n} over uitgangspunt {p}, bovenaan</source>
        <translation>Alle moties van het dossier; ◆ {n} over uitgangspunt {p}, bovenaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="190"/>
        <source>Alle moties van het dossier; geen over uitgangspunt {p}</source>
        <translation>Alle moties van het dossier; geen over uitgangspunt {p}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="192"/>
        <source>Alle moties van het dossier</source>
        <translation>Alle moties van het dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="198"/>
        <source>Nog geen moties in dit dossier. Die van de fracties komen in hun pakketten.</source>
        <translation>Nog geen moties in dit dossier. Die van de fracties komen in hun pakketten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="200"/>
        <source>Nog geen moties in dit dossier. Schrijf er een met Nieuw….</source>
        <translation>Nog geen moties in dit dossier. Schrijf er een met Nieuw….</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="372"/>
        <source>Motie verwijderd — Ctrl+Z maakt dit ongedaan</source>
        <translation>Motie verwijderd — Ctrl+Z maakt dit ongedaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="383"/>
        <source>Motie intrekken</source>
        <translation>Motie intrekken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="385"/>
        <source>Motie {label} intrekken? De raad ziet dat zij is ingetrokken; dit kan niet ongedaan worden gemaakt.</source>
        <translation>Motie {label} intrekken? De raad ziet dat zij is ingetrokken; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="410"/>
        <source>{label}: {status}</source>
        <translation>{label}: {status}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="412"/>
        <source>Eerdere stappen kunnen niet meer ongedaan worden gemaakt.</source>
        <translation>Eerdere stappen kunnen niet meer ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="431"/>
        <source>motie</source>
        <translation>motie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="435"/>
        <source>Motie exporteren</source>
        <translation>Motie exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/moties_pane.py" line="454"/>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="164"/>
        <source>Overzicht: standpunten per uitgangspunt en fractie</source>
        <translation>Overzicht: standpunten per uitgangspunt en fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="168"/>
        <source>Standpunten per uitgangspunt en fractie</source>
        <translation>Standpunten per uitgangspunt en fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/overview.py" line="189"/>
        <source>Klik op een vak om die annotaties te zien.</source>
        <translation>Klik op een vak om die annotaties te zien.</translation>
    </message>
</context>
<context>
    <name>Passages</name>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="24"/>
        <source>zeker</source>
        <translation>zeker</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="25"/>
        <source>waarschijnlijk</source>
        <translation>waarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="26"/>
        <source>mogelijk</source>
        <translation>mogelijk</translation>
    </message>
</context>
<context>
    <name>PassagesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="42"/>
        <source>Gerelateerde passages</source>
        <translation>Gerelateerde passages</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="49"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="50"/>
        <source>Be&amp;vestigen</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="51"/>
        <source>We&amp;ghalen</source>
        <translation>We&amp;ghalen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="76"/>
        <source>Kies een uitgangspunt.</source>
        <translation>Kies een uitgangspunt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="83"/>
        <source>Passages worden gezocht…</source>
        <translation>Passages worden gezocht…</translation>
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
        <translation>Passages over uitgangspunt {n}, best passend eerst.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/passages.py" line="130"/>
        <source>Geen duidelijke passage over uitgangspunt {n}. Selecteer tekst in een achtergronddocument en kies &apos;Koppel selectie aan het uitgangspunt&apos; om er zelf een te koppelen.</source>
        <translation>Geen duidelijke passage over uitgangspunt {n}. Selecteer tekst in een achtergronddocument en kies &apos;Koppel selectie aan het uitgangspunt&apos; om er zelf een te koppelen.</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="148"/>
        <source>Oorspronkelijke pagina&apos;s</source>
        <translation>Oorspronkelijke pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="150"/>
        <source>Oorspronkelijke pagina&apos;s van het document</source>
        <translation>Oorspronkelijke pagina&apos;s van het document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/pdf_pages.py" line="152"/>
        <source>Geen oorspronkelijke pagina&apos;s: dit document is niet uit een PDF gelezen.</source>
        <translation>Geen oorspronkelijke pagina&apos;s: dit document is niet uit een PDF gelezen.</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="33"/>
        <source>&amp;Wie gebruikt deze computer…</source>
        <translation>&amp;Wie gebruikt deze computer…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="34"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="37"/>
        <source>&amp;Groter</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="39"/>
        <source>&amp;Kleiner</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="41"/>
        <source>&amp;Standaardgrootte</source>
        <translation>&amp;Standaardgrootte</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="43"/>
        <source>&amp;Over raadsviewer</source>
        <translation>&amp;Over raadsviewer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="46"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="166"/>
        <location filename="../../raadsviewer/ui/preferences.py" line="177"/>
        <source>De opslag wordt bij de volgende start gewisseld.</source>
        <translation>De opslag wordt bij de volgende start gewisseld.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="181"/>
        <source>Geen sleutelbos</source>
        <translation>Geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="183"/>
        <source>Deze computer heeft geen sleutelbos voor het wachtwoord. Het adres is bewaard, het wachtwoord niet: zet het in ~/.pgpass (zie de handleiding).</source>
        <translation>Deze computer heeft geen sleutelbos voor het wachtwoord. Het adres is bewaard, het wachtwoord niet: zet het in ~/.pgpass (zie de handleiding).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="200"/>
        <source>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Lezen, annoteren en amenderen van een inkoopkader met de achtergronddocumenten.&lt;/p&gt;&lt;p&gt;Opslag: {store}&lt;br/&gt;Gegevensmap: {folder}&lt;br/&gt;Logbestanden: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;raadsviewer {version}&lt;/h3&gt;&lt;p&gt;Lezen, annoteren en amenderen van een inkoopkader met de achtergronddocumenten.&lt;/p&gt;&lt;p&gt;Opslag: {store}&lt;br/&gt;Gegevensmap: {folder}&lt;br/&gt;Logbestanden: {logs}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python}, Qt/PySide {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="211"/>
        <source>Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2).</source>
        <translation>Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/preferences.py" line="213"/>
        <source>Over raadsviewer</source>
        <translation>Over raadsviewer</translation>
    </message>
</context>
<context>
    <name>PrinciplesController</name>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="389"/>
        <source>&amp;Uitgangspunten aanpassen…</source>
        <translation>&amp;Uitgangspunten aanpassen…</translation>
    </message>
</context>
<context>
    <name>PrinciplesEditor</name>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="89"/>
        <source>Uitgangspunten aanpassen</source>
        <translation>Uitgangspunten aanpassen</translation>
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
        <translation>Uitgangspunten nu</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="102"/>
        <source>Tekst van het document</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="104"/>
        <source>Lijsten die de lezer overwoog</source>
        <translation>Lijsten die de lezer overwoog</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="107"/>
        <source>Voorbeeld na de correctie</source>
        <translation>Voorbeeld na de correctie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="108"/>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="306"/>
        <source>Kies een correctie: hier ziet u eerst wat de lijst wordt.</source>
        <translation>Kies een correctie: hier ziet u eerst wat de lijst wordt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="110"/>
        <source>&amp;Toepassen</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="115"/>
        <source>Correcties tot nu toe</source>
        <translation>Correcties tot nu toe</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="122"/>
        <source>&amp;Samenvoegen met het volgende</source>
        <translation>&amp;Samenvoegen met het volgende</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="123"/>
        <source>&amp;Geen uitgangspunt</source>
        <translation>&amp;Geen uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="124"/>
        <source>S&amp;plitsen bij de selectie</source>
        <translation>S&amp;plitsen bij de selectie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="125"/>
        <source>Selectie is een &amp;uitgangspunt</source>
        <translation>Selectie is een &amp;uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="126"/>
        <source>Selectie &amp;begint het volgende</source>
        <translation>Selectie &amp;begint het volgende</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="111"/>
        <source>Niet t&amp;oepassen</source>
        <translation>Niet t&amp;oepassen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="120"/>
        <source>T&amp;itel wijzigen…</source>
        <translation>T&amp;itel wijzigen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="121"/>
        <source>Nu&amp;mmer wijzigen…</source>
        <translation>Nu&amp;mmer wijzigen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="127"/>
        <source>Alles opnieuw nummer&amp;en</source>
        <translation>Alles opnieuw nummer&amp;en</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="134"/>
        <source>Deze &amp;lijst gebruiken</source>
        <translation>Deze &amp;lijst gebruiken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="147"/>
        <source>Of een andere lijst die de lezer overwoog:</source>
        <translation>Of een andere lijst die de lezer overwoog:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="152"/>
        <source>Tekst (selecteer om te markeren of te splitsen)</source>
        <translation>Tekst (selecteer om te markeren of te splitsen)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="157"/>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="164"/>
        <source>Correcties tot nu toe (Ctrl+Z maakt de laatste ongedaan)</source>
        <translation>Correcties tot nu toe (Ctrl+Z maakt de laatste ongedaan)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="174"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="220"/>
        <source> (in gebruik)</source>
        <translation> (in gebruik)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="222"/>
        <source>{rank}. {count} punten, {sure:.0%} zeker{chosen} — {reason}</source>
        <translation>{rank}. {count} punten, {sure:.0%} zeker{chosen} — {reason}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="234"/>
        <source>Aangepast: {n} correcties.</source>
        <translation>Aangepast: {n} correcties.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="236"/>
        <source>De lezer was niet zeker van deze lijst: controleer de uitgangspunten.</source>
        <translation>De lezer was niet zeker van deze lijst: controleer de uitgangspunten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="292"/>
        <source>Nieuw of gewijzigd</source>
        <translation>Nieuw of gewijzigd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="296"/>
        <source>{what}: {n} uitgangspunten, {gone} verdwijnen of veranderen (vet: nieuw of gewijzigd).</source>
        <translation>{what}: {n} uitgangspunten, {gone} verdwijnen of veranderen (vet: nieuw of gewijzigd).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="317"/>
        <source>griffie</source>
        <translation>griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="327"/>
        <source>Titel wijzigen</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="327"/>
        <source>Nieuwe titel van {n}:</source>
        <translation>Nieuwe titel van {n}:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="331"/>
        <source>Titel van {n} wijzigen</source>
        <translation>Titel van {n} wijzigen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="339"/>
        <source>Nummer wijzigen</source>
        <translation>Nummer wijzigen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="339"/>
        <source>Nieuw nummer van {n}:</source>
        <translation>Nieuw nummer van {n}:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="342"/>
        <source>Nummer van {n} wijzigen</source>
        <translation>Nummer van {n} wijzigen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="347"/>
        <source>{n} samenvoegen met het volgende</source>
        <translation>{n} samenvoegen met het volgende</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="352"/>
        <source>{n} is geen uitgangspunt</source>
        <translation>{n} is geen uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="358"/>
        <source>Kies links het uitgangspunt en selecteer in de tekst waar het nieuwe begint.</source>
        <translation>Kies links het uitgangspunt en selecteer in de tekst waar het nieuwe begint.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="361"/>
        <source>{n} splitsen</source>
        <translation>{n} splitsen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="366"/>
        <source>Selecteer eerst de tekst in het document.</source>
        <translation>Selecteer eerst de tekst in het document.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="369"/>
        <source>Selectie begint het volgende uitgangspunt</source>
        <translation>Selectie begint het volgende uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="371"/>
        <source>Selectie als uitgangspunt</source>
        <translation>Selectie als uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="376"/>
        <source>Alles opnieuw nummeren</source>
        <translation>Alles opnieuw nummeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/principles_editor.py" line="381"/>
        <source>Lijst {rank} gebruiken</source>
        <translation>Lijst {rank} gebruiken</translation>
    </message>
</context>
<context>
    <name>PrinciplesModel</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="132"/>
        <source>{faction}: {count} annotaties</source>
        <translation>{faction}: {count} annotaties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="139"/>
        <source>{count} amendementen</source>
        <translation>{count} amendementen</translation>
    </message>
</context>
<context>
    <name>PrinciplesPane</name>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="86"/>
        <location filename="../../raadsviewer/ui/reading.py" line="92"/>
        <source>Uitgangspunten</source>
        <translation>Uitgangspunten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="107"/>
        <source>Uitgangspunten ({count})</source>
        <translation>Uitgangspunten ({count})</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="125"/>
        <source>Uitgangspunten ({count}) · aangepast</source>
        <translation>Uitgangspunten ({count}) · aangepast</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="127"/>
        <source>{n} correcties van de lijst die de lezer koos (Bewerken › Uitgangspunten aanpassen).</source>
        <translation>{n} correcties van de lijst die de lezer koos (Bewerken › Uitgangspunten aanpassen).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="132"/>
        <source>Uitgangspunten ({count}) · controleren</source>
        <translation>Uitgangspunten ({count}) · controleren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/reading.py" line="135"/>
        <source>De lezer was niet zeker van deze lijst. Controleer hem via Bewerken › Uitgangspunten aanpassen.</source>
        <translation>De lezer was niet zeker van deze lijst. Controleer hem via Bewerken › Uitgangspunten aanpassen.</translation>
    </message>
</context>
<context>
    <name>ProcedureController</name>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="173"/>
        <source>&amp;Vergadergegevens…</source>
        <translation>&amp;Vergadergegevens…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="174"/>
        <source>S&amp;temming over het voorstel…</source>
        <translation>S&amp;temming over het voorstel…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="175"/>
        <source>&amp;Stemlijst exporteren…</source>
        <translation>&amp;Stemlijst exporteren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="176"/>
        <source>&amp;Zienswijze opstellen…</source>
        <translation>&amp;Zienswijze opstellen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="187"/>
        <source>Dit doet de griffie, op haar eigen opslag.</source>
        <translation>Dit doet de griffie, op haar eigen opslag.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="220"/>
        <source>Vergadergegevens opgeslagen</source>
        <translation>Vergadergegevens opgeslagen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="233"/>
        <source>stemlijst</source>
        <translation>stemlijst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="235"/>
        <source>Stemlijst exporteren</source>
        <translation>Stemlijst exporteren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="248"/>
        <location filename="../../raadsviewer/ui/procedure.py" line="281"/>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="258"/>
        <source>zienswijze</source>
        <translation>zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="262"/>
        <source>Zienswijze opslaan</source>
        <translation>Zienswijze opslaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="286"/>
        <source>het voorstel</source>
        <translation>het voorstel</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="288"/>
        <source>Nog niet gestemd over {items}: de brief zegt alleen wat de raad al besloot.</source>
        <translation>Nog niet gestemd over {items}: de brief zegt alleen wat de raad al besloot.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="303"/>
        <source>Zienswijze opgeslagen</source>
        <translation>Zienswijze opgeslagen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/procedure.py" line="295"/>
        <source>{n} notitie(s) in de concept-zienswijze staan niet in de brief: hun fractie schreef ze voor de griffie, niet openbaar. Vraag de fractie ze openbaar te maken.</source>
        <translation>{n} notitie(s) in de concept-zienswijze staan niet in de brief: hun fractie schreef ze voor de griffie, niet openbaar. Vraag de fractie ze openbaar te maken.</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="24"/>
        <source>Previous Month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="25"/>
        <source>Next Month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="26"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="22"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="27"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="28"/>
        <source>Yes to All</source>
        <translation>Ja op alles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="29"/>
        <source>No to All</source>
        <translation>Nee op alles</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="30"/>
        <source>Don&apos;t Save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/i18n.py" line="31"/>
        <source>Close without Saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="193"/>
        <source>Opslag beschadigd</source>
        <translation>Opslag beschadigd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="196"/>
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</source>
        <translation>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt ernaast bewaard, niets wordt weggegooid.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="207"/>
        <source>Back-up teruggezet</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="208"/>
        <source>De beschadigde opslag staat nu in {path}.</source>
        <translation>De beschadigde opslag staat nu in {path}.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="223"/>
        <source>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</source>
        <translation>De opslag staat in een map die met andere computers wordt gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="227"/>
        <source>De opslag staat op een netwerkschijf.</source>
        <translation>De opslag staat op een netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="231"/>
        <source>Opslag op een onveilige plek</source>
        <translation>Opslag op een onveilige plek</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="234"/>
        <source>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensbestand) en deel uw werk met pakketten.</source>
        <translation>Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensbestand) en deel uw werk met pakketten.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="24"/>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="25"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="33"/>
        <location filename="../../raadsviewer/ui/safety.py" line="42"/>
        <source>Back-up gemaakt: {path}</source>
        <translation>Back-up gemaakt: {path}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="34"/>
        <source>Back-up van de server maken…</source>
        <translation>Back-up van de server maken…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="56"/>
        <location filename="../../raadsviewer/ui/safety.py" line="63"/>
        <location filename="../../raadsviewer/ui/safety.py" line="73"/>
        <location filename="../../raadsviewer/ui/safety.py" line="84"/>
        <location filename="../../raadsviewer/ui/safety.py" line="118"/>
        <location filename="../../raadsviewer/ui/safety.py" line="137"/>
        <source>Back-up terugzetten</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="56"/>
        <source>Er zijn nog geen back-ups.</source>
        <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="65"/>
        <source>Een ander raadsviewer-venster heeft deze opslag open. Sluit dat eerst: het zou verder schrijven in de opslag die nu opzij wordt gezet, en dat werk zou u niet meer zien.</source>
        <translation>Een ander raadsviewer-venster heeft deze opslag open. Sluit dat eerst: het zou verder schrijven in de opslag die nu opzij wordt gezet, en dat werk zou u niet meer zien.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="86"/>
        <source>De opslag gaat terug naar de back-up van {when}: wat na dat moment is gedaan, staat dan niet meer in het venster. De opslag zoals hij nu is, wordt eerst als back-up bewaard. Doorgaan?</source>
        <translation>De opslag gaat terug naar de back-up van {when}: wat na dat moment is gedaan, staat dan niet meer in het venster. De opslag zoals hij nu is, wordt eerst als back-up bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="114"/>
        <source>Een ander bestand…</source>
        <translation>Een ander bestand…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="119"/>
        <source>Welke back-up van de server? De opslag zoals hij nu is, wordt eerst zelf bewaard.</source>
        <translation>Welke back-up van de server? De opslag zoals hij nu is, wordt eerst zelf bewaard.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="128"/>
        <source>Back-up kiezen</source>
        <translation>Back-up kiezen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="128"/>
        <source>Back-ups van PostgreSQL (*.dump)</source>
        <translation>Back-ups van PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="139"/>
        <source>De opslag op de server {server} wordt vervangen door {file}. Vraag collega&apos;s die ermee werken eerst het programma te sluiten. Doorgaan?</source>
        <translation>De opslag op de server {server} wordt vervangen door {file}. Vraag collega&apos;s die ermee werken eerst het programma te sluiten. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="150"/>
        <source>Back-up {file} teruggezet</source>
        <translation>Back-up {file} teruggezet</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="155"/>
        <source>Back-up terugzetten op de server…</source>
        <translation>Back-up terugzetten op de server…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="160"/>
        <source>dagelijks</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="161"/>
        <source>voor samenvoegen</source>
        <translation>voor samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="162"/>
        <source>voor bijwerken</source>
        <translation>voor bijwerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="163"/>
        <source>voor terugzetten</source>
        <translation>voor terugzetten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="164"/>
        <source>handmatig</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="74"/>
        <source>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</source>
        <translation>Welke back-up? De huidige opslag wordt eerst zelf bewaard.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/safety.py" line="100"/>
        <source>Back-up van {when} teruggezet</source>
        <translation>Back-up van {when} teruggezet</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="267"/>
        <source>&amp;Zoeken in het dossier…</source>
        <translation>&amp;Zoeken in het dossier…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="269"/>
        <source>Zoeken in dit &amp;document…</source>
        <translation>Zoeken in dit &amp;document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="272"/>
        <source>Volgende &amp;treffer</source>
        <translation>Volgende &amp;treffer</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="276"/>
        <source>Vor&amp;ige treffer</source>
        <translation>Vor&amp;ige treffer</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="81"/>
        <source>Zoekvraag</source>
        <translation>Zoekvraag</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="82"/>
        <source>Zoek in documenten, annotaties en amendementen</source>
        <translation>Zoek in documenten, annotaties en amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="77"/>
        <source>Zoeken in het dossier</source>
        <translation>Zoeken in het dossier</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="85"/>
        <source>Zoekresultaten</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="129"/>
        <source>Annotaties en amendementen</source>
        <translation>Annotaties en amendementen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="130"/>
        <source> — uitgangspunt {n}</source>
        <translation> — uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="137"/>
        <source>p. {n}</source>
        <translation>p. {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="144"/>
        <source>Niets gevonden. Probeer minder of andere woorden.</source>
        <translation>Niets gevonden. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="147"/>
        <source>{n} resultaten</source>
        <translation>{n} resultaten</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/search.py" line="147"/>
        <source>1 resultaat</source>
        <translation>1 resultaat</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="67"/>
        <source>Verbinden met de server</source>
        <translation>Verbinden met de server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="83"/>
        <source>Verbinden met de server {server}…</source>
        <translation>Verbinden met de server {server}…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="104"/>
        <source>Verbonden met de server {server}</source>
        <translation>Verbonden met de server {server}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="111"/>
        <location filename="../../raadsviewer/ui/server_start.py" line="115"/>
        <source>Geen verbinding met de server</source>
        <translation>Geen verbinding met de server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/server_start.py" line="116"/>
        <source>Opnieuw proberen, of het programma sluiten?</source>
        <translation>Opnieuw proberen, of het programma sluiten?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="49"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="59"/>
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="61"/>
        <source>Uw naam</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="66"/>
        <source>Lettergrootte</source>
        <translation>Lettergrootte</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="68"/>
        <source>Thema</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="69"/>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="75"/>
        <source>Volgt het systeem</source>
        <translation>Volgt het systeem</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="70"/>
        <source>Licht</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="71"/>
        <source>Donker</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="74"/>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="81"/>
        <source>Gegevensbestand</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="82"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="87"/>
        <source>Op deze &amp;computer (een bestand)</source>
        <translation>Op deze &amp;computer (een bestand)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="88"/>
        <source>Op een &amp;server (PostgreSQL, voor de griffie)</source>
        <translation>Op een &amp;server (PostgreSQL, voor de griffie)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="90"/>
        <source>postgresql+psycopg://gebruiker@server/database?schema=gemeente</source>
        <translation>postgresql+psycopg://gebruiker@server/database?schema=gemeente</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="91"/>
        <source>Adres van de server</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="94"/>
        <source>leeg laten: uit de sleutelbos of ~/.pgpass</source>
        <translation>leeg laten: uit de sleutelbos of ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="95"/>
        <source>Wachtwoord van de server</source>
        <translation>Wachtwoord van de server</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="103"/>
        <source>&amp;Fractie:</source>
        <translation>&amp;Fractie:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="104"/>
        <source>Uw &amp;naam:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="105"/>
        <source>&amp;Lettergrootte:</source>
        <translation>&amp;Lettergrootte:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="106"/>
        <source>T&amp;hema:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="107"/>
        <source>T&amp;aal:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="108"/>
        <source>Opslag:</source>
        <translation>Opslag:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="109"/>
        <source>&amp;Gegevensbestand:</source>
        <translation>&amp;Gegevensbestand:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="113"/>
        <source>A&amp;dres:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="116"/>
        <source>Wachtwoo&amp;rd:</source>
        <translation>Wachtwoo&amp;rd:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="122"/>
        <source>Taal en opslag gaan in bij de volgende start. Het wachtwoord van de server wordt in de sleutelbos van het systeem bewaard, nooit in de instellingen.</source>
        <translation>Taal en opslag gaan in bij de volgende start. Het wachtwoord van de server wordt in de sleutelbos van het systeem bewaard, nooit in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/settings_dialog.py" line="148"/>
        <source>Gegevensmap kiezen</source>
        <translation>Gegevensmap kiezen</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="58"/>
        <source>Steun</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="59"/>
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="60"/>
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="61"/>
        <source>Bezwaar</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="62"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="79"/>
        <source>Annotatie toevoegen</source>
        <translation>Annotatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="151"/>
        <source>Annotatie bewerken</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="170"/>
        <source>Niet ongedaan gemaakt: de notitie blijft zo</source>
        <translation>Niet ongedaan gemaakt: de notitie blijft zo</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="207"/>
        <source>Annotatie verwijderen</source>
        <translation>Annotatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="221"/>
        <source>Annotatie teruggezet</source>
        <translation>Annotatie teruggezet</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="231"/>
        <source>Annotatie intrekken</source>
        <translation>Annotatie intrekken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="377"/>
        <source>Amendement toevoegen</source>
        <translation>Amendement toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="382"/>
        <source>Amendement bewerken</source>
        <translation>Amendement bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="387"/>
        <source>Amendement verwijderen</source>
        <translation>Amendement verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="392"/>
        <source>Motie toevoegen</source>
        <translation>Motie toevoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="397"/>
        <source>Motie bewerken</source>
        <translation>Motie bewerken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="402"/>
        <source>Motie verwijderen</source>
        <translation>Motie verwijderen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="410"/>
        <source>Opnemen in concept-zienswijze</source>
        <translation>Opnemen in concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="412"/>
        <source>Niet opnemen in concept-zienswijze</source>
        <translation>Niet opnemen in concept-zienswijze</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="428"/>
        <source>Niet meer in de concept-zienswijze.</source>
        <translation>Niet meer in de concept-zienswijze.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="431"/>
        <source>Opgenomen in de concept-zienswijze. Deze notitie is voor de griffie, niet openbaar: in de brief komt ze pas als haar fractie haar openbaar maakt.</source>
        <translation>Opgenomen in de concept-zienswijze. Deze notitie is voor de griffie, niet openbaar: in de brief komt ze pas als haar fractie haar openbaar maakt.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="439"/>
        <source>Opgenomen in de concept-zienswijze.</source>
        <translation>Opgenomen in de concept-zienswijze.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="453"/>
        <source>Pakketten samenvoegen</source>
        <translation>Pakketten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="463"/>
        <source>Opnieuw samengevoegd: het pakket.</source>
        <translation>Opnieuw samengevoegd: het pakket.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="465"/>
        <source>Opnieuw samengevoegd: {n} pakketten.</source>
        <translation>Opnieuw samengevoegd: {n} pakketten.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="476"/>
        <source>Samenvoegen ongedaan gemaakt: het pakket is teruggedraaid.</source>
        <translation>Samenvoegen ongedaan gemaakt: het pakket is teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="478"/>
        <source>Samenvoegen ongedaan gemaakt: {n} pakketten teruggedraaid.</source>
        <translation>Samenvoegen ongedaan gemaakt: {n} pakketten teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="492"/>
        <source>Conflict oplossen</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="507"/>
        <source>Het conflict is opnieuw opgelost.</source>
        <translation>Het conflict is opnieuw opgelost.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/undo.py" line="517"/>
        <source>Keuze ongedaan gemaakt: het conflict staat weer open.</source>
        <translation>Keuze ongedaan gemaakt: het conflict staat weer open.</translation>
    </message>
</context>
<context>
    <name>VersionReviewDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="147"/>
        <source>Nieuwe versie: controle</source>
        <translation>Nieuwe versie: controle</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="152"/>
        <location filename="../../raadsviewer/ui/versions.py" line="188"/>
        <source>Verschillen per uitgangspunt</source>
        <translation>Verschillen per uitgangspunt</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="154"/>
        <source>toegevoegd</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="155"/>
        <source>vervallen</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="156"/>
        <source>anders geformuleerd</source>
        <translation>anders geformuleerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="165"/>
        <source>Uitgangspunt {n}</source>
        <translation>Uitgangspunt {n}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="167"/>
        <source>Geen uitgangspunten gewijzigd.</source>
        <translation>Geen uitgangspunten gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="170"/>
        <source>Verplaatste en verweesde items</source>
        <translation>Verplaatste en verweesde items</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="173"/>
        <source>ongewijzigd</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="174"/>
        <source>verplaatst</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="175"/>
        <source>bij benadering</source>
        <translation>bij benadering</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="176"/>
        <source>niet teruggevonden</source>
        <translation>niet teruggevonden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="183"/>
        <source>Overeenkomst met de oude tekst: {score:.0%}</source>
        <translation>Overeenkomst met de oude tekst: {score:.0%}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="185"/>
        <source>&amp;Gecontroleerd</source>
        <translation>&amp;Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="190"/>
        <source>Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt</source>
        <translation>Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt</translation>
    </message>
</context>
<context>
    <name>VersionsController</name>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="41"/>
        <source>Nieuwe &amp;versie van een document…</source>
        <translation>Nieuwe &amp;versie van een document…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="52"/>
        <location filename="../../raadsviewer/ui/versions.py" line="85"/>
        <location filename="../../raadsviewer/ui/versions.py" line="92"/>
        <location filename="../../raadsviewer/ui/versions.py" line="96"/>
        <source>Document importeren</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="53"/>
        <source>Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)</source>
        <translation>Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="70"/>
        <source>Document importeren…</source>
        <translation>Document importeren…</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="77"/>
        <source>{title} ingelezen: {p} uitgangspunten, {s} secties</source>
        <translation>{title} ingelezen: {p} uitgangspunten, {s} secties</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="96"/>
        <source>Onverwachte fout bij importeren: {e}</source>
        <translation>Onverwachte fout bij importeren: {e}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="107"/>
        <location filename="../../raadsviewer/ui/versions.py" line="119"/>
        <source>Nieuwe versie importeren</source>
        <translation>Nieuwe versie importeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="108"/>
        <source>Van welk document is dit een nieuwe versie?</source>
        <translation>Van welk document is dit een nieuwe versie?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="120"/>
        <source>Documenten (*.txt *.md *.pdf *.docx)</source>
        <translation>Documenten (*.txt *.md *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/versions.py" line="129"/>
        <source>Nieuwe versie importeren…</source>
        <translation>Nieuwe versie importeren…</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="69"/>
        <source>Privé</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="70"/>
        <source>Fractie</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="71"/>
        <source>Griffie</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/models.py" line="72"/>
        <source>Openbaar</source>
        <translation>Openbaar</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="48"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="59"/>
        <source>aangenomen</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="49"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="60"/>
        <source>verworpen</source>
        <translation>verworpen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="50"/>
        <source>ingetrokken</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="51"/>
        <source>aangehouden</source>
        <translation>aangehouden</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="52"/>
        <source>ingediend</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="53"/>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="61"/>
        <source>de stemmen staken: niet aangenomen (Gemeentewet art. 32, lid 5)</source>
        <translation>de stemmen staken: niet aangenomen (Gemeentewet art. 32, lid 5)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="64"/>
        <source>de stemmen staken: de beslissing gaat naar de volgende vergadering (Gemeentewet art. 32, lid 4)</source>
        <translation>de stemmen staken: de beslissing gaat naar de volgende vergadering (Gemeentewet art. 32, lid 4)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="67"/>
        <source>geen geldige stemming: niet meer dan de helft stemde (Gemeentewet art. 29)</source>
        <translation>geen geldige stemming: niet meer dan de helft stemde (Gemeentewet art. 29)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="70"/>
        <source>niet te tellen: de zetels van de fracties zijn onbekend</source>
        <translation>niet te tellen: de zetels van de fracties zijn onbekend</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="71"/>
        <source>aangenomen zonder stemming</source>
        <translation>aangenomen zonder stemming</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="531"/>
        <source>voor</source>
        <translation>voor</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="533"/>
        <source>tegen</source>
        <translation>tegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="538"/>
        <source>verdeeld, {voor} voor en {tegen} tegen</source>
        <translation>verdeeld, {voor} voor en {tegen} tegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="546"/>
        <source>{n} afwezig</source>
        <translation>{n} afwezig</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="199"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="231"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="509"/>
        <source>het voorstel</source>
        <translation>het voorstel</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="200"/>
        <source>Stemming over {label}</source>
        <translation>Stemming over {label}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="217"/>
        <source>De vorige stemming besliste niet; dit is de herstemming. Staken de stemmen nu, dan is het niet aangenomen (Gemeentewet art. 32, lid 5).</source>
        <translation>De vorige stemming besliste niet; dit is de herstemming. Staken de stemmen nu, dan is het niet aangenomen (Gemeentewet art. 32, lid 5).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="252"/>
        <source>Verdeeld: vul per kant het aantal leden in, of hun namen met komma&apos;s ertussen (hoofdelijke stemming). Een fractie zonder stem telt als afwezig.</source>
        <translation>Verdeeld: vul per kant het aantal leden in, of hun namen met komma&apos;s ertussen (hoofdelijke stemming). Een fractie zonder stem telt als afwezig.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="260"/>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="261"/>
        <source>volgens de stemmen</source>
        <translation>volgens de stemmen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="327"/>
        <source>Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen, {absent} afwezig).</source>
        <translation>Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen, {absent} afwezig).</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="266"/>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="92"/>
        <source>Stem van {faction}</source>
        <translation>Stem van {faction}</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="95"/>
        <source>voor</source>
        <translation>voor</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="96"/>
        <source>tegen</source>
        <translation>tegen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="97"/>
        <source>verdeeld</source>
        <translation>verdeeld</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="101"/>
        <source>{faction}: voor (aantal of namen)</source>
        <translation>{faction}: voor (aantal of namen)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="103"/>
        <source>voor: aantal of namen</source>
        <translation>voor: aantal of namen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="106"/>
        <source>{faction}: tegen (aantal of namen)</source>
        <translation>{faction}: tegen (aantal of namen)</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="108"/>
        <source>tegen: aantal of namen</source>
        <translation>tegen: aantal of namen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="114"/>
        <source>{faction}: afwezig</source>
        <translation>{faction}: afwezig</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="116"/>
        <source> afwezig</source>
        <translation> afwezig</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="145"/>
        <source>geheel afwezig</source>
        <translation>geheel afwezig</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="224"/>
        <source>De vorige stemming is &amp;verkeerd ingevoerd: dit is geen herstemming</source>
        <translation>De vorige stemming is &amp;verkeerd ingevoerd: dit is geen herstemming</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="234"/>
        <source>Deze uitslag is teruggenomen toen die van {item} werd gecorrigeerd. De stemmen van toen staan ingevuld: kijk ze na en leg de stemming opnieuw vast.</source>
        <translation>Deze uitslag is teruggenomen toen die van {item} werd gecorrigeerd. De stemmen van toen staan ingevuld: kijk ze na en leg de stemming opnieuw vast.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="318"/>
        <source>Nog geen stemmen ingevuld.</source>
        <translation>Nog geen stemmen ingevuld.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="351"/>
        <source>Niet elke fractie heeft een stem</source>
        <translation>Niet elke fractie heeft een stem</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="352"/>
        <source>Van {factions} is geen stem ingevuld: zij tellen als geheel afwezig. Zo vastleggen?</source>
        <translation>Van {factions} is geen stem ingevuld: zij tellen als geheel afwezig. Zo vastleggen?</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="436"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="487"/>
        <source>Het voorstel</source>
        <translation>Het voorstel</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="438"/>
        <source>{item}: de stemming besliste niet; er volgt een herstemming.</source>
        <translation>{item}: de stemming besliste niet; er volgt een herstemming.</translation>
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
        <translation>{item} is op deze laptop als {status} vastgelegd. Was dat een vergissing? Dan staat {item} weer als {before} op de stemlijst, en brengt het volgende dossier dat ook naar de fracties.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="465"/>
        <source>Terugnemen</source>
        <translation>Terugnemen</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="488"/>
        <source>{item} is {status}, met deze stemmen:
{votes}

Was dat een vergissing? Wat u nu vastlegt, vervangt deze uitslag.</source>
        <translation>{item} is {status}, met deze stemmen:
{votes}

Was dat een vergissing? Wat u nu vastlegt, vervangt deze uitslag.</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="495"/>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="513"/>
        <source>Uitslag corrigeren</source>
        <translation>Uitslag corrigeren</translation>
    </message>
    <message>
        <location filename="../../raadsviewer/ui/vote_dialog.py" line="514"/>
        <source>Op deze uitslag volgt die van {labels}. Die uitslag(en) worden dan ook teruggenomen en moeten opnieuw in stemming; hun stemmen blijven ingevuld om na te kijken. Doorgaan?</source>
        <translation>Op deze uitslag volgt die van {labels}. Die uitslag(en) worden dan ook teruggenomen en moeten opnieuw in stemming; hun stemmen blijven ingevuld om na te kijken. Doorgaan?</translation>
    </message>
</context>
</TS>
