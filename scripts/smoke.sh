#!/usr/bin/env bash
# Smoke test of a deployment (or of a local `tthc serve`): adds a test unit to a province's registry (the
# registry is read first and kept: the row is appended, nothing is dropped), uploads a synthetic canonical
# report for that unit over HTTP, waits until it is accepted, recomputes the rollup and checks that the
# unit's value is in it. Exit 0 when all of that holds; otherwise the step that failed.
#
# The test unit lives only in the year 2015 (valid_from/valid_to; the first year a period may be in), so real rollups never see it.
#
# Where and how to call (all optional when run inside an azd environment):
#   TTHC_BASE_URL     the app, e.g. https://func-tthc-xxxx.azurewebsites.net (default: azd env SERVICE_API_URI)
#   TTHC_KEY          an admin key, or the province's key (default: the admin key from the environment's Key
#                     Vault, secret "admin-key", read with `az keyvault secret show`; never printed)
#   TTHC_AUTH_HEADER  the ONE credential header sent with every request (default "Authorization: Bearer $TTHC_KEY")
#   TTHC_PROVINCE     province of the test unit (default ha-tinh)
set -euo pipefail

azd_value() { command -v azd >/dev/null && azd env get-value "$1" 2>/dev/null || true; }

base=${TTHC_BASE_URL:-$(azd_value SERVICE_API_URI)}
[ -n "$base" ] || { echo "smoke: set TTHC_BASE_URL (or run inside an azd environment)" >&2; exit 2; }
base=${base%/}

if [ -z "${TTHC_AUTH_HEADER:-}" ]; then
  key=${TTHC_KEY:-}
  if [ -z "$key" ]; then
    vault=$(azd_value AZURE_KEY_VAULT_NAME)
    [ -n "$vault" ] || { echo "smoke: set TTHC_KEY (or run inside an azd environment)" >&2; exit 2; }
    key=$(az keyvault secret show --vault-name "$vault" --name admin-key --query value --output tsv)
  fi
  TTHC_AUTH_HEADER="Authorization: Bearer $key"
fi

province=${TTHC_PROVINCE:-ha-tinh}
unit="smoke-$province"
period=2015
received=$(( (RANDOM % 9000) + 1000 ))

call() { # method path [curl args…]: prints the body, fails on an HTTP error
  local method=$1 path=$2; shift 2
  curl --silent --show-error --fail-with-body --request "$method" --header "$TTHC_AUTH_HEADER" "$@" "$base/api/$path"
}
field() { # name: the first "name": value of the JSON on stdin
  grep -o "\"$1\": *\(\"[^\"]*\"\|[0-9.]*\)" | head -n 1 | sed 's/^[^:]*: *//; s/"//g'
}

echo "smoke: $base — unit $unit, period $period, dossiers.received = $received"

# The province's registry as loaded (404: none yet), with the test unit's row appended when it is missing.
answer=$(curl --silent --show-error --write-out '\n%{http_code}' --header "$TTHC_AUTH_HEADER" "$base/api/registry/$province")
code=${answer##*$'\n'}; registry=${answer%$'\n'*}
case "$code" in
  200) ;;
  404) registry='code,name,level,province,parent,valid_from,valid_to,aliases' ;;
  *) echo "smoke: reading the registry of $province answered $code: $registry" >&2; exit 1 ;;
esac
registry=$(printf '%s' "$registry")  # without trailing newlines
grep -q "^$unit," <<<"$registry" || registry+=$'\n'"$unit,Đơn vị kiểm thử triển khai (smoke),commune,$province,$province,2015-01-01,2015-12-31,"
printf '%s\n' "$registry" | call PUT "registry/$province" --header "Content-Type: text/csv" --data-binary @- >/dev/null
echo "smoke: registry of $province holds $unit"

submission=$(printf 'unit,period,indicator,value\n%s,%s,dossiers.received,%s\n' "$unit" "$period" "$received" \
  | call POST "reports/$unit/smoke-$period.csv" --data-binary @- | field submissionId)
[ -n "$submission" ] || { echo "smoke: the upload returned no submission id" >&2; exit 1; }
echo "smoke: uploaded, submission $submission"

status=""
for attempt in $(seq 1 60); do
  status=$(call GET "submissions/$submission" | field status)
  case "$status" in accepted) break ;; rejected|failed) break ;; esac
  sleep 2
done
[ "$status" = "accepted" ] || { echo "smoke: submission $submission is '$status', not accepted"; call GET "submissions/$submission" >&2 || true; exit 1; }
echo "smoke: submission accepted"

rollup=$(call POST "rollups/$province/$period")
echo "$rollup" | grep -q "\"code\": *\"dossiers.received\"" || { echo "smoke: the rollup has no dossiers.received" >&2; exit 1; }
value=$(echo "$rollup" | grep -o "\"code\": *\"dossiers.received\"[^}]*" | field value)
[ "${value%.*}" = "$received" ] || { echo "smoke: rollup dossiers.received is '$value', expected $received" >&2; exit 1; }
echo "smoke: rollup $province/$period has dossiers.received = $value — OK"
