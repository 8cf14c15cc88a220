#!/usr/bin/env bash
# Renders the icons' PNGs from their SVG sources, at every size the installers need (Linux uses
# the 256 px one; Windows' .ico and macOS' .icns are assembled from these by the packager). The
# PNGs are committed, so a build needs no SVG renderer; run this after changing an SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for icon in walkaway neutral; do
  for size in 16 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$icon.svg" --output "$icon-$size.png"
  done
done
