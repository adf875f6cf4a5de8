<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Finding</name>
    <message>
        <source>the destination</source>
        <translation>el destino</translation>
    </message>
    <message>
        <source>a client of the captured connections</source>
        <translation>un cliente de las conexiones capturadas</translation>
    </message>
    <message>
        <source>the capturing host itself (outgoing)</source>
        <translation>el propio host que captura (saliente)</translation>
    </message>
    <message>
        <source>a host whose role the capture does not show (no TCP connection; name the destination with --dest)</source>
        <translation>un host cuyo papel no muestra la captura (sin conexión TCP; indique el destino con --dest)</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not: it does not do path MTU discovery, so routers fragment what is too large.</source>
        <translation>De sus paquetes de datos sin fragmentar, {with} llevaban DF y {without} no: no hace descubrimiento de la MTU de la ruta, así que los routers fragmentan lo que es demasiado grande.</translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not.</source>
        <translation>De sus paquetes de datos sin fragmentar, {with} llevaban DF y {without} no.</translation>
    </message>
    <message>
        <source>{address} ({n|# TCP fragment|# TCP fragments})</source>
        <translation>{address} ({n|# fragmento TCP|# fragmentos TCP})</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>{n|# TCP fragment|# TCP fragments} ({datagrams|# datagram|# datagrams}, up to {size} bytes) from {sources}.</source>
        <translation>{n|# fragmento TCP|# fragmentos TCP} ({datagrams|# datagrama|# datagramas}, de hasta {size} bytes) de {sources}.</translation>
    </message>
    <message>
        <source>A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP, so responses that fragment never reach instances behind it, while small ones do.</source>
        <translation>Un NAT gateway reenvía fragmentos IP solo para UDP y descarta el TCP fragmentado: las respuestas que se fragmentan nunca llegan a las instancias que hay detrás, mientras que las pequeñas sí.</translation>
    </message>
    <message>
        <source>The destination sends fragmented TCP packets</source>
        <translation>El destino envía paquetes TCP fragmentados</translation>
    </message>
    <message>
        <source>On your side, without touching the destination: advertise a smaller MSS on the private instances&apos; route to the destination ({mss} fits the largest fragment seen), so it never sends segments that need fragmenting. Note the gateway and device of the first command in the second; make it permanent in the instance&apos;s network configuration</source>
        <translation>En su lado, sin tocar el destino: anuncie una MSS menor en la ruta de las instancias privadas hacia el destino ({mss} cabe en el fragmento más grande visto), para que nunca envíe segmentos que haya que fragmentar. Pase la puerta de enlace y el dispositivo del primer comando al segundo; hágalo permanente en la configuración de red de la instancia</translation>
    </message>
    <message>
        <source>Or route the private subnet through a NAT instance, which reassembles fragments</source>
        <translation>O enrute la subred privada a través de una instancia NAT, que reensambla los fragmentos</translation>
    </message>
    <message>
        <source>Or ask the destination&apos;s owner to turn path MTU discovery on (DF set, on a Linux destination), and to let ICMP &quot;fragmentation needed&quot; in</source>
        <translation>O pida al responsable del destino que active el descubrimiento de la MTU de la ruta (DF activado, en un destino Linux) y que deje entrar ICMP «fragmentation needed»</translation>
    </message>
    <message>
        <source>Or lower the destination&apos;s MTU, or clamp the TCP MSS on a router of the path</source>
        <translation>O reduzca la MTU del destino, o limite la MSS de TCP en un router de la ruta (MSS clamping)</translation>
    </message>
    <message>
        <source>{address}, {role} ({n|# fragment|# fragments})</source>
        <translation>{address}, {role} ({n|# fragmento|# fragmentos})</translation>
    </message>
    <message>
        <source>{n|# fragment|# fragments} came from {senders}. They say nothing about what the destination sends.</source>
        <translation>{n|# fragmento vino|# fragmentos vinieron} de {senders}. No dicen nada de lo que envía el destino.</translation>
    </message>
    <message>
        <source>A client&apos;s own large requests (an upload, a large POST) that fragment are dropped by a NAT gateway too when the client is behind one.</source>
        <translation>Las propias peticiones grandes de un cliente (una subida, un POST grande) que se fragmentan también las descarta un NAT gateway cuando el cliente está detrás de uno.</translation>
    </message>
    <message>
        <source>Fragments from a host that is not the destination</source>
        <translation>Fragmentos de un host que no es el destino</translation>
    </message>
    <message>
        <source>If uploads from the private instances fail, lower their MTU or MSS toward the destination</source>
        <translation>Si fallan las subidas de las instancias privadas, reduzca su MTU o MSS hacia el destino</translation>
    </message>
    <message>
        <source>Name the destination (analyze --dest ADDRESS) so its fragments are told apart from other hosts&apos;, or capture with a filter on the destination</source>
        <translation>Indique el destino (analyze --dest DIRECCIÓN) para distinguir sus fragmentos de los de otros hosts, o capture con un filtro sobre el destino</translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet, started before the request, with a filter that keeps trailing fragments, while the host fetches a response of at least 16 KiB.</source>
        <translation>Capture en un host de una subred pública, iniciado antes de la petición, con un filtro que conserve los fragmentos posteriores, mientras el host obtiene una respuesta de al menos 16 KiB.</translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet (started before the request) while it fetches a response of at least 16 KiB from the destination, then analyse the file</source>
        <translation>Capture en un host de una subred pública (iniciado antes de la petición) mientras obtiene del destino una respuesta de al menos 16 KiB, y luego analice el archivo</translation>
    </message>
    <message>
        <source>Fragments arrived, but the capturing host is behind a NAT</source>
        <translation>Llegaron fragmentos, pero el host que captura está detrás de un NAT</translation>
    </message>
    <message>
        <source>The capturing host reaches the destination through a NAT, which may have reassembled the response and fragmented it again: what the destination itself sends is not shown. Capture on an instance in a public subnet.</source>
        <translation>El host que captura llega al destino a través de un NAT, que puede haber reensamblado la respuesta y haberla fragmentado de nuevo: no se ve lo que envía el propio destino. Capture en una instancia de una subred pública.</translation>
    </message>
    <message>
        <source>The destination&apos;s echo replies came back fragmented ({n|# fragment|# fragments}), which is why large pings fail behind a NAT gateway: expected, not a symptom.</source>
        <translation>Las respuestas de eco del destino volvieron fragmentadas ({n|# fragmento|# fragmentos}); por eso fallan los pings grandes detrás de un NAT gateway: es lo esperado, no un síntoma.</translation>
    </message>
    <message>
        <source>The ping&apos;s replies were not fragmented.</source>
        <translation>Las respuestas al ping no estaban fragmentadas.</translation>
    </message>
    <message>
        <source>Whether its TCP responses fragment depends on its TCP stack (DF, path MTU discovery), not on ICMP. Run the check with an HTTP, HTTPS or TCP request that returns at least 16 KiB.</source>
        <translation>Que sus respuestas TCP se fragmenten depende de su pila TCP (DF, descubrimiento de la MTU de la ruta), no de ICMP. Ejecute la comprobación con una petición HTTP, HTTPS o TCP que devuelva al menos 16 KiB.</translation>
    </message>
    <message>
        <source>A ping cannot decide whether the destination fragments TCP</source>
        <translation>Un ping no puede decidir si el destino fragmenta TCP</translation>
    </message>
    <message>
        <source>Run the check again with a TCP trigger that fetches at least 16 KiB</source>
        <translation>Ejecute de nuevo la comprobación con un disparador TCP que obtenga al menos 16 KiB</translation>
    </message>
    <message>
        <source>It has {records|# record|# records} and {ip|# IP packet|# IP packets}: nothing shows whether the destination fragments.</source>
        <translation>Contiene {records|# registro|# registros} y {ip|# paquete IP|# paquetes IP}: nada muestra si el destino fragmenta.</translation>
    </message>
    <message>
        <source>The capture holds no traffic to judge</source>
        <translation>La captura no contiene tráfico que evaluar</translation>
    </message>
    <message>
        <source>The capture was not proven listening before the request</source>
        <translation>No consta que la captura estuviera escuchando antes de la petición</translation>
    </message>
    <message>
        <source>tcpdump never confirmed it was listening, so fragments may have arrived before it started. Run the check again; if it recurs, check that tcpdump can start on the public host.</source>
        <translation>tcpdump nunca confirmó que estuviera escuchando, así que pudieron llegar fragmentos antes de que empezara. Ejecute de nuevo la comprobación; si se repite, compruebe que tcpdump puede arrancar en el host público.</translation>
    </message>
    <message>
        <source>Check that tcpdump starts on the public host, then run the check again</source>
        <translation>Compruebe que tcpdump arranca en el host público y ejecute de nuevo la comprobación</translation>
    </message>
    <message>
        <source>Fragmentation shows only in responses larger than the path MTU; the capture holds {n|# established connection|# established connections} and its largest response was {bytes} bytes (at least {kib} KiB with its handshake is needed).</source>
        <translation>La fragmentación solo aparece en respuestas mayores que la MTU de la ruta; la captura contiene {n|# conexión establecida|# conexiones establecidas} y su respuesta más grande fue de {bytes} bytes (se necesitan al menos {kib} KiB con su handshake).</translation>
    </message>
    <message>
        <source>No large response from the destination was captured</source>
        <translation>No se capturó ninguna respuesta grande del destino</translation>
    </message>
    <message>
        <source>No fragments seen, but the capturing host is behind a NAT</source>
        <translation>No se vieron fragmentos, pero el host que captura está detrás de un NAT</translation>
    </message>
    <message>
        <source>A NAT instance on the way reassembles fragments before they reach the capturing host, so their absence proves nothing. Capture on an instance in a public subnet (route to an internet gateway, public IP).</source>
        <translation>Una instancia NAT en el camino reensambla los fragmentos antes de que lleguen al host que captura, así que su ausencia no prueba nada. Capture en una instancia de una subred pública (ruta a un internet gateway, IP pública).</translation>
    </message>
    <message>
        <source>{n|# response|# responses} of at least {kib} KiB (the largest {bytes} bytes), handshake included, arrived and none of the destination&apos;s packets was IP-fragmented: a NAT gateway&apos;s fragment dropping does not explain failures on this path.</source>
        <translation>{n|# respuesta|# respuestas} de al menos {kib} KiB (la mayor de {bytes} bytes), con handshake, llegaron y ninguno de los paquetes del destino estaba fragmentado en IP: que un NAT gateway descarte fragmentos no explica fallos en esta ruta.</translation>
    </message>
    <message>
        <source>This holds if the capture was taken where nothing reassembles on the way (not behind a NAT instance).</source>
        <translation>Esto vale si la captura se tomó donde nada reensambla por el camino (no detrás de una instancia NAT).</translation>
    </message>
    <message>
        <source>Whether the capturing host reaches the destination without a NAT was not proven.</source>
        <translation>No consta que el host que captura llegue al destino sin NAT.</translation>
    </message>
    <message>
        <source>Large responses arrived without fragmentation</source>
        <translation>Las respuestas grandes llegaron sin fragmentación</translation>
    </message>
    <message>
        <source>Fragmentation is ruled out for this path; check tcp_tw_recycle on the remote server next (or run the timestamps test from a private instance)</source>
        <translation>La fragmentación queda descartada en esta ruta; compruebe a continuación tcp_tw_recycle en el servidor remoto (o ejecute la prueba de marcas de tiempo desde una instancia privada)</translation>
    </message>
    <message>
        <source>{address} (MTU {mtu}, {n|# message|# messages})</source>
        <translation>{address} (MTU {mtu}, {n|# mensaje|# mensajes})</translation>
    </message>
    <message>
        <source>Routers report a smaller path MTU</source>
        <translation>Los routers informan de una MTU de ruta menor</translation>
    </message>
    <message>
        <source>ICMP &quot;fragmentation needed&quot; / ICMPv6 &quot;packet too big&quot; from {routers}. Path MTU discovery works for senders that set DF and let these messages in; a sender that ignores them, or sends without DF, gets its packets fragmented instead.</source>
        <translation>ICMP «fragmentation needed» / ICMPv6 «packet too big» de {routers}. El descubrimiento de la MTU de la ruta funciona para los emisores que activan DF y dejan entrar estos mensajes; un emisor que los ignora, o que envía sin DF, ve sus paquetes fragmentados.</translation>
    </message>
    <message>
        <source>Check that the senders let these messages in (security groups, network ACLs, host firewalls) and see the path MTU the kernel learned</source>
        <translation>Compruebe que los emisores dejan entrar estos mensajes (grupos de seguridad, ACL de red, cortafuegos del host) y vea la MTU de ruta que aprendió el kernel</translation>
    </message>
    <message>
        <source>{n|# connection attempt|# connection attempts} of {total} got no answer</source>
        <translation>{n|# intento de conexión|# intentos de conexión} de {total} sin respuesta</translation>
    </message>
    <message>
        <source>SYN sent, neither SYN-ACK nor RST came back within the retransmission time ({n|# SYN retransmission|# SYN retransmissions}). Behind one NAT address this is what a server with tcp_tw_recycle does to SYNs whose timestamps go backwards (PAWS); a full SYN queue, a firewall or network ACL dropping SYNs, or a server that is down look the same from here.</source>
        <translation>Se envió el SYN y no volvió ni SYN-ACK ni RST dentro del tiempo de retransmisión ({n|# retransmisión de SYN|# retransmisiones de SYN}). Detrás de una dirección NAT, esto es lo que hace un servidor con tcp_tw_recycle con los SYN cuyas marcas de tiempo retroceden (PAWS); una cola SYN llena, un cortafuegos o una ACL de red que descarta SYN, o un servidor caído se ven igual desde aquí.</translation>
    </message>
    <message>
        <source>Check the remote server&apos;s tcp_tw_recycle and SYN queue counters (with access to it), or run the timestamps test from a private instance (without)</source>
        <translation>Compruebe tcp_tw_recycle y los contadores de la cola SYN del servidor remoto (con acceso a él), o ejecute la prueba de marcas de tiempo desde una instancia privada (sin acceso)</translation>
    </message>
    <message>
        <source>{n|# connection|# connections} stalled after connecting</source>
        <translation>{n|# conexión se quedó colgada|# conexiones se quedaron colgadas} tras conectar</translation>
    </message>
    <message>
        <source>The handshake completed and the request was sent, then the response stopped arriving and the client gave up. This is how lost IP fragments look from the receiving side: the small part of a response arrives, the fragmented rest never does. Capture on a public-subnet host to see whether the destination fragments.</source>
        <translation>El handshake se completó y se envió la petición; luego la respuesta dejó de llegar y el cliente se rindió. Así se ven los fragmentos IP perdidos desde el lado receptor: llega la parte pequeña de una respuesta, el resto fragmentado nunca. Capture en un host de una subred pública para ver si el destino fragmenta.</translation>
    </message>
    <message>
        <source>{address} sent {syns} SYNs with timestamps to {destination} from {clocks} different clocks, {backwards} of them lower than the one before.</source>
        <translation>{address} envió {syns} SYN con marcas de tiempo a {destination} desde {clocks} relojes distintos, {backwards} de ellas menores que la anterior.</translation>
    </message>
    <message>
        <source>{n} address pairs in all.</source>
        <translation>{n} pares de direcciones en total.</translation>
    </message>
    <message>
        <source>Several hosts behind one NAT address do this; a server with tcp_tw_recycle=1 drops such SYNs (PAWS). Confirm on the server, or with the timestamps test.</source>
        <translation>Esto ocurre con varios hosts detrás de una dirección NAT; un servidor con tcp_tw_recycle=1 descarta esos SYN (PAWS). Confírmelo en el servidor o con la prueba de marcas de tiempo.</translation>
    </message>
    <message>
        <source>SYN timestamps from one address go backwards</source>
        <translation>Las marcas de tiempo de SYN de una dirección retroceden</translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle on the destination server</source>
        <translation>Lea tcp_tw_recycle en el servidor de destino</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} y {end}</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the AWS CLI is not installed</source>
        <translation>No se leyeron las pruebas propias del NAT gateway: la AWS CLI no está instalada</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}.</translation>
    </message>
    <message>
        <source>Install the AWS CLI (Debian/Ubuntu), then run natdoctor again with --aws</source>
        <translation>Instale la AWS CLI (Debian/Ubuntu) y ejecute de nuevo natdoctor con --aws</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: no AWS credentials</source>
        <translation>No se leyeron las pruebas propias del NAT gateway: no hay credenciales de AWS</translation>
    </message>
    <message>
        <source>The AWS CLI found no usable credentials ({why}).</source>
        <translation>La AWS CLI no encontró credenciales utilizables ({why}).</translation>
    </message>
    <message>
        <source>Configure a profile with read-only access (README: the IAM policy), or log in to SSO</source>
        <translation>Configure un perfil con acceso de solo lectura (README: la política de IAM) o inicie sesión con SSO</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not fully read: permission denied</source>
        <translation>No se leyeron del todo las pruebas propias del NAT gateway: permiso denegado</translation>
    </message>
    <message>
        <source>The credentials lack a read permission ({why}).</source>
        <translation>A las credenciales les falta un permiso de lectura ({why}).</translation>
    </message>
    <message>
        <source>Attach the read-only policy from natdoctor&apos;s README to the profile&apos;s role or user, and check who the CLI is</source>
        <translation>Asocie la política de solo lectura del README de natdoctor al rol o usuario del perfil, y compruebe quién es la CLI</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the private instance is not known</source>
        <translation>No se leyeron las pruebas propias del NAT gateway: no se conoce la instancia privada</translation>
    </message>
    <message>
        <source>Give the instance id of a failing private instance</source>
        <translation>Indique el id de una instancia privada que falle</translation>
    </message>
    <message>
        <source>The AWS API throttled natdoctor before the NAT gateway was read</source>
        <translation>La API de AWS limitó a natdoctor antes de leer el NAT gateway</translation>
    </message>
    <message>
        <source>The AWS step was cancelled</source>
        <translation>Se canceló el paso de AWS</translation>
    </message>
    <message>
        <source>The AWS API failed part-way through the NAT gateway step</source>
        <translation>La API de AWS falló a mitad del paso del NAT gateway</translation>
    </message>
    <message>
        <source>{why}. What was read before it is kept below; the other checks are not affected.</source>
        <translation>{why}. Lo leído antes se conserva abajo; las demás comprobaciones no se ven afectadas.</translation>
    </message>
    <message>
        <source>Run the step again later (the calls are read-only)</source>
        <translation>Ejecute el paso de nuevo más tarde (las llamadas son de solo lectura)</translation>
    </message>
    <message>
        <source>Without it natdoctor cannot say whether the NAT gateway drops packets, runs out of ports or closes idle connections; this does not change the other findings.</source>
        <translation>Sin ellas natdoctor no puede decir si el NAT gateway descarta paquetes, se queda sin puertos o cierra conexiones inactivas; esto no cambia los demás hallazgos.</translation>
    </message>
    <message>
        <source>{id} (the VPC&apos;s main route table)</source>
        <translation>{id} (la tabla de rutas principal de la VPC)</translation>
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
        <translation>El NAT gateway de la ruta está en estado {state}</translation>
    </message>
    <message>
        <source>The route to {dest} in {table} points at {gateway}, whose state is {state}: it forwards nothing until it is available.</source>
        <translation>La ruta a {dest} en {table} apunta a {gateway}, cuyo estado es {state}: no reenvía nada hasta que esté disponible.</translation>
    </message>
    <message>
        <source>See the gateway&apos;s state and, if it failed, why</source>
        <translation>Vea el estado del gateway y, si falló, por qué</translation>
    </message>
    <message>
        <source>The destination&apos;s route uses a NAT instance, not a NAT gateway</source>
        <translation>La ruta del destino usa una instancia NAT, no un NAT gateway</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {instance}. A NAT instance reassembles fragmented TCP, so the NAT gateway&apos;s fragment dropping, port and idle limits do not apply; look at the instance itself (its conntrack table, source/destination check, its own network ACLs).</source>
        <translation>La ruta {route} en {table} apunta a {instance}. Una instancia NAT reensambla el TCP fragmentado, así que no se aplican el descarte de fragmentos ni los límites de puertos e inactividad de un NAT gateway; examine la propia instancia (su tabla conntrack, la comprobación de origen/destino, sus propias ACL de red).</translation>
    </message>
    <message>
        <source>On the NAT instance: check its connection tracking table</source>
        <translation>En la instancia NAT: compruebe su tabla de seguimiento de conexiones (conntrack)</translation>
    </message>
    <message>
        <source>The destination&apos;s route goes to an internet gateway, not through a NAT</source>
        <translation>La ruta del destino va a un internet gateway, no a través de un NAT</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}, but {instance} has no public IPv4 address: its packets to {dest} are dropped. Route 0.0.0.0/0 to a NAT gateway in a public subnet.</source>
        <translation>La ruta {route} en {table} apunta a {target}, pero {instance} no tiene dirección IPv4 pública: sus paquetes a {dest} se descartan. Enrute 0.0.0.0/0 a un NAT gateway en una subred pública.</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}; {instance} leaves with its own public address {public}, so no NAT limit applies.</source>
        <translation>La ruta {route} en {table} apunta a {target}; {instance} sale con su propia dirección pública {public}, así que no se aplica ningún límite de NAT.</translation>
    </message>
    <message>
        <source>Route the internet through a NAT gateway in a public subnet</source>
        <translation>Enrute el tráfico a internet a través de un NAT gateway en una subred pública</translation>
    </message>
    <message>
        <source>The NAT limits do not apply here: look at the destination and the remote server (the fragmentation check and tcp_tw_recycle)</source>
        <translation>Los límites del NAT no se aplican aquí: examine el destino y el servidor remoto (la comprobación de fragmentación y tcp_tw_recycle)</translation>
    </message>
    <message>
        <source>No route to the destination from the instance&apos;s subnet</source>
        <translation>No hay ruta al destino desde la subred de la instancia</translation>
    </message>
    <message>
        <source>{table} has no active route that matches {dest}: every connection from {subnet} to it fails, none goes through a NAT gateway.</source>
        <translation>{table} no tiene ninguna ruta activa que coincida con {dest}: toda conexión desde {subnet} hacia él falla, ninguna pasa por un NAT gateway.</translation>
    </message>
    <message>
        <source>The destination&apos;s route does not use a NAT gateway</source>
        <translation>La ruta del destino no usa un NAT gateway</translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target} (a transit gateway, peering or endpoint): look at the NAT on the far side of it.</source>
        <translation>La ruta {route} en {table} apunta a {target} (un transit gateway, un peering o un endpoint): examine el NAT al otro lado.</translation>
    </message>
    <message>
        <source>Run natdoctor on the far side of that route, where the traffic leaves through a NAT</source>
        <translation>Ejecute natdoctor al otro lado de esa ruta, donde el tráfico sale a través de un NAT</translation>
    </message>
    <message>
        <source>the instance&apos;s subnet {subnet}</source>
        <translation>la subred de la instancia {subnet}</translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet {subnet}</source>
        <translation>la subred del NAT gateway {subnet}</translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports outbound on {where}</source>
        <translation>Una ACL de red deniega puertos efímeros de salida en {where}</translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports inbound on {where}</source>
        <translation>Una ACL de red deniega puertos efímeros de entrada en {where}</translation>
    </message>
    <message>
        <source>{acl} denies TCP outbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation>{acl} deniega TCP de salida en {n} de los puertos 1024–65535 ({ports}), según la regla {rules}. Las ACL de red no tienen estado: las respuestas a las conexiones de la instancia vuelven al puerto del que salió la conexión, que el NAT gateway y Linux (32768–60999) eligen de este rango, así que las conexiones cuyo puerto cae en él se cuelgan mientras las demás funcionan.</translation>
    </message>
    <message>
        <source>{acl} denies TCP inbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation>{acl} deniega TCP de entrada en {n} de los puertos 1024–65535 ({ports}), según la regla {rules}. Las ACL de red no tienen estado: las respuestas a las conexiones de la instancia vuelven al puerto del que salió la conexión, que el NAT gateway y Linux (32768–60999) eligen de este rango, así que las conexiones cuyo puerto cae en él se cuelgan mientras las demás funcionan.</translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 outbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation>Permita TCP 1024–65535 de salida en {acl} (o estreche la denegación para que no afecte a los puertos efímeros)</translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 inbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation>Permita TCP 1024–65535 de entrada en {acl} (o estreche la denegación para que no afecte a los puertos efímeros)</translation>
    </message>
    <message>
        <source>CloudWatch has no data for the NAT gateway in the window</source>
        <translation>CloudWatch no tiene datos del NAT gateway en el intervalo</translation>
    </message>
    <message>
        <source>get-metric-data returned no data points for {gateway} {window}. The gateway sent no traffic then, or the region or window is wrong; the metrics cannot rule the gateway in or out.</source>
        <translation>get-metric-data no devolvió puntos de datos para {gateway} {window}. El gateway no tuvo tráfico entonces, o la región o el intervalo son incorrectos; las métricas no pueden ni inculpar ni descartar el gateway.</translation>
    </message>
    <message>
        <source>Check the region and that the gateway is the one on the instance&apos;s route</source>
        <translation>Compruebe la región y que el gateway es el de la ruta de la instancia</translation>
    </message>
    <message>
        <source>ErrorPortAllocation counted {errors} connections {window} (at most {peak} a minute) that the gateway could not give a source port: it allows {perAddress} simultaneous connections to one destination IP and port per Elastic IP, and {gateway} has {eips} ({total} at once). Peak ActiveConnectionCount was {active}.</source>
        <translation>ErrorPortAllocation contó {errors} conexiones {window} (como mucho {peak} por minuto) a las que el gateway no pudo dar un puerto de origen: admite {perAddress} conexiones simultáneas a una IP y puerto de destino por Elastic IP, y {gateway} tiene {eips} ({total} a la vez). El máximo de ActiveConnectionCount fue {active}.</translation>
    </message>
    <message>
        <source>The private instance had {n} connections to {dest} open when natdoctor counted.</source>
        <translation>La instancia privada tenía {n} conexiones abiertas a {dest} cuando natdoctor contó.</translation>
    </message>
    <message>
        <source>The NAT gateway ran out of source ports for the destination</source>
        <translation>El NAT gateway se quedó sin puertos de origen para el destino</translation>
    </message>
    <message>
        <source>Count the private instances&apos; connections to the destination (on each instance)</source>
        <translation>Cuente las conexiones de las instancias privadas al destino (en cada instancia)</translation>
    </message>
    <message>
        <source>Give the gateway more Elastic IPs (secondary addresses, {n} connections each)</source>
        <translation>Dé al gateway más Elastic IP (direcciones secundarias, {n} conexiones cada una)</translation>
    </message>
    <message>
        <source>Reuse connections (HTTP keep-alive, connection pools) instead of opening one per request</source>
        <translation>Reutilice conexiones (HTTP keep-alive, pools de conexiones) en lugar de abrir una por petición</translation>
    </message>
    <message>
        <source>The NAT gateway closed idle connections</source>
        <translation>El NAT gateway cerró conexiones inactivas</translation>
    </message>
    <message>
        <source>IdleTimeoutCount counted {n} connections {window} that were idle for {seconds} seconds: the gateway forgets them, and the next packet on such a connection gets a RST (&quot;connection reset by peer&quot; after a quiet period). TCP keepalive below {seconds} seconds keeps them open; Linux waits 7200 seconds by default, and only sockets with SO_KEEPALIVE send them.</source>
        <translation>IdleTimeoutCount contó {n} conexiones {window} que estuvieron inactivas {seconds} segundos: el gateway las olvida y el siguiente paquete de esa conexión recibe un RST («connection reset by peer» tras un periodo de calma). Un keepalive de TCP por debajo de {seconds} segundos las mantiene abiertas; Linux espera 7200 segundos por defecto, y solo los sockets con SO_KEEPALIVE los envían.</translation>
    </message>
    <message>
        <source>On the private instances: first keepalive after 300 s, then every 60 s</source>
        <translation>En las instancias privadas: primer keepalive a los 300 s, luego cada 60 s</translation>
    </message>
    <message>
        <source>Turn keepalive on in the application (SO_KEEPALIVE; e.g. a connection pool&apos;s keepalive or idle-timeout option below 350 s)</source>
        <translation>Active el keepalive en la aplicación (SO_KEEPALIVE; p. ej., la opción de keepalive o de inactividad de un pool de conexiones por debajo de 350 s)</translation>
    </message>
    <message>
        <source>PacketsDropCount counted {n} packets dropped by {gateway} {window}.</source>
        <translation>PacketsDropCount contó {n} paquetes descartados por {gateway} {window}.</translation>
    </message>
    <message>
        <source>Of {in} bytes from destinations, {out} reached the sources ({lost} not delivered).</source>
        <translation>De {in} bytes procedentes de destinos, {out} llegaron a los orígenes ({lost} sin entregar).</translation>
    </message>
    <message>
        <source>This corroborates tcp-fragments-from-destination: the gateway drops the fragmented TCP the destination sends.</source>
        <translation>Esto corrobora tcp-fragments-from-destination: el gateway descarta el TCP fragmentado que envía el destino.</translation>
    </message>
    <message>
        <source>A NAT gateway drops IP-fragmented TCP; the fragmentation check from a public host decides whether that is why.</source>
        <translation>Un NAT gateway descarta el TCP fragmentado en IP; la comprobación de fragmentación desde un host público decide si ese es el motivo.</translation>
    </message>
    <message>
        <source>The NAT gateway dropped packets</source>
        <translation>El NAT gateway descartó paquetes</translation>
    </message>
    <message>
        <source>See the drops minute by minute</source>
        <translation>Vea los descartes minuto a minuto</translation>
    </message>
    <message>
        <source>Many connections through the NAT gateway were never established</source>
        <translation>Muchas conexiones a través del NAT gateway nunca se establecieron</translation>
    </message>
    <message>
        <source>ConnectionAttemptCount was {attempts} and ConnectionEstablishedCount {established} {window}: {missing} attempts got no answer from the destinations.</source>
        <translation>ConnectionAttemptCount fue {attempts} y ConnectionEstablishedCount {established} {window}: {missing} intentos no obtuvieron respuesta de los destinos.</translation>
    </message>
    <message>
        <source>This corroborates the tcp_tw_recycle finding: the server drops SYNs from hosts behind the gateway&apos;s address.</source>
        <translation>Esto corrobora el hallazgo de tcp_tw_recycle: el servidor descarta los SYN de los hosts detrás de la dirección del gateway.</translation>
    </message>
    <message>
        <source>A server with tcp_tw_recycle drops SYNs from hosts behind one NAT address; so does a firewall or an overloaded listener (the remote server check decides).</source>
        <translation>Un servidor con tcp_tw_recycle descarta los SYN de hosts detrás de una dirección NAT; también un cortafuegos o un listener sobrecargado (la comprobación del servidor remoto lo decide).</translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle and the SYN queue counters on the remote server</source>
        <translation>Lea tcp_tw_recycle y los contadores de la cola SYN en el servidor remoto</translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s metrics show no drops, port or idle-timeout errors</source>
        <translation>Las métricas del NAT gateway no muestran descartes ni errores de puertos o de inactividad</translation>
    </message>
    <message>
        <source>Over the window {window}, {gateway} counted no dropped packets, no port allocation errors, no idle timeouts, and its established connections kept up with the attempts. This rules out the gateway&apos;s own limits for that window only; it says nothing about the destination or the remote server.</source>
        <translation>En el intervalo {window}, {gateway} no contó paquetes descartados, ni errores de asignación de puertos, ni cierres por inactividad, y sus conexiones establecidas siguieron el ritmo de los intentos. Esto descarta los límites propios del gateway solo para ese intervalo; no dice nada del destino ni del servidor remoto.</translation>
    </message>
    <message>
        <source>If failures happened outside this window, run the AWS step again while they happen</source>
        <translation>Si hubo fallos fuera de este intervalo, ejecute de nuevo el paso de AWS mientras ocurren</translation>
    </message>
    <message>
        <source>Large packets to the destination vanish without &quot;fragmentation needed&quot;</source>
        <translation>Los paquetes grandes hacia el destino desaparecen sin «fragmentation needed»</translation>
    </message>
    <message>
        <source>On {host}, {device} has MTU {mtu}. Pings of {size} bytes with DF set to {dest} got no answer and no ICMP &quot;fragmentation needed&quot;, while 1472-byte ones (1500-byte packets) were answered. The path is smaller than the instance&apos;s MTU (a NAT gateway forwards 8500 bytes, the internet 1500) and the ICMP that would tell the instance is blocked (a security group or network ACL), so large TCP segments are lost and connections that send or receive much stall.</source>
        <translation>En {host}, {device} tiene MTU {mtu}. Los pings de {size} bytes con DF a {dest} no obtuvieron respuesta ni ICMP «fragmentation needed», mientras que los de 1472 bytes (paquetes de 1500 bytes) sí se respondieron. La ruta es menor que la MTU de la instancia (un NAT gateway reenvía 8500 bytes, internet 1500) y el ICMP que se lo diría a la instancia está bloqueado (un grupo de seguridad o una ACL de red), así que los segmentos TCP grandes se pierden y las conexiones que envían o reciben mucho se cuelgan.</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; reach the instance (its security group; and the network ACLs, which are stateless)</source>
        <translation>Deje que ICMP «fragmentation needed» llegue a la instancia (su grupo de seguridad; y las ACL de red, que no tienen estado)</translation>
    </message>
    <message>
        <source>Or lower the instance&apos;s MTU for traffic to the internet</source>
        <translation>O reduzca la MTU de la instancia para el tráfico hacia internet</translation>
    </message>
    <message>
        <source>Check the path MTU the kernel learns</source>
        <translation>Compruebe la MTU de ruta que aprende el kernel</translation>
    </message>
    <message>
        <source>The destination fragments, but something on this path reassembles</source>
        <translation>El destino fragmenta, pero algo en esta ruta reensambla</translation>
    </message>
    <message>
        <source>Yet all {n} connections from the private instance succeeded with the large response: something on its path reassembles the fragments (a NAT instance does; a NAT gateway does not), so fragmentation does not explain failures now. If failures come back, check whether the private subnet&apos;s route still goes through the same NAT.</source>
        <translation>Sin embargo, las {n} conexiones desde la instancia privada tuvieron éxito con la respuesta grande: algo en su ruta reensambla los fragmentos (una instancia NAT lo hace; un NAT gateway no), así que la fragmentación no explica fallos ahora. Si vuelven los fallos, compruebe si la ruta de la subred privada sigue pasando por el mismo NAT.</translation>
    </message>
    <message>
        <source>Check which NAT the private subnet&apos;s route uses now</source>
        <translation>Compruebe qué NAT usa ahora la ruta de la subred privada</translation>
    </message>
    <message>
        <source>The fragmentation check did not run</source>
        <translation>La comprobación de fragmentación no se ejecutó</translation>
    </message>
    <message>
        <source>It decides whether the destination sends fragmented TCP; run it from an instance in a public subnet (not the failing instance, nothing behind a NAT).</source>
        <translation>Decide si el destino envía TCP fragmentado; ejecútela desde una instancia de una subred pública (no la instancia que falla, nada detrás de un NAT).</translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet</source>
        <translation>Ejecute la comprobación de fragmentación desde una instancia de una subred pública</translation>
    </message>
    <message>
        <source>The capture lost packets, so missing fragments prove nothing</source>
        <translation>La captura perdió paquetes, así que la falta de fragmentos no prueba nada</translation>
    </message>
    <message>
        <source>tcpdump reported {n|# packet|# packets} dropped by the kernel: fragments may have been among them. Run the check again (a smaller snap length or a larger buffer, -B, helps).</source>
        <translation>tcpdump informó de {n|# paquete descartado|# paquetes descartados} por el kernel: puede que hubiera fragmentos entre ellos. Ejecute de nuevo la comprobación (ayuda una longitud de captura menor o un búfer mayor, -B).</translation>
    </message>
    <message>
        <source>Run the check again; by hand, a larger capture buffer and a short snap length keep up</source>
        <translation>Ejecute de nuevo la comprobación; a mano, un búfer de captura mayor y una longitud de captura corta dan abasto</translation>
    </message>
    <message>
        <source>The &quot;public&quot; host reaches the internet through a NAT</source>
        <translation>El host «público» sale a internet a través de un NAT</translation>
    </message>
    <message>
        <source>{url} saw it as {echoed}, which is none of its own addresses ({own}). Behind a NAT instance fragments are reassembled before the host sees them, and behind a NAT gateway they are dropped: negative results from this host are not conclusive.</source>
        <translation>{url} lo vio como {echoed}, que no es ninguna de sus propias direcciones ({own}). Detrás de una instancia NAT los fragmentos se reensamblan antes de que el host los vea, y detrás de un NAT gateway se descartan: los resultados negativos de este host no son concluyentes.</translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet (a route to an internet gateway and a public IPv4 address)</source>
        <translation>Ejecute la comprobación de fragmentación desde una instancia de una subred pública (una ruta a un internet gateway y una dirección IPv4 pública)</translation>
    </message>
    <message>
        <source>The public host and the private instance resolve the destination differently</source>
        <translation>El host público y la instancia privada resuelven el destino de forma distinta</translation>
    </message>
    <message>
        <source>{host} is {public} on the public host and {private} on the private instance (split-horizon DNS, a private hosted zone, or a load balancer&apos;s rotating addresses). The fragmentation check tested the public host&apos;s addresses only.</source>
        <translation>{host} es {public} en el host público y {private} en la instancia privada (DNS de horizonte dividido, una zona alojada privada o las direcciones rotativas de un balanceador de carga). La comprobación de fragmentación solo probó las direcciones del host público.</translation>
    </message>
    <message>
        <source>Run the check against the private instance&apos;s addresses (give them as --dest)</source>
        <translation>Ejecute la comprobación con las direcciones de la instancia privada (indíquelas con --dest)</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out here, so what remains is a full SYN queue on the server, a firewall, security group or network ACL dropping some SYNs, or the server being down.</source>
        <translation>tcp_tw_recycle está descartado aquí; lo que queda es una cola SYN llena en el servidor, un cortafuegos, grupo de seguridad o ACL de red que descarta algunos SYN, o el servidor caído.</translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there; check its SYN queue counters and the security groups and network ACLs on the path</source>
        <translation>Capture en el servidor mientras se conecta, para ver si los SYN llegan allí; compruebe sus contadores de la cola SYN y los grupos de seguridad y ACL de red de la ruta</translation>
    </message>
    <message>
        <source>tcp_tw_recycle was not checked</source>
        <translation>No se comprobó tcp_tw_recycle</translation>
    </message>
    <message>
        <source>natdoctor had access neither to the remote server nor to a private instance. With the server: read /proc/sys/net/ipv4/tcp_tw_recycle there (--remote). With a private instance: compare connection success with net.ipv4.tcp_timestamps=0 and as it is (--private).</source>
        <translation>natdoctor no tuvo acceso ni al servidor remoto ni a una instancia privada. Con el servidor: lea allí /proc/sys/net/ipv4/tcp_tw_recycle (--remote). Con una instancia privada: compare el éxito de las conexiones con net.ipv4.tcp_timestamps=0 y tal como está (--private).</translation>
    </message>
    <message>
        <source>Read it on the remote server, or run natdoctor again with --remote or --private</source>
        <translation>Léalo en el servidor remoto o ejecute de nuevo natdoctor con --remote o --private</translation>
    </message>
    <message>
        <source>A privileged check could not run on {host}</source>
        <translation>Una comprobación con privilegios no pudo ejecutarse en {host}</translation>
    </message>
    <message>
        <source>sudo asked for a password, which natdoctor never types. Run the command by hand and paste its output, or allow exactly this command without a password with the sudoers line below (visudo -f /etc/sudoers.d/natdoctor).</source>
        <translation>sudo pidió una contraseña, que natdoctor nunca escribe. Ejecute el comando a mano y pegue su salida, o permita exactamente este comando sin contraseña con la línea de sudoers de abajo (visudo -f /etc/sudoers.d/natdoctor).</translation>
    </message>
    <message>
        <source>Run by hand on {host}</source>
        <translation>Ejecutar a mano en {host}</translation>
    </message>
    <message>
        <source>Or allow natdoctor to run it</source>
        <translation>O permita que natdoctor lo ejecute</translation>
    </message>
    <message>
        <source>{name} +{n} (idle about {idle})</source>
        <translation>{name} +{n} (en reposo, unos {idle})</translation>
    </message>
    <message>
        <source>{name} +{n}</source>
        <translation>{name} +{n}</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is not it; if SYNs still go unanswered, check the server&apos;s SYN queue counters and the firewalls on the path</source>
        <translation>tcp_tw_recycle no es la causa; si los SYN siguen sin respuesta, compruebe los contadores de la cola SYN del servidor y los cortafuegos de la ruta</translation>
    </message>
    <message>
        <source>against an idle baseline of {seconds} s measured just before</source>
        <translation>frente a una línea base en reposo de {seconds} s medida justo antes</translation>
    </message>
    <message>
        <source>no idle baseline: the counters are host-wide, other clients move them too</source>
        <translation>sin línea base en reposo: los contadores son de todo el host, otros clientes también los mueven</translation>
    </message>
    <message>
        <source>PAWS counters on the remote server grew during the test</source>
        <translation>Los contadores PAWS del servidor remoto crecieron durante la prueba</translation>
    </message>
    <message>
        <source>TcpExt counters in /proc/net/netstat grew while natdoctor was testing ({baseline}): {counters}.</source>
        <translation>Los contadores TcpExt de /proc/net/netstat crecieron mientras natdoctor probaba ({baseline}): {counters}.</translation>
    </message>
    <message>
        <source>PAWSPassive counts SYNs rejected because of tcp_tw_recycle.</source>
        <translation>PAWSPassive cuenta los SYN rechazados a causa de tcp_tw_recycle.</translation>
    </message>
    <message>
        <source>The server dropped segments whose timestamps went backwards.</source>
        <translation>El servidor descartó segmentos cuyas marcas de tiempo retrocedieron.</translation>
    </message>
    <message>
        <source>Watch the counters on the server while connections fail</source>
        <translation>Observe los contadores en el servidor mientras fallan las conexiones</translation>
    </message>
    <message>
        <source>The remote server&apos;s SYN queue overflowed</source>
        <translation>La cola SYN del servidor remoto se desbordó</translation>
    </message>
    <message>
        <source>ListenOverflows/ListenDrops grew during the test ({baseline}): {counters}. A listening socket whose accept or SYN queue is full drops new SYNs silently: from the client, some connections get no SYN-ACK, exactly like PAWS drops.</source>
        <translation>ListenOverflows/ListenDrops crecieron durante la prueba ({baseline}): {counters}. Un socket en escucha cuya cola de accept o cola SYN está llena descarta los SYN nuevos en silencio: desde el cliente, algunas conexiones no reciben SYN-ACK, exactamente igual que con los descartes de PAWS.</translation>
    </message>
    <message>
        <source>On the server: raise the listen backlog (the application&apos;s and the kernel&apos;s) and check that the application accepts fast enough</source>
        <translation>En el servidor: aumente el backlog de escucha (el de la aplicación y el del kernel) y compruebe que la aplicación acepta con la rapidez suficiente</translation>
    </message>
    <message>
        <source>During the test {n|# connection attempt|# connection attempts} timed out without a SYN-ACK.</source>
        <translation>Durante la prueba, {n|# intento de conexión agotó|# intentos de conexión agotaron} el tiempo sin SYN-ACK.</translation>
    </message>
    <message>
        <source>This is what PAWS drops (tcp_tw_recycle) look like.</source>
        <translation>Así se ven los descartes de PAWS (tcp_tw_recycle).</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue overflowed (see that finding).</source>
        <translation>tcp_tw_recycle está descartado en este servidor, y su cola SYN se desbordó (vea ese hallazgo).</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue did not overflow. What remains: a firewall, security group or network ACL dropping some SYNs, a load balancer in front of several servers, or the NAT gateway itself (its ErrorPortAllocation and ConnectionAttemptCount metrics).</source>
        <translation>tcp_tw_recycle está descartado en este servidor, y su cola SYN no se desbordó. Lo que queda: un cortafuegos, grupo de seguridad o ACL de red que descarta algunos SYN, un balanceador de carga delante de varios servidores, o el propio NAT gateway (sus métricas ErrorPortAllocation y ConnectionAttemptCount).</translation>
    </message>
    <message>
        <source>{n} of {total} connections got no SYN-ACK</source>
        <translation>{n} de {total} conexiones no recibieron SYN-ACK</translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there</source>
        <translation>Capture en el servidor mientras se conecta, para ver si los SYN llegan allí</translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server was not checked</source>
        <translation>No se comprobó tcp_tw_recycle en el servidor remoto</translation>
    </message>
    <message>
        <source>Reading /proc/sys/net/ipv4/tcp_tw_recycle on the server decides it; without access, the timestamps test from a private instance (--private) does.</source>
        <translation>Leer /proc/sys/net/ipv4/tcp_tw_recycle en el servidor lo decide; sin acceso, lo decide la prueba de marcas de tiempo desde una instancia privada (--private).</translation>
    </message>
    <message>
        <source>Read it on the server, or run the timestamps test from a private instance</source>
        <translation>Léalo en el servidor o ejecute la prueba de marcas de tiempo desde una instancia privada</translation>
    </message>
    <message>
        <source>tcp_tw_recycle can&apos;t be read on the remote server</source>
        <translation>No se puede leer tcp_tw_recycle en el servidor remoto</translation>
    </message>
    <message>
        <source>Linux {kernel} is older than 4.12, so it should have /proc/sys/net/ipv4/tcp_tw_recycle, but the file is missing (a container or network namespace without it, or a hardened /proc). Whether the server drops SYNs because of it is unknown.</source>
        <translation>Linux {kernel} es anterior a 4.12, así que debería tener /proc/sys/net/ipv4/tcp_tw_recycle, pero falta el archivo (un contenedor o espacio de nombres de red sin él, o un /proc endurecido). Se desconoce si el servidor descarta SYN por ello.</translation>
    </message>
    <message>
        <source>Read it on the host itself (not in a container), or run the timestamps test from a private instance</source>
        <translation>Léalo en el propio host (no en un contenedor) o ejecute la prueba de marcas de tiempo desde una instancia privada</translation>
    </message>
    <message>
        <source>tcp_tw_recycle does not exist on the remote server</source>
        <translation>tcp_tw_recycle no existe en el servidor remoto</translation>
    </message>
    <message>
        <source>Linux {kernel} is 4.12 or later, which removed tcp_tw_recycle: it is not the cause of the failures.</source>
        <translation>Linux {kernel} es 4.12 o posterior, que eliminó tcp_tw_recycle: no es la causa de los fallos.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is enabled on the remote server</source>
        <translation>tcp_tw_recycle está activado en el servidor remoto</translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = {value}. The server remembers the last TCP timestamp per client address and drops SYNs whose timestamp went backwards (PAWS). Instances behind one NAT address have unrelated clocks, so some of their SYNs are silently dropped.</source>
        <translation>Linux {kernel} tiene net.ipv4.tcp_tw_recycle = {value}. El servidor recuerda la última marca de tiempo TCP por dirección de cliente y descarta los SYN cuya marca de tiempo retrocedió (PAWS). Las instancias detrás de una dirección NAT tienen relojes independientes, así que algunos de sus SYN se descartan en silencio.</translation>
    </message>
    <message>
        <source>Disable it now on the remote server</source>
        <translation>Desactívelo ahora en el servidor remoto</translation>
    </message>
    <message>
        <source>Keep it disabled after a reboot (the file sorts after /etc/sysctl.conf, so it wins; check nothing else sets it)</source>
        <translation>Manténgalo desactivado tras un reinicio (el archivo se ordena después de /etc/sysctl.conf, así que prevalece; compruebe que nada más lo establece)</translation>
    </message>
    <message>
        <source>To reuse TIME-WAIT sockets safely, use tcp_tw_reuse instead (outgoing connections only)</source>
        <translation>Para reutilizar sockets TIME-WAIT de forma segura, use tcp_tw_reuse en su lugar (solo conexiones salientes)</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is disabled on the remote server</source>
        <translation>tcp_tw_recycle está desactivado en el servidor remoto</translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = 0: it is not the cause of the failures.</source>
        <translation>Linux {kernel} tiene net.ipv4.tcp_tw_recycle = 0: no es la causa de los fallos.</translation>
    </message>
    <message>
        <source>The timestamps test did not run</source>
        <translation>La prueba de marcas de tiempo no se ejecutó</translation>
    </message>
    <message>
        <source>Comparing connections from a private instance with net.ipv4.tcp_timestamps=0 and as it is would show whether the remote server drops SYNs because of tcp_tw_recycle.</source>
        <translation>Comparar las conexiones desde una instancia privada con net.ipv4.tcp_timestamps=0 y tal como está mostraría si el servidor remoto descarta SYN a causa de tcp_tw_recycle.</translation>
    </message>
    <message>
        <source>Run the timestamps test from a private instance, or read tcp_tw_recycle on the server</source>
        <translation>Ejecute la prueba de marcas de tiempo desde una instancia privada o lea tcp_tw_recycle en el servidor</translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance may not be restored</source>
        <translation>Puede que tcp_timestamps no se haya restaurado en la instancia privada</translation>
    </message>
    <message>
        <source>{why}. The dead-man timer armed before the change restores it; check and, if needed, restore it by hand.</source>
        <translation>{why}. El temporizador de seguridad (dead-man) activado antes del cambio lo restaura; compruébelo y, si hace falta, restáurelo a mano.</translation>
    </message>
    <message>
        <source>Check, and restore the original value</source>
        <translation>Compruebe y restaure el valor original</translation>
    </message>
    <message>
        <source>The timestamps test did not finish</source>
        <translation>La prueba de marcas de tiempo no terminó</translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without; a phase was interrupted (the link dropped or it was cancelled), so the phases were not compared. Run it again.</source>
        <translation>Hizo {n1|# conexión|# conexiones} con las marcas de tiempo tal como están y {n2} sin ellas; se interrumpió una fase (se cayó el enlace o se canceló), así que no se compararon las fases. Ejecútela de nuevo.</translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without, so the phases were not compared. Run it again.</source>
        <translation>Hizo {n1|# conexión|# conexiones} con las marcas de tiempo tal como están y {n2} sin ellas, así que no se compararon las fases. Ejecútela de nuevo.</translation>
    </message>
    <message>
        <source>Run the timestamps test again</source>
        <translation>Ejecute de nuevo la prueba de marcas de tiempo</translation>
    </message>
    <message>
        <source>With timestamps {a}/{n1} connections succeeded ({rate1}%), without {c}/{n2} ({rate2}%), in {blocks} alternating blocks.</source>
        <translation>Con marcas de tiempo tuvieron éxito {a}/{n1} conexiones ({rate1} %), sin ellas {c}/{n2} ({rate2} %), en {blocks} bloques alternos.</translation>
    </message>
    <message>
        <source>Of the failures with timestamps, {nosynack} got no SYN-ACK (what PAWS drops look like) and {stalled} stalled after connecting (what lost fragments look like).</source>
        <translation>De los fallos con marcas de tiempo, {nosynack} no recibieron SYN-ACK (así se ven los descartes de PAWS) y {stalled} se colgaron tras conectar (así se ven los fragmentos perdidos).</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, two-sided: p = {p}.</source>
        <translation>Prueba exacta de Fisher, bilateral: p = {p}.</translation>
    </message>
    <message>
        <source>The failure did not happen often enough during the test</source>
        <translation>El fallo no ocurrió con suficiente frecuencia durante la prueba</translation>
    </message>
    <message>
        <source>With {n|# failure|# failures} in the baseline (fewer than {minimum}), no comparison can be significant: the test&apos;s power to detect the failures vanishing was {power}%.</source>
        <translation>Con {n|# fallo|# fallos} en la línea base (menos de {minimum}), ninguna comparación puede ser significativa: la potencia de la prueba para detectar que los fallos desaparecen fue del {power} %.</translation>
    </message>
    <message>
        <source>Run the test while the failures happen, or with more attempts</source>
        <translation>Ejecute la prueba mientras ocurren los fallos, o con más intentos</translation>
    </message>
    <message>
        <source>Connections succeed more often without TCP timestamps</source>
        <translation>Las conexiones tienen éxito más a menudo sin marcas de tiempo TCP</translation>
    </message>
    <message>
        <source>The remote server very likely has tcp_tw_recycle enabled and drops SYNs from hosts behind the NAT address whose timestamps went backwards.</source>
        <translation>Muy probablemente el servidor remoto tiene tcp_tw_recycle activado y descarta los SYN de los hosts detrás de la dirección NAT cuyas marcas de tiempo retrocedieron.</translation>
    </message>
    <message>
        <source>Ask the remote server&apos;s owner to disable tcp_tw_recycle</source>
        <translation>Pida al responsable del servidor remoto que desactive tcp_tw_recycle</translation>
    </message>
    <message>
        <source>Meanwhile, as a workaround, turn TCP timestamps off on the private instances (this also turns off PAWS protection and timestamp-based RTT measurement)</source>
        <translation>Mientras tanto, como solución provisional, desactive las marcas de tiempo TCP en las instancias privadas (esto también desactiva la protección PAWS y la medición del RTT basada en marcas de tiempo)</translation>
    </message>
    <message>
        <source>Turning TCP timestamps off made no significant difference</source>
        <translation>Desactivar las marcas de tiempo TCP no supuso una diferencia significativa</translation>
    </message>
    <message>
        <source>This does not point at tcp_tw_recycle on the remote server (on kernels before 4.12 a server with it can also drop timestamp-less SYNs from a recently seen peer, so a server that old is best checked directly).</source>
        <translation>Esto no apunta a tcp_tw_recycle en el servidor remoto (en kernels anteriores a 4.12, un servidor con él también puede descartar SYN sin marca de tiempo de un par visto recientemente, así que un servidor tan antiguo conviene comprobarlo directamente).</translation>
    </message>
    <message>
        <source>Stalls after connecting point at lost fragments: run the fragmentation check from a public-subnet host</source>
        <translation>Los cuelgues tras conectar apuntan a fragmentos perdidos: ejecute la comprobación de fragmentación desde un host de una subred pública</translation>
    </message>
    <message>
        <source>If failures persist, read tcp_tw_recycle and the SYN queue counters on the server itself</source>
        <translation>Si los fallos persisten, lea tcp_tw_recycle y los contadores de la cola SYN en el propio servidor</translation>
    </message>
    <message>
        <source>Both causes found: the destination sends fragmented TCP that a NAT gateway drops, and tcp_tw_recycle on the remote server drops SYNs.</source>
        <translation>Se encontraron ambas causas: el destino envía TCP fragmentado que un NAT gateway descarta, y tcp_tw_recycle en el servidor remoto descarta SYN.</translation>
    </message>
    <message>
        <source>Cause found: the destination sends fragmented TCP, which a NAT gateway drops.</source>
        <translation>Causa encontrada: el destino envía TCP fragmentado, que un NAT gateway descarta.</translation>
    </message>
    <message>
        <source>Cause found: tcp_tw_recycle on the remote server drops SYNs from hosts behind the NAT address (PAWS).</source>
        <translation>Causa encontrada: tcp_tw_recycle en el servidor remoto descarta los SYN de los hosts detrás de la dirección NAT (PAWS).</translation>
    </message>
    <message>
        <source>Connections fail, though neither documented cause was proven: {title}.</source>
        <translation>Las conexiones fallan, aunque no se demostró ninguna de las causas documentadas: {title}.</translation>
    </message>
    <message>
        <source>Inconclusive: the destination fragments, but something on this path reassembles, and no connection failed during the test.</source>
        <translation>No concluyente: el destino fragmenta, pero algo en esta ruta reensambla, y ninguna conexión falló durante la prueba.</translation>
    </message>
    <message>
        <source>Inconclusive: {title}. The findings say what would decide.</source>
        <translation>No concluyente: {title}. Los hallazgos dicen qué lo decidiría.</translation>
    </message>
    <message>
        <source>No problem found in this capture: large responses arrived unfragmented and every connection attempt was answered.</source>
        <translation>Ningún problema en esta captura: las respuestas grandes llegaron sin fragmentar y todos los intentos de conexión obtuvieron respuesta.</translation>
    </message>
    <message>
        <source>Inconclusive: this capture holds no evidence either way. The findings say what would decide.</source>
        <translation>No concluyente: esta captura no contiene pruebas en ningún sentido. Los hallazgos dicen qué lo decidiría.</translation>
    </message>
    <message>
        <source>No problem found: large responses arrive unfragmented, and tcp_tw_recycle is ruled out.</source>
        <translation>Ningún problema encontrado: las respuestas grandes llegan sin fragmentar y tcp_tw_recycle está descartado.</translation>
    </message>
    <message>
        <source>Inconclusive: tcp_tw_recycle was not ruled out. The findings say what would decide.</source>
        <translation>No concluyente: no se descartó tcp_tw_recycle. Los hallazgos dicen qué lo decidiría.</translation>
    </message>
    <message>
        <source>Inconclusive: the fragmentation question is open. The findings say what would decide.</source>
        <translation>No concluyente: la cuestión de la fragmentación está abierta. Los hallazgos dicen qué lo decidiría.</translation>
    </message>
    <message>
        <source>whether tcp_tw_recycle on the remote server drops SYNs as well (a second cause); whether a NAT instance on the private instances&apos; path reassembles these fragments.</source>
        <translation>si tcp_tw_recycle en el servidor remoto también descarta SYN (una segunda causa); si una instancia NAT en la ruta de las instancias privadas reensambla estos fragmentos.</translation>
    </message>
    <message>
        <source>what the destination sends: only its own packets show that.</source>
        <translation>lo que envía el destino: eso solo lo muestran sus propios paquetes.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server; fragmentation at other times, of other responses, or on another path to the destination.</source>
        <translation>tcp_tw_recycle en el servidor remoto; fragmentación en otros momentos, de otras respuestas o en otra ruta hacia el destino.</translation>
    </message>
    <message>
        <source>which cause drops the SYNs (PAWS with tcp_tw_recycle, a full SYN queue, a firewall): only the server&apos;s own counters or the timestamps test tell them apart.</source>
        <translation>qué causa descarta los SYN (PAWS con tcp_tw_recycle, una cola SYN llena, un cortafuegos): solo los contadores del propio servidor o la prueba de marcas de tiempo las distinguen.</translation>
    </message>
    <message>
        <source>a server or application that stops sending by itself: only a capture on a public-subnet host shows whether fragments were sent.</source>
        <translation>un servidor o una aplicación que deja de enviar por sí mismo: solo una captura en un host de una subred pública muestra si se enviaron fragmentos.</translation>
    </message>
    <message>
        <source>whether the server drops these SYNs: only its tcp_tw_recycle setting or the timestamps test tell.</source>
        <translation>si el servidor descarta estos SYN: solo lo dicen su ajuste tcp_tw_recycle o la prueba de marcas de tiempo.</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::AwsPage</name>
    <message>
        <source>NAT gateway (AWS) during the test</source>
        <translation>Puerta de enlace NAT (AWS) durante la prueba</translation>
    </message>
    <message>
        <source>The gateway&apos;s metrics read again, so each chart covers natdoctor&apos;s test (shaded). Without an instance id, natdoctor reads it on the private instance (IMDSv2) over SSH.</source>
        <translation>Las métricas de la puerta de enlace, leídas de nuevo para que cada gráfico cubra la prueba de natdoctor (sombreada). Sin ID de instancia, natdoctor la lee en la instancia privada (IMDSv2) por SSH.</translation>
    </message>
    <message>
        <source>Without an instance id, natdoctor reads it on the private instance (IMDSv2) after the test, when it can reach it over SSH; give one to read from AWS now.</source>
        <translation>Sin ID de instancia, natdoctor la lee en la instancia privada (IMDSv2) después de la prueba, si la alcanza por SSH; indique una para leer de AWS ahora.</translation>
    </message>
    <message>
        <source>natdoctor could not reach the private instance over SSH: give its instance id.</source>
        <translation>natdoctor no pudo alcanzar la instancia privada por SSH: indique su ID de instancia.</translation>
    </message>
    <message>
        <source>Reading the instance id on the private instance, then from AWS…</source>
        <translation>Leyendo el ID de instancia en la instancia privada y después de AWS…</translation>
    </message>
    <message>
        <source>Instance id %1 read on the private instance (IMDSv2).</source>
        <translation>ID de instancia %1 leído en la instancia privada (IMDSv2).</translation>
    </message>
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
        <source>i-0123456789abcdef0, or empty: read on the private instance after the test</source>
        <translation>i-0123456789abcdef0, o vacío: se lee en la instancia privada tras la prueba</translation>
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
        <source>&amp;Stop reading</source>
        <translation>De&amp;tener la lectura</translation>
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
        <translation>R&amp;uta:</translation>
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
    <message>
        <source>How many connections each phase of a connection test makes. More attempts take longer but catch rarer failures.</source>
        <translation>Cuántas conexiones hace cada fase de una prueba de conexión. Más intentos tardan más, pero detectan fallos más raros.</translation>
    </message>
    <message>
        <source>Connection atte&amp;mpts:</source>
        <translation>&amp;Intentos de conexión:</translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 (an address: no SNI).</source>
        <translation>El disparador: HTTPS GET %1 (una dirección: sin SNI).</translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 with %2 as SNI.</source>
        <translation>El disparador: HTTPS GET %1 con %2 como SNI.</translation>
    </message>
    <message>
        <source>The trigger: HTTP GET %1.</source>
        <translation>El disparador: HTTP GET %1.</translation>
    </message>
    <message>
        <source>The trigger: a plain TCP request to %1, port %2.</source>
        <translation>El disparador: una petición TCP simple a %1, puerto %2.</translation>
    </message>
    <message>
        <source>The trigger: pings of %1 bytes to %2.</source>
        <translation>El disparador: pings de %1 bytes a %2.</translation>
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
    <name>natdoctor::ui::FindingText</name>
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
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingView</name>
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
    <message>
        <source>Frames: %1</source>
        <translation>Tramas: %1</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (las primeras %1 de %2)</translation>
    </message>
    <message>
        <source>Wireshark display filter:</source>
        <translation>Filtro de visualización de Wireshark:</translation>
    </message>
    <message>
        <source>Wireshark display filter</source>
        <translation>Filtro de visualización de Wireshark</translation>
    </message>
    <message>
        <source>Copy filter</source>
        <translation>Copiar filtro</translation>
    </message>
    <message>
        <source>Copy the display filter</source>
        <translation>Copiar el filtro de visualización</translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation>Abrir en Wireshark</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Esta captura no puede descartar: %1</translation>
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
    <message>
        <source>Copy filter &amp;%1</source>
        <translation>Copiar filtro &amp;%1</translation>
    </message>
    <message>
        <source>Open in Wireshark &amp;%1</source>
        <translation>Abrir en Wireshark &amp;%1</translation>
    </message>
    <message>
        <source>Case details (optional, shown in the report)</source>
        <translation>Datos del caso (opcional, aparecen en el informe)</translation>
    </message>
    <message>
        <source>e.g. CASE-1234</source>
        <translation>p. ej., CASE-1234</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>p. ej., Ejemplo S.A.</translation>
    </message>
    <message>
        <source>e.g. public subnet host i-0abc, eu-west-1</source>
        <translation>p. ej., host de la subred pública i-0abc, eu-west-1</translation>
    </message>
    <message>
        <source>The support case&apos;s id; the default file name of the export. Redacted with the addresses.</source>
        <translation>El identificador del caso de soporte; también el nombre de archivo propuesto al exportar. Se oculta junto con las direcciones.</translation>
    </message>
    <message>
        <source>Redacted with the addresses.</source>
        <translation>Se oculta junto con las direcciones.</translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation>&amp;ID del caso:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Clie&amp;nte:</translation>
    </message>
    <message>
        <source>Where &amp;captured:</source>
        <translation>&amp;Lugar de captura:</translation>
    </message>
    <message>
        <source>Replace IP addresses and host names (and the customer and case id) with host-A, host-B, … for sharing with third parties</source>
        <translation>Sustituir las direcciones IP y los nombres de host (y el cliente y el identificador del caso) por host-A, host-B, … para compartir el informe con terceros</translation>
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
    <message>
        <source>no fragments yet</source>
        <translation>aún no hay fragmentos</translation>
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
    <message>
        <source>Wireshark display filter:</source>
        <translation>Filtro de visualización de Wireshark:</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Esta captura no puede descartar: %1</translation>
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
        <source>natdoctor&apos;s test started</source>
        <translation>inicio de la prueba de natdoctor</translation>
    </message>
    <message>
        <source>Minutes before %1 UTC</source>
        <translation>Minutos antes de las %1 UTC</translation>
    </message>
    <message>
        <source>natdoctor&apos;s test</source>
        <translation>prueba de natdoctor</translation>
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
    <message>
        <source>Wireshark display filter:</source>
        <translation>Filtro de visualización de Wireshark:</translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation>Esta captura no puede descartar: %1</translation>
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
    <message>
        <source>%1
Next is available again after a successful test, or with another target or key file.</source>
        <translation>%1
«Siguiente» vuelve a estar disponible tras una prueba correcta, o con otro destino u otro archivo de clave.</translation>
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
        <translation>Puedo iniciar sesión en el servidor re&amp;moto:</translation>
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
    <message numerus="yes">
        <source>%Ln packet(s) over %1 s</source>
        <translation>
            <numerusform>%Ln paquete en %1 s</numerusform>
            <numerusform>%Ln paquetes en %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln packet(s)</source>
        <translation>
            <numerusform>%Ln paquete</numerusform>
            <numerusform>%Ln paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IP fragment(s)</source>
        <translation>
            <numerusform>%Ln fragmento IP</numerusform>
            <numerusform>%Ln fragmentos IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln datagram(s)</source>
        <translation>
            <numerusform>en %Ln datagrama</numerusform>
            <numerusform>en %Ln datagramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection attempt(s)</source>
        <translation>
            <numerusform>%Ln intento de conexión</numerusform>
            <numerusform>%Ln intentos de conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>no IP fragments</source>
        <translation>ningún fragmento IP</translation>
    </message>
    <message>
        <source>%1: %2; %3, %4 established, %5 unanswered, %6 stalled.</source>
        <translation>%1: %2; %3, %4 establecidos, %5 sin respuesta, %6 estancados.</translation>
    </message>
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
        <source>Frames: %1</source>
        <translation>Tramas: %1</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (las primeras %1 de %2)</translation>
    </message>
    <message>
        <source>Capture analysis</source>
        <translation>Análisis de la captura</translation>
    </message>
    <message>
        <source>Fragmentation check</source>
        <translation>Comprobación de fragmentación</translation>
    </message>
    <message>
        <source>Remote server check</source>
        <translation>Comprobación del servidor remoto</translation>
    </message>
    <message>
        <source>TCP timestamps test</source>
        <translation>Prueba de marcas de tiempo TCP</translation>
    </message>
    <message>
        <source>AWS NAT gateway check</source>
        <translation>Comprobación del NAT gateway de AWS</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Where captured</source>
        <translation>Lugar de captura</translation>
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
    <message>
        <source>with timestamps</source>
        <translation>con marcas de tiempo</translation>
    </message>
    <message>
        <source>without timestamps</source>
        <translation>sin marcas de tiempo</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation>%1: intento %2 de %3</translation>
    </message>
    <message>
        <source>%1: attempt %2</source>
        <translation>%1: intento %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left in this phase</source>
        <translation>
            <numerusform>queda aproximadamente %n s en esta fase</numerusform>
            <numerusform>quedan aproximadamente %n s en esta fase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::SuccessTimelineChart</name>
    <message numerus="yes">
        <source>Connection success over time: too short to chart (%n attempt(s), %1 established)</source>
        <translation>
            <numerusform>Éxito de las conexiones a lo largo del tiempo: demasiado corto para un gráfico (%n intento, %1 establecido(s))</numerusform>
            <numerusform>Éxito de las conexiones a lo largo del tiempo: demasiado corto para un gráfico (%n intentos, %1 establecidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection success over time: no connection attempts in the capture</source>
        <translation>Éxito de las conexiones a lo largo del tiempo: ningún intento de conexión en la captura</translation>
    </message>
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
    <message>
        <source>Cance&amp;l</source>
        <translation>Cancela&amp;r</translation>
    </message>
</context>
</TS>
