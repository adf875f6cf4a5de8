<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>natdoctor::ui::BeforeAfterChart</name>
    <message>
        <source>Connections that succeeded</source>
        <translation>Conexiones correctas</translation>
    </message>
    <message>
        <source>Succeeded (%)</source>
        <translation>Correctas (%)</translation>
    </message>
    <message>
        <source>Timestamps on (%1/%2)</source>
        <translation>Marcas de tiempo activadas (%1/%2)</translation>
    </message>
    <message>
        <source>Timestamps off (%1/%2)</source>
        <translation>Marcas de tiempo desactivadas (%1/%2)</translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance</source>
        <translation>tcp_timestamps en la instancia privada</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CaptureAnalysisPage</name>
    <message>
        <source>Capture analysis</source>
        <translation>Análisis de la captura</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>&amp;Stop analysis</source>
        <translation>&amp;Detener el análisis</translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation>Histograma de tamaños de fragmento</translation>
    </message>
    <message>
        <source>Connection success over time</source>
        <translation>Éxito de las conexiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1… %n packets so far</source>
        <translation>
            <numerusform>Leyendo %1… %n paquete hasta ahora</numerusform>
            <numerusform>Leyendo %1… %n paquetes hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped. Go back to choose another capture.</source>
        <translation>Análisis detenido. Vuelva atrás para elegir otra captura.</translation>
    </message>
    <message numerus="yes">
        <source>%n packets</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragments</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts established</source>
        <translation>%1 de %2 intentos de conexión llegaron a establecerse</translation>
    </message>
    <message>
        <source>The capture ends in the middle of a packet; it was analysed up to there.</source>
        <translation>La captura termina en mitad de un paquete; se ha analizado hasta ese punto.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CommandBox</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation>Copiar &amp;%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Where do the failing connections go, and how can natdoctor make it send a large response?</source>
        <translation>¿A dónde van las conexiones que fallan y cómo puede natdoctor hacer que el destino envíe una respuesta grande?</translation>
    </message>
    <message>
        <source>e.g. api.example.com or 203.0.113.10</source>
        <translation>p. ej. api.example.com o 203.0.113.10</translation>
    </message>
    <message>
        <source>HTTPS GET of a large page (with the host name as SNI)</source>
        <translation>HTTPS GET de una página grande (con el nombre del host como SNI)</translation>
    </message>
    <message>
        <source>HTTP GET of a large page</source>
        <translation>HTTP GET de una página grande</translation>
    </message>
    <message>
        <source>Plain TCP request</source>
        <translation>Petición TCP simple</translation>
    </message>
    <message>
        <source>Large ping (ICMP)</source>
        <translation>Ping grande (ICMP)</translation>
    </message>
    <message>
        <source>A path whose response is at least 16 KiB, so that it would fragment.</source>
        <translation>Una ruta cuya respuesta ocupe al menos 16 KiB, de modo que se fragmentaría.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Disparador:</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>Ping si&amp;ze:</source>
        <translation>&amp;Tamaño del ping:</translation>
    </message>
    <message>
        <source>Enter the destination&apos;s host name or address.</source>
        <translation>Introduzca el nombre de host o la dirección del destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IP válidos.</translation>
    </message>
    <message>
        <source>The path starts with /.</source>
        <translation>La ruta empieza por /.</translation>
    </message>
    <message>
        <source>The path has characters a URL cannot carry.</source>
        <translation>La ruta contiene caracteres que una URL no admite.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DiagnosisController</name>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Frase de contraseña para %1:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file.</source>
        <translation>%1 es una carpeta, no un archivo de captura.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a capture.</source>
        <translation>%1 está vacío: no es una captura.</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture. natdoctor reads pcap and pcapng files (also with several interfaces), plain or compressed with gzip (.gz) or zstd (.zst). Convert other formats (snoop, Network Monitor and others Wireshark opens) with: editcap -F pcap IN OUT (or tshark -r IN -F pcap -w OUT).</source>
        <translation>%1 no es una captura pcap ni pcapng. natdoctor lee archivos pcap y pcapng (también con varias interfaces), sin comprimir o comprimidos con gzip (.gz) o zstd (.zst). Convierta otros formatos (snoop, Network Monitor y otros que abre Wireshark) con: editcap -F pcap IN OUT (o tshark -r IN -F pcap -w OUT).</translation>
    </message>
    <message>
        <source>This capture&apos;s link type (%1) is not supported. natdoctor reads Ethernet (also with 802.1Q or QinQ VLAN tags), Linux cooked v1 and v2 (the &quot;any&quot; interface), raw IPv4 and IPv6, BSD loopback and NFLOG, and IP behind MPLS and PPPoE; not C-HDLC, NETLINK or other link types. Capture again on an Ethernet or &quot;any&quot; interface.</source>
        <translation>El tipo de enlace de esta captura (%1) no es compatible. natdoctor lee Ethernet (también con etiquetas VLAN 802.1Q o QinQ), Linux cooked v1 y v2 (la interfaz «any»), IPv4 e IPv6 sin procesar (raw IP), loopback BSD y NFLOG, e IP detrás de MPLS y PPPoE; no C-HDLC, NETLINK ni otros tipos de enlace. Vuelva a capturar en una interfaz Ethernet o «any».</translation>
    </message>
    <message>
        <source>Reading the capture failed: %1</source>
        <translation>No se ha podido leer la captura: %1</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingView</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>%1 · confidence: %2 · id: %3</source>
        <translation>%1 · confianza: %2 · id: %3</translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation>Comandos: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copiar los comandos</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>&amp;Redact addresses and host names</source>
        <translation>&amp;Ocultar direcciones y nombres de host</translation>
    </message>
    <message>
        <source>Replace IP addresses and host names with host-A, host-B, … for sharing with third parties</source>
        <translation>Sustituir las direcciones IP y los nombres de host por host-A, host-B, … para compartir el informe con terceros</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Save the findings as PDF, HTML or a session file (JSON)</source>
        <translation>Guardar los hallazgos como PDF, HTML o archivo de sesión (JSON)</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nada en las evidencias apunta a fragmentación ni a SYN descartados.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Archivo de sesión (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>No se ha guardado el informe.

%1</translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation>Copiar &amp;%1</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>El informe se guardó en %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentSizeChart</name>
    <message>
        <source>Fragment sizes</source>
        <translation>Tamaños de fragmento</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Bin holding the path MTU (%1 bytes)</source>
        <translation>Intervalo que contiene la MTU de la ruta (%1 bytes)</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>MTU de la ruta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Fragment size (bytes of IP packet)</source>
        <translation>Tamaño del fragmento (bytes del paquete IP)</translation>
    </message>
    <message>
        <source>Fragments (packets)</source>
        <translation>Fragmentos (paquetes)</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentationCheckPage</name>
    <message>
        <source>Fragmentation check</source>
        <translation>Comprobación de fragmentación</translation>
    </message>
    <message>
        <source>A capture on the public host while the destination sends a large response: does it arrive in IP fragments?</source>
        <translation>Una captura en el host público mientras el destino envía una respuesta grande: ¿llega en fragmentos IP?</translation>
    </message>
    <message>
        <source>Capture counters</source>
        <translation>Contadores de la captura</translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation>Histograma de tamaños de fragmento</translation>
    </message>
    <message>
        <source>Waiting for the capture to start…</source>
        <translation>Esperando a que empiece la captura…</translation>
    </message>
    <message>
        <source>%1 packets captured, %2 of them IP fragments</source>
        <translation>%1 paquetes capturados, %2 de ellos fragmentos IP</translation>
    </message>
    <message>
        <source>%1 packets captured, %2 IP fragments in %3 datagrams; largest response %4 bytes</source>
        <translation>%1 paquetes capturados, %2 fragmentos IP en %3 datagramas; respuesta más grande: %4 bytes</translation>
    </message>
    <message>
        <source>S&amp;top capture</source>
        <translation>De&amp;tener la captura</translation>
    </message>
    <message>
        <source>Ends the capture now and keeps what it captured.</source>
        <translation>Termina la captura ahora y conserva lo capturado hasta el momento.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>&lt;p&gt;natdoctor has not seen the host &lt;b&gt;%1&lt;/b&gt; before. Check that this fingerprint is the host&apos;s, for example with &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host or in your cloud console, before you accept it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;natdoctor no conoce todavía el host &lt;b&gt;%1&lt;/b&gt;. Antes de aceptarla, compruebe que esta huella digital es la del host, por ejemplo con &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; en el host o en su consola de la nube.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation>Tipo de clave: %1</translation>
    </message>
    <message>
        <source>Host key fingerprint</source>
        <translation>Huella digital de la clave de host</translation>
    </message>
    <message>
        <source>&quot;Accept and save&quot; adds it to %1.</source>
        <translation>«Aceptar y guardar» la añade a %1.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Aceptar &amp;una vez</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Aceptar y &amp;guardar</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HtmlReportWriter</name>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation>Generado el %1 por natdoctor %2</translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation> · direcciones y nombres de host ocultados</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Conclusión: %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se ha comprobado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nada en las evidencias apunta a fragmentación ni a SYN descartados.</translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation>Confianza: %1 · id: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation>Apéndice: todos los comandos ejecutados y su salida</translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation>Las salidas se muestran literalmente, con un máximo de %1 líneas cada una.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 en %3</translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation>estado de salida %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualCapturePage</name>
    <message>
        <source>Fragmentation check, by hand</source>
        <translation>Comprobación de fragmentación a mano</translation>
    </message>
    <message>
        <source>On an instance in a public subnet (not the failing instance, nothing behind a NAT), start the capture, run the trigger in a second terminal, stop the capture, and open the file here.</source>
        <translation>En una instancia de una subred pública (no en la instancia que falla ni en nada que esté detrás de un NAT), inicie la captura, ejecute el disparador en un segundo terminal, detenga la captura y abra el archivo aquí.</translation>
    </message>
    <message>
        <source>1. Capture (keeps trailing fragments and ICMP):</source>
        <translation>1. Captura (conserva los fragmentos posteriores y el ICMP):</translation>
    </message>
    <message>
        <source>2. Meanwhile, make the destination send a large response:</source>
        <translation>2. Mientras tanto, haga que el destino envíe una respuesta grande:</translation>
    </message>
    <message>
        <source>3. &amp;Open the capture file…</source>
        <translation>3. Abrir el archivo de &amp;captura…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>Analysis stopped.</source>
        <translation>Análisis detenido.</translation>
    </message>
    <message>
        <source>%1 packets, %2 IP fragments.</source>
        <translation>%1 paquetes, %2 fragmentos IP.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualServerPage</name>
    <message>
        <source>tcp_tw_recycle, by hand</source>
        <translation>tcp_tw_recycle a mano</translation>
    </message>
    <message>
        <source>Either part is optional. With access to the remote server, run the first command there. Without it, run the connection probe on an instance in the private subnet, with TCP timestamps on and then off.</source>
        <translation>Ambas partes son opcionales. Si tiene acceso al servidor remoto, ejecute allí el primer comando. Si no, ejecute la prueba de conexión en una instancia de la subred privada, primero con las marcas de tiempo TCP activadas y después desactivadas.</translation>
    </message>
    <message>
        <source>On the remote server</source>
        <translation>En el servidor remoto</translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the TCP counters:</source>
        <translation>Lee tcp_tw_recycle, la versión del kernel y los contadores TCP:</translation>
    </message>
    <message>
        <source>Output of the remote server command</source>
        <translation>Salida del comando en el servidor remoto</translation>
    </message>
    <message>
        <source>Paste its output:</source>
        <translation>Pegue su salida:</translation>
    </message>
    <message>
        <source>On an instance in the private subnet</source>
        <translation>En una instancia de la subred privada</translation>
    </message>
    <message>
        <source>1. The connection probe (timestamps as they are):</source>
        <translation>1. La prueba de conexión (marcas de tiempo sin cambios):</translation>
    </message>
    <message>
        <source>Output of the first probe</source>
        <translation>Salida de la primera prueba</translation>
    </message>
    <message>
        <source>2. Turn TCP timestamps off, then run the probe again:</source>
        <translation>2. Desactive las marcas de tiempo TCP y vuelva a ejecutar la prueba:</translation>
    </message>
    <message>
        <source>Output of the second probe</source>
        <translation>Salida de la segunda prueba</translation>
    </message>
    <message>
        <source>3. Restore the setting:</source>
        <translation>3. Restaure el ajuste:</translation>
    </message>
    <message>
        <source>paste here</source>
        <translation>pegue aquí</translation>
    </message>
    <message>
        <source>The remote server&apos;s output cannot be read: %1</source>
        <translation>No se puede interpretar la salida del servidor remoto: %1</translation>
    </message>
    <message>
        <source>Paste the output of both probes (one &quot;attempt=…&quot; line per connection).</source>
        <translation>Pegue la salida de ambas pruebas (una línea «attempt=…» por conexión).</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfReportWriter</name>
    <message>
        <source>%1 · natdoctor %2 · redacted</source>
        <translation>%1 · natdoctor %2 · con datos ocultados</translation>
    </message>
    <message>
        <source>%1 · natdoctor %2</source>
        <translation>%1 · natdoctor %2</translation>
    </message>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation>Generado el %1 por natdoctor %2</translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation> · direcciones y nombres de host ocultados</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Conclusión: %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se ha comprobado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nada en las evidencias apunta a fragmentación ni a SYN descartados.</translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation>Confianza: %1 · id: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation>Apéndice: todos los comandos ejecutados y su salida</translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation>Las salidas se muestran literalmente, con un máximo de %1 líneas cada una.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 en %3</translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation>estado de salida %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PrivateInstanceTestPage</name>
    <message>
        <source>Private instance test</source>
        <translation>Prueba en la instancia privada</translation>
    </message>
    <message>
        <source>The same connections from a private instance with TCP timestamps on, then off. If they succeed more often without timestamps, the remote server likely has tcp_tw_recycle enabled.</source>
        <translation>Las mismas conexiones desde una instancia privada, primero con las marcas de tiempo TCP activadas y después desactivadas. Si tienen éxito más a menudo sin marcas de tiempo, es probable que el servidor remoto tenga tcp_tw_recycle activado.</translation>
    </message>
    <message>
        <source>tcp_timestamps restore status</source>
        <translation>Estado de la restauración de tcp_timestamps</translation>
    </message>
    <message>
        <source>Success rate with and without TCP timestamps</source>
        <translation>Tasa de éxito con y sin marcas de tiempo TCP</translation>
    </message>
    <message>
        <source>tcp_timestamps has not been changed.</source>
        <translation>tcp_timestamps no se ha modificado.</translation>
    </message>
    <message>
        <source>tcp_timestamps was not changed (%1).</source>
        <translation>tcp_timestamps no se modificó (%1).</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PublicHostPage</name>
    <message>
        <source>Public host</source>
        <translation>Host público</translation>
    </message>
    <message>
        <source>An instance in a public subnet that reaches the destination without NAT. The fragmentation check runs there, never on the failing instance.</source>
        <translation>Una instancia de una subred pública que llega al destino sin NAT. La comprobación de fragmentación se ejecuta allí, nunca en la instancia que falla.</translation>
    </message>
    <message>
        <source>user@host or user@host:port, or a Host of ~/.ssh/config</source>
        <translation>user@host o user@host:port, o un Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>optional: a private key file (the agent and ~/.ssh keys are tried too)</source>
        <translation>opcional: un archivo de clave privada (también se prueban el agente y las claves de ~/.ssh)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>SSH &amp;target:</source>
        <translation>&amp;Destino SSH:</translation>
    </message>
    <message>
        <source>&amp;known_hosts:</source>
        <translation>&amp;known_hosts:</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Arc&amp;hivo de clave:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteAccessPage</name>
    <message>
        <source>Access to the remote server?</source>
        <translation>¿Acceso al servidor remoto?</translation>
    </message>
    <message>
        <source>The second cause, tcp_tw_recycle on the remote server, is checked on the server itself when you can log in to it; otherwise from an instance in the private subnet.</source>
        <translation>La segunda causa, tcp_tw_recycle en el servidor remoto, se comprueba en el propio servidor si puede iniciar sesión en él; si no, desde una instancia de la subred privada.</translation>
    </message>
    <message>
        <source>I can log in to the &amp;remote server:</source>
        <translation>Puedo iniciar sesión en el servidor &amp;remoto:</translation>
    </message>
    <message>
        <source>I cannot, but I can log in to an instance in the &amp;private subnet:</source>
        <translation>No, pero puedo iniciar sesión en una instancia de la subred &amp;privada:</translation>
    </message>
    <message>
        <source>N&amp;either: show the findings so far</source>
        <translation>Ning&amp;uno: mostrar los hallazgos obtenidos hasta ahora</translation>
    </message>
    <message>
        <source>user@server[:port]</source>
        <translation>user@server[:port]</translation>
    </message>
    <message>
        <source>user@private-instance[:port] (reached through the public host)</source>
        <translation>user@private-instance[:port] (a través del host público)</translation>
    </message>
    <message>
        <source>The private instance test sets net.ipv4.tcp_timestamps=0 there in alternating blocks while it connects. natdoctor restores it afterwards; a restore armed on the instance before the change puts it back by itself within 30 seconds if natdoctor or the network goes silent, however long the test runs.</source>
        <translation>La prueba en la instancia privada establece allí net.ipv4.tcp_timestamps=0 en bloques alternos mientras conecta. natdoctor lo restaura después; una restauración programada en la instancia antes del cambio lo devuelve por sí sola en 30 segundos si natdoctor o la red dejan de responder, dure lo que dure la prueba.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteErrorText</name>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <source>The connection was lost; what was collected so far is kept</source>
        <translation>Se ha perdido la conexión; se conserva lo recopilado hasta ahora</translation>
    </message>
    <message>
        <source>The host did not answer in time</source>
        <translation>El host no ha respondido a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>You rejected the host key</source>
        <translation>Ha rechazado la clave de host</translation>
    </message>
    <message>
        <source>The host key has CHANGED since it was saved: this can be an attack. natdoctor refuses to connect</source>
        <translation>La clave de host ha CAMBIADO desde que se guardó: puede tratarse de un ataque. natdoctor se niega a conectar</translation>
    </message>
    <message>
        <source>Cannot read or write known_hosts</source>
        <translation>No se puede leer ni escribir known_hosts</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>The remote command failed</source>
        <translation>El comando remoto ha fallado</translation>
    </message>
    <message>
        <source>The jump host does not allow TCP forwarding (AllowTcpForwarding)</source>
        <translation>El host de salto no permite el reenvío TCP (AllowTcpForwarding)</translation>
    </message>
    <message>
        <source>sudo needs a password on that host; the findings give the command to run by hand</source>
        <translation>sudo pide una contraseña en ese host; los hallazgos indican el comando para ejecutarlo a mano</translation>
    </message>
    <message>
        <source>A needed program is not installed on that host</source>
        <translation>Falta un programa necesario en ese host</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteServerCheckPage</name>
    <message>
        <source>Remote server check</source>
        <translation>Comprobación del servidor remoto</translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the PAWS counters on the remote server, before and after connecting to it.</source>
        <translation>Lee tcp_tw_recycle, la versión del kernel y los contadores PAWS en el servidor remoto, antes y después de conectarse a él.</translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation>La comprobación no se ha ejecutado: %1</translation>
    </message>
    <message>
        <source>absent (removed in Linux 4.12)</source>
        <translation>no existe (eliminado en Linux 4.12)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Linux %1&lt;br&gt;tcp_tw_recycle: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Linux %1&lt;br&gt;tcp_tw_recycle: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No PAWS or TIME-WAIT counter moved during the test.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún contador PAWS ni TIME-WAIT ha cambiado durante la prueba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Counters that grew during the test: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Contadores que han aumentado durante la prueba: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportModelBuilder</name>
    <message>
        <source>… cut: %1 more lines not shown (the session file has them)</source>
        <translation>… recortado: %1 líneas más no mostradas (están en el archivo de sesión)</translation>
    </message>
    <message>
        <source>… cut: the output was longer than natdoctor keeps (%1 KiB)</source>
        <translation>… recortado: la salida superaba lo que natdoctor conserva (%1 KiB)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecutado</translation>
    </message>
    <message>
        <source>run; evidence %1</source>
        <translation>ejecutado; evidencias %1</translation>
    </message>
    <message>
        <source>NAT Doctor findings report</source>
        <translation>Informe de hallazgos de NAT Doctor</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Archivo de captura</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>%1, port %2 (trigger: %3)</source>
        <translation>%1, puerto %2 (disparador: %3)</translation>
    </message>
    <message>
        <source>Public-subnet host</source>
        <translation>Host de la subred pública</translation>
    </message>
    <message>
        <source>Private instance</source>
        <translation>Instancia privada</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Servidor remoto</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>natdoctor version</source>
        <translation>Versión de natdoctor</translation>
    </message>
    <message>
        <source>%1 packets over %2 s: %3 IP fragments in %4 datagrams; %5 connection attempts, %6 established, %7 unanswered, %8 stalled.</source>
        <translation>%1 paquetes en %2 s: %3 fragmentos IP en %4 datagramas; %5 intentos de conexión, %6 establecidos, %7 sin respuesta, %8 estancados.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportWriter</name>
    <message>
        <source>cannot write %1: the name must end in .pdf, .html or .json</source>
        <translation>no se puede escribir %1: el nombre debe terminar en .pdf, .html o .json</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>no se puede escribir %1: es un directorio</translation>
    </message>
    <message>
        <source>cannot write %1: the report could not be drawn</source>
        <translation>no se puede escribir %1: no se ha podido dibujar el informe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::StepProgressView</name>
    <message>
        <source>&amp;Cancel step</source>
        <translation>&amp;Cancelar el paso</translation>
    </message>
    <message>
        <source>Stops this step; anything changed on a host is restored first.</source>
        <translation>Detiene este paso; antes se restaura todo lo que se haya cambiado en un host.</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Registro del paso</translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation>En curso… %1 s</translation>
    </message>
    <message>
        <source>Stopping… (restoring anything that was changed)</source>
        <translation>Deteniendo… (restaurando todo lo que se cambió)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>Terminado en %1.</translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <translation>Detenido tras %1: %2</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::SuccessTimelineChart</name>
    <message>
        <source>Connection success over time</source>
        <translation>Éxito de las conexiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Established (%)</source>
        <translation>Establecidas (%)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Time since the first packet (s)</source>
        <translation>Tiempo desde el primer paquete (s)</translation>
    </message>
    <message>
        <source>Attempts per %1 s</source>
        <translation>Intentos cada %1 s</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::WelcomePage</name>
    <message>
        <source>Welcome to NAT Doctor</source>
        <translation>Le damos la bienvenida a NAT Doctor</translation>
    </message>
    <message>
        <source>Find out why some TCP connections through a NAT gateway fail.</source>
        <translation>Averigüe por qué fallan algunas conexiones TCP a través de una puerta de enlace NAT.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some connections from a private subnet to one destination work, others fail or time out. There are two documented causes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the destination sends &lt;b&gt;fragmented TCP&lt;/b&gt; packets, which a NAT gateway drops;&lt;/li&gt;&lt;li&gt;&lt;b&gt;tcp_tw_recycle&lt;/b&gt; is enabled on the remote server, which drops SYNs from many hosts behind one address.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;NAT Doctor runs the documented checks for you and explains what it finds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Algunas conexiones desde una subred privada a un destino funcionan y otras fallan o agotan el tiempo de espera. Hay dos causas documentadas:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;el destino envía paquetes &lt;b&gt;TCP fragmentados&lt;/b&gt;, que una puerta de enlace NAT descarta;&lt;/li&gt;&lt;li&gt;&lt;b&gt;tcp_tw_recycle&lt;/b&gt; está activado en el servidor remoto, que descarta los SYN de muchos hosts detrás de una misma dirección.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;NAT Doctor ejecuta por usted las comprobaciones documentadas y explica lo que encuentra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>&amp;Analyse a capture file (pcap or pcapng)</source>
        <translation>Anali&amp;zar un archivo de captura (pcap o pcapng)</translation>
    </message>
    <message>
        <source>&amp;Guided: run the checks over SSH</source>
        <translation>&amp;Guiado: ejecutar las comprobaciones por SSH</translation>
    </message>
    <message>
        <source>&amp;Manual: show me the commands, I paste the output</source>
        <translation>&amp;Manual: mostrarme los comandos, yo pego la salida</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Archivo de captura</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Open &amp;example capture</source>
        <translation>Abrir captura de e&amp;jemplo</translation>
    </message>
    <message>
        <source>A capture recorded in the lab: a NAT gateway path whose destination sends fragmented TCP.</source>
        <translation>Una captura grabada en el laboratorio: una ruta a través de una puerta de enlace NAT cuyo destino envía TCP fragmentado.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap *.dmp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::Wizard</name>
    <message>
        <source>NAT Doctor</source>
        <translation>NAT Doctor</translation>
    </message>
    <message>
        <source>Stop the running check?</source>
        <translation>¿Detener la comprobación en curso?</translation>
    </message>
    <message>
        <source>A check is running. Stop it and close natdoctor? Anything it changed on a host is restored first.</source>
        <translation>Hay una comprobación en curso. ¿Detenerla y cerrar natdoctor? Antes se restaura todo lo que haya cambiado en un host.</translation>
    </message>
    <message>
        <source>Quit natdoctor?</source>
        <translation>¿Salir de natdoctor?</translation>
    </message>
    <message>
        <source>The diagnosis so far and its findings will be lost. Quit anyway?</source>
        <translation>El diagnóstico hecho hasta ahora y sus hallazgos se perderán. ¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::AwsPage</name>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation>NAT gateway (AWS)</translation>
    </message>
    <message>
        <source>Optional: read the NAT gateway&apos;s own evidence (its route, network ACLs and CloudWatch metrics) with your AWS CLI. Read-only calls; nothing is stored outside this diagnosis.</source>
        <translation>Opcional: leer la evidencia propia del NAT gateway (su ruta, las ACL de red y las métricas de CloudWatch) con su AWS CLI. Solo llamadas de lectura; nada se guarda fuera de este diagnóstico.</translation>
    </message>
    <message>
        <source>&amp;Read the NAT gateway&apos;s evidence from AWS</source>
        <translation>&amp;Leer la evidencia del NAT gateway desde AWS</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>perfil predeterminado</translation>
    </message>
    <message>
        <source>the profile&apos;s region</source>
        <translation>la región del perfil</translation>
    </message>
    <message>
        <source>i-0123456789abcdef0 (a failing private instance)</source>
        <translation>i-0123456789abcdef0 (una instancia privada que falla)</translation>
    </message>
    <message>
        <source>optional, e.g. a VPC endpoint</source>
        <translation>opcional, p. ej. un endpoint de VPC</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation>ID de &amp;instancia:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del &amp;endpoint:</translation>
    </message>
    <message>
        <source>Read from &amp;AWS</source>
        <translation>Leer &amp;de AWS</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The instance id looks like i-0123456789abcdef0.</source>
        <translation>El ID de instancia tiene la forma i-0123456789abcdef0.</translation>
    </message>
    <message>
        <source>The endpoint URL starts with https:// or http://.</source>
        <translation>La URL del endpoint empieza por https:// o http://.</translation>
    </message>
    <message>
        <source>Skipped: the other checks do not need it.</source>
        <translation>Omitido: las demás comprobaciones no lo necesitan.</translation>
    </message>
    <message>
        <source>Reading from AWS…</source>
        <translation>Leyendo de AWS…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Done: every call and its answer is kept as evidence.</source>
        <translation>Hecho: cada llamada y su respuesta se guardan como evidencia.</translation>
    </message>
    <message>
        <source>Not complete: %1. The other checks go on without it.</source>
        <translation>Incompleto: %1. Las demás comprobaciones siguen sin esto.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatGatewaySection</name>
    <message>
        <source>Instance %1 (%2) in subnet %3, VPC %4</source>
        <translation>Instancia %1 (%2) en la subred %3, VPC %4</translation>
    </message>
    <message>
        <source>Route table %1%2: %3 → %4</source>
        <translation>Tabla de rutas %1%2: %3 → %4</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>ninguna ruta</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>NAT gateway %1 (%2) in subnet %3, Elastic IPs: %4</source>
        <translation>NAT gateway %1 (%2) en la subred %3, IP elásticas: %4</translation>
    </message>
    <message>
        <source>Network ACL %1 on %2: %3 rules</source>
        <translation>ACL de red %1 en %2: %3 reglas</translation>
    </message>
    <message>
        <source>CloudWatch metrics from %1 to %2 (1-minute periods)</source>
        <translation>Métricas de CloudWatch de %1 a %2 (periodos de 1 minuto)</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation>NAT gateway (AWS)</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatMetricChart</name>
    <message>
        <source>Minutes before %1 UTC</source>
        <translation>Minutos antes de las %1 UTC</translation>
    </message>
    <message>
        <source>natdoctor&apos;s test</source>
        <translation>prueba de natdoctor</translation>
    </message>
</context>
</TS>
