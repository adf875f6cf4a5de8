#!/usr/bin/env bash
# Lab test: the wizard's guided path, offscreen, against the lab in gateway mode:
# Destination -> Public host -> Fragmentation check (live capture on pub) ->
# Remote access? (neither) -> Findings, which must show
# tcp-fragments-from-destination.
#   test_wizard.sh GUIDED_WIZARD_TEST_BINARY [SCREENSHOT_DIR]
. "$(dirname "$0")/lib/testlib.sh"
binary=${1:?usage: test_wizard.sh GUIDED_WIZARD_TEST_BINARY [SCREENSHOT_DIR]}

lab_up --mode gateway
export QT_QPA_PLATFORM=offscreen
export NATDOCTOR_SCREENSHOT_DIR=${2:-}
export NATDOCTOR_TEST_PUBLIC=$NATLAB_USER@$PUB_ADDR
export NATDOCTOR_TEST_DEST=$DST_ADDR NATDOCTOR_TEST_PORT=$HTTP_PORT NATDOCTOR_TEST_PATH=/bytes/65536
export NATDOCTOR_TEST_KNOWN_HOSTS=$NATLAB_STATE/known_hosts NATDOCTOR_TEST_IDENTITY=$NATLAB_STATE/id_ed25519
check "the guided wizard finds the fragments" timeout 180 "$binary"
finish
