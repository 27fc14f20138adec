// The storage account's Event Grid system topic: the source of Microsoft.Storage.BlobCreated events
// that the Event Grid–based blob trigger (IngestReport) consumes.

@description('System topic name.')
param name string

@description('Region (a system topic lives with its source).')
param location string

@description('Tags.')
param tags object

@description('Storage account whose blob events the topic publishes.')
param storageAccountName string

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
