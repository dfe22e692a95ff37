<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="27" />
            <source>About Overshare</source>
            <translation>Acerca de Overshare</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="34" />
            <source>Policy data: %1 documents, last checked %2; the newest took effect on %3.</source>
            <translation>Datos de políticas: %1 documentos, última comprobación el %2; el más reciente entró en vigor el %3.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="43" />
            <source>Shows which of your social-media data the platforms may use to train AI, share or use for ads, and helps you opt out. Everything stays on this computer.</source>
            <translation>Muestra cuáles de sus datos de redes sociales pueden usar las plataformas para entrenar IA, compartir o usar con fines publicitarios, y le ayuda a oponerse. Todo permanece en este equipo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/about_dialog.py" line="51" />
            <source>Built with Python %1, Qt %2 and PySide6 %3 (LGPLv3), SQLCipher (BSD), orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) and cryptography (Apache-2.0/BSD). Qt and PySide6 are used under the GNU LGPL version 3; their source is available from qt.io.</source>
            <translation>Creado con Python %1, Qt %2 y PySide6 %3 (LGPLv3), SQLCipher (BSD), orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) y cryptography (Apache-2.0/BSD). Qt y PySide6 se usan conforme a la GNU LGPL versión 3; su código fuente está disponible en qt.io.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="81" />
            <source>Your exposure</source>
            <translation>Qué pueden hacer con sus datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="83" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="219" />
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="91" />
            <source>Opens the opt-out wizard at the first step whose policy changed</source>
            <translation>Abre el asistente de exclusión en el primer paso cuya política haya cambiado</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="99" />
            <source>Nothing imported yet.</source>
            <translation>Aún no se ha importado nada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="100" />
            <source>Open an archive or try the demo…</source>
            <translation>Abra un archivo de datos o pruebe la demostración…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="114" />
            <source>in your library</source>
            <translation>en su biblioteca</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="116" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="157" />
            <source>Allowed now</source>
            <translation>Permitido ahora</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="117" />
            <source>a platform may use them for AI, sharing or ads</source>
            <translation>una plataforma puede usarlos para IA, compartirlos o para publicidad</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="121" />
            <source>May already have been used</source>
            <translation>Puede que ya se hayan usado</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="122" />
            <source>opting out does not undo past use</source>
            <translation>oponerse no deshace el uso anterior</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <location filename="../../app/gui/pages/dashboard_page.py" line="159" />
            <source>Uncertain</source>
            <translation>Incierto</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="126" />
            <source>depends on facts we do not know</source>
            <translation>depende de datos que desconocemos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="135" />
            <source>By platform (each item counted once)</source>
            <translation>Por plataforma (cada elemento se cuenta una vez)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="137" />
            <source>Items per platform by exposure</source>
            <translation>Elementos por plataforma según su uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="141" />
            <source>Things you can do now</source>
            <translation>Lo que puede hacer ahora</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="146" />
            <source>What each use covers</source>
            <translation>Qué abarca cada uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="149" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="156" />
            <source>Use</source>
            <translation>Uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="158" />
            <source>Blocked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="160" />
            <source>Not used</source>
            <translation>No se usa</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="169" />
            <source>Items per use and status; activate a count to list them</source>
            <translation>Elementos por uso y estado; active un número para verlos en una lista</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="184" />
            <source>Click a count to list those items.</source>
            <translation>Haga clic en un número para ver esos elementos en una lista.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review 1 opt-out step</source>
            <translation>Revisar 1 paso de exclusión</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="203" />
            <source>Review %1 opt-out steps</source>
            <translation>Revisar %1 pasos de exclusión</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="253" />
            <source>where you live</source>
            <translation>dónde vive</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="255" />
            <source>your birth year</source>
            <translation>su año de nacimiento</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="257" />
            <source> Set %1 in Settings for surer answers.</source>
            <translation> Indique %1 en Configuración para obtener respuestas más seguras.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="262" />
            <source>%1 from %2.</source>
            <translation>%1 de %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="290" />
            <source>All platforms</source>
            <translation>Todas las plataformas</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="308" />
            <source>No setting change would reduce your exposure further.</source>
            <translation>Ningún cambio de configuración reduciría más su exposición.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="324" />
            <source>Would cover %1 that are still exposed.</source>
            <translation>Abarcaría %1 aún sin proteger.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="330" />
            <source>Show me how</source>
            <translation>Mostrarme cómo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="331" />
            <source>Show me how to change %1</source>
            <translation>Mostrarme cómo cambiar «%1»</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/dashboard_page.py" line="368" />
            <source>List these items</source>
            <translation>Ver estos elementos en una lista</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="21" />
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="29" />
            <source>Your archive was not changed. You can copy the details for a bug report.</source>
            <translation>Su archivo de datos no se ha modificado. Puede copiar los detalles para un informe de error.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="35" />
            <source>Technical details</source>
            <translation>Detalles técnicos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="40" />
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Show details</source>
            <translation>Mostrar detalles</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="41" />
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/error_dialog.py" line="55" />
            <source>Hide details</source>
            <translation>Ocultar detalles</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="80" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="84" />
            <source>Report format</source>
            <translation>Formato del informe</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="88" />
            <source>Share-safe edition (redacted)</source>
            <translation>Versión para compartir (sin datos identificativos)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="92" />
            <source>Counts, categories, verdicts, dates and your opt-out checklist only: no item text, handles, names, ids or links to your content.</source>
            <translation>Solo recuentos, categorías, valoraciones, fechas y su lista de comprobación de exclusiones: sin texto de elementos, nombres de usuario, nombres, identificadores ni enlaces a su contenido.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="97" />
            <source>Destination file</source>
            <translation>Archivo de destino</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="99" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="100" />
            <source>Choose the destination file</source>
            <translation>Elegir el archivo de destino</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="107" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="109" />
            <source>Save to</source>
            <translation>Guardar en</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="117" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="146" />
            <source>Save report as</source>
            <translation>Guardar informe como</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="158" />
            <source>Replace file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="159" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ya existe. ¿Desea reemplazarlo?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="179" />
            <source>The folder {f} does not exist.</source>
            <translation>La carpeta {f} no existe.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="185" />
            <source>The report could not be written</source>
            <translation>No se pudo escribir el informe</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="200" />
            <source>Preparing…</source>
            <translation>Preparando…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="219" />
            <source>Saved {path}: {n} items, {e} exposed now.</source>
            <translation>Guardado {path}: {n} elementos, {e} expuestos ahora.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="223" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="233" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportación cancelada; no se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="37" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="38" />
            <source>Web page, one file (*.html)</source>
            <translation>Página web, un solo archivo (*.html)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="39" />
            <source>Spreadsheet, one row per item (*.csv)</source>
            <translation>Hoja de cálculo, una fila por elemento (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/export_dialog.py" line="40" />
            <source>JSON for other tools (*.json)</source>
            <translation>JSON para otras herramientas (*.json)</translation>
        </message>
    </context>
    <context>
        <name>GroupSummaryDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="44" />
            <source>Export anonymous group summary</source>
            <translation>Exportar resumen anónimo del grupo</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="48" />
            <source>Hand this file to the workshop facilitator: it holds counts only (how many items of each kind, how many each policy may use, which settings would help) and the first and last year of your data. No posts, messages, names, ids, file names or exact dates. This is exactly what will be saved:</source>
            <translation>Entregue este archivo a la persona que dirige el taller: solo contiene recuentos (cuántos elementos de cada tipo, cuántos puede usar cada política, qué ajustes ayudarían) y el primer y el último año de sus datos. Ninguna publicación, mensaje, nombre, identificador, nombre de archivo ni fecha exacta. Esto es exactamente lo que se guardará:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="56" />
            <source>Counting your items…</source>
            <translation>Contando sus elementos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="61" />
            <source>Summary contents</source>
            <translation>Contenido del resumen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="63" />
            <source>The file that will be saved, as text: counts only</source>
            <translation>El archivo que se guardará, como texto: solo recuentos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="69" />
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="71" />
            <source>Save the summary to a file</source>
            <translation>Guardar el resumen en un archivo</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="74" />
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="89" />
            <source>The summary could not be made</source>
            <translation>No se pudo crear el resumen</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="99" />
            <source>Counts for %1 from %2.</source>
            <translation>Recuentos de %1 de %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="100" />
            <source>no platform</source>
            <translation>ninguna plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="103" />
            <source>Years %1 to %2.</source>
            <translation>Años: de %1 a %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="105" />
            <source>Region: %1.</source>
            <translation>Región: %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="110" />
            <source>Nothing to summarise yet: open an archive first.</source>
            <translation>Aún no hay nada que resumir: abra primero un archivo de datos.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="115" />
            <source>Save anonymous group summary</source>
            <translation>Guardar resumen anónimo del grupo</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="118" />
            <source>Workshop summary (*.json)</source>
            <translation>Resumen del taller (*.json)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="135" />
            <source>%1 could not be saved (%2).</source>
            <translation>No se pudo guardar %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/group_summary_dialog.py" line="137" />
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="123" />
            <source>Archive health</source>
            <translation>Estado del archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="126" />
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="141" />
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="145" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="148" />
            <source>Items per kind</source>
            <translation>Elementos por tipo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="149" />
            <source>Archive files</source>
            <translation>Archivos de la exportación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="186" />
            <source>Last attempt (nothing stored)</source>
            <translation>Último intento (no se guardó nada)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="188" />
            <source>import %1</source>
            <translation>importación %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="215" />
            <source>No archive imported yet.</source>
            <translation>Aún no se ha importado ningún archivo de datos.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="216" />
            <source>Open an archive to see which files were read.</source>
            <translation>Abra un archivo de datos para ver qué archivos se leyeron.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="222" />
            <source>%1 found</source>
            <translation>%1 en total</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="225" />
            <source>%1 files read, %2 skipped, %3 not recognised, %4 failed</source>
            <translation>%1 archivos leídos, %2 omitidos, %3 no reconocidos, %4 con errores</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="239" />
            <source>read</source>
            <translation>leído</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="240" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="241" />
            <source>not recognised</source>
            <translation>no reconocido</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="242" />
            <source>failed</source>
            <translation>con errores</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="260" />
            <source>Dates covered: %1 to %2</source>
            <translation>Periodo cubierto: del %1 al %2</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="269" />
            <source>your account</source>
            <translation>su cuenta</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>protected</source>
            <translation>protegida</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="271" />
            <source>public</source>
            <translation>pública</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="272" />
            <source>public or protected: not stated in the archive</source>
            <translation>pública o protegida: el archivo de datos no lo indica</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="276" />
            <source>This import was cancelled; nothing from it was kept.</source>
            <translation>Esta importación se canceló; no se conservó nada de ella.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="41" />
            <source>%1 record</source>
            <translation>%1 registro</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="42" />
            <source>%1 row</source>
            <translation>%1 fila</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="43" />
            <source>%1 records</source>
            <translation>%1 registros</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="44" />
            <source>%1 rows</source>
            <translation>%1 filas</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="46" />
            <source>%1 records; Overshare does not turn this file into items</source>
            <translation>%1 registros; Overshare no convierte este archivo en elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="47" />
            <source>%1 long-post bodies, joined to their posts</source>
            <translation>%1 textos de publicaciones largas, unidos a sus publicaciones</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="48" />
            <source>%1 malformed records skipped</source>
            <translation>%1 registros con errores omitidos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="49" />
            <source>archive manifest listing %1 data files</source>
            <translation>índice del archivo con %1 archivos de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="50" />
            <source>%1 files of X's offline viewer, not read</source>
            <translation>%1 archivos del visor sin conexión de X, no leídos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="52" />
            <source>%1 media or viewer files (%2 bytes), not read</source>
            <translation>%1 archivos multimedia o del visor (%2 bytes), no leídos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="53" />
            <source>%1 more files Overshare does not read</source>
            <translation>%1 archivos más que Overshare no lee</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="54" />
            <source>not a file Overshare reads</source>
            <translation>no es un archivo que Overshare lea</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="55" />
            <source>empty file</source>
            <translation>archivo vacío</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="57" />
            <source>no protect/unprotect action recorded; visibility unknown</source>
            <translation>no consta ninguna protección ni desprotección; visibilidad desconocida</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="59" />
            <source>posts public since %1 (protected-history.js)</source>
            <translation>publicaciones públicas desde %1 (protected-history.js)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="61" />
            <source>posts protected since %1 (protected-history.js)</source>
            <translation>publicaciones protegidas desde %1 (protected-history.js)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="63" />
            <source>an HTML page; Overshare reads the JSON format</source>
            <translation>una página HTML; Overshare lee el formato JSON</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="65" />
            <source>placeholder: the export had no data of this type</source>
            <translation>marcador de posición: la exportación no tenía datos de este tipo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="66" />
            <source>the same file is also in %1; read once</source>
            <translation>el mismo archivo también está en %1; se leyó una vez</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="68" />
            <source>the Complete archive in this import holds the same file</source>
            <translation>el archivo completo de esta importación contiene el mismo archivo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="69" />
            <source>X's own description of the archive's files</source>
            <translation>la descripción que hace X de los ficheros de la exportación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/health_page.py" line="70" />
            <source>listed, not turned into items</source>
            <translation>listado, no convertido en elementos</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="25" />
            <location filename="../../app/gui/pages/import_page.py" line="65" />
            <source>Reading your archive</source>
            <translation>Leyendo su archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="31" />
            <source>Everything happens on this computer. Nothing is uploaded.</source>
            <translation>Todo ocurre en este equipo. No se sube nada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="35" />
            <source>Current file</source>
            <translation>Archivo actual</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="37" />
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="38" />
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="45" />
            <source>Choose another archive</source>
            <translation>Elegir otro archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="69" />
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/import_page.py" line="73" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="31" />
            <source>Take back what you can</source>
            <translation>Recupere todo el control que pueda</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="34" />
            <source>For each platform, the wizard shows only the steps that exist where you live: what each one stops, what it cannot stop, and where to find it.</source>
            <translation>Para cada plataforma, el asistente muestra solo los pasos que existen donde usted vive: qué detiene cada uno, qué no puede detener y dónde encontrarlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="41" />
            <source>Opting out stops future use only: nothing here removes your data from AI models that were already trained. Your answers are saved on this computer with their date and update your exposure at once.</source>
            <translation>Oponerse solo detiene el uso futuro: nada de esto elimina sus datos de los modelos de IA ya entrenados. Sus respuestas se guardan en este equipo con su fecha y actualizan su exposición al instante.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="57" />
            <source>Where you live</source>
            <translation>Dónde vive</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="59" />
            <source>Opt-out rights differ by region; this is also saved in Settings.</source>
            <translation>Los derechos de oposición varían según la región; esto también se guarda en Configuración.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="61" />
            <source>Choose where you live…</source>
            <translation>Elija dónde vive…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="66" />
            <source>Where you live:</source>
            <translation>Dónde vive:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="69" />
            <source>Platforms to go through:</source>
            <translation>Plataformas que revisar:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="83" />
            <source>Platforms you imported are ticked. Threads steps come with Instagram.</source>
            <translation>Las plataformas que ha importado están marcadas. Los pasos de Threads van con Instagram.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/intro_page.py" line="85" />
            <source>Nothing is imported yet, so every platform is ticked.</source>
            <translation>Aún no se ha importado nada, así que todas las plataformas están marcadas.</translation>
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="69" />
            <source>Item details</source>
            <translation>Detalles del elemento</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="93" />
            <source>This item is no longer in your library.</source>
            <translation>Este elemento ya no está en su biblioteca.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="107" />
            <source>{0} on {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="110" />
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="114" />
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Show original record</source>
            <translation>Mostrar registro original</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="129" />
            <source>No policy clause we know of covers this item.</source>
            <translation>Ninguna cláusula de política que conozcamos abarca este elemento.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="140" />
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="144" />
            <source>Visibility:</source>
            <translation>Visibilidad:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="146" />
            <source>Refers to:</source>
            <translation>Se refiere a:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="148" />
            <source>Media:</source>
            <translation>Multimedia:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="150" />
            <source>{0} › {1}, record {2}</source>
            <translation>{0} › {1}, registro {2}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="151" />
            <source>From:</source>
            <translation>De:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="157" />
            <source>Hide original record</source>
            <translation>Ocultar registro original</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/item_detail.py" line="126" />
            <source>What this item may be used for</source>
            <translation>Para qué se puede usar este elemento</translation>
        </message>
    </context>
    <context>
        <name>ItemFilterBar</name>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="62" />
            <source>Search your posts, messages and more…</source>
            <translation>Busque en sus publicaciones, mensajes y más…</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="64" />
            <source>Search items</source>
            <translation>Buscar elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From: any date</source>
            <translation>Desde: cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="87" />
            <source>From date</source>
            <translation>Fecha inicial</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To: any date</source>
            <translation>Hasta: cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="88" />
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="94" />
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="33" />
            <source>All platforms</source>
            <translation>Todas las plataformas</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="34" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="35" />
            <source>Any use</source>
            <translation>Cualquier uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="36" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/item_filter_bar.py" line="37" />
            <source>Any visibility</source>
            <translation>Cualquier visibilidad</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="237" />
            <source>This column cannot be sorted</source>
            <translation>Esta columna no se puede ordenar</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/items_model.py" line="251" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/item_columns.py" line="17" />
            <source>Exposure</source>
            <translation>Exposición</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="88" />
            <source>Your items</source>
            <translation>Sus elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="92" />
            <source>Number of items shown</source>
            <translation>Número de elementos mostrados</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="113" />
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="160" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="250" />
            <source>Could not read your library: {0}</source>
            <translation>No se pudo leer su biblioteca: {0}</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="254" />
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="258" />
            <source>1 item</source>
            <translation>1 elemento</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="260" />
            <source>{0} items</source>
            <translation>{0} elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="264" />
            <source>No items match — clear filters to see everything.</source>
            <translation>Ningún elemento coincide: borre los filtros para verlo todo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/items_page.py" line="266" />
            <source>Your library is empty. Open an archive to see your items here.</source>
            <translation>Su biblioteca está vacía. Abra un archivo de datos para ver aquí sus elementos.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="60" />
            <source>Object in writing</source>
            <translation>Oponerse por escrito</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="63" />
            <source>Where you live, data-protection law lets you object to AI training based on “legitimate interests” (Article 21) and ask what was used (Article 15).</source>
            <translation>Donde usted vive, la legislación de protección de datos le permite oponerse al entrenamiento de IA basado en el «interés legítimo» (artículo 21) y preguntar qué se ha usado (artículo 15).</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="70" />
            <source>Platform the letter is for</source>
            <translation>Plataforma a la que va dirigida la carta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="71" />
            <source>Platform:</source>
            <translation>Plataforma:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="74" />
            <source>Objection (Art. 21)</source>
            <translation>Oposición (art. 21 RGPD)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="75" />
            <source>Objection to AI training, Article 21</source>
            <translation>Oposición al entrenamiento de IA, artículo 21 del RGPD</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="76" />
            <source>Access request (Art. 15)</source>
            <translation>Derecho de acceso (art. 15 RGPD)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="77" />
            <source>Access request about AI training, Article 15</source>
            <translation>Solicitud de acceso sobre el entrenamiento de IA, artículo 15 del RGPD</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="83" />
            <source>Letter:</source>
            <translation>Carta:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="85" />
            <source>Your name as on the account</source>
            <translation>Su nombre tal como figura en la cuenta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="87" />
            <source>Your account handle or e-mail</source>
            <translation>Su nombre de usuario o correo electrónico de la cuenta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="88" />
            <source>Your name:</source>
            <translation>Su nombre:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="89" />
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="92" />
            <source>Letter text</source>
            <translation>Texto de la carta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="93" />
            <source>You can edit the text before copying it.</source>
            <translation>Puede editar el texto antes de copiarlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="99" />
            <source>Where to send the letter</source>
            <translation>Adónde enviar la carta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="103" />
            <source>Copy to clipboard</source>
            <translation>Copiar al portapapeles</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="104" />
            <source>Copy the letter to the clipboard</source>
            <translation>Copiar la carta al portapapeles</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="105" />
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="106" />
            <source>Save the letter as a text file</source>
            <translation>Guardar la carta como archivo de texto</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="147" />
            <source>[your name]</source>
            <translation>[su nombre]</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="148" />
            <source>[your account]</source>
            <translation>[su cuenta]</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="152" />
            <source>Send it to %1 through &lt;a href="%2"&gt;%2&lt;/a&gt;.</source>
            <translation>Envíela a %1 a través de &lt;a href="%2"&gt;%2&lt;/a&gt;.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="158" />
            <source>Copied.</source>
            <translation>Copiado.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Save the letter</source>
            <translation>Guardar la carta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="164" />
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="171" />
            <source>Could not save: %1</source>
            <translation>No se pudo guardar: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/letters_page.py" line="173" />
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/gui/main_window.py" line="89" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="91" />
            <source>Archive health</source>
            <translation>Estado del archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="127" />
            <source>Nothing leaves this computer.</source>
            <translation>Nada sale de este equipo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="161" />
            <source>Open archive</source>
            <translation>Abrir archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="168" />
            <source>Open extracted archive folder</source>
            <translation>Abrir carpeta de archivo de datos descomprimido</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="180" />
            <source>An import is already running.</source>
            <translation>Ya hay una importación en curso.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="207" />
            <source>Nothing importable was found.</source>
            <translation>No se encontró nada que se pueda importar.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="208" />
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="217" />
            <source>Imported %1.</source>
            <translation>Importación completada: %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled</source>
            <translation>Importación cancelada</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="225" />
            <source>Import cancelled. Nothing was kept.</source>
            <translation>Importación cancelada. No se conservó nada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="232" />
            <source>The import stopped</source>
            <translation>La importación se detuvo</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="246" />
            <source>Updating what applies to your items…</source>
            <translation>Actualizando lo que se aplica a sus elementos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="257" />
            <source>Updated %1.</source>
            <translation>Actualización completada: %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="279" />
            <source>Everything was forgotten.</source>
            <translation>Se ha olvidado todo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="32" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="34" />
            <source>&amp;Open Archive…</source>
            <translation>&amp;Abrir archivo de datos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="36" />
            <source>Open &amp;Folder…</source>
            <translation>Abrir &amp;carpeta…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="37" />
            <source>Try &amp;Demo Data</source>
            <translation>Probar &amp;datos de demostración</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>&amp;Export Report…</source>
            <translation>&amp;Exportar informe…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="40" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="43" />
            <source>&amp;Workshop Mode</source>
            <translation>Modo &amp;taller</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="48" />
            <source>Export Anonymous &amp;Group Summary…</source>
            <translation>Exportar resumen anónimo del &amp;grupo…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="49" />
            <source>&amp;Reset for the Next Person…</source>
            <translation>&amp;Restablecer para la siguiente persona…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="56" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="60" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="61" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="63" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="66" />
            <source>&amp;Start</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="67" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="68" />
            <source>&amp;Items</source>
            <translation>&amp;Elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="69" />
            <source>Archive &amp;Health</source>
            <translation>Estado del archivo de &amp;datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="77" />
            <source>&amp;Presenter View</source>
            <translation>Vista de pre&amp;sentación</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="82" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="83" />
            <source>&amp;Opt-out Wizard…</source>
            <translation>Asistente de e&amp;xclusión…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="84" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="88" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="90" />
            <source>Check for &amp;Policy Updates…</source>
            <translation>Buscar actualizaciones de &amp;políticas…</translation>
        </message>
        <message>
            <location filename="../../app/gui/menus.py" line="93" />
            <source>&amp;About Overshare</source>
            <translation>&amp;Acerca de Overshare</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="58" />
            <source>Library saved encrypted; its key is in the system keyring.</source>
            <translation>Biblioteca guardada cifrada; su clave está en el llavero del sistema.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="53" />
            <source>Workshop session in memory only: nothing is written to this computer.</source>
            <translation>Sesión de taller solo en memoria: no se escribe nada en este equipo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="55" />
            <source>Memory-only session: no system keyring, so your library is not saved.</source>
            <translation>Sesión solo en memoria: no hay llavero del sistema, así que su biblioteca no se guarda.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="57" />
            <source>Library saved encrypted with your passphrase.</source>
            <translation>Biblioteca guardada cifrada con su frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>OptOutWizard</name>
        <message>
            <location filename="../../app/gui/wizard/wizard.py" line="38" />
            <location filename="../../app/gui/wizard/wizard.py" line="39" />
            <source>Opt-out wizard</source>
            <translation>Asistente de exclusión</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Choose a passphrase</source>
            <translation>Elija una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="30" />
            <source>Enter passphrase</source>
            <translation>Introduzca la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="38" />
            <source>Your library will be saved encrypted with this passphrase. Overshare cannot recover it: if you forget it, you will have to start again.</source>
            <translation>Su biblioteca se guardará cifrada con esta frase de contraseña. Overshare no puede recuperarla: si la olvida, tendrá que empezar de nuevo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="43" />
            <source>Enter the passphrase that protects your saved library.</source>
            <translation>Introduzca la frase de contraseña que protege su biblioteca guardada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="53" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="54" />
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="57" />
            <source>Passphrase again</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="59" />
            <source>Again:</source>
            <translation>Repetir:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="82" />
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Use al menos %n carácter.</numerusform>
                <numerusform>Use al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="84" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="161" />
            <source>Forget library?</source>
            <translation>¿Olvidar la biblioteca?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="162" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="164" />
            <source>Delete the saved library and its key? Everything imported so far is removed from this computer. This cannot be undone.</source>
            <translation>¿Eliminar la biblioteca guardada y su clave? Todo lo importado hasta ahora se borrará de este equipo. Esta acción no se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>PolicyUpdateDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="155" />
            <source>Policy updates</source>
            <translation>Actualizaciones de políticas</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="160" />
            <source>Overshare downloads the published policy file with one plain request and checks its signature. Nothing about you or your data is sent.</source>
            <translation>Overshare descarga el archivo de políticas publicado con una sola solicitud simple y comprueba su firma. No se envía nada sobre usted ni sobre sus datos.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="166" />
            <source>Not checked yet.</source>
            <translation>Aún no se ha comprobado.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="170" />
            <source>What changed</source>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="173" />
            <source>Check for policy updates when Overshare starts</source>
            <translation>Buscar actualizaciones de políticas al iniciar Overshare</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="176" />
            <source>Check now</source>
            <translation>Comprobar ahora</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="178" />
            <source>Use the new policies</source>
            <translation>Usar las nuevas políticas</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="189" />
            <source>Policy updates are not installed in a session that writes nothing.</source>
            <translation>Las actualizaciones de políticas no se instalan en una sesión que no escribe nada.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="202" />
            <source>Checking for policy updates…</source>
            <translation>Buscando actualizaciones de políticas…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="240" />
            <source>Now using policy version %s.</source>
            <translation>Ahora se usa la versión %s de las políticas.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="89" />
            <source>Rules added</source>
            <translation>Reglas añadidas</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="90" />
            <source>Rules removed</source>
            <translation>Reglas eliminadas</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="92" />
            <source>Rules changed</source>
            <translation>Reglas modificadas</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="95" />
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="96" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="98" />
            <source>No rule changed.</source>
            <translation>Ninguna regla ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="100" />
            <source>What this means for your items</source>
            <translation>Qué significa esto para sus elementos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="110" />
            <source>No items are loaded, so your own exposure cannot be compared.</source>
            <translation>No hay elementos cargados, por lo que no se puede comparar su propia exposición.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="112" />
            <source>Your exposure did not change (%1 items compared).</source>
            <translation>Su exposición no ha cambiado (%1 elementos comparados).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="115" />
            <source>Items exposed now: %1 → %2 (%3 newly exposed, %4 no longer).</source>
            <translation>Elementos expuestos ahora: %1 → %2 (%3 recién expuestos, %4 ya no).</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="121" />
            <source>May already have been used: %1 → %2.</source>
            <translation>Es posible que ya se hayan utilizado: %1 → %2.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="123" />
            <source>Uncertain: %1 → %2; not covered by any rule: %3 → %4.</source>
            <translation>Inciertos: %1 → %2; no cubiertos por ninguna regla: %3 → %4.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="134" />
            <source>%1, items allowed now for “%2”: %3 → %4.</source>
            <translation>%1, elementos permitidos ahora para «%2»: %3 → %4.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="104" />
            <source>No system keyring</source>
            <translation>No hay llavero del sistema</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="105" />
            <source>Overshare cannot keep your library's key in a system keyring here.</source>
            <translation>Overshare no puede guardar aquí la clave de su biblioteca en un llavero del sistema.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="108" />
            <source>You can protect the saved library with a passphrase that you type each time, or keep this session in memory only: nothing is saved and it is gone when you quit.</source>
            <translation>Puede proteger la biblioteca guardada con una frase de contraseña que escribirá cada vez, o mantener esta sesión solo en memoria: no se guarda nada y todo desaparece al salir.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="113" />
            <source>Use a passphrase</source>
            <translation>Usar una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="115" />
            <source>Keep this session in memory only</source>
            <translation>Mantener esta sesión solo en memoria</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="117" />
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="145" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="132" />
            <source>Your library cannot be opened</source>
            <translation>No se puede abrir su biblioteca</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="136" />
            <source>Forgetting the library deletes it and its key; your archives are not touched and you can import them again. Or use a memory-only session for now and decide later.</source>
            <translation>Olvidar la biblioteca la elimina junto con su clave; sus archivos de datos no se modifican y puede volver a importarlos. O use por ahora una sesión solo en memoria y decida más tarde.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="141" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="143" />
            <source>Forget library…</source>
            <translation>Olvidar la biblioteca…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/passphrase_dialog.py" line="144" />
            <source>Memory-only session</source>
            <translation>Sesión solo en memoria</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="68" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="72" />
            <source>About you</source>
            <translation>Sobre usted</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="75" />
            <source>Where you live</source>
            <translation>Dónde vive</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="76" />
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="83" />
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="80" />
            <source>Year of birth</source>
            <translation>Año de nacimiento</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="84" />
            <source>Where you live:</source>
            <translation>Dónde vive:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="85" />
            <source>Year of birth:</source>
            <translation>Año de nacimiento:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="88" />
            <source>Used only on this computer, to apply the rules for your region and age. Unset answers show as uncertain.</source>
            <translation>Se usa solo en este equipo, para aplicar las normas de su región y edad. Las respuestas sin indicar se muestran como inciertas.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="98" />
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="101" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="105" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="108" />
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="109" />
            <source>Theme:</source>
            <translation>Tema:</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="110" />
            <source>A new language applies when you next start Overshare.</source>
            <translation>Un nuevo idioma se aplica la próxima vez que inicie Overshare.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="117" />
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="121" />
            <source>Data location</source>
            <translation>Ubicación de los datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="122" />
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="130" />
            <source>Imported archive</source>
            <translation>Archivo de datos importado</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="131" />
            <source>Forget archive…</source>
            <translation>Olvidar archivo de datos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="137" />
            <source>Forget everything…</source>
            <translation>Olvidar todo…</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="140" />
            <source>Deletes the library, its key and your settings from this computer</source>
            <translation>Elimina de este equipo la biblioteca, su clave y su configuración</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="163" />
            <source>In memory only (nothing saved)</source>
            <translation>Solo en memoria (no se guarda nada)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="171" />
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="176" />
            <source>No archive imported yet</source>
            <translation>Aún no se ha importado ningún archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="198" />
            <source>Forget archive?</source>
            <translation>¿Olvidar el archivo de datos?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="200" />
            <source>Remove “%1” and all its items from Overshare? Your archive file is not touched; you can import it again.</source>
            <translation>¿Quitar «%1» y todos sus elementos de Overshare? Su archivo de datos no se modifica; puede volver a importarlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="210" />
            <source>Forget everything?</source>
            <translation>¿Olvidar todo?</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="212" />
            <source>Delete every imported item, the library and its key, and your settings (region, birth year, recorded opt-outs) from this computer? Your archive files are not touched. This cannot be undone.</source>
            <translation>¿Eliminar de este equipo todos los elementos importados, la biblioteca y su clave, y su configuración (región, año de nacimiento, exclusiones registradas)? Sus archivos de datos no se modifican. Esta acción no se puede deshacer.</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="44" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
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
            <translation>Pseudolocalización (pruebas)</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../app/gui/dialogs/settings_dialog.py" line="42" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="36" />
            <source>Library saved encrypted; its key is kept in the system keyring ({backend}).</source>
            <translation>Biblioteca guardada cifrada; su clave se guarda en el llavero del sistema ({backend}).</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="37" />
            <source>Library saved encrypted with your passphrase; you will be asked for it each time (no usable system keyring).</source>
            <translation>Biblioteca guardada cifrada con su frase de contraseña; se le pedirá cada vez (no hay un llavero del sistema utilizable).</translation>
        </message>
        <message>
            <location filename="../../app/core/storage/db.py" line="39" />
            <source>In-memory session: nothing is saved, and everything is gone when you close Overshare.</source>
            <translation>Sesión en memoria: no se guarda nada y todo desaparece al cerrar Overshare.</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="66" />
            <source>There is no opt-out for this where you live.</source>
            <translation>Donde usted vive no existe ninguna forma de oponerse a esto.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What happens</source>
            <translation>Qué ocurre</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="69" />
            <source>What this covers</source>
            <translation>Qué abarca esto</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="71" />
            <source>What this does NOT cover</source>
            <translation>Qué NO abarca esto</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="83" />
            <source>The next pages show how</source>
            <translation>Las páginas siguientes muestran cómo</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="86" />
            <source>After the steps, the wizard writes an Article 21 objection for you.</source>
            <translation>Después de los pasos, el asistente redacta por usted una oposición conforme al artículo 21.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="89" />
            <source>On the website</source>
            <translation>En el sitio web</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="91" />
            <source>In the app</source>
            <translation>En la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="93" />
            <source>Open in browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="96" />
            <source>Open %1 in your browser</source>
            <translation>Abrir %1 en su navegador</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="102" />
            <source>How sure we are: %1</source>
            <translation>Grado de certeza: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="108" />
            <source>Source: %1 (checked %2)</source>
            <translation>Fuente: %1 (comprobada el %2)</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="114" />
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="158" />
            <source>Your answer</source>
            <translation>Su respuesta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="160" />
            <source>Done, on</source>
            <translation>Hecho, el</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="161" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="162" />
            <source>Not available to me</source>
            <translation>No está disponible para mí</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="175" />
            <source>Date you did it</source>
            <translation>Fecha en que lo hizo</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="220" />
            <source>The policy data changed since you answered. Please check again.</source>
            <translation>Los datos de políticas han cambiado desde que respondió. Vuelva a comprobarlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="224" />
            <source>A newer policy (from %1) applies since you answered. Check again.</source>
            <translation>Desde que respondió se aplica una política más reciente (del %1). Vuelva a comprobarlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="228" />
            <source>Not answered yet.</source>
            <translation>Aún sin responder.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/step_page.py" line="230" />
            <source>Saved: %1 (%2).</source>
            <translation>Guardado: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="47" />
            <source>What you changed</source>
            <translation>Lo que usted ha cambiado</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="50" />
            <source>Before: the platforms' defaults. After: your recorded answers. Opting out is not retroactive, so items that may already have been used stay flagged.</source>
            <translation>Antes: la configuración predeterminada de las plataformas. Después: sus respuestas registradas. Oponerse no tiene efecto retroactivo, por lo que los elementos que puedan haberse usado ya siguen marcados.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="55" />
            <location filename="../../app/gui/wizard/summary_page.py" line="152" />
            <source>Comparing your items…</source>
            <translation>Comparando sus elementos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="60" />
            <source>Effect of each opt-out step</source>
            <translation>Efecto de cada paso de exclusión</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="63" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="64" />
            <source>Your answer</source>
            <translation>Su respuesta</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="65" />
            <source>Allowed → blocked</source>
            <translation>Permitido → bloqueado</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="66" />
            <source>Uncertain → blocked</source>
            <translation>Incierto → bloqueado</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="67" />
            <source>Maybe used before</source>
            <translation>Quizá ya usados</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="71" />
            <source>Items with a use that was allowed now and is blocked by this answer</source>
            <translation>Elementos con un uso que estaba permitido y que esta respuesta bloquea</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="72" />
            <source>Items with a use that was uncertain and is blocked by this answer</source>
            <translation>Elementos con un uso incierto que esta respuesta bloquea</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="74" />
            <source>Of the items this answer blocked, those that may already have been used: opting out does not undo that</source>
            <translation>De los elementos que bloqueó esta respuesta, los que quizá ya se hayan usado: oponerse no deshace ese uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="194" />
            <source>Nothing is imported, so the effect on your items cannot be shown.</source>
            <translation>No se ha importado nada, así que no se puede mostrar el efecto en sus elementos.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="197" />
            <source>Items a platform may use now: %1 → %2. May already have been used: %3.</source>
            <translation>Elementos que una plataforma puede usar ahora: %1 → %2. Puede que ya se hayan usado: %3.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="237" />
            <source>1 step is still open</source>
            <translation>Queda 1 paso pendiente</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="239" />
            <source>%1 steps are still open</source>
            <translation>Quedan %1 pasos pendientes</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="241" />
            <source> (not answered or “Not now”): the Tools menu opens the wizard again.</source>
            <translation> (sin responder o «Ahora no»): el menú Herramientas vuelve a abrir el asistente.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/summary_page.py" line="243" />
            <source>You answered every step.</source>
            <translation>Ha respondido a todos los pasos.</translation>
        </message>
    </context>
    <context>
        <name>TagCard</name>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="74" />
            <source>Clause:</source>
            <translation>Cláusula:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="81" />
            <source>Source:</source>
            <translation>Fuente:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="83" />
            <source>In force since:</source>
            <translation>En vigor desde:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="85" />
            <source>Confidence:</source>
            <translation>Fiabilidad:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="86" />
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="89" />
            <source>May already have been used:</source>
            <translation>Puede que ya se haya usado:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="92" />
            <source>Recipients:</source>
            <translation>Destinatarios:</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="112" />
            <source>Change “{0}”…</source>
            <translation>Cambiar «{0}»…</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="123" />
            <source>No setting we know of changes this.</source>
            <translation>Ninguna opción de configuración que conozcamos cambia esto.</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="106" />
            <source>What would change this</source>
            <translation>Qué cambiaría esto</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/tag_card.py" line="23" />
            <source>Uncertain</source>
            <translation>Incierto</translation>
        </message>
    </context>
    <context>
        <name>UpdateWorker</name>
        <message>
            <location filename="../../app/gui/dialogs/policy_update_dialog.py" line="75" />
            <source>The policy update check failed: %1</source>
            <translation>Falló la búsqueda de actualizaciones de políticas: %1</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="110" />
            <source>See what the platforms may do with your posts</source>
            <translation>Vea qué pueden hacer las plataformas con sus publicaciones</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="114" />
            <source>Overshare reads the data archive you downloaded from X, LinkedIn, Facebook or Instagram and shows, item by item, what each platform's policy lets it do with it: train its AI, share it with others, or use it for ads. Everything happens on this computer: nothing is uploaded and there is no account. Then it helps you change the settings that stop the uses you do not want.</source>
            <translation>Overshare lee el archivo de datos que descargó de X, LinkedIn, Facebook o Instagram y muestra, elemento por elemento, qué puede hacer con él cada plataforma según su política: entrenar su IA, compartirlo con terceros o usarlo para publicidad. Todo ocurre en este equipo: no se sube nada y no necesita ninguna cuenta. Después le ayuda a cambiar los ajustes que impiden los usos que no desea.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="128" />
            <source>No archive yet? How to ask for one</source>
            <translation>¿Aún no tiene un archivo de datos? Cómo solicitarlo</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="138" />
            <source>&amp;Workshop mode</source>
            <translation>Modo &amp;taller</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="139" />
            <source>Workshop mode</source>
            <translation>Modo taller</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="142" />
            <source>For shared computers: everything stays in memory and is forgotten when you reset or close the app</source>
            <translation>Para equipos compartidos: todo permanece en memoria y se olvida al restablecer o cerrar la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="149" />
            <source>Nothing is saved on this computer. Reset when you are done.</source>
            <translation>No se guarda nada en este equipo. Restablezca cuando termine.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="154" />
            <source>Reset for the &amp;next person</source>
            <translation>Restablecer para la &amp;siguiente persona</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="155" />
            <source>Reset for the next person</source>
            <translation>Restablecer para la siguiente persona</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="157" />
            <source>Forgets everything opened in this session and starts again</source>
            <translation>Olvida todo lo abierto en esta sesión y vuelve a empezar</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="183" />
            <source>Drop your archive here: zip files or extracted folders, several at once</source>
            <translation>Suelte aquí su archivo de datos: archivos zip o carpetas descomprimidas, varios a la vez</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="189" />
            <source>&amp;Open my archive…</source>
            <translation>Abrir &amp;mi archivo de datos…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="191" />
            <source>Open archive zip files</source>
            <translation>Abrir archivos zip del archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="192" />
            <source>Open a folde&amp;r…</source>
            <translation>Abrir una &amp;carpeta…</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="193" />
            <source>Open an extracted archive folder</source>
            <translation>Abrir una carpeta de archivo de datos descomprimido</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="194" />
            <source>Try with &amp;demo data</source>
            <translation>Probar con datos de &amp;demostración</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="195" />
            <source>Try with demo data</source>
            <translation>Probar con datos de demostración</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="197" />
            <source>Opens made-up archives of a fictional person</source>
            <translation>Abre archivos de datos inventados de una persona ficticia</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="211" />
            <source>About you (optional)</source>
            <translation>Sobre usted (opcional)</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="215" />
            <source>Why this matters: the rules differ by region (people in the EU and UK, for example, could object before some AI training began), and some platforms leave out what you posted before you turned 18. If you skip this, the answers that depend on it show as uncertain.</source>
            <translation>Por qué importa: las normas varían según la región (por ejemplo, las personas de la UE y el Reino Unido pudieron oponerse antes de que empezara cierto entrenamiento de IA) y algunas plataformas excluyen lo que publicó antes de cumplir 18 años. Si omite esto, las respuestas que dependen de ello se muestran como inciertas.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="231" />
            <source>Where you live</source>
            <translation>Dónde vive</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="232" />
            <location filename="../../app/gui/pages/welcome_page.py" line="239" />
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="236" />
            <source>Birth year</source>
            <translation>Año de nacimiento</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="241" />
            <source>Where you &amp;live:</source>
            <translation>&amp;Lugar de residencia:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="242" />
            <source>&amp;Year of birth:</source>
            <translation>Año de &amp;nacimiento:</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="246" />
            <source>S&amp;kip for now</source>
            <translation>&amp;Omitir por ahora</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="247" />
            <source>Skip where you live and birth year</source>
            <translation>Omitir lugar de residencia y año de nacimiento</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="266" />
            <source>How to ask each platform for your archive</source>
            <translation>Cómo solicitar su archivo de datos a cada plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="270" />
            <source>Open the %1 download page</source>
            <translation>Abrir la página de descarga de %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="280" />
            <source>How to download your %1 archive</source>
            <translation>Cómo descargar su archivo de datos de %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="308" />
            <source>Saved. You can change this in Settings.</source>
            <translation>Guardado. Puede cambiarlo en Configuración.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="313" />
            <source>Skipped: answers that depend on where you live or your age show as uncertain.</source>
            <translation>Omitido: las respuestas que dependen de dónde vive o de su edad se muestran como inciertas.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="39" />
            <source>On x.com open &lt;b&gt;Settings and privacy → Your account → Download an archive of your data&lt;/b&gt;, confirm your password and the code X sends you, then &lt;b&gt;Request archive&lt;/b&gt;. X tells you when it is ready (often a day or more). Download the zip (&lt;i&gt;twitter-…zip&lt;/i&gt;) and open it here as it is; there is no need to unzip it.</source>
            <translation>En x.com, abra &lt;b&gt;Configuración y privacidad → Tu cuenta → Descargar un archivo de tus datos&lt;/b&gt;, confirme su contraseña y el código que X le envía y, después, &lt;b&gt;Solicitar archivo&lt;/b&gt;. X le avisa cuando esté listo (a menudo tarda un día o más). Descargue el zip (&lt;i&gt;twitter-…zip&lt;/i&gt;) y ábralo aquí tal cual; no hace falta descomprimirlo.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="47" />
            <source>Open &lt;b&gt;Settings → Data privacy → Get a copy of your data&lt;/b&gt;. Choose the first option, the &lt;b&gt;larger data archive&lt;/b&gt; (the &lt;i&gt;Complete&lt;/i&gt; export, ready within 24 hours), not “Want something in particular?”, which gives only a few files. The email link lasts 72 hours. If you also get the quick &lt;i&gt;Basic&lt;/i&gt; archive, you can open both.</source>
            <translation>Abra &lt;b&gt;Configuración → Privacidad de datos → Obtener una copia de tus datos&lt;/b&gt;. Elija la primera opción, el &lt;b&gt;archivo de datos más grande&lt;/b&gt; (la exportación &lt;i&gt;completa&lt;/i&gt;, lista en 24 horas), no «Want something in particular?», que solo incluye unos pocos archivos. El enlace del correo electrónico caduca a las 72 horas. Si también recibe el archivo &lt;i&gt;básico&lt;/i&gt; rápido, puede abrir ambos.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="55" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Facebook profile and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; (not HTML) and &lt;b&gt;Date range: All time&lt;/b&gt;. Large downloads come as several zips: open them together. End-to-end encrypted Messenger chats are not included; Messenger exports those separately.</source>
            <translation>Abra &lt;b&gt;Centro de cuentas → Tu información y permisos → Descargar tu información&lt;/b&gt;, elija su perfil de Facebook y &lt;b&gt;Descargar en el dispositivo&lt;/b&gt;. Configure &lt;b&gt;Formato: JSON&lt;/b&gt; (no HTML) y &lt;b&gt;Intervalo de fechas: Desde el principio&lt;/b&gt;. Las descargas grandes llegan en varios zip: ábralos juntos. Los chats de Messenger con cifrado de extremo a extremo no se incluyen; Messenger los exporta por separado.</translation>
        </message>
        <message>
            <location filename="../../app/gui/pages/welcome_page.py" line="64" />
            <source>Open &lt;b&gt;Accounts Center → Your information and permissions → Download your information&lt;/b&gt;, pick your Instagram account and &lt;b&gt;Download to device&lt;/b&gt;. Set &lt;b&gt;Format: JSON&lt;/b&gt; and &lt;b&gt;Date range: All time&lt;/b&gt;. Long histories come as two zips: open both at once.</source>
            <translation>Abra &lt;b&gt;Centro de cuentas → Tu información y permisos → Descargar tu información&lt;/b&gt;, elija su cuenta de Instagram y &lt;b&gt;Descargar en el dispositivo&lt;/b&gt;. Configure &lt;b&gt;Formato: JSON&lt;/b&gt; e &lt;b&gt;Intervalo de fechas: Desde el principio&lt;/b&gt;. Los historiales largos llegan en dos zip: ábralos a la vez.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopController</name>
        <message>
            <location filename="../../app/gui/workshop.py" line="51" />
            <source>&amp;Reset for the next person</source>
            <translation>&amp;Restablecer para la siguiente persona</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="52" />
            <location filename="../../app/gui/workshop.py" line="166" />
            <source>Reset for the next person</source>
            <translation>Restablecer para la siguiente persona</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="54" />
            <source>Forgets everything opened in this workshop session and starts again</source>
            <translation>Olvida todo lo abierto en esta sesión del taller y vuelve a empezar</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="117" />
            <location filename="../../app/gui/workshop.py" line="122" />
            <source>Start workshop mode</source>
            <translation>Iniciar el modo taller</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="119" />
            <source>Workshop mode starts an empty session that lives in memory only. Your saved library stays as it is, closed until you leave workshop mode.</source>
            <translation>El modo taller inicia una sesión vacía que solo existe en memoria. Su biblioteca guardada queda como está, cerrada hasta que salga del modo taller.</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="137" />
            <location filename="../../app/gui/workshop.py" line="139" />
            <source>Leave workshop mode</source>
            <translation>Salir del modo taller</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="138" />
            <source>Everything opened in this workshop session will be forgotten.</source>
            <translation>Se olvidará todo lo abierto en esta sesión del taller.</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="167" />
            <source>Forget everything opened in this session and start again?</source>
            <translation>¿Olvidar todo lo abierto en esta sesión y volver a empezar?</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="168" />
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <location filename="../../app/gui/workshop.py" line="185" />
            <source>Ready for the next person: nothing is kept.</source>
            <translation>Listo para la siguiente persona: no se conserva nada.</translation>
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
            <translation>La política actual y su configuración permiten esto ahora.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="36" />
            <source>Your settings stop this from now on.</source>
            <translation>Su configuración impide esto a partir de ahora.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="37" />
            <source>This is not happening now under this clause.</source>
            <translation>Esto no ocurre actualmente según esta cláusula.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="38" />
            <source>Whether this happens now is uncertain.</source>
            <translation>No es seguro si esto ocurre actualmente.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="42" />
            <source>It may already have been used: opt-outs only stop future use.</source>
            <translation>Es posible que ya se haya utilizado: la exclusión solo impide el uso futuro.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="43" />
            <source>It has not been used this way as far as the sources say.</source>
            <translation>Según las fuentes, no se ha utilizado de esta forma.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="44" />
            <source>Whether it has already been used is uncertain.</source>
            <translation>No es seguro si ya se ha utilizado.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="29" />
            <source>confirmed from the platform's own text or a regulator</source>
            <translation>confirmado por el propio texto de la plataforma o por un organismo regulador</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="30" />
            <source>reported by several press outlets, not read in the platform's own text</source>
            <translation>informado por varios medios, no leído en el propio texto de la plataforma</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="31" />
            <source>unconfirmed: single or contradictory sources</source>
            <translation>sin confirmar: fuentes únicas o contradictorias</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <location filename="../../app/core/policy/explain.py" line="87" />
            <source>Clause: “%1” (%2, version %3).</source>
            <translation>Cláusula: «%1» (%2, versión %3).</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="88" />
            <source>Uncertain because %1.</source>
            <translation>Incierto porque %1.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="89" />
            <source>Source confidence: %1; last verified %2.</source>
            <translation>Fiabilidad de las fuentes: %1; verificado por última vez el %2.</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/explain.py" line="90" />
            <source>No clause in the loaded policies speaks about this kind of item, so we cannot say whether it is used for AI training or shared. This is a gap in our research, not a sign that the item is safe.</source>
            <translation>Ninguna cláusula de las políticas cargadas habla de este tipo de elemento, por lo que no podemos decir si se usa para entrenar IA o se comparte. Es una laguna de nuestra investigación, no una señal de que el elemento esté a salvo.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>use</source>
            <translation>uso</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="138" />
            <source>uses</source>
            <translation>usos</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>1 item</source>
            <translation>1 elemento</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="100" />
            <source>%1 items</source>
            <translation>%1 elementos</translation>
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
            <translation>Unión Europea</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="23" />
            <source>Iceland, Liechtenstein or Norway (EEA)</source>
            <translation>Islandia, Liechtenstein o Noruega (EEE)</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="24" />
            <source>Switzerland</source>
            <translation>Suiza</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="25" />
            <source>United Kingdom</source>
            <translation>Reino Unido</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="26" />
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="27" />
            <source>Canada</source>
            <translation>Canadá</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="28" />
            <source>Hong Kong</source>
            <translation>Hong Kong</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="29" />
            <source>Brazil</source>
            <translation>Brasil</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="30" />
            <source>South Korea</source>
            <translation>Corea del Sur</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="31" />
            <source>Australia</source>
            <translation>Australia</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="32" />
            <source>Somewhere else</source>
            <translation>En otro lugar</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="36" />
            <source>Trains the platform's AI</source>
            <translation>Entrena la IA de la plataforma</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="37" />
            <source>Shared with an affiliate to train AI</source>
            <translation>Compartido con una empresa afiliada para entrenar IA</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="38" />
            <source>Shared with third parties that may train AI</source>
            <translation>Compartido con terceros que pueden entrenar IA</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="39" />
            <source>Built into AI models offered to others</source>
            <translation>Incorporado a modelos de IA ofrecidos a terceros</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="40" />
            <source>Licensed or syndicated to others</source>
            <translation>Cedido bajo licencia o redistribuido a terceros</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="41" />
            <source>Used to personalise ads</source>
            <translation>Usado para personalizar anuncios</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="42" />
            <source>Shared with affiliates for ads</source>
            <translation>Compartido con empresas afiliadas para publicidad</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="43" />
            <source>Used for safety AI only</source>
            <translation>Usado solo para IA de seguridad</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="44" />
            <source>Copied to federated servers</source>
            <translation>Copiado a servidores federados</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="45" />
            <location filename="../../app/gui/widgets/labels.py" line="53" />
            <location filename="../../app/gui/widgets/labels.py" line="63" />
            <source>Not used</source>
            <translation>No se usa</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="46" />
            <source>Unclear</source>
            <translation>Poco claro</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="47" />
            <source>No policy rule covers it</source>
            <translation>Ninguna regla de política lo abarca</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="51" />
            <location filename="../../app/gui/widgets/labels.py" line="59" />
            <source>Allowed now</source>
            <translation>Permitido ahora</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="52" />
            <location filename="../../app/gui/widgets/labels.py" line="62" />
            <source>Blocked by your settings</source>
            <translation>Bloqueado por su configuración</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="54" />
            <location filename="../../app/gui/widgets/labels.py" line="61" />
            <source>Uncertain</source>
            <translation>Incierto</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="55" />
            <source>Not covered</source>
            <translation>No contemplado</translation>
        </message>
        <message>
            <location filename="../../app/gui/widgets/labels.py" line="60" />
            <source>Blocked now, may already have been used</source>
            <translation>Bloqueado ahora, puede que ya se haya usado</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="23" />
            <source>Post</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="24" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="25" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="26" />
            <source>Repost</source>
            <translation>Repost</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="27" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="28" />
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="29" />
            <source>Poll answer</source>
            <translation>Respuesta a encuesta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="30" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="31" />
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="32" />
            <source>Reel</source>
            <translation>Reel</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="33" />
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="34" />
            <source>Caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="35" />
            <source>Like / reaction</source>
            <translation>Me gusta / reacción</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="36" />
            <source>Bookmark / save</source>
            <translation>Marcador / guardado</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="37" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="38" />
            <source>Group message</source>
            <translation>Mensaje de grupo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="39" />
            <source>Group post</source>
            <translation>Publicación en grupo</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="40" />
            <source>AI chat</source>
            <translation>Chat con IA</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="41" />
            <source>Profile detail</source>
            <translation>Dato del perfil</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="42" />
            <source>Connection / follow</source>
            <translation>Contacto / seguimiento</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="43" />
            <source>Résumé</source>
            <translation>Currículum</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="44" />
            <source>Job screening answer</source>
            <translation>Respuesta a preguntas de selección</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="45" />
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="46" />
            <source>Ad interaction</source>
            <translation>Interacción con anuncios</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="47" />
            <source>Rating / review</source>
            <translation>Valoración / reseña</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="48" />
            <source>Inferred about you</source>
            <translation>Inferencias sobre usted</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="49" />
            <source>Block / mute</source>
            <translation>Bloqueo / silencio</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="50" />
            <source>Connected app</source>
            <translation>Aplicación conectada</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="51" />
            <source>Activity elsewhere</source>
            <translation>Actividad en otros sitios</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="52" />
            <source>Account record</source>
            <translation>Registro de la cuenta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="56" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="57" />
            <source>Protected (approved followers)</source>
            <translation>Protegido (seguidores aprobados)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="58" />
            <source>Followers</source>
            <translation>Seguidores</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="59" />
            <source>Friends</source>
            <translation>Amigos</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="60" />
            <source>Private</source>
            <translation>Privado</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="61" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="65" />
            <source>Confirmed (the platform's own text or a regulator)</source>
            <translation>Confirmado (texto de la propia plataforma o de una autoridad de control)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="66" />
            <source>Secondary (press reports, not the platform's own text)</source>
            <translation>Secundario (informaciones de prensa, no el texto de la propia plataforma)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="67" />
            <source>Unconfirmed (single or contradictory sources)</source>
            <translation>Sin confirmar (fuentes únicas o contradictorias)</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="72" />
            <source>Delete the item on LinkedIn</source>
            <translation>Eliminar el elemento en LinkedIn</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="73" />
            <source>Limit who can see it on LinkedIn</source>
            <translation>Limitar quién puede verlo en LinkedIn</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="74" />
            <source>Send LinkedIn's objection form</source>
            <translation>Enviar el formulario de oposición de LinkedIn</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="75" />
            <source>Review Meta's ad preferences</source>
            <translation>Revisar las preferencias de anuncios de Meta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="76" />
            <source>Keep your Meta AI chats out of Discover</source>
            <translation>Mantener sus chats con Meta AI fuera de «Descubrir»</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="77" />
            <source>Remove connected apps at Meta</source>
            <translation>Quitar las aplicaciones conectadas en Meta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="78" />
            <source>Delete the item at Meta</source>
            <translation>Eliminar el elemento en Meta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="79" />
            <source>Delete your Meta AI chats</source>
            <translation>Eliminar sus chats con Meta AI</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="80" />
            <source>Limit the audience of past posts</source>
            <translation>Limitar el público de publicaciones anteriores</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="81" />
            <source>Object to Meta's AI use</source>
            <translation>Oponerse al uso de IA de Meta</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="82" />
            <source>Delete the item on X</source>
            <translation>Eliminar el elemento en X</translation>
        </message>
        <message>
            <location filename="../../app/gui/models/labels.py" line="83" />
            <source>Delete your Grok chat history</source>
            <translation>Eliminar su historial de chats con Grok</translation>
        </message>
    </context>
    <context>
        <name>reasons</name>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="20" />
            <source>the archive does not say who could see this item; it counts only if it was {visibility} (answer: who could see it)</source>
            <translation>el archivo no indica quién podía ver este elemento; solo cuenta si era {visibility} (indique: quién podía verlo)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="22" />
            <source>the rule depends on whether you were {band} when the item was made (answer: your birth year, and the item's date)</source>
            <translation>la regla depende de si usted tenía {band} cuando se creó el elemento (indique: su año de nacimiento y la fecha del elemento)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="24" />
            <source>the item's date is unknown and the clause covers a date window</source>
            <translation>la fecha del elemento es desconocida y la cláusula abarca un periodo de fechas</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="25" />
            <source>the policy is silent or contradictory about this kind of data</source>
            <translation>la política no dice nada o es contradictoria sobre este tipo de datos</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="26" />
            <source>the default of '{setting}' in your region is not confirmed (answer: is it {state}?)</source>
            <translation>el valor predeterminado de «{setting}» en su región no está confirmado (indique: ¿está {state}?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="28" />
            <source>it is not documented whether '{setting}' stops this use</source>
            <translation>no está documentado si «{setting}» impide este uso</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="29" />
            <source>this depends on '{setting}' (answer: is it so?)</source>
            <translation>esto depende de «{setting}» (indique: ¿es así?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="30" />
            <source>this clause is unconfirmed (single or contradictory sources)</source>
            <translation>esta cláusula no está confirmada (fuentes únicas o contradictorias)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="31" />
            <source>when this use began has not been researched</source>
            <translation>no se ha investigado cuándo comenzó este uso</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="32" />
            <source>the item's date is unknown (answer: when was it made?)</source>
            <translation>la fecha del elemento es desconocida (indique: ¿cuándo se creó?)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="33" />
            <source>tell us when you changed {key} to settle whether this was used</source>
            <translation>indíquenos cuándo cambió {key} para aclarar si se utilizó</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="34" />
            <source>the start date of this use ({start}) is approximate</source>
            <translation>la fecha de inicio de este uso ({start}) es aproximada</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="35" />
            <source>this clause applies only in {regions} (answer: where you live)</source>
            <translation>esta cláusula solo se aplica en {regions} (indique: dónde vive)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="36" />
            <source>the answer depends on where you live (answer: your region)</source>
            <translation>la respuesta depende de dónde vive (indique: su región)</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="37" />
            <source>no rule in the loaded policies covers this kind of item</source>
            <translation>ninguna regla de las políticas cargadas abarca este tipo de elemento</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="38" />
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="43" />
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="44" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="45" />
            <source>18 or older</source>
            <translation>18 años o más</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="46" />
            <source>under 18</source>
            <translation>menos de 18 años</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="47" />
            <source>public</source>
            <translation>público</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="48" />
            <source>protected</source>
            <translation>protegido</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="49" />
            <source>followers</source>
            <translation>visible para seguidores</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="50" />
            <source>friends</source>
            <translation>visible para amigos</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="51" />
            <source>private</source>
            <translation>privado</translation>
        </message>
        <message>
            <location filename="../../app/core/policy/reasons.py" line="52" />
            <source>connections</source>
            <translation>visible para contactos</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="../../app/core/report/html.py" line="50" />
            <source>Made %1 on your own computer by Overshare %2. Policies applied as of %3; region: %4; birth year: %5. Policy data %6, last verified %7.</source>
            <translation>Creado el %1 en su propio equipo con Overshare %2. Políticas aplicadas a fecha de %3; región: %4; año de nacimiento: %5. Datos de políticas %6, verificados por última vez el %7.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="144" />
            <source>Items per year of creation, split by whether they may already have been used for AI training or shared.</source>
            <translation>Elementos por año de creación, según si puede que ya se hayan usado para entrenar IA o compartido.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="190" />
            <source>Ranked by how many uses are allowed now and whether they may already have been used. Each explanation is printed once and numbered.</source>
            <translation>Ordenados según cuántos usos están permitidos ahora y si puede que ya se hayan usado. Cada explicación se imprime una sola vez, numerada.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="227" />
            <source>What you recorded doing, and when. “Items it would cover” counts items still exposed that the setting would stop from now on.</source>
            <translation>Lo que usted registró haber hecho, y cuándo. «Elementos que abarcaría» cuenta los elementos aún expuestos que la opción detendría a partir de ahora.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="251" />
            <source>Uses that no setting offered to you stops. What remains is deleting the items, changing who can see them, or a legal objection or complaint.</source>
            <translation>Usos que no detiene ninguna opción de configuración disponible para usted. Lo que queda es eliminar los elementos, cambiar quién puede verlos, o una oposición o reclamación formal.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="290" />
            <source>Confidence: confirmed = read in the platform's own text or a regulator's; secondary = press reports; unconfirmed = single or contradictory sources.</source>
            <translation>Fiabilidad: confirmado = leído en el texto de la propia plataforma o de una autoridad de control; secundario = informaciones de prensa; sin confirmar = fuentes únicas o contradictorias.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="347" />
            <source>Overshare read your archives on your own computer and sent nothing anywhere. Each item was matched against dated policy clauses; every verdict above names its clause and source. Policies change: facts are as verified on %1. App version %2, policy data %3.</source>
            <translation>Overshare leyó sus archivos de datos en su propio equipo y no envió nada a ningún sitio. Cada elemento se comparó con cláusulas de políticas fechadas; cada valoración anterior indica su cláusula y su fuente. Las políticas cambian: los datos son los verificados el %1. Versión de la aplicación %2, datos de políticas %3.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <source>Share-safe edition (redacted)</source>
            <translation>Versión para compartir (sin datos identificativos)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="38" />
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Full edition (private)</source>
            <translation>Versión completa (privada)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not included</source>
            <translation>no incluido</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="42" />
            <source>This edition has no item text, handles, names, ids, file names or links to your content: only counts, categories, verdicts, dates and your opt-out checklist.</source>
            <translation>Esta versión no contiene texto de elementos, nombres de usuario, nombres, identificadores, nombres de archivo ni enlaces a su contenido: solo recuentos, categorías, valoraciones, fechas y su lista de comprobación de exclusiones.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="46" />
            <source>This edition contains the text of your items. Share the redacted edition instead.</source>
            <translation>Esta versión contiene el texto de sus elementos. Comparta en su lugar la versión sin datos identificativos.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="48" />
            <source>not given (answers that depend on it say uncertain)</source>
            <translation>sin indicar (las respuestas que dependen de ello aparecen como inciertas)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <location filename="../../app/core/report/html.py" line="255" />
            <location filename="../../app/core/report/html.py" line="280" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Setting</source>
            <translation>Opción</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Offered</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="225" />
            <source>Items it would cover</source>
            <translation>Elementos que abarcaría</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="256" />
            <location filename="../../app/core/report/html.py" line="119" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="257" />
            <source>Clause</source>
            <translation>Cláusula</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="258" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="259" />
            <location filename="../../app/core/report/html.py" line="287" />
            <location filename="../../app/core/report/html.py" line="74" />
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="89" />
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="260" />
            <source>What you can do</source>
            <translation>Lo que puede hacer</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="281" />
            <source>Document and source</source>
            <translation>Documento y fuente</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="282" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="283" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="284" />
            <source>Effective</source>
            <translation>En vigor</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="285" />
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="286" />
            <source>Confidence</source>
            <translation>Fiabilidad</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="293" />
            <source>Policy versions and sources</source>
            <translation>Versiones de las políticas y fuentes</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="303" />
            <source>complete</source>
            <translation>completa</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="305" />
            <source>incomplete (cancelled or interrupted): counts are partial</source>
            <translation>incompleta (cancelada o interrumpida): los recuentos son parciales</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report (share-safe)</source>
            <translation>Informe de exposición (para compartir)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="392" />
            <source>Exposure report</source>
            <translation>Informe de exposición</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="39" />
            <source>not given</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="75" />
            <source>Exposed now</source>
            <translation>Expuestos ahora</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="76" />
            <location filename="../../app/core/report/model.py" line="187" />
            <source>May already have been used</source>
            <translation>Puede que ya se hayan usado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="77" />
            <location filename="../../app/core/report/model.py" line="174" />
            <location filename="../../app/core/report/model.py" line="188" />
            <source>Uncertain</source>
            <translation>Inciertos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="78" />
            <location filename="../../app/core/report/model.py" line="170" />
            <source>Not covered by any rule</source>
            <translation>No contemplados por ninguna regla</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="119" />
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="138" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="198" />
            <source>%1 (%2 in your data)</source>
            <translation>%1 (%2 en sus datos)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="332" />
            <source>What was missing</source>
            <translation>Lo que faltaba</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="333" />
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="334" />
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="89" />
            <source>By kind</source>
            <translation>Por tipo</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="236" />
            <source>What could not be opted out</source>
            <translation>Lo que no admite oposición</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Archive</source>
            <translation>Archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="329" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="125" />
            <source>An item is &lt;b&gt;exposed now&lt;/b&gt; when a current policy and your recorded settings allow at least one AI-training or sharing use. Opting out stops future use only: items that &lt;b&gt;may already have been used&lt;/b&gt; stay so.</source>
            <translation>Un elemento está &lt;b&gt;expuesto ahora&lt;/b&gt; cuando una política vigente y la configuración que usted registró permiten al menos un uso para entrenar IA o compartirlo. Oponerse solo detiene el uso futuro: los elementos que &lt;b&gt;puede que ya se hayan usado&lt;/b&gt; siguen así.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="133" />
            <source>What was imported</source>
            <translation>Lo que se importó</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="148" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="160" />
            <source>[text not included in the share-safe edition]</source>
            <translation>[texto no incluido en la versión para compartir]</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="162" />
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="193" />
            <source>Most exposed items</source>
            <translation>Elementos más expuestos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="214" />
            <source>policy seen: %1</source>
            <translation>política consultada: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="230" />
            <source>Opt-out checklist</source>
            <translation>Lista de comprobación de exclusiones</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="238" />
            <source>Nothing: every use found has a setting.</source>
            <translation>Nada: cada uso encontrado tiene una opción de configuración.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="301" />
            <source>Archive health</source>
            <translation>Estado del archivo de datos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="54" />
            <source>Your AI-training exposure report</source>
            <translation>Su informe de exposición al entrenamiento de IA</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="110" />
            <source>The oldest item that may already have been used: a %1 on %2 from %3.</source>
            <translation>El elemento más antiguo que puede que ya se haya usado: %1 en %2, del %3.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="157" />
            <source>%1 media</source>
            <translation>%1 multimedia</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="221" />
            <source>not in your region</source>
            <translation>no disponible en su región</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="310" />
            <source>Sources: %1. Import %2. Dates from %3 to %4.</source>
            <translation>Fuentes: %1. Importación %2. Fechas del %3 al %4.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="322" />
            <source>Layout found</source>
            <translation>Estructura encontrada</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="325" />
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="327" />
            <source>Files not read</source>
            <translation>Archivos no leídos</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="353" />
            <source>About this report</source>
            <translation>Acerca de este informe</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="131" />
            <source>Per platform and outcome</source>
            <translation>Por plataforma y resultado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="165" />
            <source>Refers to: %1</source>
            <translation>Se refiere a: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="174" />
            <source>(why: see [%1])</source>
            <translation>(motivo: véase [%1])</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="179" />
            <source>%1; may already have been used: %2</source>
            <translation>%1; puede que ya se haya usado: %2</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="201" />
            <source>None exposed.</source>
            <translation>Ninguno expuesto.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="311" />
            <source>none recorded</source>
            <translation>ninguno registrado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="319" />
            <source>Accounts: %1</source>
            <translation>Cuentas: %1</translation>
        </message>
        <message>
            <location filename="../../app/core/report/html.py" line="121" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="18" />
            <source>true</source>
            <translation>verdadero</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="19" />
            <source>false</source>
            <translation>falso</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="20" />
            <source>uncertain</source>
            <translation>incierto</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="21" />
            <source>read</source>
            <translation>leído</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="22" />
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="23" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="24" />
            <source>failed</source>
            <translation>con errores</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="25" />
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="26" />
            <source>an account choice, not an opt-out</source>
            <translation>una elección de la cuenta, no una exclusión</translation>
        </message>
        <message>
            <location filename="../../app/core/report/language.py" line="27" />
            <source>no action is documented</source>
            <translation>no consta ninguna acción</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="101" />
            <source>Overshare exposure report</source>
            <translation>Informe de exposición de Overshare</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="102" />
            <source>Overshare exposure report (share-safe)</source>
            <translation>Informe de exposición de Overshare (para compartir)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="147" />
            <source>Share-safe edition</source>
            <translation>Versión para compartir</translation>
        </message>
        <message>
            <location filename="../../app/core/report/pdf.py" line="175" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="88" />
            <source>Items per platform and outcome, by status (bar length: share of all items)</source>
            <translation>Elementos por plataforma y consecuencia, según el estado (longitud de la barra: proporción de todos los elementos)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="121" />
            <source>Items per year, split by whether they may already have been used</source>
            <translation>Elementos por año, divididos según si es posible que ya se hayan utilizado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/svg.py" line="85" />
            <source>No items.</source>
            <translation>No hay elementos.</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="17" />
            <source>Public posts</source>
            <translation>Publicaciones públicas</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="18" />
            <source>AI chats</source>
            <translation>Chats con IA</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="19" />
            <source>Photos and videos with captions</source>
            <translation>Fotos y vídeos con pie de foto</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="20" />
            <source>Profile fields</source>
            <translation>Campos del perfil</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="159" />
            <source>Trains the platform's AI</source>
            <translation>Entrena la IA de la plataforma</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="160" />
            <source>Shared with group company for AI</source>
            <translation>Compartido con una empresa del grupo para IA</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="161" />
            <source>Shared with third parties (may train AI)</source>
            <translation>Compartido con terceros (pueden entrenar IA)</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="162" />
            <source>In AI models offered to others</source>
            <translation>En modelos de IA ofrecidos a terceros</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="163" />
            <source>Licensed or syndicated</source>
            <translation>Cedido bajo licencia o redistribuido</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="164" />
            <source>Used for ads personalisation</source>
            <translation>Usado para personalizar anuncios</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="165" />
            <source>Shared with group company for ads</source>
            <translation>Compartido con una empresa del grupo para publicidad</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="166" />
            <source>Safety AI only</source>
            <translation>Solo IA de seguridad</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="167" />
            <source>Copied to fediverse servers</source>
            <translation>Copiado a servidores del fediverso</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="168" />
            <location filename="../../app/core/report/model.py" line="176" />
            <source>Not used</source>
            <translation>No se usa</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="169" />
            <source>Policy unclear</source>
            <translation>Política poco clara</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="173" />
            <source>Allowed now</source>
            <translation>Permitido ahora</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="175" />
            <source>Stopped by your settings</source>
            <translation>Detenido por su configuración</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="177" />
            <source>Not covered</source>
            <translation>No contemplado</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="189" />
            <source>Not used so far</source>
            <translation>No usado hasta ahora</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not done</source>
            <translation>No hecho</translation>
        </message>
        <message>
            <location filename="../../app/core/report/model.py" line="192" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../app/gui/run.py" line="43" />
            <source>Overshare hit an unexpected problem: %1</source>
            <translation>Overshare encontró un problema inesperado: %1</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../app/gui/session.py" line="35" />
            <source>Opening your library…</source>
            <translation>Abriendo su biblioteca…</translation>
        </message>
    </context>
    <context>
        <name>wizard</name>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="17" />
            <source>Confirmed: the platform's own pages say so.</source>
            <translation>Confirmado: lo dicen las propias páginas de la plataforma.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="19" />
            <source>Reported by reliable secondary sources; the platform's own page could not be checked.</source>
            <translation>Lo indican fuentes secundarias fiables; no se pudo comprobar la página de la propia plataforma.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="22" />
            <source>Not confirmed: this comes from a third-party audit or an inference. Check what you see.</source>
            <translation>Sin confirmar: procede de una auditoría de terceros o de una deducción. Compruebe lo que ve usted.</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="30" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="31" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="32" />
            <source>Not available to me</source>
            <translation>No está disponible para mí</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="33" />
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="39" />
            <source>A setting you can change</source>
            <translation>Una opción de configuración que puede cambiar</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="40" />
            <source>A request you can send</source>
            <translation>Una solicitud que puede enviar</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="41" />
            <source>Something you can do instead</source>
            <translation>Algo que puede hacer en su lugar</translation>
        </message>
        <message>
            <location filename="../../app/gui/wizard/texts.py" line="42" />
            <source>What the platform does not let you change</source>
            <translation>Lo que la plataforma no le permite cambiar</translation>
        </message>
    </context>
</TS>
