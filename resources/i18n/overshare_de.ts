<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="27" />
            <source>About Overshare</source>
            <translation>Über Overshare</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="34" />
            <source>Policy data: %1 documents, last checked %2; the newest took effect on %3.</source>
            <translation>Richtliniendaten: %1 Dokumente, zuletzt geprüft am %2; das neueste gilt seit %3.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="43" />
            <source>Shows which of your social-media data the platforms may use to train AI, share or use for ads, and helps you opt out. Everything stays on this computer.</source>
            <translation>Zeigt, welche Ihrer Social-Media-Daten die Plattformen für KI-Training, zur Weitergabe oder für Werbung nutzen dürfen, und hilft Ihnen beim Widerspruch. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="51" />
            <source>Built with Python %1, Qt %2 and PySide6 %3 (LGPLv3), SQLCipher (BSD), orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) and cryptography (Apache-2.0/BSD). Qt and PySide6 are used under the GNU LGPL version 3; their source is available from qt.io.</source>
            <translation>Erstellt mit Python %1, Qt %2 und PySide6 %3 (LGPLv3), SQLCipher (BSD), orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) und cryptography (Apache-2.0/BSD). Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet; ihr Quellcode ist bei qt.io erhältlich.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="81" />
            <source>Your exposure</source>
            <translation>Was mit Ihren Daten geschehen darf</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="83" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="219" />
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="91" />
            <source>Opens the opt-out wizard at the first step whose policy changed</source>
            <translation>Öffnet den Opt-out-Assistenten beim ersten Schritt, dessen Richtlinie sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="99" />
            <source>Nothing imported yet.</source>
            <translation>Noch nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="100" />
            <source>Open an archive or try the demo…</source>
            <translation>Öffnen Sie ein Archiv oder probieren Sie die Demo aus…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>Items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>in your library</source>
            <translation>in Ihrer Bibliothek</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="116" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="157" />
            <source>Allowed now</source>
            <translation>Derzeit erlaubt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="117" />
            <source>a platform may use them for AI, sharing or ads</source>
            <translation>eine Plattform darf sie für KI, Weitergabe oder Werbung nutzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="121" />
            <source>May already have been used</source>
            <translation>Möglicherweise schon genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="122" />
            <source>opting out does not undo past use</source>
            <translation>ein Widerspruch macht frühere Nutzung nicht rückgängig</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="159" />
            <source>Uncertain</source>
            <translation>Unklar</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <source>depends on facts we do not know</source>
            <translation>hängt von Umständen ab, die wir nicht kennen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="135" />
            <source>By platform (each item counted once)</source>
            <translation>Nach Plattform (jeder Eintrag einmal gezählt)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="137" />
            <source>Items per platform by exposure</source>
            <translation>Einträge je Plattform nach Nutzung</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="141" />
            <source>Things you can do now</source>
            <translation>Was Sie jetzt tun können</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="146" />
            <source>What each use covers</source>
            <translation>Was jede Nutzung umfasst</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="149" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="156" />
            <source>Use</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="158" />
            <source>Blocked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="160" />
            <source>Not used</source>
            <translation>Nicht genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="169" />
            <source>Items per use and status; activate a count to list them</source>
            <translation>Einträge je Nutzung und Status; aktivieren Sie eine Zahl, um sie aufzulisten</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="184" />
            <source>Click a count to list those items.</source>
            <translation>Klicken Sie auf eine Zahl, um diese Einträge aufzulisten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review 1 opt-out step</source>
            <translation>1 Opt-out-Schritt überprüfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review %1 opt-out steps</source>
            <translation>%1 Opt-out-Schritte überprüfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="253" />
            <source>where you live</source>
            <translation>Ihren Wohnort</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="255" />
            <source>your birth year</source>
            <translation>Ihr Geburtsjahr</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="257" />
            <source> Set %1 in Settings for surer answers.</source>
            <translation> Geben Sie in den Einstellungen %1 an, um sicherere Antworten zu erhalten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="262" />
            <source>%1 from %2.</source>
            <translation>%1 aus %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="290" />
            <source>All platforms</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="308" />
            <source>No setting change would reduce your exposure further.</source>
            <translation>Keine Änderung an den Einstellungen würde die Nutzung Ihrer Daten weiter verringern.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="324" />
            <source>Would cover %1 that are still exposed.</source>
            <translation>Würde %1 erfassen, die noch genutzt werden dürfen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="330" />
            <source>Show me how</source>
            <translation>Anleitung anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="331" />
            <source>Show me how to change %1</source>
            <translation>Anleitung zum Ändern von „%1“ anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="368" />
            <source>List these items</source>
            <translation>Diese Einträge auflisten</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="21" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="29" />
            <source>Your archive was not changed. You can copy the details for a bug report.</source>
            <translation>Ihr Archiv wurde nicht verändert. Sie können die Details für einen Fehlerbericht kopieren.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="35" />
            <source>Technical details</source>
            <translation>Technische Details</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="40" />
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Show details</source>
            <translation>Details anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="41" />
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Hide details</source>
            <translation>Details ausblenden</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="80" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="84" />
            <source>Report format</source>
            <translation>Berichtsformat</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="88" />
            <source>Share-safe edition (redacted)</source>
            <translation>Zum Teilen geeignete Fassung (geschwärzt)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="92" />
            <source>Counts, categories, verdicts, dates and your opt-out checklist only: no item text, handles, names, ids or links to your content.</source>
            <translation>Nur Zahlen, Kategorien, Bewertungen, Daten und Ihre Opt-out-Checkliste: keine Texte, Nutzernamen, Namen, IDs oder Links zu Ihren Inhalten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="97" />
            <source>Destination file</source>
            <translation>Zieldatei</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="99" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="100" />
            <source>Choose the destination file</source>
            <translation>Zieldatei auswählen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="107" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="109" />
            <source>Save to</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="117" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="146" />
            <source>Save report as</source>
            <translation>Bericht speichern unter</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="158" />
            <source>Replace file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="159" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ist bereits vorhanden. Ersetzen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="179" />
            <source>The folder {f} does not exist.</source>
            <translation>Der Ordner {f} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="185" />
            <source>The report could not be written</source>
            <translation>Der Bericht konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="200" />
            <source>Preparing…</source>
            <translation>Wird vorbereitet…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="219" />
            <source>Saved {path}: {n} items, {e} exposed now.</source>
            <translation>{path} gespeichert: {n} Einträge, {e} derzeit zur Nutzung freigegeben.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="223" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="233" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="37" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="38" />
            <source>Web page, one file (*.html)</source>
            <translation>Webseite, eine Datei (*.html)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="39" />
            <source>Spreadsheet, one row per item (*.csv)</source>
            <translation>Tabelle, eine Zeile pro Eintrag (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="40" />
            <source>JSON for other tools (*.json)</source>
            <translation>JSON für andere Programme (*.json)</translation>
        </message>
    </context>
    <context>
        <name>GroupSummaryDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="44" />
            <source>Export anonymous group summary</source>
            <translation>Anonyme Gruppenzusammenfassung exportieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="48" />
            <source>Hand this file to the workshop facilitator: it holds counts only (how many items of each kind, how many each policy may use, which settings would help) and the first and last year of your data. No posts, messages, names, ids, file names or exact dates. This is exactly what will be saved:</source>
            <translation>Geben Sie diese Datei der Workshop-Leitung: Sie enthält nur Zahlen (wie viele Einträge jeder Art, wie viele jede Richtlinie nutzen darf, welche Einstellungen helfen würden) sowie das erste und letzte Jahr Ihrer Daten. Keine Beiträge, Nachrichten, Namen, IDs, Dateinamen oder genauen Daten. Genau das wird gespeichert:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="56" />
            <source>Counting your items…</source>
            <translation>Ihre Einträge werden gezählt…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="61" />
            <source>Summary contents</source>
            <translation>Inhalt der Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="63" />
            <source>The file that will be saved, as text: counts only</source>
            <translation>Die Datei, die gespeichert wird, als Text: nur Zahlen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="69" />
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="71" />
            <source>Save the summary to a file</source>
            <translation>Zusammenfassung in einer Datei speichern</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="74" />
            <source>Close without saving</source>
            <translation>Schließen ohne zu speichern</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="89" />
            <source>The summary could not be made</source>
            <translation>Die Zusammenfassung konnte nicht erstellt werden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="99" />
            <source>Counts for %1 from %2.</source>
            <translation>Zahlen für %1 aus %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="100" />
            <source>no platform</source>
            <translation>keine Plattform</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="103" />
            <source>Years %1 to %2.</source>
            <translation>Jahre %1 bis %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="105" />
            <source>Region: %1.</source>
            <translation>Region: %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="110" />
            <source>Nothing to summarise yet: open an archive first.</source>
            <translation>Noch nichts zusammenzufassen: Öffnen Sie zuerst ein Archiv.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="115" />
            <source>Save anonymous group summary</source>
            <translation>Anonyme Gruppenzusammenfassung speichern</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="118" />
            <source>Workshop summary (*.json)</source>
            <translation>Workshop-Zusammenfassung (*.json)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="135" />
            <source>%1 could not be saved (%2).</source>
            <translation>%1 konnte nicht gespeichert werden (%2).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="137" />
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="123" />
            <source>Archive health</source>
            <translation>Archivzustand</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="126" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="148" />
            <source>Items per kind</source>
            <translation>Einträge nach Art</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="149" />
            <source>Archive files</source>
            <translation>Archivdateien</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="186" />
            <source>Last attempt (nothing stored)</source>
            <translation>Letzter Versuch (nichts gespeichert)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="188" />
            <source>import %1</source>
            <translation>Import %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="215" />
            <source>No archive imported yet.</source>
            <translation>Noch kein Archiv importiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="216" />
            <source>Open an archive to see which files were read.</source>
            <translation>Öffnen Sie ein Archiv, um zu sehen, welche Dateien gelesen wurden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="222" />
            <source>%1 found</source>
            <translation>%1 gefunden</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="225" />
            <source>%1 files read, %2 skipped, %3 not recognised, %4 failed</source>
            <translation>%1 Dateien gelesen, %2 übersprungen, %3 nicht erkannt, %4 fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="239" />
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="240" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="241" />
            <source>not recognised</source>
            <translation>nicht erkannt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="242" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="260" />
            <source>Dates covered: %1 to %2</source>
            <translation>Zeitraum: %1 bis %2</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="269" />
            <source>your account</source>
            <translation>Ihr Konto</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>protected</source>
            <translation>geschützt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>public</source>
            <translation>öffentlich</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="272" />
            <source>public or protected: not stated in the archive</source>
            <translation>öffentlich oder geschützt: im Archiv nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="276" />
            <source>This import was cancelled; nothing from it was kept.</source>
            <translation>Dieser Import wurde abgebrochen; nichts davon wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="41" />
            <source>%1 record</source>
            <translation>%1 Datensatz</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="42" />
            <source>%1 row</source>
            <translation>%1 Zeile</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="43" />
            <source>%1 records</source>
            <translation>%1 Datensätze</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="44" />
            <source>%1 rows</source>
            <translation>%1 Zeilen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="46" />
            <source>%1 records; Overshare does not turn this file into items</source>
            <translation>%1 Datensätze; Overshare macht aus dieser Datei keine Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="47" />
            <source>%1 long-post bodies, joined to their posts</source>
            <translation>%1 Texte langer Beiträge, mit ihren Beiträgen zusammengeführt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="48" />
            <source>%1 malformed records skipped</source>
            <translation>%1 fehlerhafte Datensätze übersprungen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="49" />
            <source>archive manifest listing %1 data files</source>
            <translation>Verzeichnis des Archivs mit %1 Datendateien</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="50" />
            <source>%1 files of X's offline viewer, not read</source>
            <translation>%1 Dateien des Offline-Betrachters von X, nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="52" />
            <source>%1 media or viewer files (%2 bytes), not read</source>
            <translation>%1 Medien- oder Betrachterdateien (%2 Byte), nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="53" />
            <source>%1 more files Overshare does not read</source>
            <translation>%1 weitere Dateien, die Overshare nicht liest</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="54" />
            <source>not a file Overshare reads</source>
            <translation>keine Datei, die Overshare liest</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="55" />
            <source>empty file</source>
            <translation>leere Datei</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="57" />
            <source>no protect/unprotect action recorded; visibility unknown</source>
            <translation>kein Schützen/Freigeben verzeichnet; Sichtbarkeit unbekannt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="59" />
            <source>posts public since %1 (protected-history.js)</source>
            <translation>Beiträge öffentlich seit %1 (protected-history.js)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="61" />
            <source>posts protected since %1 (protected-history.js)</source>
            <translation>Beiträge geschützt seit %1 (protected-history.js)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="63" />
            <source>an HTML page; Overshare reads the JSON format</source>
            <translation>eine HTML-Seite; Overshare liest das JSON-Format</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="65" />
            <source>placeholder: the export had no data of this type</source>
            <translation>Platzhalter: der Export enthielt keine Daten dieser Art</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="66" />
            <source>the same file is also in %1; read once</source>
            <translation>dieselbe Datei liegt auch in %1; einmal gelesen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="68" />
            <source>the Complete archive in this import holds the same file</source>
            <translation>das vollständige Archiv in diesem Import enthält dieselbe Datei</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="69" />
            <source>X's own description of the archive's files</source>
            <translation>die Beschreibung der Archivdateien durch X selbst</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="70" />
            <source>listed, not turned into items</source>
            <translation>aufgeführt, nicht in Einträge umgewandelt</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="25" />
            <location filename="../../app/gui/pages/import_page.py" line="65" />
            <source>Reading your archive</source>
            <translation>Ihr Archiv wird gelesen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="31" />
            <source>Everything happens on this computer. Nothing is uploaded.</source>
            <translation>Alles geschieht auf diesem Computer. Nichts wird hochgeladen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="35" />
            <source>Current file</source>
            <translation>Aktuelle Datei</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="37" />
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="38" />
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="45" />
            <source>Choose another archive</source>
            <translation>Anderes Archiv wählen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="69" />
            <source>Opening…</source>
            <translation>Wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="73" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="31" />
            <source>Take back what you can</source>
            <translation>Holen Sie sich zurück, was möglich ist</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="34" />
            <source>For each platform, the wizard shows only the steps that exist where you live: what each one stops, what it cannot stop, and where to find it.</source>
            <translation>Für jede Plattform zeigt der Assistent nur die Schritte, die es dort gibt, wo Sie leben: was jeder Schritt stoppt, was er nicht stoppen kann und wo Sie ihn finden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="41" />
            <source>Opting out stops future use only: nothing here removes your data from AI models that were already trained. Your answers are saved on this computer with their date and update your exposure at once.</source>
            <translation>Ein Opt-out stoppt nur die künftige Nutzung: Nichts hier entfernt Ihre Daten aus bereits trainierten KI-Modellen. Ihre Antworten werden mit Datum auf diesem Computer gespeichert und aktualisieren sofort, was mit Ihren Daten geschehen darf.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="57" />
            <source>Where you live</source>
            <translation>Wohnort</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="59" />
            <source>Opt-out rights differ by region; this is also saved in Settings.</source>
            <translation>Widerspruchsrechte unterscheiden sich je nach Region; dies wird auch in den Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="61" />
            <source>Choose where you live…</source>
            <translation>Wählen Sie Ihren Wohnort…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="66" />
            <source>Where you live:</source>
            <translation>Wohnort:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="69" />
            <source>Platforms to go through:</source>
            <translation>Zu bearbeitende Plattformen:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="83" />
            <source>Platforms you imported are ticked. Threads steps come with Instagram.</source>
            <translation>Importierte Plattformen sind angehakt. Die Schritte für Threads gehören zu Instagram.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="85" />
            <source>Nothing is imported yet, so every platform is ticked.</source>
            <translation>Noch ist nichts importiert, daher sind alle Plattformen angehakt.</translation>
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="69" />
            <source>Item details</source>
            <translation>Eintragsdetails</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="93" />
            <source>This item is no longer in your library.</source>
            <translation>Dieser Eintrag ist nicht mehr in Ihrer Bibliothek.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="107" />
            <source>{0} on {1}</source>
            <translation>{0} auf {1}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="110" />
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="114" />
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Show original record</source>
            <translation>Originaldatensatz anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="129" />
            <source>No policy clause we know of covers this item.</source>
            <translation>Keine uns bekannte Richtlinienklausel erfasst diesen Eintrag.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="140" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="144" />
            <source>Visibility:</source>
            <translation>Sichtbarkeit:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="146" />
            <source>Refers to:</source>
            <translation>Bezieht sich auf:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="148" />
            <source>Media:</source>
            <translation>Medien:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="150" />
            <source>{0} › {1}, record {2}</source>
            <translation>{0} › {1}, Datensatz {2}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="151" />
            <source>From:</source>
            <translation>Von:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Hide original record</source>
            <translation>Originaldatensatz ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="126" />
            <source>What this item may be used for</source>
            <translation>Wofür dieser Eintrag genutzt werden darf</translation>
        </message>
    </context>
    <context>
        <name>ItemFilterBar</name>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="62" />
            <source>Search your posts, messages and more…</source>
            <translation>Beiträge, Nachrichten und mehr durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="64" />
            <source>Search items</source>
            <translation>Einträge durchsuchen</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From: any date</source>
            <translation>Von: beliebiges Datum</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To: any date</source>
            <translation>Bis: beliebiges Datum</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="94" />
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="33" />
            <source>All platforms</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="34" />
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="35" />
            <source>Any use</source>
            <translation>Jede Nutzung</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="36" />
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="37" />
            <source>Any visibility</source>
            <translation>Jede Sichtbarkeit</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="237" />
            <source>This column cannot be sorted</source>
            <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="251" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Visibility</source>
            <translation>Sichtbarkeit</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Exposure</source>
            <translation>Nutzung</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="88" />
            <source>Your items</source>
            <translation>Ihre Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="92" />
            <source>Number of items shown</source>
            <translation>Anzahl der angezeigten Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="113" />
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="160" />
            <source>Items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="250" />
            <source>Could not read your library: {0}</source>
            <translation>Ihre Bibliothek konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="254" />
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="258" />
            <source>1 item</source>
            <translation>1 Eintrag</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="260" />
            <source>{0} items</source>
            <translation>{0} Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="264" />
            <source>No items match — clear filters to see everything.</source>
            <translation>Keine passenden Einträge – setzen Sie die Filter zurück, um alles zu sehen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="266" />
            <source>Your library is empty. Open an archive to see your items here.</source>
            <translation>Ihre Bibliothek ist leer. Öffnen Sie ein Archiv, um Ihre Einträge hier zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="60" />
            <source>Object in writing</source>
            <translation>Schriftlich widersprechen</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="63" />
            <source>Where you live, data-protection law lets you object to AI training based on “legitimate interests” (Article 21) and ask what was used (Article 15).</source>
            <translation>Wo Sie leben, erlaubt Ihnen das Datenschutzrecht, einem auf „berechtigte Interessen“ gestützten KI-Training zu widersprechen (Artikel 21) und Auskunft darüber zu verlangen, was genutzt wurde (Artikel 15).</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="70" />
            <source>Platform the letter is for</source>
            <translation>Plattform, an die der Brief geht</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="71" />
            <source>Platform:</source>
            <translation>Plattform:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="74" />
            <source>Objection (Art. 21)</source>
            <translation>Widerspruch (Art. 21)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="75" />
            <source>Objection to AI training, Article 21</source>
            <translation>Widerspruch gegen KI-Training, Artikel 21</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="76" />
            <source>Access request (Art. 15)</source>
            <translation>Auskunftsersuchen (Art. 15)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="77" />
            <source>Access request about AI training, Article 15</source>
            <translation>Auskunftsersuchen zum KI-Training, Artikel 15</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="83" />
            <source>Letter:</source>
            <translation>Brief:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="85" />
            <source>Your name as on the account</source>
            <translation>Ihr Name wie im Konto</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="87" />
            <source>Your account handle or e-mail</source>
            <translation>Ihr Kontoname oder Ihre E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="88" />
            <source>Your name:</source>
            <translation>Ihr Name:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="89" />
            <source>Account:</source>
            <translation>Konto:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="92" />
            <source>Letter text</source>
            <translation>Brieftext</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="93" />
            <source>You can edit the text before copying it.</source>
            <translation>Sie können den Text vor dem Kopieren bearbeiten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="99" />
            <source>Where to send the letter</source>
            <translation>Wohin der Brief geschickt wird</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="103" />
            <source>Copy to clipboard</source>
            <translation>In die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="104" />
            <source>Copy the letter to the clipboard</source>
            <translation>Den Brief in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="105" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="106" />
            <source>Save the letter as a text file</source>
            <translation>Den Brief als Textdatei speichern</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="147" />
            <source>[your name]</source>
            <translation>[Ihr Name]</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="148" />
            <source>[your account]</source>
            <translation>[Ihr Konto]</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="152" />
            <source>Send it to %1 through &lt;a href="%2"&gt;%2&lt;/a&gt;.</source>
            <translation>Senden Sie ihn über &lt;a href="%2"&gt;%2&lt;/a&gt; an %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="158" />
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Save the letter</source>
            <translation>Brief speichern</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="171" />
            <source>Could not save: %1</source>
            <translation>Konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="173" />
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/gui/main_window.py" line="89" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Archive health</source>
            <translation>Archivzustand</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="127" />
            <source>Nothing leaves this computer.</source>
            <translation>Nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="161" />
            <source>Open archive</source>
            <translation>Archiv öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="168" />
            <source>Open extracted archive folder</source>
            <translation>Entpackten Archivordner öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="180" />
            <source>An import is already running.</source>
            <translation>Es läuft bereits ein Import.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="207" />
            <source>Nothing importable was found.</source>
            <translation>Es wurde nichts Importierbares gefunden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="208" />
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="217" />
            <source>Imported %1.</source>
            <translation>%1 importiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled</source>
            <translation>Import abgebrochen</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled. Nothing was kept.</source>
            <translation>Import abgebrochen. Nichts wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="232" />
            <source>The import stopped</source>
            <translation>Der Import wurde angehalten</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="246" />
            <source>Updating what applies to your items…</source>
            <translation>Es wird aktualisiert, was für Ihre Einträge gilt…</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="257" />
            <source>Updated %1.</source>
            <translation>%1 aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="279" />
            <source>Everything was forgotten.</source>
            <translation>Alles wurde vergessen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="32" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="34" />
            <source>&amp;Open Archive…</source>
            <translation>Archiv ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="36" />
            <source>Open &amp;Folder…</source>
            <translation>&amp;Ordner öffnen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="37" />
            <source>Try &amp;Demo Data</source>
            <translation>&amp;Demodaten ausprobieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>&amp;Export Report…</source>
            <translation>Bericht &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="43" />
            <source>&amp;Workshop Mode</source>
            <translation>&amp;Workshop-Modus</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="48" />
            <source>Export Anonymous &amp;Group Summary…</source>
            <translation>Anonyme &amp;Gruppenzusammenfassung exportieren…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="49" />
            <source>&amp;Reset for the Next Person…</source>
            <translation>Für die nächste Person &amp;zurücksetzen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="60" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="61" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="63" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="66" />
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="67" />
            <source>&amp;Dashboard</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="68" />
            <source>&amp;Items</source>
            <translation>&amp;Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="69" />
            <source>Archive &amp;Health</source>
            <translation>Archiv&amp;zustand</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="77" />
            <source>&amp;Presenter View</source>
            <translation>&amp;Präsentationsansicht</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="82" />
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="83" />
            <source>&amp;Opt-out Wizard…</source>
            <translation>&amp;Opt-out-Assistent…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="88" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="90" />
            <source>Check for &amp;Policy Updates…</source>
            <translation>Nach &amp;Richtlinien-Updates suchen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="93" />
            <source>&amp;About Overshare</source>
            <translation>Ü&amp;ber Overshare</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="58" />
            <source>Library saved encrypted; its key is in the system keyring.</source>
            <translation>Bibliothek verschlüsselt gespeichert; ihr Schlüssel liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="53" />
            <source>Workshop session in memory only: nothing is written to this computer.</source>
            <translation>Workshop-Sitzung nur im Arbeitsspeicher: Nichts wird auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="55" />
            <source>Memory-only session: no system keyring, so your library is not saved.</source>
            <translation>Sitzung nur im Arbeitsspeicher: Kein Schlüsselbund verfügbar, daher wird Ihre Bibliothek nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="57" />
            <source>Library saved encrypted with your passphrase.</source>
            <translation>Bibliothek mit Ihrer Passphrase verschlüsselt gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>OptOutWizard</name>
        <message>
            <location filename="../../app/gui/wizard/wizard.py" line="38" />
            <location filename="../../app/gui/wizard/wizard.py" line="39" />
            <source>Opt-out wizard</source>
            <translation>Opt-out-Assistent</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Choose a passphrase</source>
            <translation>Passphrase wählen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Enter passphrase</source>
            <translation>Passphrase eingeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="38" />
            <source>Your library will be saved encrypted with this passphrase. Overshare cannot recover it: if you forget it, you will have to start again.</source>
            <translation>Ihre Bibliothek wird mit dieser Passphrase verschlüsselt gespeichert. Overshare kann sie nicht wiederherstellen: Wenn Sie sie vergessen, müssen Sie von vorn beginnen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="43" />
            <source>Enter the passphrase that protects your saved library.</source>
            <translation>Geben Sie die Passphrase ein, die Ihre gespeicherte Bibliothek schützt.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="53" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="54" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="57" />
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="59" />
            <source>Again:</source>
            <translation>Wiederholen:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="82" />
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
                <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="84" />
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="161" />
            <source>Forget library?</source>
            <translation>Bibliothek vergessen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="162" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="164" />
            <source>Delete the saved library and its key? Everything imported so far is removed from this computer. This cannot be undone.</source>
            <translation>Gespeicherte Bibliothek und ihren Schlüssel löschen? Alles bisher Importierte wird von diesem Computer entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
    </context>
    <context>
        <name>PolicyUpdateDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="155" />
            <source>Policy updates</source>
            <translation>Richtlinien-Updates</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="160" />
            <source>Overshare downloads the published policy file with one plain request and checks its signature. Nothing about you or your data is sent.</source>
            <translation>Overshare lädt die veröffentlichte Richtliniendatei mit einer einfachen Anfrage herunter und prüft ihre Signatur. Es werden keine Angaben über Sie oder Ihre Daten gesendet.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="166" />
            <source>Not checked yet.</source>
            <translation>Noch nicht geprüft.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="170" />
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="173" />
            <source>Check for policy updates when Overshare starts</source>
            <translation>Beim Start von Overshare nach Richtlinien-Updates suchen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="176" />
            <source>Check now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="178" />
            <source>Use the new policies</source>
            <translation>Neue Richtlinien verwenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="189" />
            <source>Policy updates are not installed in a session that writes nothing.</source>
            <translation>In einer Sitzung, die nichts speichert, werden keine Richtlinien-Updates installiert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="202" />
            <source>Checking for policy updates…</source>
            <translation>Suche nach Richtlinien-Updates…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="240" />
            <source>Now using policy version %s.</source>
            <translation>Jetzt wird Richtlinienversion %s verwendet.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="89" />
            <source>Rules added</source>
            <translation>Neue Regeln</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="90" />
            <source>Rules removed</source>
            <translation>Entfernte Regeln</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="92" />
            <source>Rules changed</source>
            <translation>Geänderte Regeln</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="95" />
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="96" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="98" />
            <source>No rule changed.</source>
            <translation>Keine Regel hat sich geändert.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="100" />
            <source>What this means for your items</source>
            <translation>Was das für Ihre Einträge bedeutet</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="110" />
            <source>No items are loaded, so your own exposure cannot be compared.</source>
            <translation>Es sind keine Einträge geladen, daher lässt sich Ihre eigene Gefährdung nicht vergleichen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="112" />
            <source>Your exposure did not change (%1 items compared).</source>
            <translation>Ihre Gefährdung hat sich nicht geändert (%1 Einträge verglichen).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="115" />
            <source>Items exposed now: %1 → %2 (%3 newly exposed, %4 no longer).</source>
            <translation>Derzeit betroffene Einträge: %1 → %2 (%3 neu betroffen, %4 nicht mehr).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="121" />
            <source>May already have been used: %1 → %2.</source>
            <translation>Möglicherweise bereits verwendet: %1 → %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="123" />
            <source>Uncertain: %1 → %2; not covered by any rule: %3 → %4.</source>
            <translation>Unsicher: %1 → %2; von keiner Regel erfasst: %3 → %4.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="134" />
            <source>%1, items allowed now for “%2”: %3 → %4.</source>
            <translation>%1, derzeit erlaubte Einträge für „%2“: %3 → %4.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="104" />
            <source>No system keyring</source>
            <translation>Kein Schlüsselbund des Systems</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="105" />
            <source>Overshare cannot keep your library's key in a system keyring here.</source>
            <translation>Overshare kann den Schlüssel Ihrer Bibliothek hier nicht im Schlüsselbund des Systems ablegen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="108" />
            <source>You can protect the saved library with a passphrase that you type each time, or keep this session in memory only: nothing is saved and it is gone when you quit.</source>
            <translation>Sie können die gespeicherte Bibliothek mit einer Passphrase schützen, die Sie jedes Mal eingeben, oder diese Sitzung nur im Arbeitsspeicher halten: Dann wird nichts gespeichert, und alles ist beim Beenden verschwunden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="113" />
            <source>Use a passphrase</source>
            <translation>Passphrase verwenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="115" />
            <source>Keep this session in memory only</source>
            <translation>Sitzung nur im Arbeitsspeicher halten</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="117" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="145" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="132" />
            <source>Your library cannot be opened</source>
            <translation>Ihre Bibliothek kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="136" />
            <source>Forgetting the library deletes it and its key; your archives are not touched and you can import them again. Or use a memory-only session for now and decide later.</source>
            <translation>Wenn Sie die Bibliothek vergessen, werden sie und ihr Schlüssel gelöscht; Ihre Archive bleiben unverändert und können erneut importiert werden. Oder nutzen Sie vorerst eine Sitzung nur im Arbeitsspeicher und entscheiden Sie später.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="141" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="143" />
            <source>Forget library…</source>
            <translation>Bibliothek vergessen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="144" />
            <source>Memory-only session</source>
            <translation>Sitzung nur im Arbeitsspeicher</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="68" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="72" />
            <source>About you</source>
            <translation>Über Sie</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="75" />
            <source>Where you live</source>
            <translation>Wohnort</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="76" />
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="83" />
            <source>Not set</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="80" />
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="84" />
            <source>Where you live:</source>
            <translation>Wohnort:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="85" />
            <source>Year of birth:</source>
            <translation>Geburtsjahr:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="88" />
            <source>Used only on this computer, to apply the rules for your region and age. Unset answers show as uncertain.</source>
            <translation>Wird nur auf diesem Computer verwendet, um die Regeln für Ihre Region und Ihr Alter anzuwenden. Fehlende Angaben werden als unklar angezeigt.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="98" />
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="101" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="105" />
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="108" />
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="109" />
            <source>Theme:</source>
            <translation>Farbschema:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="110" />
            <source>A new language applies when you next start Overshare.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Overshare.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="117" />
            <source>Your data</source>
            <translation>Ihre Daten</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="121" />
            <source>Data location</source>
            <translation>Speicherort der Daten</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="122" />
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="130" />
            <source>Imported archive</source>
            <translation>Importiertes Archiv</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="131" />
            <source>Forget archive…</source>
            <translation>Archiv vergessen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="137" />
            <source>Forget everything…</source>
            <translation>Alles vergessen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="140" />
            <source>Deletes the library, its key and your settings from this computer</source>
            <translation>Löscht die Bibliothek, ihren Schlüssel und Ihre Einstellungen von diesem Computer</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="163" />
            <source>In memory only (nothing saved)</source>
            <translation>Nur im Arbeitsspeicher (nichts gespeichert)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="171" />
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="176" />
            <source>No archive imported yet</source>
            <translation>Noch kein Archiv importiert</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="198" />
            <source>Forget archive?</source>
            <translation>Archiv vergessen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="200" />
            <source>Remove “%1” and all its items from Overshare? Your archive file is not touched; you can import it again.</source>
            <translation>„%1“ und alle zugehörigen Einträge aus Overshare entfernen? Ihre Archivdatei bleibt unverändert; Sie können sie erneut importieren.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="210" />
            <source>Forget everything?</source>
            <translation>Alles vergessen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="212" />
            <source>Delete every imported item, the library and its key, and your settings (region, birth year, recorded opt-outs) from this computer? Your archive files are not touched. This cannot be undone.</source>
            <translation>Alle importierten Einträge, die Bibliothek samt Schlüssel und Ihre Einstellungen (Region, Geburtsjahr, erfasste Opt-outs) von diesem Computer löschen? Ihre Archivdateien bleiben unverändert. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="44" />
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="45" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="46" />
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="47" />
            <source>Español</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="48" />
            <source>Pseudo-localisation (testing)</source>
            <translation>Pseudo-Lokalisierung (zum Testen)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="36" />
            <source>Library saved encrypted; its key is kept in the system keyring ({backend}).</source>
            <translation>Bibliothek verschlüsselt gespeichert; ihr Schlüssel liegt im Schlüsselbund des Systems ({backend}).</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="37" />
            <source>Library saved encrypted with your passphrase; you will be asked for it each time (no usable system keyring).</source>
            <translation>Bibliothek mit Ihrer Passphrase verschlüsselt gespeichert; Sie werden jedes Mal danach gefragt (kein nutzbarer Schlüsselbund des Systems).</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="39" />
            <source>In-memory session: nothing is saved, and everything is gone when you close Overshare.</source>
            <translation>Sitzung im Arbeitsspeicher: Nichts wird gespeichert, und alles ist verschwunden, wenn Sie Overshare schließen.</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="66" />
            <source>There is no opt-out for this where you live.</source>
            <translation>Wo Sie leben, gibt es dafür kein Opt-out.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What this covers</source>
            <translation>Was dies umfasst</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="71" />
            <source>What this does NOT cover</source>
            <translation>Was dies NICHT umfasst</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="83" />
            <source>The next pages show how</source>
            <translation>Die nächsten Seiten zeigen, wie</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="86" />
            <source>After the steps, the wizard writes an Article 21 objection for you.</source>
            <translation>Nach den Schritten schreibt der Assistent einen Widerspruch nach Artikel 21 für Sie.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="89" />
            <source>On the website</source>
            <translation>Auf der Website</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="91" />
            <source>In the app</source>
            <translation>In der App</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="93" />
            <source>Open in browser</source>
            <translation>Im Browser öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="96" />
            <source>Open %1 in your browser</source>
            <translation>%1 in Ihrem Browser öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="102" />
            <source>How sure we are: %1</source>
            <translation>Wie sicher wir sind: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="108" />
            <source>Source: %1 (checked %2)</source>
            <translation>Quelle: %1 (geprüft am %2)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="114" />
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="158" />
            <source>Your answer</source>
            <translation>Ihre Antwort</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="160" />
            <source>Done, on</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="161" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="162" />
            <source>Not available to me</source>
            <translation>Für mich nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="175" />
            <source>Date you did it</source>
            <translation>Datum, an dem Sie es erledigt haben</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="220" />
            <source>The policy data changed since you answered. Please check again.</source>
            <translation>Die Richtliniendaten haben sich seit Ihrer Antwort geändert. Bitte prüfen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="224" />
            <source>A newer policy (from %1) applies since you answered. Check again.</source>
            <translation>Seit Ihrer Antwort gilt eine neuere Richtlinie (vom %1). Prüfen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="228" />
            <source>Not answered yet.</source>
            <translation>Noch nicht beantwortet.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="230" />
            <source>Saved: %1 (%2).</source>
            <translation>Gespeichert: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="47" />
            <source>What you changed</source>
            <translation>Was Sie geändert haben</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="50" />
            <source>Before: the platforms' defaults. After: your recorded answers. Opting out is not retroactive, so items that may already have been used stay flagged.</source>
            <translation>Vorher: die Voreinstellungen der Plattformen. Nachher: Ihre erfassten Antworten. Ein Opt-out wirkt nicht rückwirkend, daher bleiben Einträge markiert, die möglicherweise schon genutzt wurden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="55" />
            <location filename="../../app/gui/wizard/summary_page.py" line="152" />
            <source>Comparing your items…</source>
            <translation>Ihre Einträge werden verglichen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="60" />
            <source>Effect of each opt-out step</source>
            <translation>Wirkung jedes Opt-out-Schritts</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="63" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="64" />
            <source>Your answer</source>
            <translation>Ihre Antwort</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="65" />
            <source>Allowed → blocked</source>
            <translation>Erlaubt → gesperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="66" />
            <source>Uncertain → blocked</source>
            <translation>Unklar → gesperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="67" />
            <source>Maybe used before</source>
            <translation>Vielleicht schon genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="71" />
            <source>Items with a use that was allowed now and is blocked by this answer</source>
            <translation>Einträge mit einer derzeit erlaubten Nutzung, die diese Antwort sperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="72" />
            <source>Items with a use that was uncertain and is blocked by this answer</source>
            <translation>Einträge mit einer unklaren Nutzung, die diese Antwort sperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="74" />
            <source>Of the items this answer blocked, those that may already have been used: opting out does not undo that</source>
            <translation>Von den durch diese Antwort gesperrten Einträgen diejenigen, die möglicherweise schon genutzt wurden: Ein Opt-out macht das nicht rückgängig</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="194" />
            <source>Nothing is imported, so the effect on your items cannot be shown.</source>
            <translation>Es ist nichts importiert, daher kann die Wirkung auf Ihre Einträge nicht gezeigt werden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="197" />
            <source>Items a platform may use now: %1 → %2. May already have been used: %3.</source>
            <translation>Einträge, die eine Plattform derzeit nutzen darf: %1 → %2. Möglicherweise schon genutzt: %3.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="237" />
            <source>1 step is still open</source>
            <translation>1 Schritt ist noch offen</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="239" />
            <source>%1 steps are still open</source>
            <translation>%1 Schritte sind noch offen</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="241" />
            <source> (not answered or “Not now”): the Tools menu opens the wizard again.</source>
            <translation> (nicht beantwortet oder „Nicht jetzt“): Über das Menü „Extras“ öffnen Sie den Assistenten erneut.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="243" />
            <source>You answered every step.</source>
            <translation>Sie haben alle Schritte beantwortet.</translation>
        </message>
    </context>
    <context>
        <name>TagCard</name>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="74" />
            <source>Clause:</source>
            <translation>Klausel:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="81" />
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="83" />
            <source>In force since:</source>
            <translation>In Kraft seit:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="85" />
            <source>Confidence:</source>
            <translation>Verlässlichkeit:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="86" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="89" />
            <source>May already have been used:</source>
            <translation>Möglicherweise schon genutzt:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="92" />
            <source>Recipients:</source>
            <translation>Empfänger:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="112" />
            <source>Change “{0}”…</source>
            <translation>„{0}“ ändern…</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="123" />
            <source>No setting we know of changes this.</source>
            <translation>Keine uns bekannte Einstellung ändert das.</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="106" />
            <source>What would change this</source>
            <translation>Was daran etwas ändern würde</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Uncertain</source>
            <translation>Unklar</translation>
        </message>
    </context>
    <context>
        <name>UpdateWorker</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="75" />
            <source>The policy update check failed: %1</source>
            <translation>Die Suche nach Richtlinien-Updates ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="110" />
            <source>See what the platforms may do with your posts</source>
            <translation>Sehen Sie, was die Plattformen mit Ihren Beiträgen tun dürfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="114" />
            <source>Overshare reads the data archive you downloaded from X, LinkedIn, Facebook or Instagram and shows, item by item, what each platform's policy lets it do with it: train its AI, share it with others, or use it for ads. Everything happens on this computer: nothing is uploaded and there is no account. Then it helps you change the settings that stop the uses you do not want.</source>
            <translation>Overshare liest das Datenarchiv, das Sie von X, LinkedIn, Facebook oder Instagram heruntergeladen haben, und zeigt Eintrag für Eintrag, was die Richtlinie der jeweiligen Plattform damit erlaubt: ihre KI trainieren, es an andere weitergeben oder es für Werbung nutzen. Alles geschieht auf diesem Computer: Nichts wird hochgeladen, und Sie brauchen kein Konto. Anschließend hilft Overshare Ihnen, die Einstellungen zu ändern, die unerwünschte Nutzungen stoppen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="128" />
            <source>No archive yet? How to ask for one</source>
            <translation>Noch kein Archiv? So fordern Sie es an</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="138" />
            <source>&amp;Workshop mode</source>
            <translation>&amp;Workshop-Modus</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="139" />
            <source>Workshop mode</source>
            <translation>Workshop-Modus</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="142" />
            <source>For shared computers: everything stays in memory and is forgotten when you reset or close the app</source>
            <translation>Für gemeinsam genutzte Computer: Alles bleibt im Arbeitsspeicher und wird vergessen, wenn Sie zurücksetzen oder die App schließen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="149" />
            <source>Nothing is saved on this computer. Reset when you are done.</source>
            <translation>Auf diesem Computer wird nichts gespeichert. Setzen Sie zurück, wenn Sie fertig sind.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="154" />
            <source>Reset for the &amp;next person</source>
            <translation>Für die &amp;nächste Person zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="155" />
            <source>Reset for the next person</source>
            <translation>Für die nächste Person zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="157" />
            <source>Forgets everything opened in this session and starts again</source>
            <translation>Vergisst alles, was in dieser Sitzung geöffnet wurde, und beginnt von vorn</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="183" />
            <source>Drop your archive here: zip files or extracted folders, several at once</source>
            <translation>Legen Sie Ihr Archiv hier ab: ZIP-Dateien oder entpackte Ordner, auch mehrere auf einmal</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="189" />
            <source>&amp;Open my archive…</source>
            <translation>Mein Archiv ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="191" />
            <source>Open archive zip files</source>
            <translation>Archiv-ZIP-Dateien öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="192" />
            <source>Open a folde&amp;r…</source>
            <translation>Einen O&amp;rdner öffnen…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="193" />
            <source>Open an extracted archive folder</source>
            <translation>Einen entpackten Archivordner öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="194" />
            <source>Try with &amp;demo data</source>
            <translation>Mit Demodaten aus&amp;probieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="195" />
            <source>Try with demo data</source>
            <translation>Mit Demodaten ausprobieren</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="197" />
            <source>Opens made-up archives of a fictional person</source>
            <translation>Öffnet erfundene Archive einer fiktiven Person</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="211" />
            <source>About you (optional)</source>
            <translation>Über Sie (optional)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="215" />
            <source>Why this matters: the rules differ by region (people in the EU and UK, for example, could object before some AI training began), and some platforms leave out what you posted before you turned 18. If you skip this, the answers that depend on it show as uncertain.</source>
            <translation>Warum das wichtig ist: Die Regeln unterscheiden sich je nach Region (Menschen in der EU und im Vereinigten Königreich konnten zum Beispiel widersprechen, bevor manches KI-Training begann), und einige Plattformen lassen aus, was Sie vor Ihrem 18. Geburtstag gepostet haben. Wenn Sie diesen Schritt überspringen, werden die davon abhängigen Antworten als unklar angezeigt.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="231" />
            <source>Where you live</source>
            <translation>Wohnort</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="232" />
            <location filename="../../app/gui/pages/welcome_page.py" line="239" />
            <source>Not set</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="236" />
            <source>Birth year</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="241" />
            <source>Where you &amp;live:</source>
            <translation>Wohn&amp;ort:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="242" />
            <source>&amp;Year of birth:</source>
            <translation>&amp;Geburtsjahr:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="246" />
            <source>S&amp;kip for now</source>
            <translation>Vorerst über&amp;springen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="247" />
            <source>Skip where you live and birth year</source>
            <translation>Wohnort und Geburtsjahr überspringen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="266" />
            <source>How to ask each platform for your archive</source>
            <translation>So fordern Sie Ihr Archiv bei jeder Plattform an</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="270" />
            <source>Open the %1 download page</source>
            <translation>Downloadseite von %1 öffnen</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="280" />
            <source>How to download your %1 archive</source>
            <translation>So laden Sie Ihr %1-Archiv herunter</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="308" />
            <source>Saved. You can change this in Settings.</source>
            <translation>Gespeichert. Sie können das in den Einstellungen ändern.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="313" />
            <source>Skipped: answers that depend on where you live or your age show as uncertain.</source>
            <translation>Übersprungen: Antworten, die von Ihrem Wohnort oder Alter abhängen, werden als unklar angezeigt.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="39" />
            <source>On x.com open &lt;b&gt;Settings and privacy → Your account → Download an archive of your data&lt;/b&gt;, confirm your password and the code X sends you, then &lt;b&gt;Request archive&lt;/b&gt;. X tells you when it is ready (often a day or more). Download the zip (&lt;i&gt;twitter-…zip&lt;/i&gt;) and open it here as it is; there is no need to unzip it.</source>
            <translation>Öffnen Sie auf x.com &lt;b&gt;Einstellungen und Datenschutz → Dein Account → Ein Archiv deiner Daten herunterladen&lt;/b&gt;, bestätigen Sie Ihr Passwort und den Code, den X Ihnen schickt, und wählen Sie dann &lt;b&gt;Archiv anfordern&lt;/b&gt;. X meldet sich, wenn es fertig ist (oft nach einem Tag oder länger). Laden Sie die ZIP-Datei (&lt;i&gt;twitter-…zip&lt;/i&gt;) herunter und öffnen Sie sie hier unverändert; Entpacken ist nicht nötig.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="47" />
            <source>Open &lt;b&gt;Settings → Data privacy → Get a copy of your data&lt;/b&gt;. Choose the first option, the &lt;b&gt;larger data archive&lt;/b&gt; (the &lt;i&gt;Complete&lt;/i&gt; export, ready within 24 hours), not “Want something in particular?”, which gives only a few files. The email link lasts 72 hours. If you also get the quick &lt;i&gt;Basic&lt;/i&gt; archive, you can open both.</source>
            <translation>Öffnen Sie &lt;b&gt;Einstellungen → Datenschutz → Kopie Ihrer Daten anfordern&lt;/b&gt;. Wählen Sie die erste Option, das &lt;b&gt;größere Datenarchiv&lt;/b&gt; (den &lt;i&gt;vollständigen&lt;/i&gt; Export, innerhalb von 24 Stunden bereit), nicht „Suchen Sie etwas Bestimmtes?“, das nur wenige Dateien liefert. Der Link in der E-Mail ist 72 Stunden gültig. Wenn Sie zusätzlich das schnelle &lt;i&gt;Basis&lt;/i&gt;-Archiv erhalten, können Sie beide öffnen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="55" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Facebook profile and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; (not HTML) and &lt;b&gt;Date range: All time&lt;/b&gt;. Large downloads come as several zips: open them together. End-to-end encrypted Messenger chats are not included; Messenger exports those separately.</source>
            <translation>Öffnen Sie &lt;b&gt;Kontenübersicht → Deine Informationen und Berechtigungen → Deine Informationen herunterladen&lt;/b&gt;, wählen Sie Ihr Facebook-Profil und &lt;b&gt;Auf Gerät herunterladen&lt;/b&gt;. Stellen Sie &lt;b&gt;Format: JSON&lt;/b&gt; (nicht HTML) und &lt;b&gt;Zeitraum: Gesamte Zeit&lt;/b&gt; ein. Große Downloads kommen als mehrere ZIP-Dateien: Öffnen Sie sie gemeinsam. Ende-zu-Ende-verschlüsselte Messenger-Chats sind nicht enthalten; Messenger exportiert diese separat.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="64" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Instagram account and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; and &lt;b&gt;Date range: All time&lt;/b&gt;. Long histories come as two zips: open both at once.</source>
            <translation>Öffnen Sie &lt;b&gt;Kontenübersicht → Deine Informationen und Berechtigungen → Deine Informationen herunterladen&lt;/b&gt;, wählen Sie Ihr Instagram-Konto und &lt;b&gt;Auf Gerät herunterladen&lt;/b&gt;. Stellen Sie &lt;b&gt;Format: JSON&lt;/b&gt; und &lt;b&gt;Zeitraum: Gesamte Zeit&lt;/b&gt; ein. Lange Verläufe kommen als zwei ZIP-Dateien: Öffnen Sie beide zusammen.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopController</name>
        <message>
            <location filename="../../app/gui/workshop.py" line="51" />
            <source>&amp;Reset for the next person</source>
            <translation>Für die &amp;nächste Person zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="52" />
            <location filename="../../app/gui/workshop.py" line="166" />
            <source>Reset for the next person</source>
            <translation>Für die nächste Person zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="54" />
            <source>Forgets everything opened in this workshop session and starts again</source>
            <translation>Vergisst alles, was in dieser Workshop-Sitzung geöffnet wurde, und beginnt von vorn</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="117" />
            <location filename="../../app/gui/workshop.py" line="122" />
            <source>Start workshop mode</source>
            <translation>Workshop-Modus starten</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="119" />
            <source>Workshop mode starts an empty session that lives in memory only. Your saved library stays as it is, closed until you leave workshop mode.</source>
            <translation>Der Workshop-Modus startet eine leere Sitzung, die nur im Arbeitsspeicher existiert. Ihre gespeicherte Bibliothek bleibt unverändert und geschlossen, bis Sie den Workshop-Modus verlassen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="137" />
            <location filename="../../app/gui/workshop.py" line="139" />
            <source>Leave workshop mode</source>
            <translation>Workshop-Modus verlassen</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="138" />
            <source>Everything opened in this workshop session will be forgotten.</source>
            <translation>Alles, was in dieser Workshop-Sitzung geöffnet wurde, wird vergessen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="167" />
            <source>Forget everything opened in this session and start again?</source>
            <translation>Alles vergessen, was in dieser Sitzung geöffnet wurde, und von vorn beginnen?</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="168" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="185" />
            <source>Ready for the next person: nothing is kept.</source>
            <translation>Bereit für die nächste Person: Nichts wird behalten.</translation>
        </message>
    </context>
    <context>
        <name>busy</name>
        <message>
            <location filename="../../app/gui/busy.py" line="52" />
            <source>Overshare</source>
            <translation>Overshare</translation>
        </message>
    </context>
    <context>
        <name>explain</name>
        <message>
            <location filename="../../app/core/policy/explain.py" line="35" />
            <source>The current policy and your settings allow this now.</source>
            <translation>Die aktuelle Richtlinie und Ihre Einstellungen erlauben dies derzeit.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="36" />
            <source>Your settings stop this from now on.</source>
            <translation>Ihre Einstellungen verhindern dies ab jetzt.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="37" />
            <source>This is not happening now under this clause.</source>
            <translation>Nach dieser Klausel geschieht dies derzeit nicht.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="38" />
            <source>Whether this happens now is uncertain.</source>
            <translation>Ob dies derzeit geschieht, ist unsicher.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="42" />
            <source>It may already have been used: opt-outs only stop future use.</source>
            <translation>Es wurde möglicherweise bereits verwendet: Ein Widerspruch verhindert nur die künftige Nutzung.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="43" />
            <source>It has not been used this way as far as the sources say.</source>
            <translation>Nach den vorliegenden Quellen wurde es nicht auf diese Weise verwendet.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="44" />
            <source>Whether it has already been used is uncertain.</source>
            <translation>Ob es bereits verwendet wurde, ist unsicher.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="29" />
            <source>confirmed from the platform's own text or a regulator</source>
            <translation>bestätigt durch den Text der Plattform selbst oder eine Aufsichtsbehörde</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="30" />
            <source>reported by several press outlets, not read in the platform's own text</source>
            <translation>von mehreren Medien berichtet, nicht im Text der Plattform selbst nachgelesen</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="31" />
            <source>unconfirmed: single or contradictory sources</source>
            <translation>unbestätigt: einzelne oder widersprüchliche Quellen</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <location filename="../../app/core/policy/explain.py" line="87" />
            <source>Clause: “%1” (%2, version %3).</source>
            <translation>Klausel: „%1“ (%2, Fassung %3).</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="88" />
            <source>Uncertain because %1.</source>
            <translation>Unsicher, weil: %1.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="89" />
            <source>Source confidence: %1; last verified %2.</source>
            <translation>Verlässlichkeit der Quellen: %1; zuletzt geprüft am %2.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="90" />
            <source>No clause in the loaded policies speaks about this kind of item, so we cannot say whether it is used for AI training or shared. This is a gap in our research, not a sign that the item is safe.</source>
            <translation>Keine Klausel der geladenen Richtlinien äußert sich zu dieser Art von Eintrag; wir können daher nicht sagen, ob er für KI-Training genutzt oder weitergegeben wird. Das ist eine Lücke in unserer Recherche, kein Zeichen dafür, dass der Eintrag sicher ist.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>use</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>uses</source>
            <translation>Nutzungen</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>1 item</source>
            <translation>1 Eintrag</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>%1 items</source>
            <translation>%1 Einträge</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="14" />
            <source>X (Twitter)</source>
            <translation>X (Twitter)</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="15" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="16" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="17" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="18" />
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="22" />
            <source>European Union</source>
            <translation>Europäische Union</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="23" />
            <source>Iceland, Liechtenstein or Norway (EEA)</source>
            <translation>Island, Liechtenstein oder Norwegen (EWR)</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="24" />
            <source>Switzerland</source>
            <translation>Schweiz</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="25" />
            <source>United Kingdom</source>
            <translation>Vereinigtes Königreich</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="26" />
            <source>United States</source>
            <translation>Vereinigte Staaten</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="27" />
            <source>Canada</source>
            <translation>Kanada</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="28" />
            <source>Hong Kong</source>
            <translation>Hongkong</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="29" />
            <source>Brazil</source>
            <translation>Brasilien</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="30" />
            <source>South Korea</source>
            <translation>Südkorea</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="31" />
            <source>Australia</source>
            <translation>Australien</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="32" />
            <source>Somewhere else</source>
            <translation>Anderswo</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="36" />
            <source>Trains the platform's AI</source>
            <translation>Trainiert die KI der Plattform</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="37" />
            <source>Shared with an affiliate to train AI</source>
            <translation>An ein Konzernunternehmen für KI-Training weitergegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="38" />
            <source>Shared with third parties that may train AI</source>
            <translation>An Dritte weitergegeben, die KI trainieren dürfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="39" />
            <source>Built into AI models offered to others</source>
            <translation>In KI-Modelle eingebaut, die anderen angeboten werden</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="40" />
            <source>Licensed or syndicated to others</source>
            <translation>An andere lizenziert oder weitergegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="41" />
            <source>Used to personalise ads</source>
            <translation>Für personalisierte Werbung genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="42" />
            <source>Shared with affiliates for ads</source>
            <translation>An Konzernunternehmen für Werbung weitergegeben</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="43" />
            <source>Used for safety AI only</source>
            <translation>Nur für Sicherheits-KI genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="44" />
            <source>Copied to federated servers</source>
            <translation>Auf föderierte Server kopiert</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="45" />
            <location filename="../../app/gui/widgets/labels.py" line="53" />
            <location filename="../../app/gui/widgets/labels.py" line="63" />
            <source>Not used</source>
            <translation>Nicht genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="46" />
            <source>Unclear</source>
            <translation>Unklar</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="47" />
            <source>No policy rule covers it</source>
            <translation>Keine Richtlinienregel erfasst dies</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="51" />
            <location filename="../../app/gui/widgets/labels.py" line="59" />
            <source>Allowed now</source>
            <translation>Derzeit erlaubt</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="52" />
            <location filename="../../app/gui/widgets/labels.py" line="62" />
            <source>Blocked by your settings</source>
            <translation>Durch Ihre Einstellungen gesperrt</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="54" />
            <location filename="../../app/gui/widgets/labels.py" line="61" />
            <source>Uncertain</source>
            <translation>Unklar</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="55" />
            <source>Not covered</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="60" />
            <source>Blocked now, may already have been used</source>
            <translation>Jetzt gesperrt, möglicherweise schon genutzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="23" />
            <source>Post</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="24" />
            <source>Reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="25" />
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="26" />
            <source>Repost</source>
            <translation>Repost</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="27" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="28" />
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="29" />
            <source>Poll answer</source>
            <translation>Umfrageantwort</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="30" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="31" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="32" />
            <source>Reel</source>
            <translation>Reel</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="33" />
            <source>Story</source>
            <translation>Story</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="34" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="35" />
            <source>Like / reaction</source>
            <translation>Like / Reaktion</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="36" />
            <source>Bookmark / save</source>
            <translation>Lesezeichen / Gespeichertes</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="37" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="38" />
            <source>Group message</source>
            <translation>Gruppennachricht</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="39" />
            <source>Group post</source>
            <translation>Gruppenbeitrag</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="40" />
            <source>AI chat</source>
            <translation>KI-Chat</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="41" />
            <source>Profile detail</source>
            <translation>Profilangabe</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="42" />
            <source>Connection / follow</source>
            <translation>Kontakt / Folgen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="43" />
            <source>Résumé</source>
            <translation>Lebenslauf</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="44" />
            <source>Job screening answer</source>
            <translation>Antwort auf Bewerbungsfrage</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="45" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="46" />
            <source>Ad interaction</source>
            <translation>Werbeinteraktion</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="47" />
            <source>Rating / review</source>
            <translation>Bewertung / Rezension</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="48" />
            <source>Inferred about you</source>
            <translation>Über Sie abgeleitet</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="49" />
            <source>Block / mute</source>
            <translation>Blockiert / stummgeschaltet</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="50" />
            <source>Connected app</source>
            <translation>Verbundene App</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="51" />
            <source>Activity elsewhere</source>
            <translation>Aktivität anderswo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="52" />
            <source>Account record</source>
            <translation>Kontodatensatz</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="56" />
            <source>Public</source>
            <translation>Öffentlich</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="57" />
            <source>Protected (approved followers)</source>
            <translation>Geschützt (bestätigte Follower)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="58" />
            <source>Followers</source>
            <translation>Follower</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="59" />
            <source>Friends</source>
            <translation>Freunde</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="60" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="61" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="65" />
            <source>Confirmed (the platform's own text or a regulator)</source>
            <translation>Bestätigt (Text der Plattform selbst oder einer Aufsichtsbehörde)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="66" />
            <source>Secondary (press reports, not the platform's own text)</source>
            <translation>Sekundär (Presseberichte, nicht der Text der Plattform)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="67" />
            <source>Unconfirmed (single or contradictory sources)</source>
            <translation>Unbestätigt (einzelne oder widersprüchliche Quellen)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="72" />
            <source>Delete the item on LinkedIn</source>
            <translation>Eintrag auf LinkedIn löschen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="73" />
            <source>Limit who can see it on LinkedIn</source>
            <translation>Auf LinkedIn einschränken, wer ihn sehen kann</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="74" />
            <source>Send LinkedIn's objection form</source>
            <translation>Widerspruchsformular von LinkedIn absenden</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="75" />
            <source>Review Meta's ad preferences</source>
            <translation>Werbepräferenzen bei Meta prüfen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="76" />
            <source>Keep your Meta AI chats out of Discover</source>
            <translation>Ihre Meta-AI-Chats aus „Entdecken“ heraushalten</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="77" />
            <source>Remove connected apps at Meta</source>
            <translation>Verbundene Apps bei Meta entfernen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="78" />
            <source>Delete the item at Meta</source>
            <translation>Eintrag bei Meta löschen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="79" />
            <source>Delete your Meta AI chats</source>
            <translation>Ihre Meta-AI-Chats löschen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="80" />
            <source>Limit the audience of past posts</source>
            <translation>Publikum früherer Beiträge einschränken</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="81" />
            <source>Object to Meta's AI use</source>
            <translation>Der KI-Nutzung durch Meta widersprechen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="82" />
            <source>Delete the item on X</source>
            <translation>Eintrag auf X löschen</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="83" />
            <source>Delete your Grok chat history</source>
            <translation>Ihren Grok-Chatverlauf löschen</translation>
        </message>
    </context>
    <context>
        <name>reasons</name>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="20" />
            <source>the archive does not say who could see this item; it counts only if it was {visibility} (answer: who could see it)</source>
            <translation>das Archiv gibt nicht an, wer diesen Eintrag sehen konnte; er zählt nur, wenn er {visibility} war (Ihre Angabe: wer ihn sehen konnte)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="22" />
            <source>the rule depends on whether you were {band} when the item was made (answer: your birth year, and the item's date)</source>
            <translation>die Regel hängt davon ab, ob Sie {band} waren, als der Eintrag entstand (Ihre Angabe: Ihr Geburtsjahr und das Datum des Eintrags)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="24" />
            <source>the item's date is unknown and the clause covers a date window</source>
            <translation>das Datum des Eintrags ist unbekannt und die Klausel gilt für einen Zeitraum</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="25" />
            <source>the policy is silent or contradictory about this kind of data</source>
            <translation>die Richtlinie schweigt zu dieser Art von Daten oder widerspricht sich</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="26" />
            <source>the default of '{setting}' in your region is not confirmed (answer: is it {state}?)</source>
            <translation>die Voreinstellung von „{setting}“ in Ihrer Region ist nicht bestätigt (Ihre Angabe: ist sie {state}?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="28" />
            <source>it is not documented whether '{setting}' stops this use</source>
            <translation>es ist nicht dokumentiert, ob „{setting}“ diese Nutzung verhindert</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="29" />
            <source>this depends on '{setting}' (answer: is it so?)</source>
            <translation>dies hängt von „{setting}“ ab (Ihre Angabe: trifft das zu?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="30" />
            <source>this clause is unconfirmed (single or contradictory sources)</source>
            <translation>diese Klausel ist unbestätigt (einzelne oder widersprüchliche Quellen)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="31" />
            <source>when this use began has not been researched</source>
            <translation>wann diese Nutzung begann, ist nicht recherchiert</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="32" />
            <source>the item's date is unknown (answer: when was it made?)</source>
            <translation>das Datum des Eintrags ist unbekannt (Ihre Angabe: wann ist er entstanden?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="33" />
            <source>tell us when you changed {key} to settle whether this was used</source>
            <translation>teilen Sie uns mit, wann Sie {key} geändert haben, damit sich klären lässt, ob dies verwendet wurde</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="34" />
            <source>the start date of this use ({start}) is approximate</source>
            <translation>das Anfangsdatum dieser Nutzung ({start}) ist ungefähr</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="35" />
            <source>this clause applies only in {regions} (answer: where you live)</source>
            <translation>diese Klausel gilt nur in {regions} (Ihre Angabe: wo Sie leben)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="36" />
            <source>the answer depends on where you live (answer: your region)</source>
            <translation>die Antwort hängt davon ab, wo Sie leben (Ihre Angabe: Ihre Region)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="37" />
            <source>no rule in the loaded policies covers this kind of item</source>
            <translation>keine Regel der geladenen Richtlinien erfasst diese Art von Eintrag</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="38" />
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="43" />
            <source>on</source>
            <translation>eingeschaltet</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="44" />
            <source>off</source>
            <translation>ausgeschaltet</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="45" />
            <source>18 or older</source>
            <translation>18 oder älter</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="46" />
            <source>under 18</source>
            <translation>unter 18</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="47" />
            <source>public</source>
            <translation>öffentlich</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="48" />
            <source>protected</source>
            <translation>geschützt</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="49" />
            <source>followers</source>
            <translation>für Follower sichtbar</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="50" />
            <source>friends</source>
            <translation>für Freunde sichtbar</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="51" />
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="52" />
            <source>connections</source>
            <translation>für Kontakte sichtbar</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="../../app/core/report/html.py" line="50" />
            <source>Made %1 on your own computer by Overshare %2. Policies applied as of %3; region: %4; birth year: %5. Policy data %6, last verified %7.</source>
            <translation>Erstellt am %1 auf Ihrem eigenen Computer mit Overshare %2. Richtlinien angewendet mit Stand %3; Region: %4; Geburtsjahr: %5. Richtliniendaten %6, zuletzt geprüft am %7.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="144" />
            <source>Items per year of creation, split by whether they may already have been used for AI training or shared.</source>
            <translation>Einträge pro Entstehungsjahr, aufgeteilt danach, ob sie möglicherweise bereits für KI-Training verwendet oder weitergegeben wurden.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="190" />
            <source>Ranked by how many uses are allowed now and whether they may already have been used. Each explanation is printed once and numbered.</source>
            <translation>Sortiert danach, wie viele Nutzungen derzeit erlaubt sind und ob sie möglicherweise bereits verwendet wurden. Jede Erklärung steht nur einmal da und ist nummeriert.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="227" />
            <source>What you recorded doing, and when. “Items it would cover” counts items still exposed that the setting would stop from now on.</source>
            <translation>Was Sie als erledigt vermerkt haben, und wann. „Betroffene Einträge“ zählt noch gefährdete Einträge, deren Nutzung die Einstellung ab jetzt verhindern würde.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="251" />
            <source>Uses that no setting offered to you stops. What remains is deleting the items, changing who can see them, or a legal objection or complaint.</source>
            <translation>Nutzungen, die keine Ihnen angebotene Einstellung verhindert. Es bleibt, die Einträge zu löschen, zu ändern, wer sie sehen kann, oder ein rechtlicher Widerspruch bzw. eine Beschwerde.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="290" />
            <source>Confidence: confirmed = read in the platform's own text or a regulator's; secondary = press reports; unconfirmed = single or contradictory sources.</source>
            <translation>Verlässlichkeit: bestätigt = im Text der Plattform selbst oder einer Aufsichtsbehörde gelesen; sekundär = Presseberichte; unbestätigt = einzelne oder widersprüchliche Quellen.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="347" />
            <source>Overshare read your archives on your own computer and sent nothing anywhere. Each item was matched against dated policy clauses; every verdict above names its clause and source. Policies change: facts are as verified on %1. App version %2, policy data %3.</source>
            <translation>Overshare hat Ihre Archive auf Ihrem eigenen Computer gelesen und nichts versendet. Jeder Eintrag wurde mit datierten Richtlinienklauseln abgeglichen; jede Einschätzung oben nennt ihre Klausel und Quelle. Richtlinien ändern sich: Die Angaben entsprechen dem Prüfstand vom %1. App-Version %2, Richtliniendaten %3.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <source>Share-safe edition (redacted)</source>
            <translation>Version zum Teilen (geschwärzt)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Full edition (private)</source>
            <translation>Vollständige Version (privat)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not included</source>
            <translation>nicht enthalten</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="42" />
            <source>This edition has no item text, handles, names, ids, file names or links to your content: only counts, categories, verdicts, dates and your opt-out checklist.</source>
            <translation>Diese Version enthält keine Texte, Benutzernamen, Namen, IDs, Dateinamen oder Links zu Ihren Inhalten: nur Zahlen, Kategorien, Einschätzungen, Daten und Ihre Widerspruchs-Checkliste.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="46" />
            <source>This edition contains the text of your items. Share the redacted edition instead.</source>
            <translation>Diese Version enthält den Text Ihrer Einträge. Teilen Sie stattdessen die geschwärzte Version.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="48" />
            <source>not given (answers that depend on it say uncertain)</source>
            <translation>nicht angegeben (davon abhängige Antworten lauten „unsicher“)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <location filename="../../app/core/report/html.py" line="255" />
            <location filename="../../app/core/report/html.py" line="280" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Offered</source>
            <translation>Angeboten</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Items it would cover</source>
            <translation>Betroffene Einträge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="256" />
            <location filename="../../app/core/report/html.py" line="119" />
            <source>Outcome</source>
            <translation>Folge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="257" />
            <source>Clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="258" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="259" />
            <location filename="../../app/core/report/html.py" line="287" />
            <location filename="../../app/core/report/html.py" line="74" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <source>Items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="260" />
            <source>What you can do</source>
            <translation>Was Sie tun können</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="281" />
            <source>Document and source</source>
            <translation>Dokument und Quelle</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="282" />
            <source>Version</source>
            <translation>Fassung</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="283" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="284" />
            <source>Effective</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="285" />
            <source>Verified</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="286" />
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="293" />
            <source>Policy versions and sources</source>
            <translation>Richtlinienversionen und Quellen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="303" />
            <source>complete</source>
            <translation>vollständig</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="305" />
            <source>incomplete (cancelled or interrupted): counts are partial</source>
            <translation>unvollständig (abgebrochen oder unterbrochen): die Zahlen sind unvollständig</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report (share-safe)</source>
            <translation>Gefährdungsbericht (zum Teilen)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report</source>
            <translation>Gefährdungsbericht</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="75" />
            <source>Exposed now</source>
            <translation>Derzeit betroffen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="76" />
            <location filename="../../app/core/report/model.py" line="187" />
            <source>May already have been used</source>
            <translation>Möglicherweise bereits verwendet</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="77" />
            <location filename="../../app/core/report/model.py" line="174" />
            <location filename="../../app/core/report/model.py" line="188" />
            <source>Uncertain</source>
            <translation>Unsicher</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="78" />
            <location filename="../../app/core/report/model.py" line="170" />
            <source>Not covered by any rule</source>
            <translation>Von keiner Regel erfasst</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="198" />
            <source>%1 (%2 in your data)</source>
            <translation>%1 (%2 in Ihren Daten)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="332" />
            <source>What was missing</source>
            <translation>Was fehlte</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="333" />
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="334" />
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="89" />
            <source>By kind</source>
            <translation>Nach Art</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="236" />
            <source>What could not be opted out</source>
            <translation>Wogegen kein Widerspruch möglich war</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Archive</source>
            <translation>Archiv</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="125" />
            <source>An item is &lt;b&gt;exposed now&lt;/b&gt; when a current policy and your recorded settings allow at least one AI-training or sharing use. Opting out stops future use only: items that &lt;b&gt;may already have been used&lt;/b&gt; stay so.</source>
            <translation>Ein Eintrag ist &lt;b&gt;derzeit betroffen&lt;/b&gt;, wenn eine aktuelle Richtlinie und Ihre vermerkten Einstellungen mindestens eine Nutzung für KI-Training oder Weitergabe erlauben. Ein Widerspruch verhindert nur die künftige Nutzung: Einträge, die &lt;b&gt;möglicherweise bereits verwendet wurden&lt;/b&gt;, bleiben es.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="133" />
            <source>What was imported</source>
            <translation>Was importiert wurde</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="148" />
            <source>Timeline</source>
            <translation>Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="160" />
            <source>[text not included in the share-safe edition]</source>
            <translation>[Text in der Version zum Teilen nicht enthalten]</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="162" />
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="193" />
            <source>Most exposed items</source>
            <translation>Am stärksten betroffene Einträge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="214" />
            <source>policy seen: %1</source>
            <translation>gesehene Richtlinie: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="230" />
            <source>Opt-out checklist</source>
            <translation>Widerspruchs-Checkliste</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="238" />
            <source>Nothing: every use found has a setting.</source>
            <translation>Nichts: Für jede gefundene Nutzung gibt es eine Einstellung.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="301" />
            <source>Archive health</source>
            <translation>Zustand der Archive</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="54" />
            <source>Your AI-training exposure report</source>
            <translation>Ihr Bericht zur Gefährdung durch KI-Training</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="110" />
            <source>The oldest item that may already have been used: a %1 on %2 from %3.</source>
            <translation>Der älteste möglicherweise bereits verwendete Eintrag: %1 auf %2 vom %3.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="157" />
            <source>%1 media</source>
            <translation>%1 Medien</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>not in your region</source>
            <translation>nicht in Ihrer Region</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="310" />
            <source>Sources: %1. Import %2. Dates from %3 to %4.</source>
            <translation>Quellen: %1. Import %2. Daten vom %3 bis %4.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Layout found</source>
            <translation>Gefundenes Format</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="327" />
            <source>Files not read</source>
            <translation>Nicht gelesene Dateien</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="353" />
            <source>About this report</source>
            <translation>Über diesen Bericht</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="131" />
            <source>Per platform and outcome</source>
            <translation>Nach Plattform und Folge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="165" />
            <source>Refers to: %1</source>
            <translation>Bezieht sich auf: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="174" />
            <source>(why: see [%1])</source>
            <translation>(Grund: siehe [%1])</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="179" />
            <source>%1; may already have been used: %2</source>
            <translation>%1; möglicherweise bereits verwendet: %2</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="201" />
            <source>None exposed.</source>
            <translation>Keine betroffen.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="311" />
            <source>none recorded</source>
            <translation>keine vermerkt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="319" />
            <source>Accounts: %1</source>
            <translation>Konten: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="121" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="18" />
            <source>true</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="19" />
            <source>false</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="20" />
            <source>uncertain</source>
            <translation>unsicher</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="21" />
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="22" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="23" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="24" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="25" />
            <source>undated</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="26" />
            <source>an account choice, not an opt-out</source>
            <translation>eine Kontoeinstellung, kein Widerspruch</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="27" />
            <source>no action is documented</source>
            <translation>keine Maßnahme dokumentiert</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="101" />
            <source>Overshare exposure report</source>
            <translation>Overshare-Gefährdungsbericht</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="102" />
            <source>Overshare exposure report (share-safe)</source>
            <translation>Overshare-Gefährdungsbericht (zum Teilen)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Share-safe edition</source>
            <translation>Version zum Teilen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="175" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="88" />
            <source>Items per platform and outcome, by status (bar length: share of all items)</source>
            <translation>Einträge nach Plattform und Folge, nach Status (Balkenlänge: Anteil an allen Einträgen)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="121" />
            <source>Items per year, split by whether they may already have been used</source>
            <translation>Einträge pro Jahr, aufgeteilt danach, ob sie möglicherweise bereits verwendet wurden</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="85" />
            <source>No items.</source>
            <translation>Keine Einträge.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="17" />
            <source>Public posts</source>
            <translation>Öffentliche Beiträge</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="18" />
            <source>AI chats</source>
            <translation>KI-Chats</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="19" />
            <source>Photos and videos with captions</source>
            <translation>Fotos und Videos mit Bildunterschriften</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="20" />
            <source>Profile fields</source>
            <translation>Profilfelder</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="159" />
            <source>Trains the platform's AI</source>
            <translation>Trainiert die KI der Plattform</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="160" />
            <source>Shared with group company for AI</source>
            <translation>An Konzernunternehmen für KI weitergegeben</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="161" />
            <source>Shared with third parties (may train AI)</source>
            <translation>An Dritte weitergegeben (eventuell KI-Training)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="162" />
            <source>In AI models offered to others</source>
            <translation>In KI-Modellen, die anderen angeboten werden</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="163" />
            <source>Licensed or syndicated</source>
            <translation>Lizenziert oder weitervertrieben</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="164" />
            <source>Used for ads personalisation</source>
            <translation>Für personalisierte Werbung genutzt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="165" />
            <source>Shared with group company for ads</source>
            <translation>An Konzernunternehmen für Werbung weitergegeben</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="166" />
            <source>Safety AI only</source>
            <translation>Nur Sicherheits-KI</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="167" />
            <source>Copied to fediverse servers</source>
            <translation>Auf Fediverse-Server kopiert</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="168" />
            <location filename="../../app/core/report/model.py" line="176" />
            <source>Not used</source>
            <translation>Nicht genutzt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="169" />
            <source>Policy unclear</source>
            <translation>Richtlinie unklar</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="173" />
            <source>Allowed now</source>
            <translation>Derzeit erlaubt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="175" />
            <source>Stopped by your settings</source>
            <translation>Durch Ihre Einstellungen verhindert</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="177" />
            <source>Not covered</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="189" />
            <source>Not used so far</source>
            <translation>Bisher nicht verwendet</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not done</source>
            <translation>Nicht erledigt</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not recorded</source>
            <translation>Nicht vermerkt</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../app/gui/run.py" line="43" />
            <source>Overshare hit an unexpected problem: %1</source>
            <translation>In Overshare ist ein unerwartetes Problem aufgetreten: %1</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../app/gui/session.py" line="35" />
            <source>Opening your library…</source>
            <translation>Ihre Bibliothek wird geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>wizard</name>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="17" />
            <source>Confirmed: the platform's own pages say so.</source>
            <translation>Bestätigt: Die Seiten der Plattform selbst sagen es.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="19" />
            <source>Reported by reliable secondary sources; the platform's own page could not be checked.</source>
            <translation>Von verlässlichen Sekundärquellen berichtet; die Seite der Plattform selbst konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="22" />
            <source>Not confirmed: this comes from a third-party audit or an inference. Check what you see.</source>
            <translation>Nicht bestätigt: Dies stammt aus einer Prüfung durch Dritte oder einer Schlussfolgerung. Prüfen Sie, was Sie sehen.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="30" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="31" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="32" />
            <source>Not available to me</source>
            <translation>Für mich nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="33" />
            <source>Not answered</source>
            <translation>Nicht beantwortet</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="39" />
            <source>A setting you can change</source>
            <translation>Eine Einstellung, die Sie ändern können</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="40" />
            <source>A request you can send</source>
            <translation>Ein Antrag, den Sie stellen können</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="41" />
            <source>Something you can do instead</source>
            <translation>Etwas, das Sie stattdessen tun können</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="42" />
            <source>What the platform does not let you change</source>
            <translation>Was die Plattform Sie nicht ändern lässt</translation>
        </message>
    </context>
</TS>
