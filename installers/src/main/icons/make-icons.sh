#!/usr/bin/env bash
# Regenerates the app icons from tokenledger.svg. jpackage wants a PNG on Linux, an ICO on Windows
# and an ICNS on macOS; the outputs are committed so that a build needs neither ImageMagick nor
# Python. Needs rsvg-convert, ImageMagick and python3 (apt-get install librsvg2-bin imagemagick).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" tokenledger.svg
done
cp "$tmp/256.png" tokenledger.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" \
  tokenledger.ico

# ImageMagick cannot write ICNS; the format is a plain list of (type, length, PNG) records.
python3 - "$tmp" <<'PY'
import struct, sys
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    png = open(f"{sys.argv[1]}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", 8 + len(png)) + png
open("tokenledger.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
ls -l tokenledger.png tokenledger.ico tokenledger.icns
