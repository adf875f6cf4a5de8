<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Finding</name>
    <message>
        <source>the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client of the captured connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capturing host itself (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host whose role the capture does not show (no TCP connection; name the destination with --dest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not: it does not do path MTU discovery, so routers fragment what is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of its unfragmented data packets, {with} carried DF and {without} did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} ({n|# TCP fragment|# TCP fragments})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n|# TCP fragment|# TCP fragments} ({datagrams|# datagram|# datagrams}, up to {size} bytes) from {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway forwards IP fragments only for UDP and drops fragmented TCP, so responses that fragment never reach instances behind it, while small ones do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination sends fragmented TCP packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your side, without touching the destination: advertise a smaller MSS on the private instances&apos; route to the destination ({mss} fits the largest fragment seen), so it never sends segments that need fragmenting. Note the gateway and device of the first command in the second; make it permanent in the instance&apos;s network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or route the private subnet through a NAT instance, which reassembles fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or ask the destination&apos;s owner to turn path MTU discovery on (DF set, on a Linux destination), and to let ICMP &quot;fragmentation needed&quot; in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or lower the destination&apos;s MTU, or clamp the TCP MSS on a router of the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}, {role} ({n|# fragment|# fragments})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n|# fragment|# fragments} came from {senders}. They say nothing about what the destination sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s own large requests (an upload, a large POST) that fragment are dropped by a NAT gateway too when the client is behind one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments from a host that is not the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If uploads from the private instances fail, lower their MTU or MSS toward the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the destination (analyze --dest ADDRESS) so its fragments are told apart from other hosts&apos;, or capture with a filter on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet, started before the request, with a filter that keeps trailing fragments, while the host fetches a response of at least 16 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on a host in a public subnet (started before the request) while it fetches a response of at least 16 KiB from the destination, then analyse the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments arrived, but the capturing host is behind a NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capturing host reaches the destination through a NAT, which may have reassembled the response and fragmented it again: what the destination itself sends is not shown. Capture on an instance in a public subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s echo replies came back fragmented ({n|# fragment|# fragments}), which is why large pings fail behind a NAT gateway: expected, not a symptom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ping&apos;s replies were not fragmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether its TCP responses fragment depends on its TCP stack (DF, path MTU discovery), not on ICMP. Run the check with an HTTP, HTTPS or TCP request that returns at least 16 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ping cannot decide whether the destination fragments TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again with a TCP trigger that fetches at least 16 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has {records|# record|# records} and {ip|# IP packet|# IP packets}: nothing shows whether the destination fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture holds no traffic to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture was not proven listening before the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump never confirmed it was listening, so fragments may have arrived before it started. Run the check again; if it recurs, check that tcpdump can start on the public host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that tcpdump starts on the public host, then run the check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation shows only in responses larger than the path MTU; the capture holds {n|# established connection|# established connections} and its largest response was {bytes} bytes (at least {kib} KiB with its handshake is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No large response from the destination was captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fragments seen, but the capturing host is behind a NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT instance on the way reassembles fragments before they reach the capturing host, so their absence proves nothing. Capture on an instance in a public subnet (route to an internet gateway, public IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n|# response|# responses} of at least {kib} KiB (the largest {bytes} bytes), handshake included, arrived and none of the destination&apos;s packets was IP-fragmented: a NAT gateway&apos;s fragment dropping does not explain failures on this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds if the capture was taken where nothing reassembles on the way (not behind a NAT instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the capturing host reaches the destination without a NAT was not proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large responses arrived without fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation is ruled out for this path; check tcp_tw_recycle on the remote server next (or run the timestamps test from a private instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (MTU {mtu}, {n|# message|# messages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers report a smaller path MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP &quot;fragmentation needed&quot; / ICMPv6 &quot;packet too big&quot; from {routers}. Path MTU discovery works for senders that set DF and let these messages in; a sender that ignores them, or sends without DF, gets its packets fragmented instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the senders let these messages in (security groups, network ACLs, host firewalls) and see the path MTU the kernel learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n|# connection attempt|# connection attempts} of {total} got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN sent, neither SYN-ACK nor RST came back within the retransmission time ({n|# SYN retransmission|# SYN retransmissions}). Behind one NAT address this is what a server with tcp_tw_recycle does to SYNs whose timestamps go backwards (PAWS); a full SYN queue, a firewall or network ACL dropping SYNs, or a server that is down look the same from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the remote server&apos;s tcp_tw_recycle and SYN queue counters (with access to it), or run the timestamps test from a private instance (without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n|# connection|# connections} stalled after connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake completed and the request was sent, then the response stopped arriving and the client gave up. This is how lost IP fragments look from the receiving side: the small part of a response arrives, the fragmented rest never does. Capture on a public-subnet host to see whether the destination fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} sent {syns} SYNs with timestamps to {destination} from {clocks} different clocks, {backwards} of them lower than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} address pairs in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several hosts behind one NAT address do this; a server with tcp_tw_recycle=1 drops such SYNs (PAWS). Confirm on the server, or with the timestamps test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN timestamps from one address go backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle on the destination server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the AWS CLI is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the AWS CLI (Debian/Ubuntu), then run natdoctor again with --aws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: no AWS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS CLI found no usable credentials ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a profile with read-only access (README: the IAM policy), or log in to SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not fully read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials lack a read permission ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the read-only policy from natdoctor&apos;s README to the profile&apos;s role or user, and check who the CLI is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s own evidence was not read: the private instance is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance id of a failing private instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS API throttled natdoctor before the NAT gateway was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS step was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS API failed part-way through the NAT gateway step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. What was read before it is kept below; the other checks are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the step again later (the calls are read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it natdoctor cannot say whether the NAT gateway drops packets, runs out of ports or closes idle connections; this does not change the other findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (the VPC&apos;s main route table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway on the route is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route to {dest} in {table} points at {gateway}, whose state is {state}: it forwards nothing until it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the gateway&apos;s state and, if it failed, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s route uses a NAT instance, not a NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {instance}. A NAT instance reassembles fragmented TCP, so the NAT gateway&apos;s fragment dropping, port and idle limits do not apply; look at the instance itself (its conntrack table, source/destination check, its own network ACLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the NAT instance: check its connection tracking table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s route goes to an internet gateway, not through a NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}, but {instance} has no public IPv4 address: its packets to {dest} are dropped. Route 0.0.0.0/0 to a NAT gateway in a public subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target}; {instance} leaves with its own public address {public}, so no NAT limit applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the internet through a NAT gateway in a public subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT limits do not apply here: look at the destination and the remote server (the fragmentation check and tcp_tw_recycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to the destination from the instance&apos;s subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} has no active route that matches {dest}: every connection from {subnet} to it fails, none goes through a NAT gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s route does not use a NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route {route} in {table} points at {target} (a transit gateway, peering or endpoint): look at the NAT on the far side of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run natdoctor on the far side of that route, where the traffic leaves through a NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s subnet {subnet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet {subnet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports outbound on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network ACL denies ephemeral ports inbound on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{acl} denies TCP outbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{acl} denies TCP inbound on {n} of the ports 1024–65535 ({ports}), decided by rule {rules}. Network ACLs are stateless: replies to the instance&apos;s connections come back to the port the connection left from, which the NAT gateway and Linux (32768–60999) pick from this range, so connections whose port falls in it hang while the others work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 outbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow TCP 1024–65535 inbound in {acl} (or narrow the deny so it misses the ephemeral ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudWatch has no data for the NAT gateway in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get-metric-data returned no data points for {gateway} {window}. The gateway sent no traffic then, or the region or window is wrong; the metrics cannot rule the gateway in or out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the region and that the gateway is the one on the instance&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ErrorPortAllocation counted {errors} connections {window} (at most {peak} a minute) that the gateway could not give a source port: it allows {perAddress} simultaneous connections to one destination IP and port per Elastic IP, and {gateway} has {eips} ({total} at once). Peak ActiveConnectionCount was {active}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private instance had {n} connections to {dest} open when natdoctor counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway ran out of source ports for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the private instances&apos; connections to the destination (on each instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateway more Elastic IPs (secondary addresses, {n} connections each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse connections (HTTP keep-alive, connection pools) instead of opening one per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway closed idle connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdleTimeoutCount counted {n} connections {window} that were idle for {seconds} seconds: the gateway forgets them, and the next packet on such a connection gets a RST (&quot;connection reset by peer&quot; after a quiet period). TCP keepalive below {seconds} seconds keeps them open; Linux waits 7200 seconds by default, and only sockets with SO_KEEPALIVE send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the private instances: first keepalive after 300 s, then every 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn keepalive on in the application (SO_KEEPALIVE; e.g. a connection pool&apos;s keepalive or idle-timeout option below 350 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PacketsDropCount counted {n} packets dropped by {gateway} {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {in} bytes from destinations, {out} reached the sources ({lost} not delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corroborates tcp-fragments-from-destination: the gateway drops the fragmented TCP the destination sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway drops IP-fragmented TCP; the fragmentation check from a public host decides whether that is why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway dropped packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the drops minute by minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many connections through the NAT gateway were never established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConnectionAttemptCount was {attempts} and ConnectionEstablishedCount {established} {window}: {missing} attempts got no answer from the destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corroborates the tcp_tw_recycle finding: the server drops SYNs from hosts behind the gateway&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server with tcp_tw_recycle drops SYNs from hosts behind one NAT address; so does a firewall or an overloaded listener (the remote server check decides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read tcp_tw_recycle and the SYN queue counters on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway&apos;s metrics show no drops, port or idle-timeout errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the window {window}, {gateway} counted no dropped packets, no port allocation errors, no idle timeouts, and its established connections kept up with the attempts. This rules out the gateway&apos;s own limits for that window only; it says nothing about the destination or the remote server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If failures happened outside this window, run the AWS step again while they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets to the destination vanish without &quot;fragmentation needed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {host}, {device} has MTU {mtu}. Pings of {size} bytes with DF set to {dest} got no answer and no ICMP &quot;fragmentation needed&quot;, while 1472-byte ones (1500-byte packets) were answered. The path is smaller than the instance&apos;s MTU (a NAT gateway forwards 8500 bytes, the internet 1500) and the ICMP that would tell the instance is blocked (a security group or network ACL), so large TCP segments are lost and connections that send or receive much stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; reach the instance (its security group; and the network ACLs, which are stateless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or lower the instance&apos;s MTU for traffic to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path MTU the kernel learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination fragments, but something on this path reassembles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet all {n} connections from the private instance succeeded with the large response: something on its path reassembles the fragments (a NAT instance does; a NAT gateway does not), so fragmentation does not explain failures now. If failures come back, check whether the private subnet&apos;s route still goes through the same NAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which NAT the private subnet&apos;s route uses now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragmentation check did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It decides whether the destination sends fragmented TCP; run it from an instance in a public subnet (not the failing instance, nothing behind a NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture lost packets, so missing fragments prove nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump reported {n|# packet|# packets} dropped by the kernel: fragments may have been among them. Run the check again (a smaller snap length or a larger buffer, -B, helps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again; by hand, a larger capture buffer and a short snap length keep up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;public&quot; host reaches the internet through a NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} saw it as {echoed}, which is none of its own addresses ({own}). Behind a NAT instance fragments are reassembled before the host sees them, and behind a NAT gateway they are dropped: negative results from this host are not conclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the fragmentation check from an instance in a public subnet (a route to an internet gateway and a public IPv4 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public host and the private instance resolve the destination differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is {public} on the public host and {private} on the private instance (split-horizon DNS, a private hosted zone, or a load balancer&apos;s rotating addresses). The fragmentation check tested the public host&apos;s addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check against the private instance&apos;s addresses (give them as --dest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out here, so what remains is a full SYN queue on the server, a firewall, security group or network ACL dropping some SYNs, or the server being down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there; check its SYN queue counters and the security groups and network ACLs on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natdoctor had access neither to the remote server nor to a private instance. With the server: read /proc/sys/net/ipv4/tcp_tw_recycle there (--remote). With a private instance: compare connection success with net.ipv4.tcp_timestamps=0 and as it is (--private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it on the remote server, or run natdoctor again with --remote or --private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged check could not run on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo asked for a password, which natdoctor never types. Run the command by hand and paste its output, or allow exactly this command without a password with the sudoers line below (visudo -f /etc/sudoers.d/natdoctor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by hand on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or allow natdoctor to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} +{n} (idle about {idle})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} +{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is not it; if SYNs still go unanswered, check the server&apos;s SYN queue counters and the firewalls on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against an idle baseline of {seconds} s measured just before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no idle baseline: the counters are host-wide, other clients move them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAWS counters on the remote server grew during the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TcpExt counters in /proc/net/netstat grew while natdoctor was testing ({baseline}): {counters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAWSPassive counts SYNs rejected because of tcp_tw_recycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server dropped segments whose timestamps went backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the counters on the server while connections fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server&apos;s SYN queue overflowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenOverflows/ListenDrops grew during the test ({baseline}): {counters}. A listening socket whose accept or SYN queue is full drops new SYNs silently: from the client, some connections get no SYN-ACK, exactly like PAWS drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: raise the listen backlog (the application&apos;s and the kernel&apos;s) and check that the application accepts fast enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the test {n|# connection attempt|# connection attempts} timed out without a SYN-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what PAWS drops (tcp_tw_recycle) look like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue overflowed (see that finding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is ruled out on this server, and its SYN queue did not overflow. What remains: a firewall, security group or network ACL dropping some SYNs, a load balancer in front of several servers, or the NAT gateway itself (its ErrorPortAllocation and ConnectionAttemptCount metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} connections got no SYN-ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on the server while connecting, to see whether the SYNs arrive there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading /proc/sys/net/ipv4/tcp_tw_recycle on the server decides it; without access, the timestamps test from a private instance (--private) does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it on the server, or run the timestamps test from a private instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle can&apos;t be read on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux {kernel} is older than 4.12, so it should have /proc/sys/net/ipv4/tcp_tw_recycle, but the file is missing (a container or network namespace without it, or a hardened /proc). Whether the server drops SYNs because of it is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it on the host itself (not in a container), or run the timestamps test from a private instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle does not exist on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux {kernel} is 4.12 or later, which removed tcp_tw_recycle: it is not the cause of the failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is enabled on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = {value}. The server remembers the last TCP timestamp per client address and drops SYNs whose timestamp went backwards (PAWS). Instances behind one NAT address have unrelated clocks, so some of their SYNs are silently dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable it now on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it disabled after a reboot (the file sorts after /etc/sysctl.conf, so it wins; check nothing else sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reuse TIME-WAIT sockets safely, use tcp_tw_reuse instead (outgoing connections only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle is disabled on the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux {kernel} has net.ipv4.tcp_tw_recycle = 0: it is not the cause of the failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamps test did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing connections from a private instance with net.ipv4.tcp_timestamps=0 and as it is would show whether the remote server drops SYNs because of tcp_tw_recycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the timestamps test from a private instance, or read tcp_tw_recycle on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance may not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. The dead-man timer armed before the change restores it; check and, if needed, restore it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, and restore the original value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamps test did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without; a phase was interrupted (the link dropped or it was cancelled), so the phases were not compared. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It made {n1|# connection|# connections} with timestamps as they are and {n2} without, so the phases were not compared. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the timestamps test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With timestamps {a}/{n1} connections succeeded ({rate1}%), without {c}/{n2} ({rate2}%), in {blocks} alternating blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the failures with timestamps, {nosynack} got no SYN-ACK (what PAWS drops look like) and {stalled} stalled after connecting (what lost fragments look like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, two-sided: p = {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure did not happen often enough during the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {n|# failure|# failures} in the baseline (fewer than {minimum}), no comparison can be significant: the test&apos;s power to detect the failures vanishing was {power}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test while the failures happen, or with more attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections succeed more often without TCP timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server very likely has tcp_tw_recycle enabled and drops SYNs from hosts behind the NAT address whose timestamps went backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the remote server&apos;s owner to disable tcp_tw_recycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile, as a workaround, turn TCP timestamps off on the private instances (this also turns off PAWS protection and timestamp-based RTT measurement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning TCP timestamps off made no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not point at tcp_tw_recycle on the remote server (on kernels before 4.12 a server with it can also drop timestamp-less SYNs from a recently seen peer, so a server that old is best checked directly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls after connecting point at lost fragments: run the fragmentation check from a public-subnet host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If failures persist, read tcp_tw_recycle and the SYN queue counters on the server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both causes found: the destination sends fragmented TCP that a NAT gateway drops, and tcp_tw_recycle on the remote server drops SYNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause found: the destination sends fragmented TCP, which a NAT gateway drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause found: tcp_tw_recycle on the remote server drops SYNs from hosts behind the NAT address (PAWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections fail, though neither documented cause was proven: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: the destination fragments, but something on this path reassembles, and no connection failed during the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: {title}. The findings say what would decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found in this capture: large responses arrived unfragmented and every connection attempt was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: this capture holds no evidence either way. The findings say what would decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found: large responses arrive unfragmented, and tcp_tw_recycle is ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: tcp_tw_recycle was not ruled out. The findings say what would decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: the fragmentation question is open. The findings say what would decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether tcp_tw_recycle on the remote server drops SYNs as well (a second cause); whether a NAT instance on the private instances&apos; path reassembles these fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the destination sends: only its own packets show that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_tw_recycle on the remote server; fragmentation at other times, of other responses, or on another path to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which cause drops the SYNs (PAWS with tcp_tw_recycle, a full SYN queue, a firewall): only the server&apos;s own counters or the timestamps test tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server or application that stops sending by itself: only a capture on a public-subnet host shows whether fragments were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the server drops these SYNs: only its tcp_tw_recycle setting or the timestamps test tell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::AwsPage</name>
    <message>
        <source>NAT gateway (AWS) during the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s metrics read again, so each chart covers natdoctor&apos;s test (shaded). Without an instance id, natdoctor reads it on the private instance (IMDSv2) over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: read the NAT gateway&apos;s own evidence (its route, network ACLs and CloudWatch metrics) with your AWS CLI. Read-only calls; nothing is stored outside this diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the NAT gateway&apos;s evidence from AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i-0123456789abcdef0, or empty: read on the private instance after the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. a VPC endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from &amp;AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an instance id, natdoctor reads it on the private instance (IMDSv2) after the test, when it can reach it over SSH; give one to read from AWS now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natdoctor could not reach the private instance over SSH: give its instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance id looks like i-0123456789abcdef0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the other checks do not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the instance id on the private instance, then from AWS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from AWS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every call and its answer is kept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete: %1. The other checks go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id %1 read on the private instance (IMDSv2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::BeforeAfterChart</name>
    <message>
        <source>Connections that succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps on (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps off (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_timestamps on the private instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CaptureAnalysisPage</name>
    <message numerus="yes">
        <source>Reading %1… %n packets so far</source>
        <translation>
            <numerusform>Reading %1… %n packet so far</numerusform>
            <numerusform>Reading %1… %n packets so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packets</source>
        <translation>
            <numerusform>%n packet</numerusform>
            <numerusform>%n packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragments</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragments</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection success over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis stopped. Go back to choose another capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture ends in the middle of a packet; it was analysed up to there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::CommandBox</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do the failing connections go, and how can natdoctor make it send a large response?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. api.example.com or 203.0.113.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS GET of a large page (with the host name as SNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET of a large page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large ping (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path whose response is at least 16 KiB, so that it would fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the destination&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path starts with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path has characters a URL cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections each phase of a connection test makes. More attempts take longer but catch rarer failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection atte&amp;mpts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 (an address: no SNI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger: HTTPS GET %1 with %2 as SNI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger: HTTP GET %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger: a plain TCP request to %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger: pings of %1 bytes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::DiagnosisController</name>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture. natdoctor reads pcap and pcapng files (also with several interfaces), plain or compressed with gzip (.gz) or zstd (.zst). Convert other formats (snoop, Network Monitor and others Wireshark opens) with: editcap -F pcap IN OUT (or tshark -r IN -F pcap -w OUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This capture&apos;s link type (%1) is not supported. natdoctor reads Ethernet (also with 802.1Q or QinQ VLAN tags), Linux cooked v1 and v2 (the &quot;any&quot; interface), raw IPv4 and IPv6, BSD loopback and NFLOG, and IP behind MPLS and PPPoE; not C-HDLC, NETLINK or other link types. Capture again on an Ethernet or &quot;any&quot; interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the capture failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingText</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingView</name>
    <message>
        <source>Frames: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark display filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark display filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the display filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · confidence: %2 · id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact addresses and host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the findings as PDF, HTML or a session file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details (optional, shown in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CASE-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. public subnet host i-0abc, eu-west-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support case&apos;s id; the default file name of the export. Redacted with the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted with the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &amp;captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace IP addresses and host names (and the customer and case id) with host-A, host-B, … for sharing with third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy filter &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Wireshark &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentSizeChart</name>
    <message>
        <source>Fragment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin holding the path MTU (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment size (bytes of IP packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fragments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::FragmentationCheckPage</name>
    <message>
        <source>Fragmentation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture on the public host while the destination sends a large response: does it arrive in IP fragments?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment size histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the capture now and keeps what it captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the capture to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets captured, %2 of them IP fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets captured, %2 IP fragments in %3 datagrams; largest response %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;natdoctor has not seen the host &lt;b&gt;%1&lt;/b&gt; before. Check that this fingerprint is the host&apos;s, for example with &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host or in your cloud console, before you accept it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Accept and save&quot; adds it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::HtmlReportWriter</name>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark display filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualCapturePage</name>
    <message>
        <source>Fragmentation check, by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an instance in a public subnet (not the failing instance, nothing behind a NAT), start the capture, run the trigger in a second terminal, stop the capture, and open the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Capture (keeps trailing fragments and ICMP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Meanwhile, make the destination send a large response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Open the capture file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets, %2 IP fragments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ManualServerPage</name>
    <message>
        <source>tcp_tw_recycle, by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either part is optional. With access to the remote server, run the first command there. Without it, run the connection probe on an instance in the private subnet, with TCP timestamps on and then off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the TCP counters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the remote server command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste its output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an instance in the private subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The connection probe (timestamps as they are):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the first probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Turn TCP timestamps off, then run the probe again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the second probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Restore the setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server&apos;s output cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the output of both probes (one &quot;attempt=…&quot; line per connection).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatGatewaySection</name>
    <message>
        <source>Instance %1 (%2) in subnet %3, VPC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table %1%2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1 (%2) in subnet %3, Elastic IPs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL %1 on %2: %3 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudWatch metrics from %1 to %2 (1-minute periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::NatMetricChart</name>
    <message>
        <source>Minutes before %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natdoctor&apos;s test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natdoctor&apos;s test started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PdfReportWriter</name>
    <message>
        <source>%1 · natdoctor %2 · redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · natdoctor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by natdoctor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · addresses and host names redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the evidence points at fragmentation or dropped SYNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 · id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark display filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This capture cannot rule out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every command run and its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs are shown verbatim, at most %1 lines each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PrivateInstanceTestPage</name>
    <message>
        <source>Private instance test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same connections from a private instance with TCP timestamps on, then off. If they succeed more often without timestamps, the remote server likely has tcp_tw_recycle enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_timestamps restore status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate with and without TCP timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_timestamps has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp_timestamps was not changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::PublicHostPage</name>
    <message>
        <source>Public host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance in a public subnet that reaches the destination without NAT. The fragmentation check runs there, never on the failing instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host or user@host:port, or a Host of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a private key file (the agent and ~/.ssh keys are tried too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;known_hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Next is available again after a successful test, or with another target or key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteAccessPage</name>
    <message>
        <source>Access to the remote server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second cause, tcp_tw_recycle on the remote server, is checked on the server itself when you can log in to it; otherwise from an instance in the private subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can log in to the &amp;remote server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cannot, but I can log in to an instance in the &amp;private subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;either: show the findings so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@server[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@private-instance[:port] (reached through the public host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private instance test sets net.ipv4.tcp_timestamps=0 there in alternating blocks while it connects. natdoctor restores it afterwards; a restore armed on the instance before the change puts it back by itself within 30 seconds if natdoctor or the network goes silent, however long the test runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteErrorText</name>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost; what was collected so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rejected the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key has CHANGED since it was saved: this can be an attack. natdoctor refuses to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host does not allow TCP forwarding (AllowTcpForwarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo needs a password on that host; the findings give the command to run by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A needed program is not installed on that host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::RemoteServerCheckPage</name>
    <message>
        <source>Remote server check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads tcp_tw_recycle, the kernel release and the PAWS counters on the remote server, before and after connecting to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent (removed in Linux 4.12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Linux %1&lt;br&gt;tcp_tw_recycle: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No PAWS or TIME-WAIT counter moved during the test.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Counters that grew during the test: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportModelBuilder</name>
    <message numerus="yes">
        <source>%Ln packet(s) over %1 s</source>
        <translation>
            <numerusform>%Ln packet over %1 s</numerusform>
            <numerusform>%Ln packets over %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln packet(s)</source>
        <translation>
            <numerusform>%Ln packet</numerusform>
            <numerusform>%Ln packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IP fragment(s)</source>
        <translation>
            <numerusform>%Ln IP fragment</numerusform>
            <numerusform>%Ln IP fragments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln datagram(s)</source>
        <translation>
            <numerusform>in %Ln datagram</numerusform>
            <numerusform>in %Ln datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection attempt(s)</source>
        <translation>
            <numerusform>%Ln connection attempt</numerusform>
            <numerusform>%Ln connection attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>… cut: %1 more lines not shown (the session file has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… cut: the output was longer than natdoctor keeps (%1 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run; evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IP fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3, %4 established, %5 unanswered, %6 stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT Doctor findings report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 (trigger: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-subnet host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natdoctor version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP timestamps test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS NAT gateway check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where captured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::ReportWriter</name>
    <message>
        <source>cannot write %1: the name must end in .pdf, .html or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the report could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::StepProgressView</name>
    <message>
        <source>&amp;Cancel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops this step; anything changed on a host is restored first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… (restoring anything that was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left in this phase</source>
        <translation>
            <numerusform>about %n s left in this phase</numerusform>
            <numerusform>about %n s left in this phase</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::SuccessTimelineChart</name>
    <message numerus="yes">
        <source>Connection success over time: too short to chart (%n attempt(s), %1 established)</source>
        <translation>
            <numerusform>Connection success over time: too short to chart (%n attempt, %1 established)</numerusform>
            <numerusform>Connection success over time: too short to chart (%n attempts, %1 established)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection success over time: no connection attempts in the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection success over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the first packet (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::WelcomePage</name>
    <message>
        <source>Welcome to NAT Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why some TCP connections through a NAT gateway fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Some connections from a private subnet to one destination work, others fail or time out. There are two documented causes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the destination sends &lt;b&gt;fragmented TCP&lt;/b&gt; packets, which a NAT gateway drops;&lt;/li&gt;&lt;li&gt;&lt;b&gt;tcp_tw_recycle&lt;/b&gt; is enabled on the remote server, which drops SYNs from many hosts behind one address.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;NAT Doctor runs the documented checks for you and explains what it finds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse a capture file (pcap or pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided: run the checks over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual: show me the commands, I paste the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;example capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture recorded in the lab: a NAT gateway path whose destination sends fragmented TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>natdoctor::ui::Wizard</name>
    <message>
        <source>NAT Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check is running. Stop it and close natdoctor? Anything it changed on a host is restored first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit natdoctor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis so far and its findings will be lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
