#!/bin/sh
# Renders the committed PNG app icons from the two SVG sources (needs
# rsvg-convert, Debian package librsvg2-bin). Run it after editing an SVG and
# commit the PNGs: the build installs them as they are and needs no renderer.
#   16..32 px  from io.github.natdoctor.NatDoctor-small.svg (thicker shapes)
#   48..256 px from io.github.natdoctor.NatDoctor.svg (also installed as scalable)
set -eu
cd "$(dirname "$0")"
id=io.github.natdoctor.NatDoctor
for size in 16 22 24 32 48 64 128 256; do
    if [ "$size" -le 32 ]; then src="$id-small.svg"; else src="$id.svg"; fi
    mkdir -p "png/$size"
    rsvg-convert --width "$size" --height "$size" --format png "$src" --output "png/$size/$id.png"
done
