#!/usr/bin/env bash
# Regenerates the application icon, src/main/resources/gdviz/ui/about/icons/gdviz-<size>.png, with gdviz's own colours
# and descent. Builds target/gdviz.jar first if it is missing. Run from anywhere: assets/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/gdviz.jar ] || mvn -q -B -DskipTests package
java -Djava.awt.headless=true -cp target/gdviz.jar assets/MakeIcons.java src/main/resources/gdviz/ui/about/icons
