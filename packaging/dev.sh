#!/usr/bin/env bash
# Developer entry point: installs the build and test dependencies (Debian 12),
# builds, and either launches the wizard or runs every test through CTest.
#
#   packaging/dev.sh run [ARGS...]   install deps, build, start natdoctor
#   packaging/dev.sh test            install deps, build, run all tests
#   packaging/dev.sh deps            only install the dependencies
#   packaging/dev.sh build           install deps and build (default preset)
#   packaging/dev.sh package         install deps, build, make build/default/natdoctor_*.deb
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

# Everything a fresh Debian 12 machine needs to build, test and package natdoctor.
packages=(
    build-essential cmake ninja-build pkg-config clang-14 libclang-rt-14-dev clang-format-14
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libgl-dev
    libpcap-dev zlib1g-dev libzstd-dev zstd libssh-dev googletest libgtest-dev libgmock-dev
    nlohmann-json3-dev locales awscli
    tcpdump tshark openssh-server openssh-client sudo openssl
    nftables iproute2 iputils-ping curl netcat-openbsd procps psmisc
    python3 xvfb xauth poppler-utils desktop-file-utils appstream dpkg-dev file
    groff-base shared-mime-info
)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        log "dependencies already installed"
        return
    fi
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    # tshark asks whether non-root users may capture; answer once, non-interactively.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | as_root debconf-set-selections
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The locale tests run core under de_DE (a decimal comma).
generate_locales() {
    if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
        log "generating the de_DE.UTF-8 locale"
        as_root sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
        grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
        as_root locale-gen >/dev/null
    fi
}

build_preset() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -- -k 0
}

case "${1:-}" in
deps)
    install_deps
    generate_locales
    ;;
build)
    install_deps
    build_preset default
    ;;
run)
    shift
    install_deps
    build_preset default
    exec "$root/build/default/app/natdoctor" "$@"
    ;;
package)
    install_deps
    build_preset default
    cmake --build --preset default --target package
    ls "$root"/build/default/natdoctor_*.deb
    ;;
test)
    install_deps
    generate_locales
    # Core under AddressSanitizer + UndefinedBehaviorSanitizer (clang), with a
    # short bounded libFuzzer run; then everything (ui, lab, package) normally.
    build_preset asan
    ctest --preset asan -j2
    # The threads (capture analysis, lease keeper, trigger, and the wizard's diagnosis
    # worker and controller: label `threads`) under ThreadSanitizer.
    build_preset tsan
    ctest --preset tsan -j2
    build_preset default
    # Two at a time; the lab and package tests are RUN_SERIAL and run alone. Everything
    # but the lab and the package runs under de_DE.UTF-8 (a decimal comma, German
    # dates): core never depends on the locale, and a GUI test that asserts English text
    # sets its language itself. The unit tests also ran above in the caller's locale.
    status=0
    env -u LANGUAGE LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 ctest --preset default -j2 -LE 'lab|package' || status=$?
    ctest --preset default -j2 -L 'lab|package' || status=$?
    exit "$status"
    ;;
*)
    echo "usage: packaging/dev.sh run [ARGS...] | test | build | package | deps" >&2
    exit 2
    ;;
esac
