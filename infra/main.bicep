// Tthc Reports on Azure: one resource group holding the storage account (reports, queues, tables),
// a Flex Consumption Function App with a user-assigned identity, monitoring, and the Event Grid
// source that turns blob uploads into IngestReport calls. `azd up` deploys it (azure.yaml).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; it names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource. It must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person deploying; when set, they may read the storage account\'s data (blobs, queues, tables; no writes: reports come in through the API and unit SAS only) and the admin key in Key Vault. Empty: no such grant.')
param principalId string = ''

@description('Kind of principalId: User for a person, ServicePrincipal when a pipeline deploys.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Six-field cron for NightlyRollup, in UTC: Flex Consumption runs on Linux, which ignores WEBSITE_TIME_ZONE. 0 0 18 * * * is 01:00 in Vietnam (UTC+7).')
param rollupSchedule string = '0 0 18 * * *'

@description('Declare the Event Grid subscription that feeds IngestReport. It needs the blobs_extension key, which exists only once the code is deployed, so the first `azd up` leaves it to the postdeploy hook, which then sets this to true.')
param ingestSubscriptionEnabled bool = false

@secure()
@description('The admin API key, stored in Key Vault (secret admin-key) and read by the app through a Key Vault reference. Not given (the default): a new random key of two GUIDs, so every `azd provision` rotates it; read the current one from Key Vault (README). Province and unit keys live in the AccessKeys table and are not affected.')
param adminKey string = '${newGuid()}${newGuid()}'

@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module app 'resources.bicep' = {
  name: 'tthc-resources'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    principalId: principalId
    principalType: principalType
    rollupSchedule: rollupSchedule
    ingestSubscriptionEnabled: ingestSubscriptionEnabled
    maximumInstanceCount: maximumInstanceCount
    adminKey: adminKey
  }
}

// azd reads these into the environment (.azure/<env>/.env); the postdeploy hook uses them too.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.functionAppName
output AZURE_STORAGE_ACCOUNT_NAME string = app.outputs.storageAccountName
output AZURE_STORAGE_BLOB_ENDPOINT string = app.outputs.blobEndpoint
// The vault's name only (never the key): `az keyvault secret show --vault-name … --name admin-key` reads the key.
output AZURE_KEY_VAULT_NAME string = app.outputs.keyVaultName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = app.outputs.systemTopicName
output SERVICE_API_NAME string = app.outputs.functionAppName
output SERVICE_API_URI string = app.outputs.functionAppUri
