#!/bin/sh
# Regenerates assets/app-window.png, step-explanation.png and presentation-mode.png from the real app: builds the jar, opens the window on a virtual display
# (Xvfb), lets it draw, and captures the window with ImageMagick. Needs xvfb and imagemagick.
# Usage: assets/make-screenshots.sh [display number, default 97]
set -eu
cd "$(dirname "$0")/.."
display=":${1:-97}"
[ -f target/gdviz.jar ] || mvn -q -B -DskipTests package
prefs=$(mktemp -d)
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$prefs"' EXIT
sleep 1
# A fresh preferences folder: the window opens at its default size and layout, not at the last run's.
DISPLAY="$display" java -Djava.util.prefs.userRoot="$prefs" -jar target/gdviz.jar >/dev/null 2>&1 &
app=$!
sleep 10
export DISPLAY="$display"
window=$(xdotool search --name "gdviz" | head -n 1)
# The picture a teacher shows: a learning rate large enough to zig-zag across the valley, paused at step 6 with
# the negative-gradient arrow at the current point. Positions are those of the default 1280 x 800 layout.
xdotool mousemove --window "$window" 315 278 click --repeat 3 1 key ctrl+a type --delay 120 "0.6"
sleep 2
xdotool mousemove --window "$window" 423 488 click 1
sleep 0.5
for step in 1 2 3 4 5 6; do
    xdotool mousemove --window "$window" 578 488 click 1
    sleep 0.3
done
xdotool mousemove --window "$window" 1270 790
sleep 1
import -window "$window" assets/app-window.png
echo "wrote assets/app-window.png"
# The same step worked out in words and numbers: the Explanation tab beside the step table, then F5
# (presentation mode) for the picture of what a projector shows.
xdotool mousemove --window "$window" 504 581 click 1
sleep 1
import -window "$window" -crop 552x200+388+560 +repage assets/step-explanation.png
echo "wrote assets/step-explanation.png"
xdotool mousemove --window "$window" 700 489 click 1 key F5
sleep 5
import -window "$window" assets/presentation-mode.png
echo "wrote assets/presentation-mode.png"
