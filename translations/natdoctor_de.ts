<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>natdoctor::ui::BeforeAfterChart</name>
    <message>
        <source>Connections that succeeded</source>
        <translation>Erfolgreiche Verbindungen</translation>
    </message>
    <message>
        <source>Succeeded (%)</source>
        <translation>Erfolgreich (%)</translation>
    </message>
    <message>
        <source>Timestamps on (%1/%2)</source>
        <translation>Timestamps ein (%1/%2)</translation>
    </message>
    <message>
        <source>Timestamps off (%1/%2)</source>
        <translation>Timestamps aus (%1/%2)</translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance</source>
        <translation>tcp_timestamps auf der privaten Instanz</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CaptureAnalysisPage</name>
    <message>
        <source>Capture analysis</source>
        <translation>Mitschnittanalyse</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Fortschritt der Analyse</translation>
    </message>
    <message>
        <source>&amp;Stop analysis</source>
        <translation>Analyse &amp;stoppen</translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation>Histogramm der Fragmentgrößen</translation>
    </message>
    <message>
        <source>Connection success over time</source>
        <translation>Verbindungserfolg im Zeitverlauf</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1… %n packets so far</source>
        <translation>
            <numerusform>%1 wird gelesen… bisher %n Paket</numerusform>
            <numerusform>%1 wird gelesen… bisher %n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped. Go back to choose another capture.</source>
        <translation>Analyse gestoppt. Gehen Sie zurück, um einen anderen Mitschnitt zu wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n packets</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragments</source>
        <translation>
            <numerusform>%n Fragment</numerusform>
            <numerusform>%n Fragmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts established</source>
        <translation>Bei %1 von %2 Verbindungsversuchen kam die Verbindung zustande</translation>
    </message>
    <message>
        <source>The capture ends in the middle of a packet; it was analysed up to there.</source>
        <translation>Der Mitschnitt endet mitten in einem Paket; er wurde bis dorthin analysiert.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CommandBox</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation>Kopieren &amp;%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where do the failing connections go, and how can natdoctor make it send a large response?</source>
        <translation>Wohin gehen die fehlschlagenden Verbindungen, und wie bringt natdoctor das Ziel dazu, eine große Antwort zu senden?</translation>
    </message>
    <message>
        <source>e.g. api.example.com or 203.0.113.10</source>
        <translation>z. B. api.example.com oder 203.0.113.10</translation>
    </message>
    <message>
        <source>HTTPS GET of a large page (with the host name as SNI)</source>
        <translation>HTTPS-GET einer großen Seite (mit dem Hostnamen als SNI)</translation>
    </message>
    <message>
        <source>HTTP GET of a large page</source>
        <translation>HTTP-GET einer großen Seite</translation>
    </message>
    <message>
        <source>Plain TCP request</source>
        <translation>Einfache TCP-Anfrage</translation>
    </message>
    <message>
        <source>Large ping (ICMP)</source>
        <translation>Großer Ping (ICMP)</translation>
    </message>
    <message>
        <source>A path whose response is at least 16 KiB, so that it would fragment.</source>
        <translation>Ein Pfad, dessen Antwort mindestens 16 KiB groß ist, sodass sie fragmentiert würde.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Byte</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>Aus&amp;löser:</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>Pfa&amp;d:</translation>
    </message>
    <message>
        <source>Ping si&amp;ze:</source>
        <translation>Ping-&amp;Größe:</translation>
    </message>
    <message>
        <source>Enter the destination&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Ziels ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>The path starts with /.</source>
        <translation>Der Pfad beginnt mit /.</translation>
    </message>
    <message>
        <source>The path has characters a URL cannot carry.</source>
        <translation>Der Pfad enthält Zeichen, die in einer URL nicht vorkommen dürfen.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DiagnosisController</name>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file.</source>
        <translation>%1 ist ein Ordner, keine Mitschnittdatei.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a capture.</source>
        <translation>%1 ist leer: Das ist kein Mitschnitt.</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture. natdoctor reads pcap and pcapng files (also with several interfaces), plain or compressed with gzip (.gz) or zstd (.zst). Convert other formats (snoop, Network Monitor and others Wireshark opens) with: editcap -F pcap IN OUT (or tshark -r IN -F pcap -w OUT).</source>
        <translation>%1 ist kein pcap- oder pcapng-Mitschnitt. natdoctor liest pcap- und pcapng-Dateien (auch mit mehreren Schnittstellen), unkomprimiert oder mit gzip (.gz) bzw. zstd (.zst) komprimiert. Andere Formate (snoop, Network Monitor und weitere, die Wireshark öffnet) wandeln Sie um mit: editcap -F pcap IN OUT (oder tshark -r IN -F pcap -w OUT).</translation>
    </message>
    <message>
        <source>This capture&apos;s link type (%1) is not supported. natdoctor reads Ethernet (also with 802.1Q or QinQ VLAN tags), Linux cooked v1 and v2 (the &quot;any&quot; interface), raw IPv4 and IPv6, BSD loopback and NFLOG, and IP behind MPLS and PPPoE; not C-HDLC, NETLINK or other link types. Capture again on an Ethernet or &quot;any&quot; interface.</source>
        <translation>Der Link-Typ dieses Mitschnitts (%1) wird nicht unterstützt. natdoctor liest Ethernet (auch mit 802.1Q- oder QinQ-VLAN-Tags), Linux cooked v1 und v2 (die Schnittstelle „any“), Raw-IPv4 und -IPv6, BSD-Loopback und NFLOG sowie IP hinter MPLS und PPPoE; nicht C-HDLC, NETLINK oder andere Link-Typen. Schneiden Sie erneut auf einer Ethernet- oder der „any“-Schnittstelle mit.</translation>
    </message>
    <message>
        <source>Reading the capture failed: %1</source>
        <translation>Das Lesen des Mitschnitts ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingView</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1 · confidence: %2 · id: %3</source>
        <translation>%1 · Konfidenz: %2 · ID: %3</translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation>Befehle: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Befehle kopieren</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>&amp;Redact addresses and host names</source>
        <translation>Adressen und Hostnamen sch&amp;wärzen</translation>
    </message>
    <message>
        <source>Replace IP addresses and host names with host-A, host-B, … for sharing with third parties</source>
        <translation>IP-Adressen und Hostnamen durch host-A, host-B, … ersetzen, um den Bericht an Dritte weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the findings as PDF, HTML or a session file (JSON)</source>
        <translation>Die Befunde als PDF, HTML oder Sitzungsdatei (JSON) speichern</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nichts in den Belegen deutet auf Fragmentierung oder verworfene SYNs hin.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Sitzungsdatei (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>Der Bericht wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation>Kopieren &amp;%1</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentSizeChart</name>
    <message>
        <source>Fragment sizes</source>
        <translation>Fragmentgrößen</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmente</translation>
    </message>
    <message>
        <source>Bin holding the path MTU (%1 bytes)</source>
        <translation>Klasse mit der Pfad-MTU (%1 Byte)</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>Pfad-MTU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Fragment size (bytes of IP packet)</source>
        <translation>Fragmentgröße (Byte des IP-Pakets)</translation>
    </message>
    <message>
        <source>Fragments (packets)</source>
        <translation>Fragmente (Pakete)</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentationCheckPage</name>
    <message>
        <source>Fragmentation check</source>
        <translation>Fragmentierungsprüfung</translation>
    </message>
    <message>
        <source>A capture on the public host while the destination sends a large response: does it arrive in IP fragments?</source>
        <translation>Ein Mitschnitt auf dem öffentlichen Host, während das Ziel eine große Antwort sendet: Kommt sie in IP-Fragmenten an?</translation>
    </message>
    <message>
        <source>Capture counters</source>
        <translation>Mitschnittzähler</translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation>Histogramm der Fragmentgrößen</translation>
    </message>
    <message>
        <source>Waiting for the capture to start…</source>
        <translation>Warten auf den Start des Mitschnitts…</translation>
    </message>
    <message>
        <source>%1 packets captured, %2 of them IP fragments</source>
        <translation>%1 Pakete mitgeschnitten, davon %2 IP-Fragmente</translation>
    </message>
    <message>
        <source>%1 packets captured, %2 IP fragments in %3 datagrams; largest response %4 bytes</source>
        <translation>%1 Pakete mitgeschnitten, %2 IP-Fragmente in %3 Datagrammen; größte Antwort %4 Byte</translation>
    </message>
    <message>
        <source>S&amp;top capture</source>
        <translation>Mitschnitt be&amp;enden</translation>
    </message>
    <message>
        <source>Ends the capture now and keeps what it captured.</source>
        <translation>Beendet den Mitschnitt jetzt und behält, was bisher mitgeschnitten wurde.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;natdoctor has not seen the host &lt;b&gt;%1&lt;/b&gt; before. Check that this fingerprint is the host&apos;s, for example with &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host or in your cloud console, before you accept it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;natdoctor kennt den Host &lt;b&gt;%1&lt;/b&gt; noch nicht. Prüfen Sie, bevor Sie ihn akzeptieren, dass dieser Fingerabdruck zum Host gehört, zum Beispiel mit &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; auf dem Host oder in Ihrer Cloud-Konsole.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation>Schlüsseltyp: %1</translation>
    </message>
    <message>
        <source>Host key fingerprint</source>
        <translation>Fingerabdruck des Hostschlüssels</translation>
    </message>
    <message>
        <source>&quot;Accept and save&quot; adds it to %1.</source>
        <translation>„Akzeptieren und speichern“ fügt ihn zu %1 hinzu.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Akzeptieren und &amp;speichern</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HtmlReportWriter</name>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation>Erstellt am %1 von natdoctor %2</translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation> · Adressen und Hostnamen geschwärzt</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Fazit: %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nichts in den Belegen deutet auf Fragmentierung oder verworfene SYNs hin.</translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation>Konfidenz: %1 · ID: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation>Anhang: alle ausgeführten Befehle und ihre Ausgaben</translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation>Die Ausgaben erscheinen wörtlich, jeweils höchstens %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 auf %3</translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation>Exit-Status %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualCapturePage</name>
    <message>
        <source>Fragmentation check, by hand</source>
        <translation>Fragmentierungsprüfung von Hand</translation>
    </message>
    <message>
        <source>On an instance in a public subnet (not the failing instance, nothing behind a NAT), start the capture, run the trigger in a second terminal, stop the capture, and open the file here.</source>
        <translation>Starten Sie auf einer Instanz in einem öffentlichen Subnetz (nicht auf der fehlschlagenden Instanz, nichts hinter einem NAT) den Mitschnitt, führen Sie in einem zweiten Terminal den Auslöser aus, beenden Sie den Mitschnitt und öffnen Sie die Datei hier.</translation>
    </message>
    <message>
        <source>1. Capture (keeps trailing fragments and ICMP):</source>
        <translation>1. Mitschnitt (erfasst auch nachfolgende Fragmente und ICMP):</translation>
    </message>
    <message>
        <source>2. Meanwhile, make the destination send a large response:</source>
        <translation>2. Bringen Sie währenddessen das Ziel dazu, eine große Antwort zu senden:</translation>
    </message>
    <message>
        <source>3. &amp;Open the capture file…</source>
        <translation>3. &amp;Mitschnittdatei öffnen…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 wird analysiert…</translation>
    </message>
    <message>
        <source>Analysis stopped.</source>
        <translation>Analyse gestoppt.</translation>
    </message>
    <message>
        <source>%1 packets, %2 IP fragments.</source>
        <translation>%1 Pakete, %2 IP-Fragmente.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualServerPage</name>
    <message>
        <source>tcp_tw_recycle, by hand</source>
        <translation>tcp_tw_recycle von Hand</translation>
    </message>
    <message>
        <source>Either part is optional. With access to the remote server, run the first command there. Without it, run the connection probe on an instance in the private subnet, with TCP timestamps on and then off.</source>
        <translation>Beide Teile sind optional. Wenn Sie Zugang zum Remote-Server haben, führen Sie dort den ersten Befehl aus. Andernfalls führen Sie den Verbindungstest auf einer Instanz im privaten Subnetz aus, erst mit eingeschalteten, dann mit ausgeschalteten TCP-Timestamps.</translation>
    </message>
    <message>
        <source>On the remote server</source>
        <translation>Auf dem Remote-Server</translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the TCP counters:</source>
        <translation>Liest tcp_tw_recycle, die Kernel-Version und die TCP-Zähler:</translation>
    </message>
    <message>
        <source>Output of the remote server command</source>
        <translation>Ausgabe des Befehls auf dem Remote-Server</translation>
    </message>
    <message>
        <source>Paste its output:</source>
        <translation>Fügen Sie seine Ausgabe ein:</translation>
    </message>
    <message>
        <source>On an instance in the private subnet</source>
        <translation>Auf einer Instanz im privaten Subnetz</translation>
    </message>
    <message>
        <source>1. The connection probe (timestamps as they are):</source>
        <translation>1. Der Verbindungstest (Timestamps unverändert):</translation>
    </message>
    <message>
        <source>Output of the first probe</source>
        <translation>Ausgabe des ersten Tests</translation>
    </message>
    <message>
        <source>2. Turn TCP timestamps off, then run the probe again:</source>
        <translation>2. Schalten Sie die TCP-Timestamps aus und führen Sie den Test erneut aus:</translation>
    </message>
    <message>
        <source>Output of the second probe</source>
        <translation>Ausgabe des zweiten Tests</translation>
    </message>
    <message>
        <source>3. Restore the setting:</source>
        <translation>3. Stellen Sie die Einstellung wieder her:</translation>
    </message>
    <message>
        <source>paste here</source>
        <translation>hier einfügen</translation>
    </message>
    <message>
        <source>The remote server&apos;s output cannot be read: %1</source>
        <translation>Die Ausgabe des Remote-Servers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Paste the output of both probes (one &quot;attempt=…&quot; line per connection).</source>
        <translation>Fügen Sie die Ausgabe beider Tests ein (eine „attempt=…“-Zeile pro Verbindung).</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfReportWriter</name>
    <message>
        <source>%1 · natdoctor %2 · redacted</source>
        <translation>%1 · natdoctor %2 · geschwärzt</translation>
    </message>
    <message>
        <source>%1 · natdoctor %2</source>
        <translation>%1 · natdoctor %2</translation>
    </message>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation>Erstellt am %1 von natdoctor %2</translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation> · Adressen und Hostnamen geschwärzt</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Fazit: %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation>Nichts in den Belegen deutet auf Fragmentierung oder verworfene SYNs hin.</translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation>Konfidenz: %1 · ID: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation>Anhang: alle ausgeführten Befehle und ihre Ausgaben</translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation>Die Ausgaben erscheinen wörtlich, jeweils höchstens %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 auf %3</translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation>Exit-Status %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PrivateInstanceTestPage</name>
    <message>
        <source>Private instance test</source>
        <translation>Test auf der privaten Instanz</translation>
    </message>
    <message>
        <source>The same connections from a private instance with TCP timestamps on, then off. If they succeed more often without timestamps, the remote server likely has tcp_tw_recycle enabled.</source>
        <translation>Dieselben Verbindungen von einer privaten Instanz, erst mit eingeschalteten, dann mit ausgeschalteten TCP-Timestamps. Gelingen sie ohne Timestamps häufiger, ist auf dem Remote-Server wahrscheinlich tcp_tw_recycle aktiviert.</translation>
    </message>
    <message>
        <source>tcp_timestamps restore status</source>
        <translation>Wiederherstellungsstatus von tcp_timestamps</translation>
    </message>
    <message>
        <source>Success rate with and without TCP timestamps</source>
        <translation>Erfolgsquote mit und ohne TCP-Timestamps</translation>
    </message>
    <message>
        <source>tcp_timestamps has not been changed.</source>
        <translation>tcp_timestamps wurde nicht geändert.</translation>
    </message>
    <message>
        <source>tcp_timestamps was not changed (%1).</source>
        <translation>tcp_timestamps wurde nicht geändert (%1).</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PublicHostPage</name>
    <message>
        <source>Public host</source>
        <translation>Öffentlicher Host</translation>
    </message>
    <message>
        <source>An instance in a public subnet that reaches the destination without NAT. The fragmentation check runs there, never on the failing instance.</source>
        <translation>Eine Instanz in einem öffentlichen Subnetz, die das Ziel ohne NAT erreicht. Die Fragmentierungsprüfung läuft dort, nie auf der fehlschlagenden Instanz.</translation>
    </message>
    <message>
        <source>user@host or user@host:port, or a Host of ~/.ssh/config</source>
        <translation>user@host oder user@host:port, oder ein Host aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>optional: a private key file (the agent and ~/.ssh keys are tried too)</source>
        <translation>optional: eine private Schlüsseldatei (der Agent und die Schlüssel in ~/.ssh werden ebenfalls versucht)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>SSH &amp;target:</source>
        <translation>SSH-Zi&amp;el:</translation>
    </message>
    <message>
        <source>&amp;known_hosts:</source>
        <translation>&amp;known_hosts:</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Sch&amp;lüsseldatei:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteAccessPage</name>
    <message>
        <source>Access to the remote server?</source>
        <translation>Zugang zum Remote-Server?</translation>
    </message>
    <message>
        <source>The second cause, tcp_tw_recycle on the remote server, is checked on the server itself when you can log in to it; otherwise from an instance in the private subnet.</source>
        <translation>Die zweite Ursache, tcp_tw_recycle auf dem Remote-Server, wird auf dem Server selbst geprüft, wenn Sie sich dort anmelden können, andernfalls von einer Instanz im privaten Subnetz aus.</translation>
    </message>
    <message>
        <source>I can log in to the &amp;remote server:</source>
        <translation>Ich kann mich am &amp;Remote-Server anmelden:</translation>
    </message>
    <message>
        <source>I cannot, but I can log in to an instance in the &amp;private subnet:</source>
        <translation>Das nicht, aber ich kann mich an einer Instanz im &amp;privaten Subnetz anmelden:</translation>
    </message>
    <message>
        <source>N&amp;either: show the findings so far</source>
        <translation>&amp;Keines von beiden: bisherige Befunde anzeigen</translation>
    </message>
    <message>
        <source>user@server[:port]</source>
        <translation>user@server[:port]</translation>
    </message>
    <message>
        <source>user@private-instance[:port] (reached through the public host)</source>
        <translation>user@private-instance[:port] (erreicht über den öffentlichen Host)</translation>
    </message>
    <message>
        <source>The private instance test sets net.ipv4.tcp_timestamps=0 there in alternating blocks while it connects. natdoctor restores it afterwards; a restore armed on the instance before the change puts it back by itself within 30 seconds if natdoctor or the network goes silent, however long the test runs.</source>
        <translation>Der Test auf der privaten Instanz setzt dort in abwechselnden Blöcken net.ipv4.tcp_timestamps=0, während er Verbindungen aufbaut. natdoctor stellt den Wert danach wieder her; eine vor der Änderung auf der Instanz eingerichtete Wiederherstellung setzt ihn innerhalb von 30 Sekunden von selbst zurück, wenn natdoctor oder das Netzwerk verstummt, wie lange der Test auch dauert.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteErrorText</name>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>The connection was lost; what was collected so far is kept</source>
        <translation>Die Verbindung ist abgebrochen; das bisher Gesammelte bleibt erhalten</translation>
    </message>
    <message>
        <source>The host did not answer in time</source>
        <translation>Der Host hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>You rejected the host key</source>
        <translation>Sie haben den Hostschlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The host key has CHANGED since it was saved: this can be an attack. natdoctor refuses to connect</source>
        <translation>Der Hostschlüssel hat sich seit dem Speichern GEÄNDERT: Das kann ein Angriff sein. natdoctor verweigert die Verbindung</translation>
    </message>
    <message>
        <source>Cannot read or write known_hosts</source>
        <translation>known_hosts kann nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The remote command failed</source>
        <translation>Der entfernte Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The jump host does not allow TCP forwarding (AllowTcpForwarding)</source>
        <translation>Der Jump-Host erlaubt keine TCP-Weiterleitung (AllowTcpForwarding)</translation>
    </message>
    <message>
        <source>sudo needs a password on that host; the findings give the command to run by hand</source>
        <translation>sudo verlangt auf diesem Host ein Passwort; die Befunde nennen den Befehl, den Sie von Hand ausführen können</translation>
    </message>
    <message>
        <source>A needed program is not installed on that host</source>
        <translation>Ein benötigtes Programm ist auf diesem Host nicht installiert</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteServerCheckPage</name>
    <message>
        <source>Remote server check</source>
        <translation>Prüfung des Remote-Servers</translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the PAWS counters on the remote server, before and after connecting to it.</source>
        <translation>Liest tcp_tw_recycle, die Kernel-Version und die PAWS-Zähler auf dem Remote-Server, vor und nach den Verbindungen zu ihm.</translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation>Die Prüfung wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>absent (removed in Linux 4.12)</source>
        <translation>nicht vorhanden (seit Linux 4.12 entfernt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Linux %1&lt;br&gt;tcp_tw_recycle: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Linux %1&lt;br&gt;tcp_tw_recycle: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No PAWS or TIME-WAIT counter moved during the test.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Während des Tests hat sich kein PAWS- oder TIME-WAIT-Zähler verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Counters that grew during the test: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Während des Tests gestiegene Zähler: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportModelBuilder</name>
    <message>
        <source>… cut: %1 more lines not shown (the session file has them)</source>
        <translation>… gekürzt: %1 weitere Zeilen nicht angezeigt (sie stehen in der Sitzungsdatei)</translation>
    </message>
    <message>
        <source>… cut: the output was longer than natdoctor keeps (%1 KiB)</source>
        <translation>… gekürzt: Die Ausgabe war länger, als natdoctor speichert (%1 KiB)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>run; evidence %1</source>
        <translation>ausgeführt; Belege %1</translation>
    </message>
    <message>
        <source>NAT Doctor findings report</source>
        <translation>NAT-Doctor-Befundbericht</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Mitschnittdatei</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1, port %2 (trigger: %3)</source>
        <translation>%1, Port %2 (Auslöser: %3)</translation>
    </message>
    <message>
        <source>Public-subnet host</source>
        <translation>Host im öffentlichen Subnetz</translation>
    </message>
    <message>
        <source>Private instance</source>
        <translation>Private Instanz</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Remote-Server</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>natdoctor version</source>
        <translation>natdoctor-Version</translation>
    </message>
    <message>
        <source>%1 packets over %2 s: %3 IP fragments in %4 datagrams; %5 connection attempts, %6 established, %7 unanswered, %8 stalled.</source>
        <translation>%1 Pakete in %2 s: %3 IP-Fragmente in %4 Datagrammen; %5 Verbindungsversuche, %6 aufgebaut, %7 unbeantwortet, %8 hängen geblieben.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportWriter</name>
    <message>
        <source>cannot write %1: the name must end in .pdf, .html or .json</source>
        <translation>%1 kann nicht geschrieben werden: Der Name muss auf .pdf, .html oder .json enden</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1: the report could not be drawn</source>
        <translation>%1 kann nicht geschrieben werden: Der Bericht konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::StepProgressView</name>
    <message>
        <source>&amp;Cancel step</source>
        <translation>Schritt a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops this step; anything changed on a host is restored first.</source>
        <translation>Stoppt diesen Schritt; alles, was auf einem Host geändert wurde, wird zuerst wiederhergestellt.</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Schrittprotokoll</translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <source>Stopping… (restoring anything that was changed)</source>
        <translation>Wird gestoppt… (Änderungen werden wiederhergestellt)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>Fertig nach %1.</translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <translation>Nach %1 gestoppt: %2</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::SuccessTimelineChart</name>
    <message>
        <source>Connection success over time</source>
        <translation>Verbindungserfolg im Zeitverlauf</translation>
    </message>
    <message>
        <source>Established (%)</source>
        <translation>Aufgebaut (%)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Time since the first packet (s)</source>
        <translation>Zeit seit dem ersten Paket (s)</translation>
    </message>
    <message>
        <source>Attempts per %1 s</source>
        <translation>Versuche pro %1 s</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::WelcomePage</name>
    <message>
        <source>Welcome to NAT Doctor</source>
        <translation>Willkommen bei NAT Doctor</translation>
    </message>
    <message>
        <source>Find out why some TCP connections through a NAT gateway fail.</source>
        <translation>Finden Sie heraus, warum manche TCP-Verbindungen durch ein NAT-Gateway fehlschlagen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some connections from a private subnet to one destination work, others fail or time out. There are two documented causes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the destination sends &lt;b&gt;fragmented TCP&lt;/b&gt; packets, which a NAT gateway drops;&lt;/li&gt;&lt;li&gt;&lt;b&gt;tcp_tw_recycle&lt;/b&gt; is enabled on the remote server, which drops SYNs from many hosts behind one address.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;NAT Doctor runs the documented checks for you and explains what it finds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Manche Verbindungen aus einem privaten Subnetz zu einem Ziel funktionieren, andere schlagen fehl oder laufen in ein Timeout. Dafür gibt es zwei dokumentierte Ursachen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Das Ziel sendet &lt;b&gt;fragmentierte TCP&lt;/b&gt;-Pakete, die ein NAT-Gateway verwirft;&lt;/li&gt;&lt;li&gt;auf dem Remote-Server ist &lt;b&gt;tcp_tw_recycle&lt;/b&gt; aktiviert, das SYNs von vielen Hosts hinter einer Adresse verwirft.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;NAT Doctor führt die dokumentierten Prüfungen für Sie aus und erklärt, was es findet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Analyse a capture file (pcap or pcapng)</source>
        <translation>Mitschnittdatei &amp;analysieren (pcap oder pcapng)</translation>
    </message>
    <message>
        <source>&amp;Guided: run the checks over SSH</source>
        <translation>&amp;Geführt: die Prüfungen über SSH ausführen</translation>
    </message>
    <message>
        <source>&amp;Manual: show me the commands, I paste the output</source>
        <translation>&amp;Manuell: Befehle anzeigen, ich füge die Ausgabe ein</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Mitschnittdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Open &amp;example capture</source>
        <translation>&amp;Beispielmitschnitt öffnen</translation>
    </message>
    <message>
        <source>A capture recorded in the lab: a NAT gateway path whose destination sends fragmented TCP.</source>
        <translation>Ein im Labor aufgezeichneter Mitschnitt: ein Pfad durch ein NAT-Gateway, dessen Ziel fragmentiertes TCP sendet.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
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
        <translation>Laufende Prüfung stoppen?</translation>
    </message>
    <message>
        <source>A check is running. Stop it and close natdoctor? Anything it changed on a host is restored first.</source>
        <translation>Eine Prüfung läuft. Soll sie gestoppt und natdoctor geschlossen werden? Alles, was sie auf einem Host geändert hat, wird zuerst wiederhergestellt.</translation>
    </message>
    <message>
        <source>Quit natdoctor?</source>
        <translation>natdoctor beenden?</translation>
    </message>
    <message>
        <source>The diagnosis so far and its findings will be lost. Quit anyway?</source>
        <translation>Die bisherige Diagnose und ihre Befunde gehen verloren. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::AwsPage</name>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation>NAT-Gateway (AWS)</translation>
    </message>
    <message>
        <source>Optional: read the NAT gateway&apos;s own evidence (its route, network ACLs and CloudWatch metrics) with your AWS CLI. Read-only calls; nothing is stored outside this diagnosis.</source>
        <translation>Optional: die eigenen Belege des NAT-Gateways (Route, Netzwerk-ACLs und CloudWatch-Metriken) mit Ihrer AWS CLI lesen. Nur lesende Aufrufe; nichts wird außerhalb dieser Diagnose gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Read the NAT gateway&apos;s evidence from AWS</source>
        <translation>Belege des NAT-Gateways aus AWS &amp;lesen</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>Standardprofil</translation>
    </message>
    <message>
        <source>the profile&apos;s region</source>
        <translation>die Region des Profils</translation>
    </message>
    <message>
        <source>i-0123456789abcdef0 (a failing private instance)</source>
        <translation>i-0123456789abcdef0 (eine betroffene private Instanz)</translation>
    </message>
    <message>
        <source>optional, e.g. a VPC endpoint</source>
        <translation>optional, z. B. ein VPC-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation>&amp;Instanz-ID:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Read from &amp;AWS</source>
        <translation>Aus &amp;AWS lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The instance id looks like i-0123456789abcdef0.</source>
        <translation>Die Instanz-ID sieht aus wie i-0123456789abcdef0.</translation>
    </message>
    <message>
        <source>The endpoint URL starts with https:// or http://.</source>
        <translation>Die Endpunkt-URL beginnt mit https:// oder http://.</translation>
    </message>
    <message>
        <source>Skipped: the other checks do not need it.</source>
        <translation>Übersprungen: Die anderen Prüfungen brauchen es nicht.</translation>
    </message>
    <message>
        <source>Reading from AWS…</source>
        <translation>Lese aus AWS…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: every call and its answer is kept as evidence.</source>
        <translation>Fertig: Jeder Aufruf und seine Antwort sind als Beleg gespeichert.</translation>
    </message>
    <message>
        <source>Not complete: %1. The other checks go on without it.</source>
        <translation>Nicht vollständig: %1. Die anderen Prüfungen laufen ohne dies weiter.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatGatewaySection</name>
    <message>
        <source>Instance %1 (%2) in subnet %3, VPC %4</source>
        <translation>Instanz %1 (%2) im Subnetz %3, VPC %4</translation>
    </message>
    <message>
        <source>Route table %1%2: %3 → %4</source>
        <translation>Routingtabelle %1%2: %3 → %4</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (Haupttabelle)</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>NAT gateway %1 (%2) in subnet %3, Elastic IPs: %4</source>
        <translation>NAT-Gateway %1 (%2) im Subnetz %3, Elastic IPs: %4</translation>
    </message>
    <message>
        <source>Network ACL %1 on %2: %3 rules</source>
        <translation>Netzwerk-ACL %1 auf %2: %3 Regeln</translation>
    </message>
    <message>
        <source>CloudWatch metrics from %1 to %2 (1-minute periods)</source>
        <translation>CloudWatch-Metriken von %1 bis %2 (1-Minuten-Perioden)</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation>NAT-Gateway (AWS)</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatMetricChart</name>
    <message>
        <source>Minutes before %1 UTC</source>
        <translation>Minuten vor %1 UTC</translation>
    </message>
    <message>
        <source>natdoctor&apos;s test</source>
        <translation>Test von natdoctor</translation>
    </message>
</context>
</TS>
