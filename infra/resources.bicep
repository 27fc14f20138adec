// Everything inside the resource group; main.bicep only creates the group and names things.

@description('Region for every resource.')
param location string

@description('Tags for every resource (azd-env-name).')
param tags object

@description('Unique, lower-case suffix for globally unique names.')
param resourceToken string

@description('Object id of a person to grant data access to the storage account; empty for none.')
param principalId string

@description('User or ServicePrincipal.')
param principalType string

@description('NightlyRollup schedule (UTC, six-field cron).')
param rollupSchedule string

@description('Declare the Event Grid subscription (only once the code, and so the blobs_extension key, exists).')
param ingestSubscriptionEnabled bool

@description('Most instances the app may scale out to.')
param maximumInstanceCount int

@secure()
@description('The admin API key (Key Vault secret admin-key).')
param adminKey string

var functionAppName = 'func-tthc-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-tthc-${resourceToken}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'sttthc${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-tthc-${resourceToken}'
    applicationInsightsName: 'appi-tthc-${resourceToken}'
    location: location
    tags: tags
  }
}

module documentIntelligence 'modules/document-intelligence.bicep' = {
  name: 'document-intelligence'
  params: {
    name: 'di-tthc-${resourceToken}'
    location: location
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    documentIntelligenceName: documentIntelligence.outputs.name
    appPrincipalId: identity.properties.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-tthc-${take(resourceToken, 16)}'
    location: location
    tags: tags
    adminKey: adminKey
    appPrincipalId: identity.properties.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: functionAppName
    planName: 'plan-tthc-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    rollupSchedule: rollupSchedule
    reportsContainerName: storage.outputs.reportsContainerName
    parseQueueName: storage.outputs.parseQueueName
    maximumInstanceCount: maximumInstanceCount
    documentIntelligenceEndpoint: documentIntelligence.outputs.endpoint
    adminKeyUri: keyVault.outputs.adminKeyUri
  }
  // The host reads its storage with the identity at start-up: grant first, then start (the Key Vault
  // role comes with keyVault, whose output this module takes).
  dependsOn: [
    roles
  ]
}

module systemTopic 'modules/event-grid-topic.bicep' = {
  name: 'event-grid-topic'
  params: {
    name: 'evgt-tthc-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module ingestSubscription 'modules/ingest-subscription.bicep' = if (ingestSubscriptionEnabled) {
  name: 'ingest-subscription'
  params: {
    systemTopicName: systemTopic.outputs.name
    functionAppName: functionApp.outputs.name
    reportsContainerName: storage.outputs.reportsContainerName
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUri string = functionApp.outputs.uri
output storageAccountName string = storage.outputs.name
output blobEndpoint string = storage.outputs.blobEndpoint
output systemTopicName string = systemTopic.outputs.name
output documentIntelligenceEndpoint string = documentIntelligence.outputs.endpoint
output keyVaultName string = keyVault.outputs.name
