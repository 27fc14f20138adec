#!/usr/bin/env bash
# Smoke test of a deployment (or of a local `tthc serve`): loads a one-unit test registry, uploads a
# synthetic canonical report for that unit over HTTP, waits until it is accepted, recomputes the rollup
# and checks that the unit's value is in it. Exit 0 when all of that holds; otherwise the step that failed.
#
# The test unit lives only in the year 2015 (valid_from/valid_to; the first year a period may be in), so real rollups never see it.
#
# Where and how to call (all optional when run inside an azd environment):
#   TTHC_BASE_URL     the app, e.g. https://func-tthc-xxxx.azurewebsites.net (default: azd env SERVICE_API_URI)
#   TTHC_AUTH_HEADER  the ONE credential header sent with every request. Default: the app's function key,
#                     "x-functions-key: <key>" (from `az functionapp keys list`). When per-unit keys replace
#                     function keys, set e.g. TTHC_AUTH_HEADER="Authorization: Bearer <unit key>"; set it to
#                     an empty string for a local `tthc serve`, which needs none.
#   TTHC_PROVINCE     province of the test unit (default ha-tinh)
set -euo pipefail

azd_value() { command -v azd >/dev/null && azd env get-value "$1" 2>/dev/null || true; }

base=${TTHC_BASE_URL:-$(azd_value SERVICE_API_URI)}
[ -n "$base" ] || { echo "smoke: set TTHC_BASE_URL (or run inside an azd environment)" >&2; exit 2; }
base=${base%/}

if [ -z "${TTHC_AUTH_HEADER+set}" ]; then
  app=$(azd_value AZURE_FUNCTION_APP_NAME); rg=$(azd_value AZURE_RESOURCE_GROUP)
  [ -n "$app" ] && [ -n "$rg" ] || { echo "smoke: set TTHC_AUTH_HEADER (or run inside an azd environment)" >&2; exit 2; }
  key=$(az functionapp keys list --resource-group "$rg" --name "$app" --query functionKeys.default --output tsv)
  TTHC_AUTH_HEADER="x-functions-key: $key"
fi

province=${TTHC_PROVINCE:-ha-tinh}
unit="smoke-$province"
period=2015
received=$(( (RANDOM % 9000) + 1000 ))

call() { # method path [curl args…]: prints the body, fails on an HTTP error
  local method=$1 path=$2; shift 2
  curl --silent --show-error --fail-with-body --request "$method" ${TTHC_AUTH_HEADER:+--header "$TTHC_AUTH_HEADER"} "$@" "$base/api/$path"
}
field() { # name: the first "name": value of the JSON on stdin
  grep -o "\"$1\": *\(\"[^\"]*\"\|[0-9.]*\)" | head -n 1 | sed 's/^[^:]*: *//; s/"//g'
}

echo "smoke: $base — unit $unit, period $period, dossiers.received = $received"

printf 'code,name,level,province,parent,valid_from,valid_to,aliases\n%s,Đơn vị kiểm thử triển khai (smoke),commune,%s,%s,2015-01-01,2015-12-31,\n' \
  "$unit" "$province" "$province" | call PUT "registry/smoke" --header "Content-Type: text/csv" --data-binary @- >/dev/null
echo "smoke: registry loaded"

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
