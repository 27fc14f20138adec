// The subscription that feeds IngestReport: BlobCreated under reports/incoming/ goes to the blob
// extension's webhook. Its URL carries the host's blobs_extension system key, which the host creates
// only after code with an Event Grid blob trigger has been deployed and started — hence this module
// is deployed after the code (infra/hooks/postdeploy.sh), then kept by main.bicep on later provisions.

@description('The storage account\'s Event Grid system topic.')
param systemTopicName string

@description('The Function App hosting IngestReport.')
param functionAppName string

@description('The container units upload into (uploads under incoming/).')
param reportsContainerName string = 'reports'

@description('Function receiving the events (the [Function] name).')
param functionName string = 'IngestReport'

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// sites/host is not a typed resource in Bicep: call the ARM listkeys action on its id instead.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'ingest-report'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        // Documented form: /runtime/webhooks/blobs?functionName=Host.Functions.<name>&code=<blobs_extension key>
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${reportsContainerName}/blobs/incoming/'
    }
    // Event Grid retries a failed delivery for a day; the ingest is idempotent on the content hash.
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = subscription.name
