#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset) and runs each for a while
# on a copy of its seed corpus, two at a time on two cores. Fails if any
# target finds a crash, a leak, undefined behaviour or a hang.
#
#   tests/fuzz/run-smoke.sh [SECONDS]    (default 60 per target)
#
# Prints one line per target: "fuzz: <target> seconds=S execs=N".
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz "${launcher[@]}" >/dev/null
mapfile -t targets < build/fuzz/fuzz-targets.txt
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/support/lsan.supp
export QT_QPA_PLATFORM=offscreen

run() {
    local target=$1
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    cp -r "tests/fuzz/corpus/$target/." "$work/$target/corpus/" 2>/dev/null || true
    (cd "$work/$target" && "$OLDPWD/build/fuzz/tests/fuzz/fuzz_$target" corpus \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix=artifacts/ >"$work/$target.log" 2>&1)
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for target in "${targets[@]:i:2}"; do
        run "$target" &
        pids+=($!)
    done
    for j in "${!pids[@]}"; do
        target=${targets[i + j]}
        if ! wait "${pids[j]}"; then
            echo "fuzz: $target FAILED; its log:" >&2
            tail -n 60 "$work/$target.log" >&2
            cp -r "$work/$target/artifacts" "build/fuzz/artifacts-$target" 2>/dev/null || true
            failed=1
        fi
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -n 1)
        echo "fuzz: $target seconds=$seconds execs=${execs:-0}"
    done
done
exit $failed
