#!/usr/bin/env bash
# Drives a running server over HTTP the way the mini-program does, checking every answer; exits non-zero on
# the first wrong one. Needs the embedded default (dev WeChat gateway, demo county), curl and jq.
#   scripts/demo.sh [base-url]      (default http://localhost:${MICRONAUT_SERVER_PORT:-8080})
# Staff steps log in as the administrator: give its password in XINQIAO_ADMIN_PASSWORD (user XINQIAO_ADMIN_USER).
# After the guardian's first steps, each feature's steps in scripts/demo.d/*.sh run in name order, sharing
# the helpers and variables below (base, token, admin_token, village, child_id).
set -euo pipefail

base=${1:-http://localhost:${MICRONAUT_SERVER_PORT:-8080}}
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "demo.sh needs $tool" >&2; exit 2; }
done

body=$(mktemp)
trap 'rm -f "$body"' EXIT

# call METHOD PATH EXPECTED-STATUS [JSON] — prints the response body, fails on another status
call() {
  local method=$1 path=$2 expected=$3 data=${4:-}
  local args=(-sS -o "$body" -w '%{http_code}' -X "$method" "$base$path" -H 'Accept: application/json')
  [ -n "${token:-}" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  local status
  status=$(curl "${args[@]}")
  if [ "$status" != "$expected" ]; then
    echo "FAIL: $method $path answered $status, expected $expected: $(cat "$body")" >&2
    exit 1
  fi
  cat "$body"
}

check() { # check DESCRIPTION JQ-EXPRESSION JSON
  if [ "$(jq -r "$2" <<<"$3")" != "true" ]; then
    echo "FAIL: $1: $(jq -c . <<<"$3")" >&2
    exit 1
  fi
  echo "ok  $1"
}

token=""
guardian="grandma-$RANDOM$RANDOM"
login=$(call POST /api/v1/auth/wechat 200 "{\"code\":\"dev-$guardian\"}")
token=$(jq -r .accessToken <<<"$login")
check "a guardian logs in through WeChat (dev gateway)" '.account.roles == ["GUARDIAN"] and (.accessToken | length > 20)' "$login"

villages=$(call GET '/api/v1/villages?size=100' 200)
check "the villages of the demo county are listed with their stations" '.total >= 1 and (.items[0].stations | length >= 1)' "$villages"
village=$(jq -r '[.items[] | select(.name | startswith("长寿村"))][0].id // .items[0].id' <<<"$villages")

refused=$(call POST /api/v1/children 422 "{\"name\":\"小明\",\"gender\":\"MALE\",\"birthDate\":\"2016-09-01\",\"villageId\":$village,\"relation\":\"GRANDPARENT\"}")
check "a child under 14 is not stored without the guardian's consent" '.code == "CONSENT_REQUIRED"' "$refused"

child=$(call POST /api/v1/children 201 "{\"name\":\"小明\",\"gender\":\"MALE\",\"birthDate\":\"2016-09-01\",\"villageId\":$village,\"relation\":\"GRANDPARENT\",\"consent\":true}")
check "the child is registered with the consent recorded" '.name == "小明" and .consentRecordedAt != null' "$child"
child_id=$(jq -r .id <<<"$child")

children=$(call GET /api/v1/children 200)
check "the guardian lists their children" "[.items[].id] == [$child_id]" "$children"

admin_token=""
if [ -n "${XINQIAO_ADMIN_PASSWORD:-}" ]; then
  guardian_token=$token
  token=""
  admin_login=$(call POST /api/v1/auth/password 200 \
    "{\"username\":\"${XINQIAO_ADMIN_USER:-admin}\",\"password\":\"$XINQIAO_ADMIN_PASSWORD\"}")
  admin_token=$(jq -r .accessToken <<<"$admin_login")
  token=$guardian_token
fi

# need_admin — for steps that act as staff
need_admin() {
  if [ -z "$admin_token" ]; then
    echo "FAIL: the next steps act as staff: set XINQIAO_ADMIN_PASSWORD to the administrator's password" >&2
    exit 2
  fi
}

for step in "$(dirname "$0")"/demo.d/*.sh; do
  [ -e "$step" ] || continue
  # shellcheck source=/dev/null
  . "$step"
done

echo "demo passed against $base"
