#!/usr/bin/env bash
# Installs Debian packages (as root, or through sudo without a password). When another apt or dpkg holds
# its lock (an unattended upgrade, a second ./test), it waits for it, up to 10 minutes, instead of failing.
# Usage: scripts/apt-install.sh PACKAGE...
set -uo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
with_lock_wait() {
  local out said=""
  for _ in $(seq 1 120); do
    if out="$("$@" 2>&1)"; then return 0; fi
    if grep -qiE 'could not get lock|unable to (acquire|lock)|is another process using it' <<<"$out"; then
      [ -z "$said" ] && echo "apt-install: another apt or dpkg holds the lock; waiting..." >&2 && said=1
      sleep 5
      continue
    fi
    echo "$out" >&2
    return 1
  done
  echo "$out" >&2
  return 1
}
with_lock_wait as_root apt-get -o DPkg::Lock::Timeout=600 update -qq || exit 1
with_lock_wait as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
