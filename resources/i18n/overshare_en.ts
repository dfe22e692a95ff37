<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="27" />
            <source>About Overshare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="34" />
            <source>Policy data: %1 documents, last checked %2; the newest took effect on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="43" />
            <source>Shows which of your social-media data the platforms may use to train AI, share or use for ads, and helps you opt out. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="51" />
            <source>Built with Python %1, Qt %2 and PySide6 %3 (LGPLv3), SQLCipher (BSD), orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) and cryptography (Apache-2.0/BSD). Qt and PySide6 are used under the GNU LGPL version 3; their source is available from qt.io.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="81" />
            <source>Your exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="83" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="219" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="91" />
            <source>Opens the opt-out wizard at the first step whose policy changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="99" />
            <source>Nothing imported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="100" />
            <source>Open an archive or try the demo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="116" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="157" />
            <source>Allowed now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="117" />
            <source>a platform may use them for AI, sharing or ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="121" />
            <source>May already have been used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="122" />
            <source>opting out does not undo past use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="159" />
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <source>depends on facts we do not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="135" />
            <source>By platform (each item counted once)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="137" />
            <source>Items per platform by exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="141" />
            <source>Things you can do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="146" />
            <source>What each use covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="149" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="156" />
            <source>Use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="158" />
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="160" />
            <source>Not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="169" />
            <source>Items per use and status; activate a count to list them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="184" />
            <source>Click a count to list those items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review 1 opt-out step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review %1 opt-out steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="253" />
            <source>where you live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="255" />
            <source>your birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="257" />
            <source> Set %1 in Settings for surer answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="262" />
            <source>%1 from %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="290" />
            <source>All platforms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="308" />
            <source>No setting change would reduce your exposure further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="324" />
            <source>Would cover %1 that are still exposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="330" />
            <source>Show me how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="331" />
            <source>Show me how to change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="368" />
            <source>List these items</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="21" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="29" />
            <source>Your archive was not changed. You can copy the details for a bug report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="35" />
            <source>Technical details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="40" />
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="41" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Hide details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="80" />
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="84" />
            <source>Report format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="88" />
            <source>Share-safe edition (redacted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="92" />
            <source>Counts, categories, verdicts, dates and your opt-out checklist only: no item text, handles, names, ids or links to your content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="97" />
            <source>Destination file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="99" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="100" />
            <source>Choose the destination file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="107" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="109" />
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="117" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="146" />
            <source>Save report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="158" />
            <source>Replace file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="159" />
            <source>{name} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="179" />
            <source>The folder {f} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="185" />
            <source>The report could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="200" />
            <source>Preparing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="219" />
            <source>Saved {path}: {n} items, {e} exposed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="223" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="233" />
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="37" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="38" />
            <source>Web page, one file (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="39" />
            <source>Spreadsheet, one row per item (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="40" />
            <source>JSON for other tools (*.json)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupSummaryDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="44" />
            <source>Export anonymous group summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="48" />
            <source>Hand this file to the workshop facilitator: it holds counts only (how many items of each kind, how many each policy may use, which settings would help) and the first and last year of your data. No posts, messages, names, ids, file names or exact dates. This is exactly what will be saved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="56" />
            <source>Counting your items…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="61" />
            <source>Summary contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="63" />
            <source>The file that will be saved, as text: counts only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="69" />
            <source>&amp;Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="71" />
            <source>Save the summary to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="74" />
            <source>Close without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="89" />
            <source>The summary could not be made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="99" />
            <source>Counts for %1 from %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="100" />
            <source>no platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="103" />
            <source>Years %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="105" />
            <source>Region: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="110" />
            <source>Nothing to summarise yet: open an archive first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="115" />
            <source>Save anonymous group summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="118" />
            <source>Workshop summary (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="135" />
            <source>%1 could not be saved (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="137" />
            <source>Saved to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="123" />
            <source>Archive health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="126" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="148" />
            <source>Items per kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="149" />
            <source>Archive files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="186" />
            <source>Last attempt (nothing stored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="188" />
            <source>import %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="215" />
            <source>No archive imported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="216" />
            <source>Open an archive to see which files were read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="222" />
            <source>%1 found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="225" />
            <source>%1 files read, %2 skipped, %3 not recognised, %4 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="239" />
            <source>read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="240" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="241" />
            <source>not recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="242" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="260" />
            <source>Dates covered: %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="269" />
            <source>your account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="272" />
            <source>public or protected: not stated in the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="276" />
            <source>This import was cancelled; nothing from it was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="41" />
            <source>%1 record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="42" />
            <source>%1 row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="43" />
            <source>%1 records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="44" />
            <source>%1 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="46" />
            <source>%1 records; Overshare does not turn this file into items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="47" />
            <source>%1 long-post bodies, joined to their posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="48" />
            <source>%1 malformed records skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="49" />
            <source>archive manifest listing %1 data files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="50" />
            <source>%1 files of X's offline viewer, not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="52" />
            <source>%1 media or viewer files (%2 bytes), not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="53" />
            <source>%1 more files Overshare does not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="54" />
            <source>not a file Overshare reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="55" />
            <source>empty file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="57" />
            <source>no protect/unprotect action recorded; visibility unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="59" />
            <source>posts public since %1 (protected-history.js)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="61" />
            <source>posts protected since %1 (protected-history.js)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="63" />
            <source>an HTML page; Overshare reads the JSON format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="65" />
            <source>placeholder: the export had no data of this type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="66" />
            <source>the same file is also in %1; read once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="68" />
            <source>the Complete archive in this import holds the same file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="69" />
            <source>X's own description of the archive's files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="70" />
            <source>listed, not turned into items</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="25" />
            <location filename="../../app/gui/pages/import_page.py" line="65" />
            <source>Reading your archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="31" />
            <source>Everything happens on this computer. Nothing is uploaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="35" />
            <source>Current file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="37" />
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="38" />
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="45" />
            <source>Choose another archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="69" />
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="73" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="31" />
            <source>Take back what you can</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="34" />
            <source>For each platform, the wizard shows only the steps that exist where you live: what each one stops, what it cannot stop, and where to find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="41" />
            <source>Opting out stops future use only: nothing here removes your data from AI models that were already trained. Your answers are saved on this computer with their date and update your exposure at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="57" />
            <source>Where you live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="59" />
            <source>Opt-out rights differ by region; this is also saved in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="61" />
            <source>Choose where you live…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="66" />
            <source>Where you live:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="69" />
            <source>Platforms to go through:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="83" />
            <source>Platforms you imported are ticked. Threads steps come with Instagram.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="85" />
            <source>Nothing is imported yet, so every platform is ticked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="69" />
            <source>Item details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="93" />
            <source>This item is no longer in your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="107" />
            <source>{0} on {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="110" />
            <source>(no text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="114" />
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Show original record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="129" />
            <source>No policy clause we know of covers this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="140" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="144" />
            <source>Visibility:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="146" />
            <source>Refers to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="148" />
            <source>Media:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="150" />
            <source>{0} › {1}, record {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="151" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Hide original record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="126" />
            <source>What this item may be used for</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemFilterBar</name>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="62" />
            <source>Search your posts, messages and more…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="64" />
            <source>Search items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From: any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To: any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="94" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="33" />
            <source>All platforms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="34" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="35" />
            <source>Any use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="36" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="37" />
            <source>Any visibility</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="237" />
            <source>This column cannot be sorted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="251" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Visibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Exposure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="88" />
            <source>Your items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="92" />
            <source>Number of items shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="113" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="160" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="250" />
            <source>Could not read your library: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="254" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="258" />
            <source>1 item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="260" />
            <source>{0} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="264" />
            <source>No items match — clear filters to see everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="266" />
            <source>Your library is empty. Open an archive to see your items here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="60" />
            <source>Object in writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="63" />
            <source>Where you live, data-protection law lets you object to AI training based on “legitimate interests” (Article 21) and ask what was used (Article 15).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="70" />
            <source>Platform the letter is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="71" />
            <source>Platform:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="74" />
            <source>Objection (Art. 21)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="75" />
            <source>Objection to AI training, Article 21</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="76" />
            <source>Access request (Art. 15)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="77" />
            <source>Access request about AI training, Article 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="83" />
            <source>Letter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="85" />
            <source>Your name as on the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="87" />
            <source>Your account handle or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="88" />
            <source>Your name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="89" />
            <source>Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="92" />
            <source>Letter text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="93" />
            <source>You can edit the text before copying it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="99" />
            <source>Where to send the letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="103" />
            <source>Copy to clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="104" />
            <source>Copy the letter to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="105" />
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="106" />
            <source>Save the letter as a text file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="147" />
            <source>[your name]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="148" />
            <source>[your account]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="152" />
            <source>Send it to %1 through &lt;a href="%2"&gt;%2&lt;/a&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="158" />
            <source>Copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Save the letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="171" />
            <source>Could not save: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="173" />
            <source>Saved to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/gui/main_window.py" line="89" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Archive health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="127" />
            <source>Nothing leaves this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="161" />
            <source>Open archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="168" />
            <source>Open extracted archive folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="180" />
            <source>An import is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="207" />
            <source>Nothing importable was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="208" />
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="217" />
            <source>Imported %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled. Nothing was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="232" />
            <source>The import stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="246" />
            <source>Updating what applies to your items…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="257" />
            <source>Updated %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="279" />
            <source>Everything was forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="32" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="34" />
            <source>&amp;Open Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="36" />
            <source>Open &amp;Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="37" />
            <source>Try &amp;Demo Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>&amp;Export Report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="43" />
            <source>&amp;Workshop Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="48" />
            <source>Export Anonymous &amp;Group Summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="49" />
            <source>&amp;Reset for the Next Person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="60" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="61" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="63" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="66" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="67" />
            <source>&amp;Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="68" />
            <source>&amp;Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="69" />
            <source>Archive &amp;Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="77" />
            <source>&amp;Presenter View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="82" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="83" />
            <source>&amp;Opt-out Wizard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>Ctrl+,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="88" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="90" />
            <source>Check for &amp;Policy Updates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="93" />
            <source>&amp;About Overshare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="58" />
            <source>Library saved encrypted; its key is in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="53" />
            <source>Workshop session in memory only: nothing is written to this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="55" />
            <source>Memory-only session: no system keyring, so your library is not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="57" />
            <source>Library saved encrypted with your passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptOutWizard</name>
        <message>
            <location filename="../../app/gui/wizard/wizard.py" line="38" />
            <location filename="../../app/gui/wizard/wizard.py" line="39" />
            <source>Opt-out wizard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Choose a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Enter passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="38" />
            <source>Your library will be saved encrypted with this passphrase. Overshare cannot recover it: if you forget it, you will have to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="43" />
            <source>Enter the passphrase that protects your saved library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="53" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="54" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="57" />
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="59" />
            <source>Again:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="82" />
            <source>Use at least %n characters.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="84" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="161" />
            <source>Forget library?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="162" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="164" />
            <source>Delete the saved library and its key? Everything imported so far is removed from this computer. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PolicyUpdateDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="155" />
            <source>Policy updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="160" />
            <source>Overshare downloads the published policy file with one plain request and checks its signature. Nothing about you or your data is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="166" />
            <source>Not checked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="170" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="173" />
            <source>Check for policy updates when Overshare starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="176" />
            <source>Check now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="178" />
            <source>Use the new policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="189" />
            <source>Policy updates are not installed in a session that writes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="202" />
            <source>Checking for policy updates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="240" />
            <source>Now using policy version %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="89" />
            <source>Rules added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="90" />
            <source>Rules removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="92" />
            <source>Rules changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="95" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="96" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="98" />
            <source>No rule changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="100" />
            <source>What this means for your items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="110" />
            <source>No items are loaded, so your own exposure cannot be compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="112" />
            <source>Your exposure did not change (%1 items compared).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="115" />
            <source>Items exposed now: %1 → %2 (%3 newly exposed, %4 no longer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="121" />
            <source>May already have been used: %1 → %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="123" />
            <source>Uncertain: %1 → %2; not covered by any rule: %3 → %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="134" />
            <source>%1, items allowed now for “%2”: %3 → %4.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="104" />
            <source>No system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="105" />
            <source>Overshare cannot keep your library's key in a system keyring here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="108" />
            <source>You can protect the saved library with a passphrase that you type each time, or keep this session in memory only: nothing is saved and it is gone when you quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="113" />
            <source>Use a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="115" />
            <source>Keep this session in memory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="117" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="145" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="132" />
            <source>Your library cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="136" />
            <source>Forgetting the library deletes it and its key; your archives are not touched and you can import them again. Or use a memory-only session for now and decide later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="141" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="143" />
            <source>Forget library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="144" />
            <source>Memory-only session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="68" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="72" />
            <source>About you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="75" />
            <source>Where you live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="76" />
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="83" />
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="80" />
            <source>Year of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="84" />
            <source>Where you live:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="85" />
            <source>Year of birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="88" />
            <source>Used only on this computer, to apply the rules for your region and age. Unset answers show as uncertain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="98" />
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="101" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="105" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="108" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="109" />
            <source>Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="110" />
            <source>A new language applies when you next start Overshare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="117" />
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="121" />
            <source>Data location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="122" />
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="130" />
            <source>Imported archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="131" />
            <source>Forget archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="137" />
            <source>Forget everything…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="140" />
            <source>Deletes the library, its key and your settings from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="163" />
            <source>In memory only (nothing saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="171" />
            <source>%1 (%2, %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="176" />
            <source>No archive imported yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="198" />
            <source>Forget archive?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="200" />
            <source>Remove “%1” and all its items from Overshare? Your archive file is not touched; you can import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="210" />
            <source>Forget everything?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="212" />
            <source>Delete every imported item, the library and its key, and your settings (region, birth year, recorded opt-outs) from this computer? Your archive files are not touched. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="44" />
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="45" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="46" />
            <source>Deutsch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="47" />
            <source>Español</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="48" />
            <source>Pseudo-localisation (testing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="36" />
            <source>Library saved encrypted; its key is kept in the system keyring ({backend}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="37" />
            <source>Library saved encrypted with your passphrase; you will be asked for it each time (no usable system keyring).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="39" />
            <source>In-memory session: nothing is saved, and everything is gone when you close Overshare.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="66" />
            <source>There is no opt-out for this where you live.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What this covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="71" />
            <source>What this does NOT cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="83" />
            <source>The next pages show how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="86" />
            <source>After the steps, the wizard writes an Article 21 objection for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="89" />
            <source>On the website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="91" />
            <source>In the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="93" />
            <source>Open in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="96" />
            <source>Open %1 in your browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="102" />
            <source>How sure we are: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="108" />
            <source>Source: %1 (checked %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="114" />
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="158" />
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="160" />
            <source>Done, on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="161" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="162" />
            <source>Not available to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="175" />
            <source>Date you did it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="220" />
            <source>The policy data changed since you answered. Please check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="224" />
            <source>A newer policy (from %1) applies since you answered. Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="228" />
            <source>Not answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="230" />
            <source>Saved: %1 (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="47" />
            <source>What you changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="50" />
            <source>Before: the platforms' defaults. After: your recorded answers. Opting out is not retroactive, so items that may already have been used stay flagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="55" />
            <location filename="../../app/gui/wizard/summary_page.py" line="152" />
            <source>Comparing your items…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="60" />
            <source>Effect of each opt-out step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="63" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="64" />
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="65" />
            <source>Allowed → blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="66" />
            <source>Uncertain → blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="67" />
            <source>Maybe used before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="71" />
            <source>Items with a use that was allowed now and is blocked by this answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="72" />
            <source>Items with a use that was uncertain and is blocked by this answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="74" />
            <source>Of the items this answer blocked, those that may already have been used: opting out does not undo that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="194" />
            <source>Nothing is imported, so the effect on your items cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="197" />
            <source>Items a platform may use now: %1 → %2. May already have been used: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="237" />
            <source>1 step is still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="239" />
            <source>%1 steps are still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="241" />
            <source> (not answered or “Not now”): the Tools menu opens the wizard again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="243" />
            <source>You answered every step.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagCard</name>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="74" />
            <source>Clause:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="81" />
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="83" />
            <source>In force since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="85" />
            <source>Confidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="86" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="89" />
            <source>May already have been used:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="92" />
            <source>Recipients:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="112" />
            <source>Change “{0}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="123" />
            <source>No setting we know of changes this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="106" />
            <source>What would change this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UpdateWorker</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="75" />
            <source>The policy update check failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="110" />
            <source>See what the platforms may do with your posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="114" />
            <source>Overshare reads the data archive you downloaded from X, LinkedIn, Facebook or Instagram and shows, item by item, what each platform's policy lets it do with it: train its AI, share it with others, or use it for ads. Everything happens on this computer: nothing is uploaded and there is no account. Then it helps you change the settings that stop the uses you do not want.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="128" />
            <source>No archive yet? How to ask for one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="138" />
            <source>&amp;Workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="139" />
            <source>Workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="142" />
            <source>For shared computers: everything stays in memory and is forgotten when you reset or close the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="149" />
            <source>Nothing is saved on this computer. Reset when you are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="154" />
            <source>Reset for the &amp;next person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="155" />
            <source>Reset for the next person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="157" />
            <source>Forgets everything opened in this session and starts again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="183" />
            <source>Drop your archive here: zip files or extracted folders, several at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="189" />
            <source>&amp;Open my archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="191" />
            <source>Open archive zip files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="192" />
            <source>Open a folde&amp;r…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="193" />
            <source>Open an extracted archive folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="194" />
            <source>Try with &amp;demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="195" />
            <source>Try with demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="197" />
            <source>Opens made-up archives of a fictional person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="211" />
            <source>About you (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="215" />
            <source>Why this matters: the rules differ by region (people in the EU and UK, for example, could object before some AI training began), and some platforms leave out what you posted before you turned 18. If you skip this, the answers that depend on it show as uncertain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="231" />
            <source>Where you live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="232" />
            <location filename="../../app/gui/pages/welcome_page.py" line="239" />
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="236" />
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="241" />
            <source>Where you &amp;live:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="242" />
            <source>&amp;Year of birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="246" />
            <source>S&amp;kip for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="247" />
            <source>Skip where you live and birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="266" />
            <source>How to ask each platform for your archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="270" />
            <source>Open the %1 download page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="280" />
            <source>How to download your %1 archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="308" />
            <source>Saved. You can change this in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="313" />
            <source>Skipped: answers that depend on where you live or your age show as uncertain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="39" />
            <source>On x.com open &lt;b&gt;Settings and privacy → Your account → Download an archive of your data&lt;/b&gt;, confirm your password and the code X sends you, then &lt;b&gt;Request archive&lt;/b&gt;. X tells you when it is ready (often a day or more). Download the zip (&lt;i&gt;twitter-…zip&lt;/i&gt;) and open it here as it is; there is no need to unzip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="47" />
            <source>Open &lt;b&gt;Settings → Data privacy → Get a copy of your data&lt;/b&gt;. Choose the first option, the &lt;b&gt;larger data archive&lt;/b&gt; (the &lt;i&gt;Complete&lt;/i&gt; export, ready within 24 hours), not “Want something in particular?”, which gives only a few files. The email link lasts 72 hours. If you also get the quick &lt;i&gt;Basic&lt;/i&gt; archive, you can open both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="55" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Facebook profile and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; (not HTML) and &lt;b&gt;Date range: All time&lt;/b&gt;. Large downloads come as several zips: open them together. End-to-end encrypted Messenger chats are not included; Messenger exports those separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="64" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Instagram account and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; and &lt;b&gt;Date range: All time&lt;/b&gt;. Long histories come as two zips: open both at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopController</name>
        <message>
            <location filename="../../app/gui/workshop.py" line="51" />
            <source>&amp;Reset for the next person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="52" />
            <location filename="../../app/gui/workshop.py" line="166" />
            <source>Reset for the next person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="54" />
            <source>Forgets everything opened in this workshop session and starts again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="117" />
            <location filename="../../app/gui/workshop.py" line="122" />
            <source>Start workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="119" />
            <source>Workshop mode starts an empty session that lives in memory only. Your saved library stays as it is, closed until you leave workshop mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="137" />
            <location filename="../../app/gui/workshop.py" line="139" />
            <source>Leave workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="138" />
            <source>Everything opened in this workshop session will be forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="167" />
            <source>Forget everything opened in this session and start again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="168" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="185" />
            <source>Ready for the next person: nothing is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>busy</name>
        <message>
            <location filename="../../app/gui/busy.py" line="52" />
            <source>Overshare</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>explain</name>
        <message>
            <location filename="../../app/core/policy/explain.py" line="35" />
            <source>The current policy and your settings allow this now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="36" />
            <source>Your settings stop this from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="37" />
            <source>This is not happening now under this clause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="38" />
            <source>Whether this happens now is uncertain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="42" />
            <source>It may already have been used: opt-outs only stop future use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="43" />
            <source>It has not been used this way as far as the sources say.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="44" />
            <source>Whether it has already been used is uncertain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="29" />
            <source>confirmed from the platform's own text or a regulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="30" />
            <source>reported by several press outlets, not read in the platform's own text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="31" />
            <source>unconfirmed: single or contradictory sources</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <location filename="../../app/core/policy/explain.py" line="87" />
            <source>Clause: “%1” (%2, version %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="88" />
            <source>Uncertain because %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="89" />
            <source>Source confidence: %1; last verified %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="90" />
            <source>No clause in the loaded policies speaks about this kind of item, so we cannot say whether it is used for AI training or shared. This is a gap in our research, not a sign that the item is safe.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>1 item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>%1 items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="14" />
            <source>X (Twitter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="15" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="16" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="17" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="18" />
            <source>Threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="22" />
            <source>European Union</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="23" />
            <source>Iceland, Liechtenstein or Norway (EEA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="24" />
            <source>Switzerland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="25" />
            <source>United Kingdom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="26" />
            <source>United States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="27" />
            <source>Canada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="28" />
            <source>Hong Kong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="29" />
            <source>Brazil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="30" />
            <source>South Korea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="31" />
            <source>Australia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="32" />
            <source>Somewhere else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="36" />
            <source>Trains the platform's AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="37" />
            <source>Shared with an affiliate to train AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="38" />
            <source>Shared with third parties that may train AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="39" />
            <source>Built into AI models offered to others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="40" />
            <source>Licensed or syndicated to others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="41" />
            <source>Used to personalise ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="42" />
            <source>Shared with affiliates for ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="43" />
            <source>Used for safety AI only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="44" />
            <source>Copied to federated servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="45" />
            <location filename="../../app/gui/widgets/labels.py" line="53" />
            <location filename="../../app/gui/widgets/labels.py" line="63" />
            <source>Not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="46" />
            <source>Unclear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="47" />
            <source>No policy rule covers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="51" />
            <location filename="../../app/gui/widgets/labels.py" line="59" />
            <source>Allowed now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="52" />
            <location filename="../../app/gui/widgets/labels.py" line="62" />
            <source>Blocked by your settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="54" />
            <location filename="../../app/gui/widgets/labels.py" line="61" />
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="55" />
            <source>Not covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="60" />
            <source>Blocked now, may already have been used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="23" />
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="24" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="25" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="26" />
            <source>Repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="27" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="28" />
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="29" />
            <source>Poll answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="30" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="31" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="32" />
            <source>Reel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="33" />
            <source>Story</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="34" />
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="35" />
            <source>Like / reaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="36" />
            <source>Bookmark / save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="37" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="38" />
            <source>Group message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="39" />
            <source>Group post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="40" />
            <source>AI chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="41" />
            <source>Profile detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="42" />
            <source>Connection / follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="43" />
            <source>Résumé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="44" />
            <source>Job screening answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="45" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="46" />
            <source>Ad interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="47" />
            <source>Rating / review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="48" />
            <source>Inferred about you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="49" />
            <source>Block / mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="50" />
            <source>Connected app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="51" />
            <source>Activity elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="52" />
            <source>Account record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="56" />
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="57" />
            <source>Protected (approved followers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="58" />
            <source>Followers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="59" />
            <source>Friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="60" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="61" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="65" />
            <source>Confirmed (the platform's own text or a regulator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="66" />
            <source>Secondary (press reports, not the platform's own text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="67" />
            <source>Unconfirmed (single or contradictory sources)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="72" />
            <source>Delete the item on LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="73" />
            <source>Limit who can see it on LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="74" />
            <source>Send LinkedIn's objection form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="75" />
            <source>Review Meta's ad preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="76" />
            <source>Keep your Meta AI chats out of Discover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="77" />
            <source>Remove connected apps at Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="78" />
            <source>Delete the item at Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="79" />
            <source>Delete your Meta AI chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="80" />
            <source>Limit the audience of past posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="81" />
            <source>Object to Meta's AI use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="82" />
            <source>Delete the item on X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="83" />
            <source>Delete your Grok chat history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reasons</name>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="20" />
            <source>the archive does not say who could see this item; it counts only if it was {visibility} (answer: who could see it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="22" />
            <source>the rule depends on whether you were {band} when the item was made (answer: your birth year, and the item's date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="24" />
            <source>the item's date is unknown and the clause covers a date window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="25" />
            <source>the policy is silent or contradictory about this kind of data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="26" />
            <source>the default of '{setting}' in your region is not confirmed (answer: is it {state}?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="28" />
            <source>it is not documented whether '{setting}' stops this use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="29" />
            <source>this depends on '{setting}' (answer: is it so?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="30" />
            <source>this clause is unconfirmed (single or contradictory sources)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="31" />
            <source>when this use began has not been researched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="32" />
            <source>the item's date is unknown (answer: when was it made?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="33" />
            <source>tell us when you changed {key} to settle whether this was used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="34" />
            <source>the start date of this use ({start}) is approximate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="35" />
            <source>this clause applies only in {regions} (answer: where you live)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="36" />
            <source>the answer depends on where you live (answer: your region)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="37" />
            <source>no rule in the loaded policies covers this kind of item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="38" />
            <source>{first} or {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="43" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="44" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="45" />
            <source>18 or older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="46" />
            <source>under 18</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="47" />
            <source>public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="48" />
            <source>protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="49" />
            <source>followers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="50" />
            <source>friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="51" />
            <source>private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="52" />
            <source>connections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="../../app/core/report/html.py" line="50" />
            <source>Made %1 on your own computer by Overshare %2. Policies applied as of %3; region: %4; birth year: %5. Policy data %6, last verified %7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="144" />
            <source>Items per year of creation, split by whether they may already have been used for AI training or shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="190" />
            <source>Ranked by how many uses are allowed now and whether they may already have been used. Each explanation is printed once and numbered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="227" />
            <source>What you recorded doing, and when. “Items it would cover” counts items still exposed that the setting would stop from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="251" />
            <source>Uses that no setting offered to you stops. What remains is deleting the items, changing who can see them, or a legal objection or complaint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="290" />
            <source>Confidence: confirmed = read in the platform's own text or a regulator's; secondary = press reports; unconfirmed = single or contradictory sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="347" />
            <source>Overshare read your archives on your own computer and sent nothing anywhere. Each item was matched against dated policy clauses; every verdict above names its clause and source. Policies change: facts are as verified on %1. App version %2, policy data %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <source>Share-safe edition (redacted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Full edition (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="42" />
            <source>This edition has no item text, handles, names, ids, file names or links to your content: only counts, categories, verdicts, dates and your opt-out checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="46" />
            <source>This edition contains the text of your items. Share the redacted edition instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="48" />
            <source>not given (answers that depend on it say uncertain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <location filename="../../app/core/report/html.py" line="255" />
            <location filename="../../app/core/report/html.py" line="280" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Items it would cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="256" />
            <location filename="../../app/core/report/html.py" line="119" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="257" />
            <source>Clause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="258" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="259" />
            <location filename="../../app/core/report/html.py" line="287" />
            <location filename="../../app/core/report/html.py" line="74" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="260" />
            <source>What you can do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="281" />
            <source>Document and source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="282" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="283" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="284" />
            <source>Effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="285" />
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="286" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="293" />
            <source>Policy versions and sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="303" />
            <source>complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="305" />
            <source>incomplete (cancelled or interrupted): counts are partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report (share-safe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="75" />
            <source>Exposed now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="76" />
            <location filename="../../app/core/report/model.py" line="187" />
            <source>May already have been used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="77" />
            <location filename="../../app/core/report/model.py" line="174" />
            <location filename="../../app/core/report/model.py" line="188" />
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="78" />
            <location filename="../../app/core/report/model.py" line="170" />
            <source>Not covered by any rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="198" />
            <source>%1 (%2 in your data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="332" />
            <source>What was missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="333" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="334" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="89" />
            <source>By kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="236" />
            <source>What could not be opted out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="125" />
            <source>An item is &lt;b&gt;exposed now&lt;/b&gt; when a current policy and your recorded settings allow at least one AI-training or sharing use. Opting out stops future use only: items that &lt;b&gt;may already have been used&lt;/b&gt; stay so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="133" />
            <source>What was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="148" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="160" />
            <source>[text not included in the share-safe edition]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="162" />
            <source>(no text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="193" />
            <source>Most exposed items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="214" />
            <source>policy seen: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="230" />
            <source>Opt-out checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="238" />
            <source>Nothing: every use found has a setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="301" />
            <source>Archive health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="54" />
            <source>Your AI-training exposure report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="110" />
            <source>The oldest item that may already have been used: a %1 on %2 from %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="157" />
            <source>%1 media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>not in your region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="310" />
            <source>Sources: %1. Import %2. Dates from %3 to %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Layout found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="327" />
            <source>Files not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="353" />
            <source>About this report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="131" />
            <source>Per platform and outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="165" />
            <source>Refers to: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="174" />
            <source>(why: see [%1])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="179" />
            <source>%1; may already have been used: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="201" />
            <source>None exposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="311" />
            <source>none recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="319" />
            <source>Accounts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="121" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="18" />
            <source>true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="19" />
            <source>false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="20" />
            <source>uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="21" />
            <source>read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="22" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="23" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="24" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="25" />
            <source>undated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="26" />
            <source>an account choice, not an opt-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="27" />
            <source>no action is documented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="101" />
            <source>Overshare exposure report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="102" />
            <source>Overshare exposure report (share-safe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Share-safe edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="175" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="88" />
            <source>Items per platform and outcome, by status (bar length: share of all items)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="121" />
            <source>Items per year, split by whether they may already have been used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="85" />
            <source>No items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="17" />
            <source>Public posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="18" />
            <source>AI chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="19" />
            <source>Photos and videos with captions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="20" />
            <source>Profile fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="159" />
            <source>Trains the platform's AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="160" />
            <source>Shared with group company for AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="161" />
            <source>Shared with third parties (may train AI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="162" />
            <source>In AI models offered to others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="163" />
            <source>Licensed or syndicated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="164" />
            <source>Used for ads personalisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="165" />
            <source>Shared with group company for ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="166" />
            <source>Safety AI only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="167" />
            <source>Copied to fediverse servers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="168" />
            <location filename="../../app/core/report/model.py" line="176" />
            <source>Not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="169" />
            <source>Policy unclear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="173" />
            <source>Allowed now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="175" />
            <source>Stopped by your settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="177" />
            <source>Not covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="189" />
            <source>Not used so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../app/gui/run.py" line="43" />
            <source>Overshare hit an unexpected problem: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../app/gui/session.py" line="35" />
            <source>Opening your library…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wizard</name>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="17" />
            <source>Confirmed: the platform's own pages say so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="19" />
            <source>Reported by reliable secondary sources; the platform's own page could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="22" />
            <source>Not confirmed: this comes from a third-party audit or an inference. Check what you see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="30" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="31" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="32" />
            <source>Not available to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="33" />
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="39" />
            <source>A setting you can change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="40" />
            <source>A request you can send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="41" />
            <source>Something you can do instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="42" />
            <source>What the platform does not let you change</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
