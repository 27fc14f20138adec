#!/bin/sh
# azd postdeploy hook: create the Event Grid subscription that feeds IngestReport.
#
# Why after deploy: the subscription's webhook URL carries the host's blobs_extension system key, and
# the host creates that key only once code with an Event Grid blob trigger is deployed and running.
# So the first `azd up` provisions without the subscription, deploys the code, and this hook deploys
# infra/modules/ingest-subscription.bicep; it then sets TTHC_INGEST_SUBSCRIPTION=true so that every
# later `azd provision` keeps declaring the subscription from main.bicep (with a fresh key).
set -eu

: "${AZURE_RESOURCE_GROUP:?run through azd (azd up / azd deploy)}"
: "${AZURE_FUNCTION_APP_NAME:?run through azd (azd up / azd deploy)}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?run through azd (azd up / azd deploy)}"

if [ "${TTHC_INGEST_SUBSCRIPTION:-false}" = "true" ]; then
  echo "Event Grid subscription already declared by main.bicep (TTHC_INGEST_SUBSCRIPTION=true)."
  exit 0
fi

command -v az >/dev/null || { echo "The Azure CLI (az) is required for this step: see README.md, "Deploying to Azure"." >&2; exit 1; }

# Listing the keys wakes the host; the extension key appears once the blob extension has started.
key=""
for attempt in $(seq 1 20); do
  key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "Waiting for the host's blobs_extension key ($attempt/20)..."
  sleep 15
done
if [ -z "$key" ]; then
  echo "The blobs_extension key did not appear: is IngestReport deployed? Re-run 'azd deploy' once it is." >&2
  exit 1
fi

az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name ingest-subscription \
  --template-file "$(dirname "$0")/../modules/ingest-subscription.bicep" \
  --parameters systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" functionAppName="$AZURE_FUNCTION_APP_NAME" \
  --output none

azd env set TTHC_INGEST_SUBSCRIPTION true
echo "Event Grid subscription 'ingest-report' created: uploads to reports/incoming/ now reach IngestReport."
