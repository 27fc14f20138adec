// Data-plane roles. The app's identity needs blobs (reports, the host's own state and the Flex
// deployment package), queues (parse requests, poison) and tables, may sign user-delegation SAS
// (Storage Blob Delegator: POST /api/reports/{unit}/upload-url gives a unit write access to one blob of its own
// incoming/ folder only), may analyze scanned pages with Document Intelligence and may publish
// telemetry. The optional person may read data, not write it: no one but the app and the unit holding
// a SAS for one blob of its folder writes under incoming/, which is why the blob trigger may trust the folder a
// file arrives in.

@description('Storage account the roles apply to.')
param storageAccountName string

@description('Application Insights the app publishes telemetry to.')
param applicationInsightsName string

@description('Document Intelligence account the app OCRs scanned pages with.')
param documentIntelligenceName string

@description('Principal id of the app\'s user-assigned identity.')
param appPrincipalId string

@description('Object id of a person to grant data access; empty for none.')
param userPrincipalId string

@description('User, or ServicePrincipal when a pipeline deploys.')
param userPrincipalType string

var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDelegator = 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'
var storageBlobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageQueueDataReader = '19e7f393-937e-4f77-808e-94535e297925'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageTableDataReader = '76199698-9eea-4c19-bc75-cec21354c6b6'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var cognitiveServicesUser = 'a97b65f3-24c7-4388-baec-2e87135dc908'

var appStorageRoles = [
  storageBlobDataOwner
  storageBlobDelegator
  storageQueueDataContributor
  storageTableDataContributor
]
var userStorageRoles = [
  storageBlobDataReader
  storageQueueDataReader
  storageTableDataReader
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(storageAccount.id, appPrincipalId, roleId)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource documentIntelligence 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: documentIntelligenceName
}

// Analyze with Document Intelligence's Read model (data actions only; no keys, no management).
resource appOcr 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(documentIntelligence.id, appPrincipalId, cognitiveServicesUser)
  scope: documentIntelligence
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource userStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in (empty(userPrincipalId) ? [] : userStorageRoles): {
    name: guid(storageAccount.id, userPrincipalId, roleId)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: userPrincipalId
      principalType: userPrincipalType
    }
  }
]
