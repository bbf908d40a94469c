#!/usr/bin/env bash
# Packaging check for CI (.ci/run calls it after the tests). Builds the installers with
# `mvn -Pinstallers`, then proves that what an analyst gets works:
#   1. the app-image's launcher: --version, and an import + sources round trip (DuckDB's trimmed
#      jar still loads its native library);
#   2. the same launcher opens the real window under Xvfb in smoke mode (one query, exit 0);
#   3. the .deb installs with dpkg -i into /opt/tokenledger, its launcher runs (by full path and
#      as `tokenledger` on the PATH), and the package removes cleanly.
# Runs as root on a throwaway CI machine (apt-get, dpkg); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

fail() {
  echo "ci-check: $*" >&2
  exit 1
}

# jpackage needs fakeroot and objcopy (binutils) for the .deb, rpmbuild for the .rpm; the window
# needs an X server and GTK 3.
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v objcopy >/dev/null || missing+=(binutils)
command -v rpmbuild >/dev/null || missing+=(rpm)
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A package left installed by an interrupted run would make the install below meaningless.
if dpkg -s tokenledger >/dev/null 2>&1; then
  dpkg --purge tokenledger
fi

mvn -B -Pinstallers -DskipTests package

image=installers/target/app-image/tokenledger
launcher=$image/bin/tokenledger
[[ -x $launcher ]] || fail "no launcher at $launcher"
debs=(installers/target/packages/tokenledger_*.deb)
[[ -f ${debs[0]} ]] || fail "no .deb in installers/target/packages"
deb=${debs[0]}
# The .rpm is only built here; check that it holds the launcher where the .deb has it.
rpms=(installers/target/packages/tokenledger-*.rpm)
[[ -f ${rpms[0]} ]] || fail "no .rpm in installers/target/packages"
rpm_files=$(rpm -qlp "${rpms[0]}") || fail "rpm cannot read ${rpms[0]}"
grep -qx /opt/tokenledger/bin/tokenledger <<<"$rpm_files" ||
  fail "${rpms[0]} has no /opt/tokenledger/bin/tokenledger"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a launcher with the CLI round trip: --version, import of a tiny usage file, sources.
check_cli() {
  local tokenledger=$1 name=$2
  local version
  version=$("$tokenledger" --version) || fail "$name --version failed"
  grep -q '^TokenLedger ' <<<"$version" || fail "$name --version printed: $version"
  echo "$name --version: $(head -1 <<<"$version")"

  local csv=$work/$name-usage.csv workspace=$work/$name.tlw
  cat >"$csv" <<'CSV'
timestamp,provider,model,in_uncached,out_text
2025-01-01T09:00:00Z,openai,gpt-4o,1200,300
2025-01-01T10:00:00Z,anthropic,claude-sonnet-4,800,150
CSV
  local imported sources
  imported=$("$tokenledger" import --workspace "$workspace" "$csv") || fail "$name import failed"
  grep -q 'imported 2 rows' <<<"$imported" || fail "$name import printed: $imported"
  sources=$("$tokenledger" sources --workspace "$workspace" --format csv) ||
    fail "$name sources failed"
  grep -q "$(basename "$csv")" <<<"$sources" || fail "$name sources printed: $sources"
  echo "$name import + sources: ok"
}

check_cli "$launcher" app-image

# The smoke run opens the real window, runs one query, prints a line and exits 0.
timeout 300 xvfb-run -a "$launcher" --smoke --workspace "$work/smoke.tlw" ||
  fail "app-image smoke run failed"

# The .deb: Depends first (dpkg -i does not fetch them), then a clean install into /opt.
deps=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/|[^,]*//g' | tr ',' '\n' | tr -d ' ')
missing=()
for dep in $deps; do
  dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

install_deb() {
  [[ ! -e /opt/tokenledger ]] || fail "/opt/tokenledger exists before installing"
  dpkg -i "$deb"
  check_cli /opt/tokenledger/bin/tokenledger "$1"
  [[ $(command -v tokenledger) == /usr/bin/tokenledger ]] || fail "tokenledger is not on the PATH"
  tokenledger --version >/dev/null || fail "tokenledger on the PATH does not run"
}

remove_deb() {
  dpkg --purge tokenledger
  [[ ! -e /opt/tokenledger ]] || fail "/opt/tokenledger left behind after dpkg -r"
  [[ ! -e /usr/bin/tokenledger ]] || fail "/usr/bin/tokenledger left behind after dpkg -r"
  if compgen -G '/usr/share/applications/*tokenledger*.desktop' >/dev/null; then
    fail "menu entry left behind after dpkg -r"
  fi
}

# Without a desktop menu system (a server: no /usr/share/desktop-directories) the package installs
# without a menu entry; on a desktop it adds the entry and the .tlw association. Try both.
menu_dir=/usr/share/desktop-directories
made_menu_dir=false
cleanup() {
  if dpkg -s tokenledger >/dev/null 2>&1; then dpkg --purge tokenledger >/dev/null || true; fi
  if $made_menu_dir; then rmdir --ignore-fail-on-non-empty "$menu_dir"; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -d $menu_dir ]]; then
  install_deb installed-headless
  remove_deb
  mkdir -p "$menu_dir"
  made_menu_dir=true
fi
install_deb installed
# The menu entry passes a double-clicked workspace file to the launcher.
grep -qs 'Exec=/opt/tokenledger/bin/tokenledger %f' /usr/share/applications/*tokenledger*.desktop ||
  fail "no menu entry for /opt/tokenledger/bin/tokenledger"
grep -qs 'application/x-tokenledger-workspace' /usr/share/mime/packages/*tokenledger* ||
  fail "the .tlw mime type is not registered"
remove_deb

du -sh "$image" installers/target/packages/*
echo "ci-check: installers ok"
