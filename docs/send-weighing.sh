#!/usr/bin/env bash
# Signs a weighing record (a JSON file) and sends it to the platform, as docs/api.md describes.
#
#   KEY_ID=ak... SECRET=... ./send-weighing.sh record.json [https://platform.example/api/v1/weighings]
#
# Needs bash, openssl, sha256sum, od and curl. With DRY_RUN=1 it prints the canonical string and
# the headers instead of sending.
set -euo pipefail

body_file=${1:?usage: KEY_ID=... SECRET=... $0 record.json [url]}
url=${2:-http://127.0.0.1:8080/api/v1/weighings}
: "${KEY_ID:?set KEY_ID to the key id shown when the credential was issued}"
: "${SECRET:?set SECRET to the secret shown when the credential was issued}"

path=$(printf '%s' "$url" | sed -E 's#^[a-z]+://[^/]+##; s#\?.*$##')
timestamp=${TIMESTAMP:-$(date +%s%3N)}
nonce=${NONCE:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}
body_sha256=$(sha256sum "$body_file" | cut -d' ' -f1)

# Five lines joined by \n, without a trailing newline.
canonical=$(printf 'POST\n%s\n%s\n%s\n%s' "$path" "$timestamp" "$nonce" "$body_sha256")
signature=$(printf '%s' "$canonical" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')

if [[ "${DRY_RUN:-0}" == "1" ]]; then
  printf '%s\n---\n' "$canonical"
  printf 'X-Key-Id: %s\nX-Timestamp: %s\nX-Nonce: %s\nX-Signature: %s\n' \
    "$KEY_ID" "$timestamp" "$nonce" "$signature"
  exit 0
fi

curl --silent --show-error --request POST "$url" \
  --header 'Content-Type: application/json' \
  --header "X-Key-Id: $KEY_ID" \
  --header "X-Timestamp: $timestamp" \
  --header "X-Nonce: $nonce" \
  --header "X-Signature: $signature" \
  --data-binary "@$body_file"
echo
