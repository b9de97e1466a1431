#!/usr/bin/env bash
# Puts Debian 13's nginx and HAProxy next to the machine's Debian 12 ones, without installing them, so the
# live tests can run against both versions (test/helpers/gateway-binaries.ts).
#
# A private apt state (own source list, lists, cache, empty dpkg status) points the machine's configured
# Debian source at the next suite; `apt-get download` fetches nginx, haproxy and the libraries they link,
# `dpkg -x` unpacks them into CACHE/root, and CACHE/bin/{nginx,haproxy} run each binary through the
# unpacked loader with `--library-path`, so nothing of the system's libc/OpenSSL is mixed in.
# The system's apt lists, cache and dpkg database are never touched.
#
# Idempotent: a cache whose wrappers run the expected versions is left alone (no network). Run as root.
#   GATEWATCH_DEBIAN13_CACHE    where the cache lives (default /var/cache/gatewatch/debian13)
#   GATEWATCH_DEBIAN13_REFRESH  1 = fetch again even when the cache works (picks up security updates)
# Prints the cache path as its last line on success.
set -euo pipefail
umask 022

SUITE=trixie
NGINX_SERIES=1.26.
HAPROXY_SERIES=3.0.
CACHE=${GATEWATCH_DEBIAN13_CACHE:-/var/cache/gatewatch/debian13}
# The binaries' DT_NEEDED closure, measured with `ld-linux --list` on the unpacked trixie builds:
# nginx: libcrypt libpcre2-8 libssl/libcrypto(+libzstd, zlib) libc; haproxy adds liblua5.4, libjemalloc,
# libopentracing-c-wrapper (+libopentracing, libstdc++, libgcc_s). The check below fails if this goes stale.
PACKAGES=(nginx haproxy libc6 libgcc-s1 libcrypt1 libpcre2-8-0 libssl3t64 libzstd1 zlib1g
  liblua5.4-0 libjemalloc2 libopentracing-c-wrapper0t64 libopentracing1 libstdc++6)

say() { echo "debian13-gateways: $*" >&2; }
die() { say "$*"; exit 1; }

