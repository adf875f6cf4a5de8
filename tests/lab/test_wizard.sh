#!/usr/bin/env bash
# Lab test: the wizard's guided path, offscreen, against the lab in gateway mode:
# Destination -> Public host -> Fragmentation check (live capture on pub) ->
# Remote access? (neither) -> Findings, which must show
# tcp-fragments-from-destination; an unknown host key is asked about and only
# saved on consent; cancelling the capture leaves no tcpdump; cancelling the
# private-instance test restores tcp_timestamps.
#   test_wizard.sh GUIDED_WIZARD_TEST_BINARY [SCREENSHOT_DIR]
. "$(dirname "$0")/lib/testlib.sh"
binary=${1:?usage: test_wizard.sh GUIDED_WIZARD_TEST_BINARY [SCREENSHOT_DIR]}

lab_up --mode gateway
export QT_QPA_PLATFORM=offscreen
export NATDOCTOR_SCREENSHOT_DIR=${2:-}
export NATDOCTOR_TEST_PUBLIC=$NATLAB_USER@$PUB_ADDR
export NATDOCTOR_TEST_DEST=$DST_ADDR NATDOCTOR_TEST_PORT=$HTTP_PORT NATDOCTOR_TEST_PATH=/bytes/65536
export NATDOCTOR_TEST_KNOWN_HOSTS=$NATLAB_STATE/known_hosts NATDOCTOR_TEST_IDENTITY=$NATLAB_STATE/id_ed25519
export NATDOCTOR_TEST_PRIVATE=$NATLAB_USER@$PRIV_ADDR NATDOCTOR_TEST_PRIVATE_NETNS=${NATLAB_PREFIX}priv
export XDG_STATE_HOME=$(mktemp -d /tmp/natlab-wizard.XXXXXX)
check "the guided wizard: fragments found, host keys asked, cancel restores" timeout 400 "$binary"
rm -rf "$XDG_STATE_HOME"
finish
