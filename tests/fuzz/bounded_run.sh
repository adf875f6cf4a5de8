#!/bin/sh
# The bounded fuzz run of `ctest` (fuzz.capture_bounded_run), made replayable:
# a fixed seed, printed first, and a working corpus that starts empty every run,
# so the same seed over the same kept corpus makes the same inputs in the same
# order. A failure prints the command that replays it.
#   bounded_run.sh FUZZER SEED SECONDS WORK_DIR ARTIFACT_DIR CORPUS_DIR
set -eu
fuzzer=$1 seed=$2 seconds=$3 work=$4 artifacts=$5 corpus=$6
echo "fuzz seed: $seed (NATDOCTOR_FUZZ_SEED; set it at configure time to explore other inputs)"
rm -rf "$work"
mkdir -p "$work" "$artifacts"
status=0
"$fuzzer" -seed="$seed" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$corpus" || status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz run failed (exit $status) with seed $seed; the input is in $artifacts/. Replay it with"
    echo "  $fuzzer $artifacts/crash-...   or the whole run with"
    echo "  $0 $*"
fi
exit "$status"