case "$CACHE" in /*) ;; *) die "GATEWATCH_DEBIAN13_CACHE must be an absolute path, got \"$CACHE\"; pass a path starting with /" ;; esac

# The wrappers in CACHE/bin print the expected versions, under an empty environment too.
works() {
  local dir=$1
  [ -x "$dir/bin/nginx" ] && [ -x "$dir/bin/haproxy" ] || return 1
  local out
  # Captured, not piped into `grep -q`: under pipefail an early-exiting grep makes the writer's SIGPIPE a failure.
  out=$(env -i PATH=/usr/bin:/bin "$dir/bin/nginx" -v 2>&1) && [[ "$out" == *"nginx/$NGINX_SERIES"* ]] || return 1
  out=$(env -i PATH=/usr/bin:/bin "$dir/bin/haproxy" -v 2>&1) && [[ "$out" == *"HAProxy version $HAPROXY_SERIES"* ]] || return 1
}

mkdir -p "$(dirname "$CACHE")"
chmod a+rx "$(dirname "$CACHE")"
exec 9>"$CACHE.lock"
flock 9

if [ "${GATEWATCH_DEBIAN13_REFRESH:-0}" != 1 ] && works "$CACHE"; then
  say "cache $CACHE already works; set GATEWATCH_DEBIAN13_REFRESH=1 to fetch again"
  echo "$CACHE"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "must run as root (apt-get download, a cache under /var/cache); run it with sudo or as root"
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$codename" ] || die "/etc/os-release names no VERSION_CODENAME; this script derives the $SUITE source from a Debian system's configured one"

stage=$(mktemp -d "$CACHE.new.XXXXXX")
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"
apt_dir=$stage/apt
mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/preferences.d" "$stage/debs"
: >"$apt_dir/status"

# Debian's own entries only: a third-party source (own Signed-By key) may carry a newer nginx of its own.
# Suites CODENAME, CODENAME-updates and CODENAME-security become the same suites of $SUITE; the rest is kept as is.
awk -v from="$codename" -v to="$SUITE" '
  BEGIN { RS = ""; ORS = "\n\n" }
  {
    n = split($0, lines, "\n"); keep = 1; deb = 0; suites = ""; signed = ""
    for (i = 1; i <= n; i++) {
      if (lines[i] ~ /^Enabled:[ \t]*[Nn]o/) keep = 0
      if (lines[i] ~ /^Types:/ && lines[i] ~ /[ \t]deb([ \t]|$)/) deb = 1
      if (lines[i] ~ /^Signed-By:/) signed = lines[i]
    }
    if (!keep || !deb || (signed != "" && signed !~ /debian-archive/)) next
    out = ""
    for (i = 1; i <= n; i++) {
      line = lines[i]
      if (line ~ /^#/) continue
      if (line ~ /^Types:/) line = "Types: deb"
      if (line ~ /^Suites:/) {
        m = split(substr(line, 8), s, /[ \t]+/); line = ""
        for (j = 1; j <= m; j++) if (s[j] == from || s[j] == from "-updates" || s[j] == from "-security") line = line " " to substr(s[j], length(from) + 1)
        if (line == "") next
        line = "Suites:" line
      }
      out = out line "\n"
    }
    printf "%s", out; printf "\n"
  }' /dev/null $(ls /etc/apt/sources.list.d/*.sources 2>/dev/null) >"$apt_dir/sources.list.d/$SUITE.sources"

# One-line sources.list entries: `deb [options] URI SUITE COMPONENTS…`.
awk -v from="$codename" -v to="$SUITE" '
  /^[ \t]*deb[ \t]/ {
    options = ""; rest = $0; sub(/^[ \t]*deb[ \t]+/, "", rest)
    if (rest ~ /^\[/) { options = substr(rest, 1, index(rest, "]")); rest = substr(rest, index(rest, "]") + 1) }
    if (options ~ /signed-by=/ && options !~ /debian-archive/) next
    split(rest, f, /[ \t]+/); i = (f[1] == "") ? 2 : 1
    uri = f[i]; suite = f[i + 1]
    if (suite != from && suite != from "-updates" && suite != from "-security") next
    line = "deb " (options == "" ? "" : options " ") uri " " to substr(suite, length(from) + 1)
    for (k = i + 2; k in f; k++) line = line " " f[k]
    print line
  }' $(ls /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null) >"$apt_dir/sources.list"

if ! grep -q "^Suites:" "$apt_dir/sources.list.d/$SUITE.sources" && ! [ -s "$apt_dir/sources.list" ]; then
  die "no Debian source for \"$codename\" found in /etc/apt/sources.list or /etc/apt/sources.list.d/*.sources; configure the machine's Debian source first"
fi

apt_opts=(
  -o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::State::status=$apt_dir/status" -o "Dir::Cache=$apt_dir/cache"
  -o "Dir::Etc::preferences=$apt_dir/preferences" -o "Dir::Etc::preferencesparts=$apt_dir/preferences.d"
  -q
)
say "fetching $SUITE package lists into a private apt state"
apt-get "${apt_opts[@]}" update >"$stage/apt-update.log" 2>&1 || { cat "$stage/apt-update.log" >&2; die "apt-get update for $SUITE failed (log above); check the machine's network and Debian source"; }
# _apt downloads into a folder it can write (else apt falls back to root and warns).
if id _apt >/dev/null 2>&1; then chown _apt "$stage/debs"; fi
(cd "$stage/debs" && apt-get "${apt_opts[@]}" download "${PACKAGES[@]}") >"$stage/apt-download.log" 2>&1 \
  || { cat "$stage/apt-download.log" >&2; die "apt-get download from $SUITE failed (log above)"; }

root=$stage/root
mkdir -p "$root"
for deb in "$stage"/debs/*.deb; do dpkg -x "$deb" "$root"; done
(cd "$stage/debs" && ls) >"$stage/packages.txt"

libc=$(find "$root/usr/lib" "$root/lib" -name libc.so.6 -print -quit 2>/dev/null || true)
[ -n "$libc" ] || die "the unpacked libc6 has no libc.so.6; the package layout changed, look at $stage/root"
libdir=$(dirname "$libc")
loader=$(find "$libdir" -maxdepth 1 -name 'ld-linux*.so.*' -print -quit)
[ -n "$loader" ] || die "no ld-linux loader next to $libc; the package layout changed"

# Paths in the wrappers are the final ones (the stage is renamed into place below).
final_root=$CACHE/root
final_libdir=$final_root${libdir#"$root"}
final_loader=$final_root${loader#"$root"}
mkdir -p "$stage/bin"
for name in nginx haproxy; do
  cat >"$stage/bin/$name" <<EOF
#!/bin/sh
# Debian $SUITE's $name through its own loader and libraries (made by scripts/debian13-gateways.sh).
exec "$final_loader" --library-path "$final_libdir" "$final_root/usr/sbin/$name" "\$@"
EOF
  chmod 755 "$stage/bin/$name"
  # Every library must resolve inside the unpacked tree: a system library would mix Debian 12 into the test.
  outside=$("$loader" --library-path "$libdir" --list "$root/usr/sbin/$name" | grep -v -e linux-vdso -e "=> $root/" -e "^[[:space:]]*$root/" || true)
  [ -z "$outside" ] || die "$name needs libraries not unpacked from $SUITE: $outside; add their packages to PACKAGES"
done

rm -rf "$stage/apt" "$stage/debs" "$stage"/apt-*.log
chmod -R a+rX "$stage"
rm -rf "$CACHE.old"
if [ -e "$CACHE" ]; then mv "$CACHE" "$CACHE.old"; fi
mv "$stage" "$CACHE"
trap - EXIT
rm -rf "$CACHE.old"

works "$CACHE" || die "the wrappers in $CACHE/bin do not print nginx ${NGINX_SERIES}x / HAProxy ${HAPROXY_SERIES}x; run $CACHE/bin/nginx -v to see why"
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  setpriv --reuid=nobody --regid="$(id -gn nobody)" --clear-groups "$CACHE/bin/nginx" -v 2>/dev/null \
    || die "$CACHE/bin/nginx does not run as nobody; the cache must be world-readable (chmod -R a+rX $CACHE)"
fi
say "$("$CACHE/bin/nginx" -v 2>&1), $("$CACHE/bin/haproxy" -v | head -1) in $CACHE"
echo "$CACHE"
