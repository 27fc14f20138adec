// The Key Vault holding the admin API key. The app reads it through a Key Vault reference in its
// app settings (Auth__AdminKey), signed in with its user-assigned identity (Key Vault Secrets User on
// this secret only); the key never appears in an output, a parameter file or a log.

@description('Key Vault name (3-24 letters, digits and dashes).')
@minLength(3)
@maxLength(24)
param name string

@description('Region.')
param location string

@description('Tags.')
param tags object

@secure()
@minLength(32)
@description('The admin API key to store as the secret admin-key.')
param adminKey string

@description('Principal id of the app\'s user-assigned identity (reads the secret).')
param appPrincipalId string

@description('Object id of a person who may read the admin key (the deployer); empty for none.')
param userPrincipalId string

@description('User, or ServicePrincipal when a pipeline deploys.')
param userPrincipalType string

// The name the app setting and the README's commands use.
var adminKeySecretName = 'admin-key'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure RBAC only (no access policies), like the storage account.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: adminKeySecretName
  properties: {
    value: adminKey
    contentType: 'Tthc Reports admin API key (Authorization: Bearer)'
  }
}

resource appReadsAdminKey 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(adminKeySecret.id, appPrincipalId, keyVaultSecretsUser)
  scope: adminKeySecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource userReadsAdminKey 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(adminKeySecret.id, userPrincipalId, keyVaultSecretsUser)
  scope: adminKeySecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

output name string = vault.name
// The secret's URI without a version (the reference follows the latest version); not the secret's value.
output adminKeyUri string = '${vault.properties.vaultUri}secrets/${adminKeySecretName}/'
