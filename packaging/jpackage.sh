#!/usr/bin/env bash
# Builds the Steward app image (and, when asked, an installer) from app/target/steward.jar.
#   usage: jpackage.sh STEWARD_JAR OUTPUT_DIR JAVA_HOME
#   STEWARD_INSTALLER=deb|rpm|dmg|msi|exe also builds that installer type (on its own OS).
set -euo pipefail
jar="$1"; out="$2"; java_home="$3"
if [ ! -f "$jar" ]; then
  echo "packaging: $jar is missing; run ./mvnw -DskipTests package first" >&2
  exit 1
fi
jpackage="$java_home/bin/jpackage"
jdeps="$java_home/bin/jdeps"
[ -x "$jpackage" ] || { echo "packaging: no jpackage in $java_home (needs a full JDK 25)" >&2; exit 1; }
version="${STEWARD_VERSION:-0.1.0}"
input="$out/jpackage-input"
rm -rf "$input" "$out/Steward"
mkdir -p "$input"
cp "$jar" "$input/steward.jar"
# The JDK modules the app needs (JavaFX and the libraries travel inside steward.jar on the class path).
modules=$("$jdeps" --ignore-missing-deps --print-module-deps --multi-release 25 "$input/steward.jar" 2>/dev/null || true)
modules="${modules:-java.base,java.desktop,java.logging,java.naming,java.sql,java.management,jdk.unsupported}"
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
common=(--name Steward --app-version "$version" --vendor "Steward" \
  --input "$input" --main-jar steward.jar --main-class dev.steward.app.Steward \
  --add-modules "$modules" --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=zip-6" \
  --java-options "-Xmx2g --enable-native-access=ALL-UNNAMED" \
  --description "Offline, Git-native studio for data contracts")
"$jpackage" --type app-image --dest "$out" "${common[@]}"
echo "App image: $out/Steward (run $out/Steward/bin/Steward)"
if [ -n "${STEWARD_INSTALLER:-}" ]; then
  "$jpackage" --type "$STEWARD_INSTALLER" --dest "$out/installer" "${common[@]}"
  echo "Installer: $(ls "$out/installer")"
fi
