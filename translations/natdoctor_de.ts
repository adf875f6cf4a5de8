<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Finding</name>
    <message>
        <source>the destination</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>a client of the captured connections</source>
        <translation>ein Client der mitgeschnittenen Verbindungen</translation>
    </message>
    <message>
        <source>the capturing host itself (outgoing)</source>
        <translation>der mitschneidende Host selbst (ausgehend)</translation>
    </message>
    <message>
        <source>a host whose role the capture does not show (no TCP connection; name the destination with --dest)</source>
        <translation>ein Host, dessen Rolle der Mitschnitt nicht zeigt (keine TCP-Verbindung; nennen Sie das Ziel mit --dest)</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not: it does not do path MTU discovery, so routers fragment what is too large.</source>
        <translation>Von seinen unfragmentierten Datenpaketen trugen {with} DF und {without} nicht: Es nutzt keine Path-MTU-Discovery, daher fragmentieren Router, was zu groß ist.</translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not.</source>
        <translation>Von seinen unfragmentierten Datenpaketen trugen {with} DF und {without} nicht.</translation>
    </message>
    <message>
        <source>{address} ({n|# TCP fragment|# TCP fragments})</source>
        <translation>{address} ({n|# TCP-Fragment|# TCP-Fragmente})</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>{n|# TCP fragment|# TCP fragments} ({datagrams|# datagram|# datagrams}, up to {size} bytes) from {sources}.</source>
        <translation>{n|# TCP-Fragment|# TCP-Fragmente} ({datagrams|# Datagramm|# Datagramme}, bis zu {size} Byte) von {sources}.</translation>
    </message>
    <message>
        <source>A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP, so responses that fragment never reach instances behind it, while small ones do.</source>
        <translation>Ein NAT-Gateway leitet IP-Fragmente nur für UDP weiter und verwirft fragmentiertes TCP: Antworten, die fragmentiert werden, erreichen Instanzen dahinter nie, kleine dagegen schon.</translation>
    </message>
    <message>
        <source>The destination sends fragmented TCP packets</source>
        <translation>Das Ziel sendet fragmentierte TCP-Pakete</translation>
    </message>
    <message>
        <source>On your side, without touching the destination: advertise a smaller MSS on the private instances&apos; route to the destination ({mss} fits the largest fragment seen), so it never sends segments that need fragmenting. Note the gateway and device of the first command in the second; make it permanent in the instance&apos;s network configuration</source>
        <translation>Auf Ihrer Seite, ohne das Ziel anzufassen: Kündigen Sie auf der Route der privaten Instanzen zum Ziel eine kleinere MSS an ({mss} passt zum größten gesehenen Fragment), damit es nie Segmente sendet, die fragmentiert werden müssen. Übernehmen Sie Gateway und Gerät aus dem ersten Befehl in den zweiten; machen Sie es in der Netzwerkkonfiguration der Instanz dauerhaft</translation>
    </message>
    <message>
        <source>Or route the private subnet through a NAT instance, which reassembles fragments</source>
        <translation>Oder leiten Sie das private Subnetz über eine NAT-Instanz, die Fragmente zusammensetzt</translation>
    </message>
    <message>
        <source>Or ask the destination&apos;s owner to turn path MTU discovery on (DF set, on a Linux destination), and to let ICMP &quot;fragmentation needed&quot; in</source>
        <translation>Oder bitten Sie den Betreiber des Ziels, Path-MTU-Discovery einzuschalten (DF gesetzt, bei einem Linux-Ziel) und ICMP „fragmentation needed“ durchzulassen</translation>
    </message>
    <message>
        <source>Or lower the destination&apos;s MTU, or clamp the TCP MSS on a router of the path</source>
        <translation>Oder senken Sie die MTU des Ziels, oder begrenzen Sie die TCP-MSS auf einem Router des Pfads (MSS-Clamping)</translation>
    </message>
    <message>
        <source>{address}, {role} ({n|# fragment|# fragments})</source>
        <translation>{address}, {role} ({n|# Fragment|# Fragmente})</translation>
    </message>
    <message>
        <source>{n|# fragment|# fragments} came from {senders}. They say nothing about what the destination sends.</source>
        <translation>{n|# Fragment kam|# Fragmente kamen} von {senders}. Sie sagen nichts darüber, was das Ziel sendet.</translation>
    </message>
    <message>
        <source>A client&apos;s own large requests (an upload, a large POST) that fragment are dropped by a NAT gateway too when the client is behind one.</source>
        <translation>Große Anfragen eines Clients selbst (ein Upload, ein großer POST), die fragmentiert werden, verwirft ein NAT-Gateway ebenfalls, wenn der Client dahinter liegt.</translation>
    </message>
    <message>
        <source>Fragments from a host that is not the destination</source>
        <translation>Fragmente von einem Host, der nicht das Ziel ist</translation>
    </message>
    <message>
        <source>If uploads from the private instances fail, lower their MTU or MSS toward the destination</source>
        <translation>Wenn Uploads der privaten Instanzen scheitern, senken Sie deren MTU oder MSS in Richtung Ziel</translation>
    </message>
    <message>
        <source>Name the destination (analyze --dest ADDRESS) so its fragments are told apart from other hosts&apos;, or capture with a filter on the destination</source>
        <translation>Nennen Sie das Ziel (analyze --dest ADRESSE), damit seine Fragmente von denen anderer Hosts unterschieden werden, oder schneiden Sie mit einem Filter auf das Ziel mit</translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet, started before the request, with a filter that keeps trailing fragments, while the host fetches a response of at least 16 KiB.</source>
        <translation>Schneiden Sie auf einem Host in einem öffentlichen Subnetz mit, gestartet vor der Anfrage, mit einem Filter, der nachfolgende Fragmente behält, während der Host eine Antwort von mindestens 16 KiB abruft.</translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet (started before the request) while it fetches a response of at least 16 KiB from the destination, then analyse the file</source>
        <translation>Schneiden Sie auf einem Host in einem öffentlichen Subnetz mit (vor der Anfrage gestartet), während er eine Antwort von mindestens 16 KiB vom Ziel abruft, und analysieren Sie dann die Datei</translation>
    </message>
    <message>
        <source>Fragments arrived, but the capturing host is behind a NAT</source>
        <translation>Fragmente kamen an, aber der mitschneidende Host liegt hinter einem NAT</translation>
    </message>
    <message>
        <source>The capturing host reaches the destination through a NAT, which may have reassembled the response and fragmented it again: what the destination itself sends is not shown. Capture on an instance in a public subnet.</source>
        <translation>Der mitschneidende Host erreicht das Ziel über ein NAT, das die Antwort zusammengesetzt und erneut fragmentiert haben kann: Was das Ziel selbst sendet, ist nicht zu sehen. Schneiden Sie auf einer Instanz in einem öffentlichen Subnetz mit.</translation>
    </message>
    <message>
        <source>The destination&apos;s echo replies came back fragmented ({n|# fragment|# fragments}), which is why large pings fail behind a NAT gateway: expected, not a symptom.</source>
        <translation>Die Echo-Antworten des Ziels kamen fragmentiert zurück ({n|# Fragment|# Fragmente}); deshalb scheitern große Pings hinter einem NAT-Gateway: erwartet, kein Symptom.</translation>
    </message>
    <message>
        <source>The ping&apos;s replies were not fragmented.</source>
        <translation>Die Antworten auf den Ping waren nicht fragmentiert.</translation>
    </message>
    <message>
        <source>Whether its TCP responses fragment depends on its TCP stack (DF, path MTU discovery), not on ICMP. Run the check with an HTTP, HTTPS or TCP request that returns at least 16 KiB.</source>
        <translation>Ob seine TCP-Antworten fragmentiert werden, hängt von seinem TCP-Stack ab (DF, Path-MTU-Discovery), nicht von ICMP. Führen Sie die Prüfung mit einer HTTP-, HTTPS- oder TCP-Anfrage aus, die mindestens 16 KiB liefert.</translation>
    </message>
    <message>
        <source>A ping cannot decide whether the destination fragments TCP</source>
        <translation>Ein Ping kann nicht entscheiden, ob das Ziel TCP fragmentiert</translation>
    </message>
    <message>
        <source>Run the check again with a TCP trigger that fetches at least 16 KiB</source>
        <translation>Führen Sie die Prüfung erneut mit einem TCP-Auslöser aus, der mindestens 16 KiB abruft</translation>
    </message>
    <message>
        <source>It has {records|# record|# records} and {ip|# IP packet|# IP packets}: nothing shows whether the destination fragments.</source>
        <translation>Er enthält {records|# Datensatz|# Datensätze} und {ip|# IP-Paket|# IP-Pakete}: Nichts zeigt, ob das Ziel fragmentiert.</translation>
    </message>
    <message>
        <source>The capture holds no traffic to judge</source>
        <translation>Der Mitschnitt enthält keinen Verkehr, der sich beurteilen ließe</translation>
    </message>
    <message>
        <source>The capture was not proven listening before the request</source>
        <translation>Es ist nicht belegt, dass der Mitschnitt vor der Anfrage lief</translation>
    </message>
    <message>
        <source>tcpdump never confirmed it was listening, so fragments may have arrived before it started. Run the check again; if it recurs, check that tcpdump can start on the public host.</source>
        <translation>tcpdump hat nie bestätigt, dass es mitschneidet; Fragmente können also angekommen sein, bevor es startete. Führen Sie die Prüfung erneut aus; wenn es wieder auftritt, prüfen Sie, ob tcpdump auf dem öffentlichen Host starten kann.</translation>
    </message>
    <message>
        <source>Check that tcpdump starts on the public host, then run the check again</source>
        <translation>Prüfen Sie, ob tcpdump auf dem öffentlichen Host startet, und führen Sie die Prüfung dann erneut aus</translation>
    </message>
    <message>
        <source>Fragmentation shows only in responses larger than the path MTU; the capture holds {n|# established connection|# established connections} and its largest response was {bytes} bytes (at least {kib} KiB with its handshake is needed).</source>
        <translation>Fragmentierung zeigt sich nur in Antworten, die größer als die Path-MTU sind; der Mitschnitt enthält {n|# aufgebaute Verbindung|# aufgebaute Verbindungen}, und seine größte Antwort hatte {bytes} Byte (nötig sind mindestens {kib} KiB mit Handshake).</translation>
    </message>
    <message>
        <source>No large response from the destination was captured</source>
        <translation>Es wurde keine große Antwort des Ziels mitgeschnitten</translation>
    </message>
    <message>
        <source>No fragments seen, but the capturing host is behind a NAT</source>
        <translation>Keine Fragmente gesehen, aber der mitschneidende Host liegt hinter einem NAT</translation>
    </message>
    <message>
        <source>A NAT instance on the way reassembles fragments before they reach the capturing host, so their absence proves nothing. Capture on an instance in a public subnet (route to an internet gateway, public IP).</source>
        <translation>Eine NAT-Instanz auf dem Weg setzt Fragmente zusammen, bevor sie den mitschneidenden Host erreichen; ihr Fehlen beweist also nichts. Schneiden Sie auf einer Instanz in einem öffentlichen Subnetz mit (Route zu einem Internet-Gateway, öffentliche IP).</translation>
    </message>
    <message>
        <source>{n|# response|# responses} of at least {kib} KiB (the largest {bytes} bytes), handshake included, arrived and none of the destination&apos;s packets was IP-fragmented: a NAT gateway&apos;s fragment dropping does not explain failures on this path.</source>
        <translation>{n|# Antwort|# Antworten} von mindestens {kib} KiB (die größte {bytes} Byte) kamen samt Handshake an, und keines der Pakete des Ziels war IP-fragmentiert: Das Verwerfen von Fragmenten durch ein NAT-Gateway erklärt keine Fehler auf diesem Pfad.</translation>
    </message>
    <message>
        <source>This holds if the capture was taken where nothing reassembles on the way (not behind a NAT instance).</source>
        <translation>Das gilt, wenn der Mitschnitt dort entstand, wo unterwegs nichts zusammengesetzt wird (nicht hinter einer NAT-Instanz).</translation>
    </message>
    <message>
        <source>Whether the capturing host reaches the destination without a NAT was not proven.</source>
        <translation>Es ist nicht belegt, dass der mitschneidende Host das Ziel ohne NAT erreicht.</translation>
    </message>
    <message>
        <source>Large responses arrived without fragmentation</source>
        <translation>Große Antworten kamen ohne Fragmentierung an</translation>
    </message>
    <message>
        <source>Fragmentation is ruled out for this path; check tcp_tw_recycle on the remote server next (or run the timestamps test from a private instance)</source>
        <translation>Fragmentierung ist für diesen Pfad ausgeschlossen; prüfen Sie als Nächstes tcp_tw_recycle auf dem entfernten Server (oder führen Sie den Zeitstempeltest von einer privaten Instanz aus)</translation>
    </message>
    <message>
        <source>{address} (MTU {mtu}, {n|# message|# messages})</source>
        <translation>{address} (MTU {mtu}, {n|# Meldung|# Meldungen})</translation>
    </message>
    <message>
        <source>Routers report a smaller path MTU</source>
        <translation>Router melden eine kleinere Path-MTU</translation>
    </message>
    <message>
        <source>ICMP &quot;fragmentation needed&quot; / ICMPv6 &quot;packet too big&quot; from {routers}. Path MTU discovery works for senders that set DF and let these messages in; a sender that ignores them, or sends without DF, gets its packets fragmented instead.</source>
        <translation>ICMP „fragmentation needed“ / ICMPv6 „packet too big“ von {routers}. Path-MTU-Discovery funktioniert für Sender, die DF setzen und diese Meldungen hereinlassen; ein Sender, der sie ignoriert oder ohne DF sendet, bekommt seine Pakete stattdessen fragmentiert.</translation>
    </message>
    <message>
        <source>Check that the senders let these messages in (security groups, network ACLs, host firewalls) and see the path MTU the kernel learned</source>
        <translation>Prüfen Sie, ob die Sender diese Meldungen hereinlassen (Sicherheitsgruppen, Netzwerk-ACLs, Host-Firewalls), und sehen Sie sich die Path-MTU an, die der Kernel gelernt hat</translation>
    </message>
    <message>
        <source>{n|# connection attempt|# connection attempts} of {total} got no answer</source>
        <translation>{n|# Verbindungsversuch|# Verbindungsversuche} von {total} ohne Antwort</translation>
    </message>
    <message>
        <source>SYN sent, neither SYN-ACK nor RST came back within the retransmission time ({n|# SYN retransmission|# SYN retransmissions}). Behind one NAT address this is what a server with tcp_tw_recycle does to SYNs whose timestamps go backwards (PAWS); a full SYN queue, a firewall or network ACL dropping SYNs, or a server that is down look the same from here.</source>
        <translation>SYN gesendet, weder SYN-ACK noch RST kam innerhalb der Wiederholungszeit zurück ({n|# SYN-Wiederholung|# SYN-Wiederholungen}). Hinter einer NAT-Adresse tut genau das ein Server mit tcp_tw_recycle mit SYNs, deren Zeitstempel zurückgehen (PAWS); eine volle SYN-Warteschlange, eine Firewall oder Netzwerk-ACL, die SYNs verwirft, oder ein ausgefallener Server sehen von hier gleich aus.</translation>
    </message>
    <message>
        <source>Check the remote server&apos;s tcp_tw_recycle and SYN queue counters (with access to it), or run the timestamps test from a private instance (without)</source>
        <translation>Prüfen Sie tcp_tw_recycle und die SYN-Warteschlangen-Zähler des entfernten Servers (mit Zugang zu ihm) oder führen Sie den Zeitstempeltest von einer privaten Instanz aus (ohne)</translation>
    </message>
    <message>
        <source>{n|# connection|# connections} stalled after connecting</source>
        <translation>{n|# Verbindung blieb|# Verbindungen blieben} nach dem Verbindungsaufbau hängen</translation>
    </message>
    <message>
        <source>The handshake completed and the request was sent, then the response stopped arriving and the client gave up. This is how lost IP fragments look from the receiving side: the small part of a response arrives, the fragmented rest never does. Capture on a public-subnet host to see whether the destination fragments.</source>
        <translation>Der Handshake gelang und die Anfrage wurde gesendet, dann kam die Antwort nicht mehr an und der Client gab auf. So sehen verlorene IP-Fragmente auf der Empfängerseite aus: Der kleine Teil einer Antwort kommt an, der fragmentierte Rest nie. Schneiden Sie auf einem Host im öffentlichen Subnetz mit, um zu sehen, ob das Ziel fragmentiert.</translation>
    </message>
    <message>
        <source>{address} sent {syns} SYNs with timestamps to {destination} from {clocks} different clocks, {backwards} of them lower than the one before.</source>
        <translation>{address} sandte {syns} SYNs mit Zeitstempeln an {destination} von {clocks} verschiedenen Uhren, {backwards} davon niedriger als der vorige.</translation>
    </message>
    <message>
        <source>{n} address pairs in all.</source>
        <translation>Insgesamt {n} Adresspaare.</translation>
    </message>
    <message>
        <source>Several hosts behind one NAT address do this; a server with tcp_tw_recycle=1 drops such SYNs (PAWS). Confirm on the server, or with the timestamps test.</source>
        <translation>Das tun mehrere Hosts hinter einer NAT-Adresse; ein Server mit tcp_tw_recycle=1 verwirft solche SYNs (PAWS). Bestätigen Sie es auf dem Server oder mit dem Zeitstempeltest.</translation>
    </message>
    <message>
        <source>SYN timestamps from one address go backwards</source>
        <translation>SYN-Zeitstempel einer Adresse gehen zurück</translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle on the destination server</source>
        <translation>Lesen Sie tcp_tw_recycle auf dem Zielserver</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>zwischen {start} und {end}</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the AWS CLI is not installed</source>
        <translation>Die eigenen Belege des NAT-Gateways wurden nicht gelesen: Die AWS CLI ist nicht installiert</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}.</translation>
    </message>
    <message>
        <source>Install the AWS CLI (Debian/Ubuntu), then run natdoctor again with --aws</source>
        <translation>Installieren Sie die AWS CLI (Debian/Ubuntu) und führen Sie natdoctor dann erneut mit --aws aus</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: no AWS credentials</source>
        <translation>Die eigenen Belege des NAT-Gateways wurden nicht gelesen: keine AWS-Zugangsdaten</translation>
    </message>
    <message>
        <source>The AWS CLI found no usable credentials ({why}).</source>
        <translation>Die AWS CLI fand keine nutzbaren Zugangsdaten ({why}).</translation>
    </message>
    <message>
        <source>Configure a profile with read-only access (README: the IAM policy), or log in to SSO</source>
        <translation>Richten Sie ein Profil mit Lesezugriff ein (README: die IAM-Richtlinie) oder melden Sie sich per SSO an</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not fully read: permission denied</source>
        <translation>Die eigenen Belege des NAT-Gateways wurden nicht vollständig gelesen: Zugriff verweigert</translation>
    </message>
    <message>
        <source>The credentials lack a read permission ({why}).</source>
        <translation>Den Zugangsdaten fehlt eine Leseberechtigung ({why}).</translation>
    </message>
    <message>
        <source>Attach the read-only policy from natdoctor&apos;s README to the profile&apos;s role or user, and check who the CLI is</source>
        <translation>Hängen Sie die Nur-Lese-Richtlinie aus der README von natdoctor an die Rolle oder den Benutzer des Profils an und prüfen Sie, wer die CLI ist</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the private instance is not known</source>
        <translation>Die eigenen Belege des NAT-Gateways wurden nicht gelesen: Die private Instanz ist nicht bekannt</translation>
    </message>
    <message>
        <source>Give the instance id of a failing private instance</source>
        <translation>Geben Sie die Instanz-ID einer betroffenen privaten Instanz an</translation>
    </message>
    <message>
        <source>The AWS API throttled natdoctor before the NAT gateway was read</source>
        <translation>Die AWS-API hat natdoctor gedrosselt, bevor das NAT-Gateway gelesen war</translation>
    </message>
    <message>
        <source>The AWS step was cancelled</source>
        <translation>Der AWS-Schritt wurde abgebrochen</translation>
    </message>
    <message>
        <source>The AWS API failed part-way through the NAT gateway step</source>
        <translation>Die AWS-API ist mitten im NAT-Gateway-Schritt gescheitert</translation>
    </message>
    <message>
        <source>{why}. What was read before it is kept below; the other checks are not affected.</source>
        <translation>{why}. Was davor gelesen wurde, steht unten; die anderen Prüfungen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Run the step again later (the calls are read-only)</source>
        <translation>Führen Sie den Schritt später erneut aus (die Aufrufe lesen nur)</translation>
    </message>
    <message>
        <source>Without it natdoctor cannot say whether the NAT gateway drops packets, runs out of ports or closes idle connections; this does not change the other findings.</source>
        <translation>Ohne sie kann natdoctor nicht sagen, ob das NAT-Gateway Pakete verwirft, keine Ports mehr hat oder untätige Verbindungen schließt; an den anderen Befunden ändert das nichts.</translation>
    </message>
    <message>
        <source>{id} (the VPC&apos;s main route table)</source>
        <translation>{id} (die Haupt-Routingtabelle der VPC)</translation>
    </message>
    <message>
        <source>{id}</source>
        <translation>{id}</translation>
    </message>
    <message>
        <source>{ip}</source>
        <translation>{ip}</translation>
    </message>
    <message>
        <source>The NAT gateway on the route is {state}</source>
        <translation>Das NAT-Gateway auf der Route ist {state}</translation>
    </message>
    <message>
        <source>The route to {dest} in {table} points at {gateway}, whose state is {state}: it forwards nothing until it is available.</source>
        <translation>Die Route zu {dest} in {table} zeigt auf {gateway}, dessen Zustand {state} ist: Es leitet nichts weiter, bis es verfügbar ist.</translation>
    </message>
    <message>
        <source>See the gateway&apos;s state and, if it failed, why</source>
        <translation>Sehen Sie sich den Zustand des Gateways an und, falls es ausgefallen ist, warum</translation>
    </message>
    <message>
        <source>The destination&apos;s route uses a NAT instance, not a NAT gateway</source>
        <translation>Die Route des Ziels nutzt eine NAT-Instanz, kein NAT-Gateway</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {instance}. A NAT instance reassembles fragmented TCP, so the NAT gateway&apos;s fragment dropping, port and idle limits do not apply; look at the instance itself (its conntrack table, source/destination check, its own network ACLs).</source>
        <translation>Die Route {route} in {table} zeigt auf {instance}. Eine NAT-Instanz setzt fragmentiertes TCP zusammen, daher gelten das Verwerfen von Fragmenten sowie die Port- und Leerlaufgrenzen eines NAT-Gateways nicht; sehen Sie sich die Instanz selbst an (ihre Conntrack-Tabelle, die Quell-/Zielprüfung, ihre eigenen Netzwerk-ACLs).</translation>
    </message>
    <message>
        <source>On the NAT instance: check its connection tracking table</source>
        <translation>Auf der NAT-Instanz: Prüfen Sie ihre Verbindungsverfolgungstabelle (Conntrack)</translation>
    </message>
    <message>
        <source>The destination&apos;s route goes to an internet gateway, not through a NAT</source>
        <translation>Die Route des Ziels führt zu einem Internet-Gateway, nicht über ein NAT</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}, but {instance} has no public IPv4 address: its packets to {dest} are dropped. Route 0.0.0.0/0 to a NAT gateway in a public subnet.</source>
        <translation>Die Route {route} in {table} zeigt auf {target}, aber {instance} hat keine öffentliche IPv4-Adresse: Ihre Pakete an {dest} werden verworfen. Leiten Sie 0.0.0.0/0 zu einem NAT-Gateway in einem öffentlichen Subnetz.</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}; {instance} leaves with its own public address {public}, so no NAT limit applies.</source>
        <translation>Die Route {route} in {table} zeigt auf {target}; {instance} verlässt die VPC mit ihrer eigenen öffentlichen Adresse {public}, daher gilt keine NAT-Grenze.</translation>
    </message>
    <message>
        <source>Route the internet through a NAT gateway in a public subnet</source>
        <translation>Leiten Sie den Internetverkehr über ein NAT-Gateway in einem öffentlichen Subnetz</translation>
    </message>
    <message>
        <source>The NAT limits do not apply here: look at the destination and the remote server (the fragmentation check and tcp_tw_recycle)</source>
        <translation>Die NAT-Grenzen gelten hier nicht: Sehen Sie sich das Ziel und den entfernten Server an (die Fragmentierungsprüfung und tcp_tw_recycle)</translation>
    </message>
    <message>
        <source>No route to the destination from the instance&apos;s subnet</source>
        <translation>Keine Route zum Ziel aus dem Subnetz der Instanz</translation>
    </message>
    <message>
        <source>{table} has no active route that matches {dest}: every connection from {subnet} to it fails, none goes through a NAT gateway.</source>
        <translation>{table} hat keine aktive Route, die zu {dest} passt: Jede Verbindung aus {subnet} dorthin scheitert, keine läuft über ein NAT-Gateway.</translation>
    </message>
    <message>
        <source>The destination&apos;s route does not use a NAT gateway</source>
        <translation>Die Route des Ziels nutzt kein NAT-Gateway</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target} (a transit gateway, peering or endpoint): look at the NAT on the far side of it.</source>
        <translation>Die Route {route} in {table} zeigt auf {target} (ein Transit-Gateway, Peering oder Endpunkt): Sehen Sie sich das NAT auf der anderen Seite an.</translation>
    </message>
    <message>
        <source>Run natdoctor on the far side of that route, where the traffic leaves through a NAT</source>
        <translation>Führen Sie natdoctor auf der anderen Seite dieser Route aus, wo der Verkehr über ein NAT hinausgeht</translation>
    </message>
    <message>
        <source>the instance&apos;s subnet {subnet}</source>
        <translation>dem Subnetz der Instanz {subnet}</translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet {subnet}</source>
        <translation>dem Subnetz des NAT-Gateways {subnet}</translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports outbound on {where}</source>
        <translation>Eine Netzwerk-ACL sperrt ausgehend flüchtige Ports in {where}</translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports inbound on {where}</source>
        <translation>Eine Netzwerk-ACL sperrt eingehend flüchtige Ports in {where}</translation>
    </message>
    <message>
        <source>{acl} denies TCP outbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation>{acl} sperrt TCP ausgehend auf {n} der Ports 1024–65535 ({ports}), entschieden durch Regel {rules}. Netzwerk-ACLs sind zustandslos: Antworten auf die Verbindungen der Instanz kommen an den Port zurück, von dem die Verbindung ausging, und den wählen das NAT-Gateway und Linux (32768–60999) aus diesem Bereich; Verbindungen, deren Port hineinfällt, hängen also, während die anderen funktionieren.</translation>
    </message>
    <message>
        <source>{acl} denies TCP inbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation>{acl} sperrt TCP eingehend auf {n} der Ports 1024–65535 ({ports}), entschieden durch Regel {rules}. Netzwerk-ACLs sind zustandslos: Antworten auf die Verbindungen der Instanz kommen an den Port zurück, von dem die Verbindung ausging, und den wählen das NAT-Gateway und Linux (32768–60999) aus diesem Bereich; Verbindungen, deren Port hineinfällt, hängen also, während die anderen funktionieren.</translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 outbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation>Erlauben Sie TCP 1024–65535 ausgehend in {acl} (oder verengen Sie die Sperre, sodass sie die flüchtigen Ports nicht trifft)</translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 inbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation>Erlauben Sie TCP 1024–65535 eingehend in {acl} (oder verengen Sie die Sperre, sodass sie die flüchtigen Ports nicht trifft)</translation>
    </message>
    <message>
        <source>CloudWatch has no data for the NAT gateway in the window</source>
        <translation>CloudWatch hat im Zeitfenster keine Daten für das NAT-Gateway</translation>
    </message>
    <message>
        <source>get-metric-data returned no data points for {gateway} {window}. The gateway sent no traffic then, or the region or window is wrong; the metrics cannot rule the gateway in or out.</source>
        <translation>get-metric-data lieferte keine Datenpunkte für {gateway} {window}. Das Gateway hatte damals keinen Verkehr, oder Region oder Zeitfenster sind falsch; die Metriken können das Gateway weder belasten noch entlasten.</translation>
    </message>
    <message>
        <source>Check the region and that the gateway is the one on the instance&apos;s route</source>
        <translation>Prüfen Sie die Region und ob das Gateway das auf der Route der Instanz ist</translation>
    </message>
    <message>
        <source>ErrorPortAllocation counted {errors} connections {window} (at most {peak} a minute) that the gateway could not give a source port: it allows {perAddress} simultaneous connections to one destination IP and port per Elastic IP, and {gateway} has {eips} ({total} at once). Peak ActiveConnectionCount was {active}.</source>
        <translation>ErrorPortAllocation zählte {errors} Verbindungen {window} (höchstens {peak} pro Minute), denen das Gateway keinen Quellport geben konnte: Es erlaubt {perAddress} gleichzeitige Verbindungen zu einer Ziel-IP und einem Port je Elastic IP, und {gateway} hat {eips} ({total} gleichzeitig). Der Höchstwert von ActiveConnectionCount war {active}.</translation>
    </message>
    <message>
        <source>The private instance had {n} connections to {dest} open when natdoctor counted.</source>
        <translation>Die private Instanz hatte {n} Verbindungen zu {dest} offen, als natdoctor zählte.</translation>
    </message>
    <message>
        <source>The NAT gateway ran out of source ports for the destination</source>
        <translation>Dem NAT-Gateway gingen die Quellports für das Ziel aus</translation>
    </message>
    <message>
        <source>Count the private instances&apos; connections to the destination (on each instance)</source>
        <translation>Zählen Sie die Verbindungen der privaten Instanzen zum Ziel (auf jeder Instanz)</translation>
    </message>
    <message>
        <source>Give the gateway more Elastic IPs (secondary addresses, {n} connections each)</source>
        <translation>Geben Sie dem Gateway weitere Elastic IPs (sekundäre Adressen, je {n} Verbindungen)</translation>
    </message>
    <message>
        <source>Reuse connections (HTTP keep-alive, connection pools) instead of opening one per request</source>
        <translation>Verwenden Sie Verbindungen wieder (HTTP Keep-Alive, Verbindungspools), statt für jede Anfrage eine neue zu öffnen</translation>
    </message>
    <message>
        <source>The NAT gateway closed idle connections</source>
        <translation>Das NAT-Gateway hat untätige Verbindungen geschlossen</translation>
    </message>
    <message>
        <source>IdleTimeoutCount counted {n} connections {window} that were idle for {seconds} seconds: the gateway forgets them, and the next packet on such a connection gets a RST (&quot;connection reset by peer&quot; after a quiet period). TCP keepalive below {seconds} seconds keeps them open; Linux waits 7200 seconds by default, and only sockets with SO_KEEPALIVE send them.</source>
        <translation>IdleTimeoutCount zählte {n} Verbindungen {window}, die {seconds} Sekunden untätig waren: Das Gateway vergisst sie, und das nächste Paket auf einer solchen Verbindung bekommt ein RST („connection reset by peer“ nach einer Ruhepause). TCP-Keepalive unter {seconds} Sekunden hält sie offen; Linux wartet standardmäßig 7200 Sekunden, und nur Sockets mit SO_KEEPALIVE senden sie.</translation>
    </message>
    <message>
        <source>On the private instances: first keepalive after 300 s, then every 60 s</source>
        <translation>Auf den privaten Instanzen: erstes Keepalive nach 300 s, dann alle 60 s</translation>
    </message>
    <message>
        <source>Turn keepalive on in the application (SO_KEEPALIVE; e.g. a connection pool&apos;s keepalive or idle-timeout option below 350 s)</source>
        <translation>Schalten Sie Keepalive in der Anwendung ein (SO_KEEPALIVE; z. B. die Keepalive- oder Leerlauf-Option eines Verbindungspools unter 350 s)</translation>
    </message>
    <message>
        <source>PacketsDropCount counted {n} packets dropped by {gateway} {window}.</source>
        <translation>PacketsDropCount zählte {n} von {gateway} verworfene Pakete {window}.</translation>
    </message>
    <message>
        <source>Of {in} bytes from destinations, {out} reached the sources ({lost} not delivered).</source>
        <translation>Von {in} Byte von Zielen erreichten {out} die Quellen ({lost} nicht zugestellt).</translation>
    </message>
    <message>
        <source>This corroborates tcp-fragments-from-destination: the gateway drops the fragmented TCP the destination sends.</source>
        <translation>Das bestätigt tcp-fragments-from-destination: Das Gateway verwirft das fragmentierte TCP, das das Ziel sendet.</translation>
    </message>
    <message>
        <source>A NAT gateway drops IP-fragmented TCP; the fragmentation check from a public host decides whether that is why.</source>
        <translation>Ein NAT-Gateway verwirft IP-fragmentiertes TCP; ob das der Grund ist, entscheidet die Fragmentierungsprüfung von einem öffentlichen Host.</translation>
    </message>
    <message>
        <source>The NAT gateway dropped packets</source>
        <translation>Das NAT-Gateway hat Pakete verworfen</translation>
    </message>
    <message>
        <source>See the drops minute by minute</source>
        <translation>Sehen Sie sich die Verwerfungen Minute für Minute an</translation>
    </message>
    <message>
        <source>Many connections through the NAT gateway were never established</source>
        <translation>Viele Verbindungen über das NAT-Gateway kamen nie zustande</translation>
    </message>
    <message>
        <source>ConnectionAttemptCount was {attempts} and ConnectionEstablishedCount {established} {window}: {missing} attempts got no answer from the destinations.</source>
        <translation>ConnectionAttemptCount war {attempts} und ConnectionEstablishedCount {established} {window}: {missing} Versuche bekamen keine Antwort von den Zielen.</translation>
    </message>
    <message>
        <source>This corroborates the tcp_tw_recycle finding: the server drops SYNs from hosts behind the gateway&apos;s address.</source>
        <translation>Das bestätigt den Befund zu tcp_tw_recycle: Der Server verwirft SYNs von Hosts hinter der Adresse des Gateways.</translation>
    </message>
    <message>
        <source>A server with tcp_tw_recycle drops SYNs from hosts behind one NAT address; so does a firewall or an overloaded listener (the remote server check decides).</source>
        <translation>Ein Server mit tcp_tw_recycle verwirft SYNs von Hosts hinter einer NAT-Adresse; ebenso eine Firewall oder ein überlasteter Listener (die Prüfung des entfernten Servers entscheidet).</translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle and the SYN queue counters on the remote server</source>
        <translation>Lesen Sie tcp_tw_recycle und die SYN-Warteschlangen-Zähler auf dem entfernten Server</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s metrics show no drops, port or idle-timeout errors</source>
        <translation>Die Metriken des NAT-Gateways zeigen keine Verwerfungen, Port- oder Leerlauffehler</translation>
    </message>
    <message>
        <source>Over the window {window}, {gateway} counted no dropped packets, no port allocation errors, no idle timeouts, and its established connections kept up with the attempts. This rules out the gateway&apos;s own limits for that window only; it says nothing about the destination or the remote server.</source>
        <translation>Im Zeitfenster {window} zählte {gateway} keine verworfenen Pakete, keine Portzuweisungsfehler, keine Leerlauf-Timeouts, und die aufgebauten Verbindungen hielten mit den Versuchen Schritt. Das schließt die eigenen Grenzen des Gateways nur für dieses Zeitfenster aus; über das Ziel oder den entfernten Server sagt es nichts.</translation>
    </message>
    <message>
        <source>If failures happened outside this window, run the AWS step again while they happen</source>
        <translation>Wenn Fehler außerhalb dieses Zeitfensters auftraten, führen Sie den AWS-Schritt erneut aus, während sie auftreten</translation>
    </message>
    <message>
        <source>Large packets to the destination vanish without &quot;fragmentation needed&quot;</source>
        <translation>Große Pakete zum Ziel verschwinden ohne „fragmentation needed“</translation>
    </message>
    <message>
        <source>On {host}, {device} has MTU {mtu}. Pings of {size} bytes with DF set to {dest} got no answer and no ICMP &quot;fragmentation needed&quot;, while 1472-byte ones (1500-byte packets) were answered. The path is smaller than the instance&apos;s MTU (a NAT gateway forwards 8500 bytes, the internet 1500) and the ICMP that would tell the instance is blocked (a security group or network ACL), so large TCP segments are lost and connections that send or receive much stall.</source>
        <translation>Auf {host} hat {device} die MTU {mtu}. Pings von {size} Byte mit gesetztem DF an {dest} bekamen weder eine Antwort noch ICMP „fragmentation needed“, während solche mit 1472 Byte (1500-Byte-Pakete) beantwortet wurden. Der Pfad ist kleiner als die MTU der Instanz (ein NAT-Gateway leitet 8500 Byte weiter, das Internet 1500), und das ICMP, das es der Instanz mitteilen würde, ist gesperrt (eine Sicherheitsgruppe oder Netzwerk-ACL); große TCP-Segmente gehen also verloren, und Verbindungen, die viel senden oder empfangen, hängen.</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; reach the instance (its security group; and the network ACLs, which are stateless)</source>
        <translation>Lassen Sie ICMP „fragmentation needed“ zur Instanz durch (ihre Sicherheitsgruppe; und die Netzwerk-ACLs, die zustandslos sind)</translation>
    </message>
    <message>
        <source>Or lower the instance&apos;s MTU for traffic to the internet</source>
        <translation>Oder senken Sie die MTU der Instanz für Verkehr ins Internet</translation>
    </message>
    <message>
        <source>Check the path MTU the kernel learns</source>
        <translation>Prüfen Sie die Path-MTU, die der Kernel lernt</translation>
    </message>
    <message>
        <source>The destination fragments, but something on this path reassembles</source>
        <translation>Das Ziel fragmentiert, aber etwas auf diesem Pfad setzt zusammen</translation>
    </message>
    <message>
        <source>Yet all {n} connections from the private instance succeeded with the large response: something on its path reassembles the fragments (a NAT instance does; a NAT gateway does not), so fragmentation does not explain failures now. If failures come back, check whether the private subnet&apos;s route still goes through the same NAT.</source>
        <translation>Doch alle {n} Verbindungen der privaten Instanz gelangen mit der großen Antwort: Etwas auf ihrem Pfad setzt die Fragmente zusammen (eine NAT-Instanz tut das, ein NAT-Gateway nicht), daher erklärt Fragmentierung derzeit keine Fehler. Wenn Fehler wiederkehren, prüfen Sie, ob die Route des privaten Subnetzes noch über dasselbe NAT führt.</translation>
    </message>
    <message>
        <source>Check which NAT the private subnet&apos;s route uses now</source>
        <translation>Prüfen Sie, welches NAT die Route des privaten Subnetzes jetzt nutzt</translation>
    </message>
    <message>
        <source>The fragmentation check did not run</source>
        <translation>Die Fragmentierungsprüfung lief nicht</translation>
    </message>
    <message>
        <source>It decides whether the destination sends fragmented TCP; run it from an instance in a public subnet (not the failing instance, nothing behind a NAT).</source>
        <translation>Sie entscheidet, ob das Ziel fragmentiertes TCP sendet; führen Sie sie von einer Instanz in einem öffentlichen Subnetz aus (nicht von der betroffenen Instanz, nichts hinter einem NAT).</translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet</source>
        <translation>Führen Sie die Fragmentierungsprüfung von einer Instanz in einem öffentlichen Subnetz aus</translation>
    </message>
    <message>
        <source>The capture lost packets, so missing fragments prove nothing</source>
        <translation>Der Mitschnitt hat Pakete verloren, fehlende Fragmente beweisen also nichts</translation>
    </message>
    <message>
        <source>tcpdump reported {n|# packet|# packets} dropped by the kernel: fragments may have been among them. Run the check again (a smaller snap length or a larger buffer, -B, helps).</source>
        <translation>tcpdump meldete {n|# vom Kernel verworfenes Paket|# vom Kernel verworfene Pakete}: Fragmente können darunter gewesen sein. Führen Sie die Prüfung erneut aus (eine kleinere Snap-Länge oder ein größerer Puffer, -B, hilft).</translation>
    </message>
    <message>
        <source>Run the check again; by hand, a larger capture buffer and a short snap length keep up</source>
        <translation>Führen Sie die Prüfung erneut aus; von Hand halten ein größerer Mitschnittpuffer und eine kurze Snap-Länge mit</translation>
    </message>
    <message>
        <source>The &quot;public&quot; host reaches the internet through a NAT</source>
        <translation>Der „öffentliche“ Host erreicht das Internet über ein NAT</translation>
    </message>
    <message>
        <source>{url} saw it as {echoed}, which is none of its own addresses ({own}). Behind a NAT instance fragments are reassembled before the host sees them, and behind a NAT gateway they are dropped: negative results from this host are not conclusive.</source>
        <translation>{url} sah ihn als {echoed}, was keine seiner eigenen Adressen ist ({own}). Hinter einer NAT-Instanz werden Fragmente zusammengesetzt, bevor der Host sie sieht, und hinter einem NAT-Gateway verworfen: Negative Ergebnisse von diesem Host sind nicht schlüssig.</translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet (a route to an internet gateway and a public IPv4 address)</source>
        <translation>Führen Sie die Fragmentierungsprüfung von einer Instanz in einem öffentlichen Subnetz aus (eine Route zu einem Internet-Gateway und eine öffentliche IPv4-Adresse)</translation>
    </message>
    <message>
        <source>The public host and the private instance resolve the destination differently</source>
        <translation>Der öffentliche Host und die private Instanz lösen das Ziel unterschiedlich auf</translation>
    </message>
    <message>
        <source>{host} is {public} on the public host and {private} on the private instance (split-horizon DNS, a private hosted zone, or a load balancer&apos;s rotating addresses). The fragmentation check tested the public host&apos;s addresses only.</source>
        <translation>{host} ist {public} auf dem öffentlichen Host und {private} auf der privaten Instanz (Split-Horizon-DNS, eine private gehostete Zone oder wechselnde Adressen eines Load Balancers). Die Fragmentierungsprüfung hat nur die Adressen des öffentlichen Hosts getestet.</translation>
    </message>
    <message>
        <source>Run the check against the private instance&apos;s addresses (give them as --dest)</source>
        <translation>Führen Sie die Prüfung mit den Adressen der privaten Instanz aus (geben Sie sie als --dest an)</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out here, so what remains is a full SYN queue on the server, a firewall, security group or network ACL dropping some SYNs, or the server being down.</source>
        <translation>tcp_tw_recycle ist hier ausgeschlossen; übrig bleiben eine volle SYN-Warteschlange auf dem Server, eine Firewall, Sicherheitsgruppe oder Netzwerk-ACL, die einige SYNs verwirft, oder ein ausgefallener Server.</translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there; check its SYN queue counters and the security groups and network ACLs on the path</source>
        <translation>Schneiden Sie auf dem Server beim Verbinden mit, um zu sehen, ob die SYNs dort ankommen; prüfen Sie seine SYN-Warteschlangen-Zähler sowie die Sicherheitsgruppen und Netzwerk-ACLs auf dem Pfad</translation>
    </message>
    <message>
        <source>tcp_tw_recycle was not checked</source>
        <translation>tcp_tw_recycle wurde nicht geprüft</translation>
    </message>
    <message>
        <source>natdoctor had access neither to the remote server nor to a private instance. With the server: read /proc/sys/net/ipv4/tcp_tw_recycle there (--remote). With a private instance: compare connection success with net.ipv4.tcp_timestamps=0 and as it is (--private).</source>
        <translation>natdoctor hatte weder Zugang zum entfernten Server noch zu einer privaten Instanz. Mit dem Server: Lesen Sie dort /proc/sys/net/ipv4/tcp_tw_recycle (--remote). Mit einer privaten Instanz: Vergleichen Sie den Verbindungserfolg mit net.ipv4.tcp_timestamps=0 und im jetzigen Zustand (--private).</translation>
    </message>
    <message>
        <source>Read it on the remote server, or run natdoctor again with --remote or --private</source>
        <translation>Lesen Sie es auf dem entfernten Server oder führen Sie natdoctor erneut mit --remote oder --private aus</translation>
    </message>
    <message>
        <source>A privileged check could not run on {host}</source>
        <translation>Eine privilegierte Prüfung konnte auf {host} nicht laufen</translation>
    </message>
    <message>
        <source>sudo asked for a password, which natdoctor never types. Run the command by hand and paste its output, or allow exactly this command without a password with the sudoers line below (visudo -f /etc/sudoers.d/natdoctor).</source>
        <translation>sudo fragte nach einem Passwort, das natdoctor nie eingibt. Führen Sie den Befehl von Hand aus und fügen Sie seine Ausgabe ein, oder erlauben Sie genau diesen Befehl ohne Passwort mit der sudoers-Zeile unten (visudo -f /etc/sudoers.d/natdoctor).</translation>
    </message>
    <message>
        <source>Run by hand on {host}</source>
        <translation>Von Hand ausführen auf {host}</translation>
    </message>
    <message>
        <source>Or allow natdoctor to run it</source>
        <translation>Oder erlauben Sie natdoctor, ihn auszuführen</translation>
    </message>
    <message>
        <source>{name} +{n} (idle about {idle})</source>
        <translation>{name} +{n} (im Leerlauf etwa {idle})</translation>
    </message>
    <message>
        <source>{name} +{n}</source>
        <translation>{name} +{n}</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is not it; if SYNs still go unanswered, check the server&apos;s SYN queue counters and the firewalls on the path</source>
        <translation>tcp_tw_recycle ist es nicht; wenn SYNs weiter unbeantwortet bleiben, prüfen Sie die SYN-Warteschlangen-Zähler des Servers und die Firewalls auf dem Pfad</translation>
    </message>
    <message>
        <source>against an idle baseline of {seconds} s measured just before</source>
        <translation>gegenüber einer Leerlauf-Basislinie von {seconds} s, direkt davor gemessen</translation>
    </message>
    <message>
        <source>no idle baseline: the counters are host-wide, other clients move them too</source>
        <translation>keine Leerlauf-Basislinie: Die Zähler gelten für den ganzen Host, andere Clients bewegen sie auch</translation>
    </message>
    <message>
        <source>PAWS counters on the remote server grew during the test</source>
        <translation>PAWS-Zähler auf dem entfernten Server stiegen während des Tests</translation>
    </message>
    <message>
        <source>TcpExt counters in /proc/net/netstat grew while natdoctor was testing ({baseline}): {counters}.</source>
        <translation>TcpExt-Zähler in /proc/net/netstat stiegen, während natdoctor testete ({baseline}): {counters}.</translation>
    </message>
    <message>
        <source>PAWSPassive counts SYNs rejected because of tcp_tw_recycle.</source>
        <translation>PAWSPassive zählt SYNs, die wegen tcp_tw_recycle abgewiesen wurden.</translation>
    </message>
    <message>
        <source>The server dropped segments whose timestamps went backwards.</source>
        <translation>Der Server verwarf Segmente, deren Zeitstempel zurückgingen.</translation>
    </message>
    <message>
        <source>Watch the counters on the server while connections fail</source>
        <translation>Beobachten Sie die Zähler auf dem Server, während Verbindungen scheitern</translation>
    </message>
    <message>
        <source>The remote server&apos;s SYN queue overflowed</source>
        <translation>Die SYN-Warteschlange des entfernten Servers lief über</translation>
    </message>
    <message>
        <source>ListenOverflows/ListenDrops grew during the test ({baseline}): {counters}. A listening socket whose accept or SYN queue is full drops new SYNs silently: from the client, some connections get no SYN-ACK, exactly like PAWS drops.</source>
        <translation>ListenOverflows/ListenDrops stiegen während des Tests ({baseline}): {counters}. Ein lauschender Socket, dessen Accept- oder SYN-Warteschlange voll ist, verwirft neue SYNs stillschweigend: Vom Client aus bekommen manche Verbindungen kein SYN-ACK, genau wie bei PAWS-Verwerfungen.</translation>
    </message>
    <message>
        <source>On the server: raise the listen backlog (the application&apos;s and the kernel&apos;s) and check that the application accepts fast enough</source>
        <translation>Auf dem Server: Erhöhen Sie den Listen-Backlog (den der Anwendung und den des Kernels) und prüfen Sie, ob die Anwendung schnell genug annimmt</translation>
    </message>
    <message>
        <source>During the test {n|# connection attempt|# connection attempts} timed out without a SYN-ACK.</source>
        <translation>Während des Tests lief {n|# Verbindungsversuch|# Verbindungsversuche} ohne SYN-ACK in ein Timeout.</translation>
    </message>
    <message>
        <source>This is what PAWS drops (tcp_tw_recycle) look like.</source>
        <translation>So sehen PAWS-Verwerfungen (tcp_tw_recycle) aus.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue overflowed (see that finding).</source>
        <translation>tcp_tw_recycle ist auf diesem Server ausgeschlossen, und seine SYN-Warteschlange lief über (siehe diesen Befund).</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue did not overflow. What remains: a firewall, security group or network ACL dropping some SYNs, a load balancer in front of several servers, or the NAT gateway itself (its ErrorPortAllocation and ConnectionAttemptCount metrics).</source>
        <translation>tcp_tw_recycle ist auf diesem Server ausgeschlossen, und seine SYN-Warteschlange lief nicht über. Übrig bleiben: eine Firewall, Sicherheitsgruppe oder Netzwerk-ACL, die einige SYNs verwirft, ein Load Balancer vor mehreren Servern, oder das NAT-Gateway selbst (seine Metriken ErrorPortAllocation und ConnectionAttemptCount).</translation>
    </message>
    <message>
        <source>{n} of {total} connections got no SYN-ACK</source>
        <translation>{n} von {total} Verbindungen bekamen kein SYN-ACK</translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there</source>
        <translation>Schneiden Sie auf dem Server beim Verbinden mit, um zu sehen, ob die SYNs dort ankommen</translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server was not checked</source>
        <translation>tcp_tw_recycle auf dem entfernten Server wurde nicht geprüft</translation>
    </message>
    <message>
        <source>Reading /proc/sys/net/ipv4/tcp_tw_recycle on the server decides it; without access, the timestamps test from a private instance (--private) does.</source>
        <translation>Das Lesen von /proc/sys/net/ipv4/tcp_tw_recycle auf dem Server entscheidet es; ohne Zugang tut es der Zeitstempeltest von einer privaten Instanz (--private).</translation>
    </message>
    <message>
        <source>Read it on the server, or run the timestamps test from a private instance</source>
        <translation>Lesen Sie es auf dem Server oder führen Sie den Zeitstempeltest von einer privaten Instanz aus</translation>
    </message>
    <message>
        <source>tcp_tw_recycle can&apos;t be read on the remote server</source>
        <translation>tcp_tw_recycle lässt sich auf dem entfernten Server nicht lesen</translation>
    </message>
    <message>
        <source>Linux {kernel} is older than 4.12, so it should have /proc/sys/net/ipv4/tcp_tw_recycle, but the file is missing (a container or network namespace without it, or a hardened /proc). Whether the server drops SYNs because of it is unknown.</source>
        <translation>Linux {kernel} ist älter als 4.12 und sollte daher /proc/sys/net/ipv4/tcp_tw_recycle haben, aber die Datei fehlt (ein Container oder Netzwerk-Namespace ohne sie, oder ein gehärtetes /proc). Ob der Server deswegen SYNs verwirft, ist unbekannt.</translation>
    </message>
    <message>
        <source>Read it on the host itself (not in a container), or run the timestamps test from a private instance</source>
        <translation>Lesen Sie es auf dem Host selbst (nicht in einem Container) oder führen Sie den Zeitstempeltest von einer privaten Instanz aus</translation>
    </message>
    <message>
        <source>tcp_tw_recycle does not exist on the remote server</source>
        <translation>tcp_tw_recycle gibt es auf dem entfernten Server nicht</translation>
    </message>
    <message>
        <source>Linux {kernel} is 4.12 or later, which removed tcp_tw_recycle: it is not the cause of the failures.</source>
        <translation>Linux {kernel} ist 4.12 oder neuer, wo tcp_tw_recycle entfernt wurde: Es ist nicht die Ursache der Fehler.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is enabled on the remote server</source>
        <translation>tcp_tw_recycle ist auf dem entfernten Server eingeschaltet</translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = {value}. The server remembers the last TCP timestamp per client address and drops SYNs whose timestamp went backwards (PAWS). Instances behind one NAT address have unrelated clocks, so some of their SYNs are silently dropped.</source>
        <translation>Linux {kernel} hat net.ipv4.tcp_tw_recycle = {value}. Der Server merkt sich den letzten TCP-Zeitstempel je Client-Adresse und verwirft SYNs, deren Zeitstempel zurückging (PAWS). Instanzen hinter einer NAT-Adresse haben voneinander unabhängige Uhren, daher werden manche ihrer SYNs stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>Disable it now on the remote server</source>
        <translation>Schalten Sie es jetzt auf dem entfernten Server aus</translation>
    </message>
    <message>
        <source>Keep it disabled after a reboot (the file sorts after /etc/sysctl.conf, so it wins; check nothing else sets it)</source>
        <translation>Halten Sie es nach einem Neustart ausgeschaltet (die Datei wird nach /etc/sysctl.conf einsortiert und gewinnt daher; prüfen Sie, dass nichts anderes es setzt)</translation>
    </message>
    <message>
        <source>To reuse TIME-WAIT sockets safely, use tcp_tw_reuse instead (outgoing connections only)</source>
        <translation>Um TIME-WAIT-Sockets sicher wiederzuverwenden, nutzen Sie stattdessen tcp_tw_reuse (nur ausgehende Verbindungen)</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is disabled on the remote server</source>
        <translation>tcp_tw_recycle ist auf dem entfernten Server ausgeschaltet</translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = 0: it is not the cause of the failures.</source>
        <translation>Linux {kernel} hat net.ipv4.tcp_tw_recycle = 0: Es ist nicht die Ursache der Fehler.</translation>
    </message>
    <message>
        <source>The timestamps test did not run</source>
        <translation>Der Zeitstempeltest lief nicht</translation>
    </message>
    <message>
        <source>Comparing connections from a private instance with net.ipv4.tcp_timestamps=0 and as it is would show whether the remote server drops SYNs because of tcp_tw_recycle.</source>
        <translation>Ein Vergleich der Verbindungen einer privaten Instanz mit net.ipv4.tcp_timestamps=0 und im jetzigen Zustand würde zeigen, ob der entfernte Server wegen tcp_tw_recycle SYNs verwirft.</translation>
    </message>
    <message>
        <source>Run the timestamps test from a private instance, or read tcp_tw_recycle on the server</source>
        <translation>Führen Sie den Zeitstempeltest von einer privaten Instanz aus oder lesen Sie tcp_tw_recycle auf dem Server</translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance may not be restored</source>
        <translation>tcp_timestamps auf der privaten Instanz ist möglicherweise nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>{why}. The dead-man timer armed before the change restores it; check and, if needed, restore it by hand.</source>
        <translation>{why}. Der vor der Änderung scharfgeschaltete Totmann-Timer stellt es wieder her; prüfen Sie es und stellen Sie es nötigenfalls von Hand wieder her.</translation>
    </message>
    <message>
        <source>Check, and restore the original value</source>
        <translation>Prüfen und den ursprünglichen Wert wiederherstellen</translation>
    </message>
    <message>
        <source>The timestamps test did not finish</source>
        <translation>Der Zeitstempeltest wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without; a phase was interrupted (the link dropped or it was cancelled), so the phases were not compared. Run it again.</source>
        <translation>Er machte {n1|# Verbindung|# Verbindungen} mit Zeitstempeln im jetzigen Zustand und {n2} ohne; eine Phase wurde unterbrochen (die Verbindung brach ab oder es wurde abgebrochen), daher wurden die Phasen nicht verglichen. Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without, so the phases were not compared. Run it again.</source>
        <translation>Er machte {n1|# Verbindung|# Verbindungen} mit Zeitstempeln im jetzigen Zustand und {n2} ohne, daher wurden die Phasen nicht verglichen. Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Run the timestamps test again</source>
        <translation>Führen Sie den Zeitstempeltest erneut aus</translation>
    </message>
    <message>
        <source>With timestamps {a}/{n1} connections succeeded ({rate1}%), without {c}/{n2} ({rate2}%), in {blocks} alternating blocks.</source>
        <translation>Mit Zeitstempeln gelangen {a}/{n1} Verbindungen ({rate1} %), ohne {c}/{n2} ({rate2} %), in {blocks} abwechselnden Blöcken.</translation>
    </message>
    <message>
        <source>Of the failures with timestamps, {nosynack} got no SYN-ACK (what PAWS drops look like) and {stalled} stalled after connecting (what lost fragments look like).</source>
        <translation>Von den Fehlern mit Zeitstempeln bekamen {nosynack} kein SYN-ACK (so sehen PAWS-Verwerfungen aus) und {stalled} blieben nach dem Verbindungsaufbau hängen (so sehen verlorene Fragmente aus).</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, two-sided: p = {p}.</source>
        <translation>Exakter Test nach Fisher, zweiseitig: p = {p}.</translation>
    </message>
    <message>
        <source>The failure did not happen often enough during the test</source>
        <translation>Der Fehler trat während des Tests nicht oft genug auf</translation>
    </message>
    <message>
        <source>With {n|# failure|# failures} in the baseline (fewer than {minimum}), no comparison can be significant: the test&apos;s power to detect the failures vanishing was {power}%.</source>
        <translation>Mit {n|# Fehler|# Fehlern} in der Basislinie (weniger als {minimum}) kann kein Vergleich signifikant sein: Die Teststärke, ein Verschwinden der Fehler zu erkennen, betrug {power} %.</translation>
    </message>
    <message>
        <source>Run the test while the failures happen, or with more attempts</source>
        <translation>Führen Sie den Test aus, während die Fehler auftreten, oder mit mehr Versuchen</translation>
    </message>
    <message>
        <source>Connections succeed more often without TCP timestamps</source>
        <translation>Verbindungen gelingen ohne TCP-Zeitstempel häufiger</translation>
    </message>
    <message>
        <source>The remote server very likely has tcp_tw_recycle enabled and drops SYNs from hosts behind the NAT address whose timestamps went backwards.</source>
        <translation>Der entfernte Server hat sehr wahrscheinlich tcp_tw_recycle eingeschaltet und verwirft SYNs von Hosts hinter der NAT-Adresse, deren Zeitstempel zurückgingen.</translation>
    </message>
    <message>
        <source>Ask the remote server&apos;s owner to disable tcp_tw_recycle</source>
        <translation>Bitten Sie den Betreiber des entfernten Servers, tcp_tw_recycle auszuschalten</translation>
    </message>
    <message>
        <source>Meanwhile, as a workaround, turn TCP timestamps off on the private instances (this also turns off PAWS protection and timestamp-based RTT measurement)</source>
        <translation>Schalten Sie bis dahin als Notlösung TCP-Zeitstempel auf den privaten Instanzen aus (das schaltet auch den PAWS-Schutz und die zeitstempelbasierte RTT-Messung ab)</translation>
    </message>
    <message>
        <source>Turning TCP timestamps off made no significant difference</source>
        <translation>Das Abschalten der TCP-Zeitstempel machte keinen signifikanten Unterschied</translation>
    </message>
    <message>
        <source>This does not point at tcp_tw_recycle on the remote server (on kernels before 4.12 a server with it can also drop timestamp-less SYNs from a recently seen peer, so a server that old is best checked directly).</source>
        <translation>Das deutet nicht auf tcp_tw_recycle auf dem entfernten Server hin (auf Kerneln vor 4.12 kann ein Server damit auch zeitstempellose SYNs von einer kürzlich gesehenen Gegenstelle verwerfen; ein so alter Server wird daher am besten direkt geprüft).</translation>
    </message>
    <message>
        <source>Stalls after connecting point at lost fragments: run the fragmentation check from a public-subnet host</source>
        <translation>Hängen nach dem Verbindungsaufbau deutet auf verlorene Fragmente hin: Führen Sie die Fragmentierungsprüfung von einem Host im öffentlichen Subnetz aus</translation>
    </message>
    <message>
        <source>If failures persist, read tcp_tw_recycle and the SYN queue counters on the server itself</source>
        <translation>Wenn die Fehler bleiben, lesen Sie tcp_tw_recycle und die SYN-Warteschlangen-Zähler auf dem Server selbst</translation>
    </message>
    <message>
        <source>Both causes found: the destination sends fragmented TCP that a NAT gateway drops, and tcp_tw_recycle on the remote server drops SYNs.</source>
        <translation>Beide Ursachen gefunden: Das Ziel sendet fragmentiertes TCP, das ein NAT-Gateway verwirft, und tcp_tw_recycle auf dem entfernten Server verwirft SYNs.</translation>
    </message>
    <message>
        <source>Cause found: the destination sends fragmented TCP, which a NAT gateway drops.</source>
        <translation>Ursache gefunden: Das Ziel sendet fragmentiertes TCP, das ein NAT-Gateway verwirft.</translation>
    </message>
    <message>
        <source>Cause found: tcp_tw_recycle on the remote server drops SYNs from hosts behind the NAT address (PAWS).</source>
        <translation>Ursache gefunden: tcp_tw_recycle auf dem entfernten Server verwirft SYNs von Hosts hinter der NAT-Adresse (PAWS).</translation>
    </message>
    <message>
        <source>Connections fail, though neither documented cause was proven: {title}.</source>
        <translation>Verbindungen scheitern, doch keine der dokumentierten Ursachen wurde nachgewiesen: {title}.</translation>
    </message>
    <message>
        <source>Inconclusive: the destination fragments, but something on this path reassembles, and no connection failed during the test.</source>
        <translation>Nicht schlüssig: Das Ziel fragmentiert, aber etwas auf diesem Pfad setzt zusammen, und während des Tests scheiterte keine Verbindung.</translation>
    </message>
    <message>
        <source>Inconclusive: {title}. The findings say what would decide.</source>
        <translation>Nicht schlüssig: {title}. Die Befunde sagen, was es entscheiden würde.</translation>
    </message>
    <message>
        <source>No problem found in this capture: large responses arrived unfragmented and every connection attempt was answered.</source>
        <translation>Kein Problem in diesem Mitschnitt: Große Antworten kamen unfragmentiert an, und jeder Verbindungsversuch wurde beantwortet.</translation>
    </message>
    <message>
        <source>Inconclusive: this capture holds no evidence either way. The findings say what would decide.</source>
        <translation>Nicht schlüssig: Dieser Mitschnitt enthält keine Belege in die eine oder andere Richtung. Die Befunde sagen, was es entscheiden würde.</translation>
    </message>
    <message>
        <source>No problem found: large responses arrive unfragmented, and tcp_tw_recycle is ruled out.</source>
        <translation>Kein Problem gefunden: Große Antworten kommen unfragmentiert an, und tcp_tw_recycle ist ausgeschlossen.</translation>
    </message>
    <message>
        <source>Inconclusive: tcp_tw_recycle was not ruled out. The findings say what would decide.</source>
        <translation>Nicht schlüssig: tcp_tw_recycle wurde nicht ausgeschlossen. Die Befunde sagen, was es entscheiden würde.</translation>
    </message>
    <message>
        <source>Inconclusive: the fragmentation question is open. The findings say what would decide.</source>
        <translation>Nicht schlüssig: Die Frage der Fragmentierung ist offen. Die Befunde sagen, was es entscheiden würde.</translation>
    </message>
    <message>
        <source>whether tcp_tw_recycle on the remote server drops SYNs as well (a second cause); whether a NAT instance on the private instances&apos; path reassembles these fragments.</source>
        <translation>ob tcp_tw_recycle auf dem entfernten Server zusätzlich SYNs verwirft (eine zweite Ursache); ob eine NAT-Instanz auf dem Pfad der privaten Instanzen diese Fragmente zusammensetzt.</translation>
    </message>
    <message>
        <source>what the destination sends: only its own packets show that.</source>
        <translation>was das Ziel sendet: Das zeigen nur seine eigenen Pakete.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server; fragmentation at other times, of other responses, or on another path to the destination.</source>
        <translation>tcp_tw_recycle auf dem entfernten Server; Fragmentierung zu anderen Zeiten, bei anderen Antworten oder auf einem anderen Pfad zum Ziel.</translation>
    </message>
    <message>
        <source>which cause drops the SYNs (PAWS with tcp_tw_recycle, a full SYN queue, a firewall): only the server&apos;s own counters or the timestamps test tell them apart.</source>
        <translation>welche Ursache die SYNs verwirft (PAWS mit tcp_tw_recycle, eine volle SYN-Warteschlange, eine Firewall): Nur die eigenen Zähler des Servers oder der Zeitstempeltest unterscheiden sie.</translation>
    </message>
    <message>
        <source>a server or application that stops sending by itself: only a capture on a public-subnet host shows whether fragments were sent.</source>
        <translation>einen Server oder eine Anwendung, die von sich aus aufhört zu senden: Nur ein Mitschnitt auf einem Host im öffentlichen Subnetz zeigt, ob Fragmente gesendet wurden.</translation>
    </message>
    <message>
        <source>whether the server drops these SYNs: only its tcp_tw_recycle setting or the timestamps test tell.</source>
        <translation>ob der Server diese SYNs verwirft: Das sagen nur seine Einstellung tcp_tw_recycle oder der Zeitstempeltest.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::AwsPage</name>
    <message>
        <source>NAT gateway (AWS) during the test</source>
        <translation>NAT-Gateway (AWS) während des Tests</translation>
    </message>
    <message>
        <source>The gateway&apos;s metrics read again, so each chart covers natdoctor&apos;s test (shaded). Without an instance id, natdoctor reads it on the private instance (IMDSv2) over SSH.</source>
        <translation>Die Metriken des Gateways erneut gelesen, damit jedes Diagramm den Test von natdoctor abdeckt (schattiert). Ohne Instanz-ID liest natdoctor sie per SSH auf der privaten Instanz (IMDSv2).</translation>
    </message>
    <message>
        <source>Without an instance id, natdoctor reads it on the private instance (IMDSv2) after the test, when it can reach it over SSH; give one to read from AWS now.</source>
        <translation>Ohne Instanz-ID liest natdoctor sie nach dem Test auf der privaten Instanz (IMDSv2), wenn sie per SSH erreichbar ist; geben Sie eine an, um jetzt aus AWS zu lesen.</translation>
    </message>
    <message>
        <source>natdoctor could not reach the private instance over SSH: give its instance id.</source>
        <translation>natdoctor konnte die private Instanz nicht per SSH erreichen: Geben Sie ihre Instanz-ID an.</translation>
    </message>
    <message>
        <source>Reading the instance id on the private instance, then from AWS…</source>
        <translation>Instanz-ID wird auf der privaten Instanz gelesen, dann aus AWS…</translation>
    </message>
    <message>
        <source>Instance id %1 read on the private instance (IMDSv2).</source>
        <translation>Instanz-ID %1 auf der privaten Instanz gelesen (IMDSv2).</translation>
    </message>
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
        <source>i-0123456789abcdef0, or empty: read on the private instance after the test</source>
        <translation>i-0123456789abcdef0 oder leer: nach dem Test auf der privaten Instanz gelesen</translation>
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
        <source>&amp;Stop reading</source>
        <translation>Lesen &amp;stoppen</translation>
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
    <message>
        <source>How many connections each phase of a connection test makes. More attempts take longer but catch rarer failures.</source>
        <translation>Wie viele Verbindungen jede Phase eines Verbindungstests aufbaut. Mehr Versuche dauern länger, erfassen aber seltenere Fehler.</translation>
    </message>
    <message>
        <source>Connection atte&amp;mpts:</source>
        <translation>&amp;Verbindungsversuche:</translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 (an address: no SNI).</source>
        <translation>Der Auslöser: HTTPS-GET %1 (eine Adresse: kein SNI).</translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 with %2 as SNI.</source>
        <translation>Der Auslöser: HTTPS-GET %1 mit %2 als SNI.</translation>
    </message>
    <message>
        <source>The trigger: HTTP GET %1.</source>
        <translation>Der Auslöser: HTTP-GET %1.</translation>
    </message>
    <message>
        <source>The trigger: a plain TCP request to %1, port %2.</source>
        <translation>Der Auslöser: eine einfache TCP-Anfrage an %1, Port %2.</translation>
    </message>
    <message>
        <source>The trigger: pings of %1 bytes to %2.</source>
        <translation>Der Auslöser: Pings mit %1 Bytes an %2.</translation>
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
    <name>natdoctor::ui::FindingText</name>
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
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingView</name>
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
    <message>
        <source>Frames: %1</source>
        <translation>Frames: %1</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>Wireshark display filter:</source>
        <translation>Wireshark-Anzeigefilter:</translation>
    </message>
    <message>
        <source>Wireshark display filter</source>
        <translation>Wireshark-Anzeigefilter</translation>
    </message>
    <message>
        <source>Copy filter</source>
        <translation>Filter kopieren</translation>
    </message>
    <message>
        <source>Copy the display filter</source>
        <translation>Den Anzeigefilter kopieren</translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation>In Wireshark öffnen</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Dieser Mitschnitt kann nicht ausschließen: %1</translation>
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
    <message>
        <source>Copy filter &amp;%1</source>
        <translation>Filter kopieren &amp;%1</translation>
    </message>
    <message>
        <source>Open in Wireshark &amp;%1</source>
        <translation>In Wireshark öffnen &amp;%1</translation>
    </message>
    <message>
        <source>Case details (optional, shown in the report)</source>
        <translation>Falldetails (optional, erscheinen im Bericht)</translation>
    </message>
    <message>
        <source>e.g. CASE-1234</source>
        <translation>z. B. CASE-1234</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>z. B. Beispiel GmbH</translation>
    </message>
    <message>
        <source>e.g. public subnet host i-0abc, eu-west-1</source>
        <translation>z. B. Host im öffentlichen Subnetz i-0abc, eu-west-1</translation>
    </message>
    <message>
        <source>The support case&apos;s id; the default file name of the export. Redacted with the addresses.</source>
        <translation>Die ID des Supportfalls; auch der vorgeschlagene Dateiname des Exports. Wird mit den Adressen geschwärzt.</translation>
    </message>
    <message>
        <source>Redacted with the addresses.</source>
        <translation>Wird mit den Adressen geschwärzt.</translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation>Fall-&amp;ID:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Where &amp;captured:</source>
        <translation>&amp;Mitschnittort:</translation>
    </message>
    <message>
        <source>Replace IP addresses and host names (and the customer and case id) with host-A, host-B, … for sharing with third parties</source>
        <translation>IP-Adressen und Hostnamen (sowie Kunde und Fall-ID) durch host-A, host-B, … ersetzen, um den Bericht an Dritte weiterzugeben</translation>
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
    <message>
        <source>no fragments yet</source>
        <translation>noch keine Fragmente</translation>
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
    <message>
        <source>Wireshark display filter:</source>
        <translation>Wireshark-Anzeigefilter:</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Dieser Mitschnitt kann nicht ausschließen: %1</translation>
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
        <source>natdoctor&apos;s test started</source>
        <translation>Beginn des Tests von natdoctor</translation>
    </message>
    <message>
        <source>Minutes before %1 UTC</source>
        <translation>Minuten vor %1 UTC</translation>
    </message>
    <message>
        <source>natdoctor&apos;s test</source>
        <translation>Test von natdoctor</translation>
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
    <message>
        <source>Wireshark display filter:</source>
        <translation>Wireshark-Anzeigefilter:</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Dieser Mitschnitt kann nicht ausschließen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>%1
Next is available again after a successful test, or with another target or key file.</source>
        <translation>%1
„Weiter“ ist wieder verfügbar nach einem erfolgreichen Test oder mit einem anderen Ziel oder einer anderen Schlüsseldatei.</translation>
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
    <message numerus="yes">
        <source>%Ln packet(s) over %1 s</source>
        <translation>
            <numerusform>%Ln Paket in %1 s</numerusform>
            <numerusform>%Ln Pakete in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln packet(s)</source>
        <translation>
            <numerusform>%Ln Paket</numerusform>
            <numerusform>%Ln Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IP fragment(s)</source>
        <translation>
            <numerusform>%Ln IP-Fragment</numerusform>
            <numerusform>%Ln IP-Fragmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln datagram(s)</source>
        <translation>
            <numerusform>in %Ln Datagramm</numerusform>
            <numerusform>in %Ln Datagrammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection attempt(s)</source>
        <translation>
            <numerusform>%Ln Verbindungsversuch</numerusform>
            <numerusform>%Ln Verbindungsversuche</numerusform>
        </translation>
    </message>
    <message>
        <source>no IP fragments</source>
        <translation>keine IP-Fragmente</translation>
    </message>
    <message>
        <source>%1: %2; %3, %4 established, %5 unanswered, %6 stalled.</source>
        <translation>%1: %2; %3, %4 aufgebaut, %5 unbeantwortet, %6 hängen geblieben.</translation>
    </message>
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
        <source>Frames: %1</source>
        <translation>Frames: %1</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>Capture analysis</source>
        <translation>Analyse des Mitschnitts</translation>
    </message>
    <message>
        <source>Fragmentation check</source>
        <translation>Fragmentierungsprüfung</translation>
    </message>
    <message>
        <source>Remote server check</source>
        <translation>Prüfung des Remote-Servers</translation>
    </message>
    <message>
        <source>TCP timestamps test</source>
        <translation>TCP-Zeitstempeltest</translation>
    </message>
    <message>
        <source>AWS NAT gateway check</source>
        <translation>Prüfung des AWS-NAT-Gateways</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Where captured</source>
        <translation>Mitschnittort</translation>
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
    <message>
        <source>with timestamps</source>
        <translation>mit Zeitstempeln</translation>
    </message>
    <message>
        <source>without timestamps</source>
        <translation>ohne Zeitstempel</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation>%1: Versuch %2 von %3</translation>
    </message>
    <message>
        <source>%1: attempt %2</source>
        <translation>%1: Versuch %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left in this phase</source>
        <translation>
            <numerusform>noch etwa %n s in dieser Phase</numerusform>
            <numerusform>noch etwa %n s in dieser Phase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::SuccessTimelineChart</name>
    <message numerus="yes">
        <source>Connection success over time: too short to chart (%n attempt(s), %1 established)</source>
        <translation>
            <numerusform>Verbindungserfolg im Zeitverlauf: zu kurz für ein Diagramm (%n Versuch, %1 aufgebaut)</numerusform>
            <numerusform>Verbindungserfolg im Zeitverlauf: zu kurz für ein Diagramm (%n Versuche, %1 aufgebaut)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection success over time: no connection attempts in the capture</source>
        <translation>Verbindungserfolg im Zeitverlauf: keine Verbindungsversuche im Mitschnitt</translation>
    </message>
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
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
</TS>
