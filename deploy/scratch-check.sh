#!/usr/bin/env bash
# Runs verbatim as a FROM scratch container would, without a Docker engine:
# a static binary alone in an empty root directory, as uid 65532, then checks
# that the review page, Swagger UI and the API answer. Needs root (chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(mktemp -d)
chmod 755 "$root"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$root" "$root.log"' EXIT
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$root/verbatim" ./cmd/verbatim
echo "binary: $(stat -c %s "$root/verbatim") bytes, $(gzip -9 -c "$root/verbatim" | wc -c) gzipped (the image's only layer)"
chroot --userspec=65532:65532 "$root" /verbatim serve --addr 127.0.0.1:18080 2>"$root.log" &
pid=$!
for _ in $(seq 50); do curl -fs localhost:18080/readyz >/dev/null && break; sleep 0.1; done
for path in / /swagger/index.html /readyz; do
  printf '%-22s %s\n' "$path" "$(curl -s -o /dev/null -w '%{http_code}' "localhost:18080$path")"
done
curl -fs localhost:18080/v1/analyze -H 'content-type: text/plain' \
  --data-binary @testdata/articles/moscow-haftar.txt | grep -q '"statements"' && echo "analyze: ok"
echo "RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status), user: $(stat -c %u /proc/$pid)"
