#!/usr/bin/env bash
# Installs code-server 4.100.3 (a real VS Code 1.100.3, served to a browser) for the end-to-end tests.
#
# Everything comes from the npm registry and Debian's packages; nothing is downloaded from anywhere
# else. code-server's own postinstall step would fetch prebuilt binaries (argon2, ripgrep, ...), so we
# install with --ignore-scripts and redo that step by hand: native modules are compiled with node-gyp
# against the local Node headers and Debian's rg stands in for @vscode/ripgrep's download.
#
# Usage:   scripts/install-code-server.sh [INSTALL_DIR]
#          default INSTALL_DIR: ${XDG_CACHE_HOME:-$HOME/.cache}/ml-design-review/code-server-4.100.3
# Output:  progress on stderr; the launcher path (INSTALL_DIR/bin/code-server) on the last stdout line.
# Re-run:  returns at once when INSTALL_DIR already holds a finished install.
# Why 4.100.3: it is the last code-server release whose engines.node accepts Node 20.
set -euo pipefail

CS_VERSION=4.100.3
DEST=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/ml-design-review/code-server-$CS_VERSION}
DEST=$(realpath -m -- "$DEST")
LAUNCHER=$DEST/bin/code-server
STAMP=$DEST/.install-complete

say() { printf 'install-code-server: %s\n' "$*" >&2; }
finished() { [[ -f $STAMP && -x $LAUNCHER && $(cat "$STAMP") == "$CS_VERSION" ]]; }

# Fast path: nothing to do.
if finished; then echo "$LAUNCHER"; exit 0; fi

# Serialise concurrent runs on the same directory, then look again.
mkdir -p "$(dirname "$DEST")"
exec 9>"$DEST.lock"
flock 9
if finished; then echo "$LAUNCHER"; exit 0; fi

if [[ -e $DEST ]]; then
  if [[ -d $DEST && -z $(ls -A "$DEST") ]]; then
    rmdir "$DEST"
  else
    say "$DEST exists but is not a finished install; remove it and run again"
    exit 1
  fi
fi

start=$SECONDS
# Build in a side directory and rename it into place at the end, so that an interrupted run never
# leaves something that looks installed.
WORK=$DEST.partial
rm -rf -- "$WORK"
mkdir -p "$WORK"
LOG=$WORK/install.log
: >"$LOG"
on_error() {
  say "FAILED (see $LOG); last lines:"
  tail -n 30 "$LOG" >&2 || true
}
trap on_error ERR

# --- system packages -----------------------------------------------------------------------------
# libkrb5-dev + pkg-config: the kerberos module; ripgrep: VS Code's search; a C++ toolchain and
# python3: node-gyp.
need=()
for pkg in libkrb5-dev pkg-config ripgrep make g++; do
  [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) == "install ok installed" ]] || need+=("$pkg")
done
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    say "missing Debian packages: ${need[*]} (run: sudo apt-get install -y ${need[*]})"
    exit 1
  fi
  say "apt-get install ${need[*]}"
  apt-get update -qq >>"$LOG" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >>"$LOG" 2>&1
fi
command -v python3 >/dev/null || { say "python3 is needed by node-gyp"; exit 1; }
RG=$(command -v rg)

# --- node-gyp, building against the local Node headers (no header download) ---------------------
npm_root=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")   # .../node_modules/npm
GYP_JS=$npm_root/node_modules/node-gyp/bin/node-gyp.js
node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
gyp_args=()
if [[ -f $node_prefix/include/node/common.gypi ]]; then
  gyp_args+=("--nodedir=$node_prefix")
fi
node_gyp() {
  if [[ -f $GYP_JS ]]; then node "$GYP_JS" "$@" "${gyp_args[@]}"
  else npx --yes node-gyp "$@" "${gyp_args[@]}"; fi
}
NPM=(npm --no-audit --no-fund --loglevel=error)

# --- code-server itself ----------------------------------------------------------------------------
say "npm install code-server@$CS_VERSION (no install scripts)"
cd "$WORK"
printf '{ "name": "code-server-install", "private": true }\n' >package.json
"${NPM[@]}" install --ignore-scripts --omit=dev "code-server@$CS_VERSION" >>"$LOG" 2>&1
CS=$WORK/node_modules/code-server
VSC=$CS/lib/vscode

# argon2 (password hashing) is required at start-up even with --auth none. Its loader looks for
# lib/binding/napi-v3/argon2.node, which its postinstall would have downloaded.
say "building argon2"
(
  cd "$WORK/node_modules/argon2"
  node_gyp rebuild --module_name=argon2 --module_path=./lib/binding/napi-v3 --napi_build_version=3
  mkdir -p lib/binding/napi-v3
  cp build/Release/argon2.node lib/binding/napi-v3/
) >>"$LOG" 2>&1

# --- what code-server's postinstall does, minus the downloads -------------------------------------
say "npm install VS Code's runtime dependencies"
(cd "$VSC" && "${NPM[@]}" install --omit=dev --ignore-scripts) >>"$LOG" 2>&1

mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
cp "$RG" "$VSC/node_modules/@vscode/ripgrep/bin/rg"

say "building VS Code's native modules"
shopt -s nullglob
for gyp in "$VSC"/node_modules/*/binding.gyp "$VSC"/node_modules/@*/*/binding.gyp; do
  mod=$(dirname "$gyp")
  case ${mod##*/} in *windows* | *win32* | *mac*) continue ;; esac
  name=${mod#"$VSC/node_modules/"}
  if (cd "$mod" && node_gyp rebuild) >>"$LOG" 2>&1; then
    say "  built $name"
  else
    say "  warning: could not build $name (see $LOG)"
  fi
done
shopt -u nullglob

# The server resolves its modules through node_modules.asar, the CLI and the browser opener through
# platform-specific names.
ln -sfn node_modules "$VSC/node_modules.asar"
ln -sfn code-linux.sh "$VSC/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSC/bin/helpers/browser.sh"

say "npm install the built-in extensions' dependencies"
(cd "$VSC/extensions" && "${NPM[@]}" install --omit=dev --ignore-scripts) >>"$LOG" 2>&1

# --- launcher (relative to its own location, so the directory can be moved) ----------------------
mkdir -p "$WORK/bin"
cat >"$WORK/bin/code-server" <<'EOF'
#!/usr/bin/env bash
# Starts code-server from this install (written by scripts/install-code-server.sh).
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
exec "${NODE:-node}" "$here/../node_modules/code-server/out/node/entry.js" "$@"
EOF
chmod +x "$WORK/bin/code-server"

# (--version may first log that it wrote a default config file; pick the version line.)
got=$("$WORK/bin/code-server" --version 2>>"$LOG" | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+ ' || true)
if [[ $got != "$CS_VERSION "* ]]; then
  say "launcher reports '$got', expected $CS_VERSION"
  false
fi

echo "$CS_VERSION" >"$WORK/.install-complete"
trap - ERR
mv -T -- "$WORK" "$DEST"
say "installed code-server $CS_VERSION in $((SECONDS - start))s: $got"
echo "$LAUNCHER"
