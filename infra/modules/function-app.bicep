// The Flex Consumption (FC1, Linux) Function App. Every storage connection — the host's
// (AzureWebJobsStorage), the deployment package, and the app's own clients (Storage__*) — uses the
// user-assigned identity: the account has shared keys disabled.

@description('Function App name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Region.')
param location string

@description('Tags; the app also gets azd-service-name so `azd deploy` finds it.')
param tags object

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Blob endpoint, e.g. https://<account>.blob.core.windows.net/.')
param blobEndpoint string

@description('Queue endpoint.')
param queueEndpoint string

@description('Table endpoint.')
param tableEndpoint string

@description('Container the deployment package goes to.')
param deploymentContainerName string

@description('Application Insights connection string (not a secret: ingestion needs an Entra token).')
param applicationInsightsConnectionString string

@description('NightlyRollup schedule (UTC, six-field cron).')
param rollupSchedule string

@description('The reports container (uploads in incoming/).')
param reportsContainerName string

@description('The parse queue (its poison queue is <name>-poison).')
param parseQueueName string

@description('Most instances the app may scale out to.')
param maximumInstanceCount int

@description('Memory per instance (MB).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      // Flex takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME and
      // FUNCTIONS_EXTENSION_VERSION are not allowed here.
      appSettings: [
        // The host's own storage and every trigger (blob, queue, timer leases), by identity.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: queueEndpoint
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: tableEndpoint
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // The app's own clients (Tthc.Storage): service URIs + DefaultAzureCredential with the
        // user-assigned identity's client id.
        {
          name: 'Storage__BlobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'Storage__QueueServiceUri'
          value: queueEndpoint
        }
        {
          name: 'Storage__TableServiceUri'
          value: tableEndpoint
        }
        {
          // Tthc.Storage passes this to DefaultAzureCredential: the app has only the user-assigned identity.
          name: 'Storage__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          // DefaultAzureCredential elsewhere (the Azure Monitor exporter) finds the identity through it.
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsightsConnectionString
        }
        {
          // The host's telemetry authenticates with the identity (local auth is disabled).
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // One flat setting each, read by a trigger's %Name% expression and by the app's options alike
        // (binding expressions resolve only flat app settings, not Section__Key).
        {
          // %RollupSchedule% in NightlyRollup and RollupOptions; UTC because Linux ignores WEBSITE_TIME_ZONE.
          name: 'RollupSchedule'
          value: rollupSchedule
        }
        {
          // %SweepSchedule% in SweepSubmissions and WorkerOptions: queue again submissions left 'received' (UTC cron).
          name: 'SweepSchedule'
          value: '0 */5 * * * *'
        }
        {
          // %ReportsContainer% in IngestReport and StorageOptions.
          name: 'ReportsContainer'
          value: reportsContainerName
        }
        {
          // %ParseQueue% in ParseReport (and %ParseQueue%-poison in RecordParseFailure) and StorageOptions.
          name: 'ParseQueue'
          value: parseQueueName
        }
      ]
    }
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
