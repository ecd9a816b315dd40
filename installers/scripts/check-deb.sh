#!/usr/bin/env bash
# Installs Headroom's .deb on this machine (as root), checks the installed application the way a planner
# would use it, upgrades it in place to a higher version, and removes it, checking that nothing is left.
# Usage: installers/scripts/check-deb.sh installers/target/headroom_<version>_amd64.deb
# Needs: xvfb-run, ImageMagick (import, identify), xwininfo (x11-utils), and the .deb's dependencies.
set -euo pipefail
deb=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "CI installer: $*"; }
fail() { echo "CI installer: $*" >&2; exit 1; }

package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
[ "$package" = headroom ] || fail "package is named '$package', not headroom"
say "installing $package $version ($(du -m "$deb" | cut -f1) MB)"
if dpkg-query -W -f='${Status}' headroom 2>/dev/null | grep -q 'ok installed'; then
  dpkg -r headroom >/dev/null
fi
# A minimal system may lack the XDG menu folders that xdg-desktop-menu writes into.
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus/applications-merged
dpkg -i "$deb"

# The command on the PATH is a link to the launcher; the menu entry and the file type are registered.
[ -L /usr/bin/headroom ] || fail "/usr/bin/headroom is not a link"
[ "$(readlink /usr/bin/headroom)" = /opt/headroom/bin/Headroom ] || fail "/usr/bin/headroom -> $(readlink /usr/bin/headroom)"
desktop=$(grep -l '^Exec=/opt/headroom/bin/Headroom %f' /usr/share/applications/*.desktop) \
  || fail "no menu entry starts /opt/headroom/bin/Headroom with the clicked file"
grep -q '^MimeType=application/x-headroom-project' "$desktop" || fail "$desktop does not open .headroom files"
grep -rqs 'application/x-headroom-project' /usr/share/mime/packages/ || fail "the .headroom MIME type is not registered"
[ -f /opt/headroom/share/doc/copyright ] && grep -q 'GNU GENERAL PUBLIC LICENSE' /opt/headroom/share/doc/copyright \
  || fail "the licence is not installed"
[ -f /opt/headroom/lib/app/headroom.aot ] || fail "the AOT cache is not installed"

# The command line, from the PATH, in a fresh folder with a fresh user home (no JDK is needed or used).
export HEADROOM_LOG_DIR="$work/logs"
cd "$work"
out=$(headroom --version)
echo "$out"
echo "$out" | grep -q "${version%%-*}" || fail "headroom --version does not say ${version%%-*}"
headroom sample --out s.xlsx
headroom validate --input s.xlsx >/dev/null
headroom plan --input s.xlsx --out p.xlsx --json p.json --report p.pdf --save-project p.headroom
for f in p.xlsx p.json p.pdf p.headroom; do [ -s "$f" ] || fail "headroom plan wrote no $f"; done
python3 -c 'import json,sys; s=json.load(open("p.json")); assert s["purchases"], "no purchases"; print("CI installer: plan", s["status"], s["total_cost"])'
# The template's worked example places a workload on a single node: node packing and its LP bound
# (ojAlgo) run from the installed runtime too, whose JDK modules jdeps chose.
headroom template --out t.xlsx
headroom plan --input t.xlsx --out t-plan.xlsx --json t.json >/dev/null
python3 -c 'import json; s=json.load(open("t.json")); assert any(p["node"] for p in s["placement"]), "no node placement"; print("CI installer: template plan", s["status"], s["total_cost"])'

# The window, from the installed launcher, on the project just saved (what a double-click does), under
# Xvfb: wait until its title names the project, then until a screenshot of the screen is not blank.
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  # A private user home keeps the run out of the real recent projects and preferences.
  JAVA_TOOL_OPTIONS="-Duser.home=$1/home" /opt/headroom/bin/Headroom "$1/p.headroom" >"$1/gui.log" 2>&1 &
  app=$!
  colours=0
  for i in $(seq 1 180); do
    kill -0 $app 2>/dev/null || { echo "the window process ended early" >&2; exit 1; }
    if xwininfo -root -tree 2>/dev/null | grep -q "\"Headroom — p\""; then
      import -window root "$1/window.png"
      colours=$(identify -format %k "$1/window.png")
      [ "$colours" -ge 50 ] && break
    fi
    sleep 0.5
  done
  kill $app
  wait $app 2>/dev/null || true
  echo "CI installer: screenshot of the installed window on p.headroom: $colours colours"
  [ "$colours" -ge 50 ]
' _ "$work" || { cat "$work/gui.log" >&2; fail "the window did not open the project, or its screenshot stayed blank"; }
if [ -n "${HEADROOM_SCREENSHOT:-}" ]; then cp "$work/window.png" "$HEADROOM_SCREENSHOT"; fi

# Time to window of the installed launcher, with and without the AOT cache (HEADROOM_TIMING_RUNS=0 skips).
runs=${HEADROOM_TIMING_RUNS:-3}
if [ "$runs" -gt 0 ]; then
  xvfb-run -a -s "-screen 0 1280x800x24" python3 "$here/time-to-window.py" /opt/headroom/bin/Headroom "$runs"
fi

# Upgrade in place: the same package at a higher version (repacked from this one, uncompressed for speed).
dpkg-deb -R "$deb" "$work/next"
next_version="${version}.1"
sed -i "s/^Version: .*/Version: $next_version/" "$work/next/DEBIAN/control"
dpkg-deb -Znone -b "$work/next" "$work/next.deb" >/dev/null
rm -rf "$work/next"
dpkg -i "$work/next.deb"
[ "$(dpkg-query -W -f='${Version}' headroom)" = "$next_version" ] || fail "the upgrade did not take"
[ "$(readlink /usr/bin/headroom)" = /opt/headroom/bin/Headroom ] || fail "the upgrade lost /usr/bin/headroom"
headroom --version >/dev/null
say "upgraded in place from $version to $next_version"

# Removal leaves nothing behind: files, the link, the menu entry, the file type.
dpkg -r headroom
[ ! -e /opt/headroom ] || fail "/opt/headroom is still there after dpkg -r"
[ ! -e /usr/bin/headroom ] && [ ! -L /usr/bin/headroom ] || fail "/usr/bin/headroom is still there after dpkg -r"
! grep -qs '^Exec=/opt/headroom' /usr/share/applications/*.desktop || fail "the menu entry is still there"
! grep -rqs 'application/x-headroom-project' /usr/share/mime/packages/ || fail "the MIME type is still registered"
dpkg-query -W -f='${Status}' headroom 2>/dev/null | grep -q 'ok installed' && fail "dpkg still lists headroom"
# dpkg keeps a removed package's record (state rc) until it is purged; purge it, leaving the machine as it was.
dpkg -P headroom >/dev/null
say "installed, ran, upgraded and removed cleanly"
