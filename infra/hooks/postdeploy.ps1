# azd postdeploy hook (Windows): the same steps as postdeploy.sh, which explains why they come after
# the code is deployed (the Event Grid webhook needs the host's blobs_extension key).
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set: run through azd (azd up / azd deploy)." }
}

if ($env:TTHC_INGEST_SUBSCRIPTION -eq 'true') {
    Write-Host 'Event Grid subscription already declared by main.bicep (TTHC_INGEST_SUBSCRIPTION=true).'
    exit 0
}

if (-not (Get-Command az -ErrorAction SilentlyContinue)) { throw 'The Azure CLI (az) is required for this step: see README.md, section Deploying to Azure.' }

$key = ''
foreach ($attempt in 1..20) {
    $key = az functionapp keys list --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_APP_NAME `
        --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($key) { break }
    Write-Host "Waiting for the host's blobs_extension key ($attempt/20)..."
    Start-Sleep -Seconds 15
}
if (-not $key) { throw "The blobs_extension key did not appear: is IngestReport deployed? Re-run 'azd deploy' once it is." }

az deployment group create `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --name ingest-subscription `
    --template-file (Join-Path $PSScriptRoot '..' 'modules' 'ingest-subscription.bicep') `
    --parameters systemTopicName=$env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME functionAppName=$env:AZURE_FUNCTION_APP_NAME `
    --output none
if ($LASTEXITCODE -ne 0) { throw 'Creating the Event Grid subscription failed.' }

azd env set TTHC_INGEST_SUBSCRIPTION true
Write-Host "Event Grid subscription 'ingest-report' created: uploads to reports/incoming/ now reach IngestReport."
