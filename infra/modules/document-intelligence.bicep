// Azure AI Document Intelligence (kind FormRecognizer): the Read model OCRs scanned PDF pages in Azure, where the
// Flex Consumption plan cannot install Tesseract. Keys are off: the app signs in with its managed identity
// (Cognitive Services User, see roles.bicep), which needs the custom subdomain endpoint.

@description('Account name (also its custom subdomain).')
param name string

@description('Region (Document Intelligence is not offered everywhere; see the README).')
param location string

@description('Tags.')
param tags object

@description('Pricing tier: S0 (F0 allows 2 pages per document and one free account per subscription).')
@allowed([
  'S0'
  'F0'
])
param sku string = 'S0'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'FormRecognizer'
  sku: {
    name: sku
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = account.name
output endpoint string = account.properties.endpoint
