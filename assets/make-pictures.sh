#!/usr/bin/env bash
# Regenerates the README's pictures with `gdviz plot`. Needs no display; builds target/gdviz.jar first if it
# is missing (delete it to pick up source changes). Run from anywhere: assets/make-pictures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/gdviz.jar
if [ ! -f "$jar" ]; then
    mvn -q -B -DskipTests package
fi

# With a command the jar works headless: it touches nothing of JavaFX.
plot() {
    local out=$1
    shift
    echo "$out" >&2
    java -jar "$jar" plot "$@" --out "$out"
}

# The teaching texts' first example: a tilted bowl, descent curving in to the minimum.
plot assets/contour-bowl.png --function "x^2 + x*y + y^2" --start 4,-3 --rate 0.1
# The same descent on the 3-D surface, seen from the app's home view.
plot assets/surface-bowl.png --function "x^2 + x*y + y^2" --start 4,-3 --rate 0.1 --view surface
# Rosenbrock's valley: zig-zags across the walls at first, then a long crawl along the floor. Log levels make the
# floor readable.
plot assets/contour-rosenbrock.png --function "(1 - x)^2 + 100*(y - x^2)^2" --start -1.5,2 --rate 0.0015 \
    --log-levels
# A rate just below the limit 0.5 for 2x^2: every step jumps to the other side of the minimum.
plot assets/curve-parabola.png --function "2*x^2" --start 1 --rate 0.45
