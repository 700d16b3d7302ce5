#!/usr/bin/env bash
# Installs the Debian 12 packages catchall needs to build and test, only those missing.
# Runs apt-get through sudo when not root. Safe to run again: it does nothing when all is there.
# `--bench` adds what `make bench` needs (GNU time, hyperfine; Node.js and npm unless a node is
# installed).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libsimdjson-dev libicu-dev libhyperscan-dev libyaml-cpp-dev libfmt-dev libcli11-dev
  libisal-dev nlohmann-json3-dev libxml2-dev libigraph-dev
  libcpp-httplib-dev libssl-dev zlib1g-dev ca-certificates openssl
  libgtest-dev libgmock-dev libbenchmark-dev
  gzip jq
  chromium  # headless, for the render test of the HTML report (tests/report)
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(time hyperfine postgresql postgresql-contrib)
  command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: missing packages (${missing[*]}) and not root, and sudo is not installed" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
