#!/usr/bin/env python3
"""Time from starting a Headroom launcher to its first laid-out window frame (the app's startup probe),
with the AOT cache the installer trained and with it switched off (-XX:AOTMode=off), interleaved so that
other load on the machine hits both alike. Needs a display: run under xvfb-run.

Usage: xvfb-run -a -s "-screen 0 1280x800x24" python3 installers/scripts/time-to-window.py [LAUNCHER] [RUNS]
LAUNCHER defaults to the installed /opt/headroom/bin/Headroom; RUNS to 7.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

launcher = sys.argv[1] if len(sys.argv) > 1 else "/opt/headroom/bin/Headroom"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7


def start(aot: bool, home: str) -> float:
    env = dict(os.environ)
    env["JAVA_TOOL_OPTIONS"] = " ".join(
        ["-Dheadroom.startup.probe=true", "-Duser.home=" + home] + ([] if aot else ["-XX:AOTMode=off"]))
    env["HEADROOM_LOG_DIR"] = os.path.join(home, "logs")
    began = time.monotonic()
    proc = subprocess.Popen([launcher], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    usable = None
    for line in proc.stdout:
        if usable is None and line.startswith("window usable after"):
            usable = (time.monotonic() - began) * 1000
    if proc.wait(timeout=120) != 0 or usable is None:
        raise SystemExit(f"{launcher} did not report a usable window (exit {proc.returncode})")
    return usable


with tempfile.TemporaryDirectory() as home:
    start(True, home)  # a first start unpacks JavaFX's natives into the (throwaway) user home
    times = {True: [], False: []}
    for _ in range(runs):
        for aot in (True, False):
            times[aot].append(start(aot, home))

print("| start of the installed launcher | median ms | min ms | max ms | runs |")
print("| --- | ---: | ---: | ---: | ---: |")
for aot, label in ((True, "with the AOT cache"), (False, "without (-XX:AOTMode=off)")):
    t = times[aot]
    print(f"| {label} | {statistics.median(t):.0f} | {min(t):.0f} | {max(t):.0f} | {len(t)} |")
print(f"speed-up of the median: {statistics.median(times[False]) / statistics.median(times[True]):.1f}x; "
      f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
