# natlab topology: names, addresses and ports. Sourced by natlab, the lab tests
# and tests/data/record.sh. Every address is in 198.18.0.0/15 (RFC 2544
# benchmarking) or, for IPv6, 2001:2::/48 (RFC 5180 benchmarking).
# shellcheck shell=bash

NATLAB_PREFIX=natlab-            # network namespace names: natlab-priv, ...
NATLAB_HOSTS="priv nat pub rtr dst"
NATLAB_STATE=${NATLAB_STATE:-/run/natlab}
NATLAB_USER=natlab
NATLAB_USER_GECOS="natdoctor lab user (tests/lab/natlab)"
NATLAB_SUDOERS=/etc/sudoers.d/natlab
NATLAB_LAPTOP_IF=natlab0         # the only interface natlab puts in the root namespace

NATLAB_RANGE=198.18.0.0/15       # the root namespace routes all of it to "unreachable"
# laptop link: the root namespace (where natdoctor and ssh run) <-> rtr
LAPTOP_ADDR=198.18.0.2
RTR_LAPTOP_ADDR=198.18.0.1
# private subnet: priv <-> nat
PRIV_ADDR=198.18.1.10
NAT_PRIV_ADDR=198.18.1.1
PRIV_NET=198.18.1.0/24
# public subnet (a bridge in rtr): pub, nat's public side, rtr
PUB_ADDR=198.18.2.10
NAT_PUB_ADDR=198.18.2.2
RTR_PUB_ADDR=198.18.2.1
PUB_NET=198.18.2.0/24
PUB_ADDR6=2001:2:0:2::10
RTR_PUB_ADDR6=2001:2:0:2::1
PUB_NET6=2001:2:0:2::/64
# destination network: rtr <-> dst
DST_ADDR=198.18.3.10
RTR_DST_ADDR=198.18.3.1
DST_NET=198.18.3.0/24
DST_ADDR6=2001:2:0:3::10
RTR_DST_ADDR6=2001:2:0:3::1
DST_NET6=2001:2:0:3::/64

SSH_PORT=22
HTTP_PORT=80          # dst: GET /bytes/N answers N bytes
CLOSED_PORT=81        # dst: nothing listens, the kernel answers RST
BLACKHOLE_PORT=82     # dst: nftables drops the SYNs
VHOST_PORT=8080       # dst: name-based virtual host: /bytes/N only with Host: $VHOST_NAME
HTTPS_PORT=443        # dst: TLS (self-signed, made at up): /bytes/N only with SNI $TLS_NAME
VHOST_NAME=www.natlab.test
TLS_NAME=secure.natlab.test

DEFAULT_MTU=1000
DEFAULT_MODE=gateway
