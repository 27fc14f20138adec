using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tthc.Pipeline.Access;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>infra/ creates what the code uses and configures it under the names the code binds.</summary>
public sealed partial class InfraTests
{
    private static readonly StorageOptions Storage = new();

    [Fact]
    public void StorageBicep_CreatesTheContainerQueuesAndTablesTheCodeUses()
    {
        var bicep = RepositoryFiles.Read("infra/modules/storage.bicep");

        Assert.Contains($"var reportsContainerName = '{Storage.ReportsContainer}'", bicep, StringComparison.Ordinal);
        Assert.Contains($"var parseQueueName = '{Storage.ParseQueue}'", bicep, StringComparison.Ordinal);
        Assert.Contains($"'${{parseQueueName}}{StorageOptions.PoisonQueueSuffix}'", bicep, StringComparison.Ordinal);
        Assert.All(
            new[] { Storage.SubmissionsTable, Storage.IndicatorValuesTable, Storage.RollupsTable, Storage.UnitHistoryTable, Storage.AccessKeysTable, Storage.AuditTable },
            name => Assert.Contains($"'{name}'", bicep, StringComparison.Ordinal));
    }

    [Fact]
    public void StorageBicep_DisablesSharedKeys()
    {
        Assert.Contains("allowSharedKeyAccess: false", RepositoryFiles.Read("infra/modules/storage.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionAppBicep_StorageSettings_BindToStorageOptions()
    {
        var settings = AppSettingNames().Where(n => n.StartsWith(StorageOptions.SectionName + "__", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, name =>
            Assert.NotNull(typeof(StorageOptions).GetProperty(name[(StorageOptions.SectionName.Length + 2)..], BindingFlags.Public | BindingFlags.Instance)));
    }

    [Fact]
    public void FunctionAppBicep_AdminKey_IsAKeyVaultReferenceResolvedWithTheAppIdentity()
    {
        var bicep = RepositoryFiles.Read("infra/modules/function-app.bicep");

        Assert.Contains($"{AuthOptions.SectionName}__{nameof(AuthOptions.AdminKey)}", AppSettingNames());
        Assert.Contains("value: '@Microsoft.KeyVault(SecretUri=${adminKeyUri})'", bicep, StringComparison.Ordinal);
        Assert.Contains("keyVaultReferenceIdentity: identityId", bicep, StringComparison.Ordinal);
        Assert.Null(new AuthOptions { AdminKey = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/admin-key/)" }.UsableAdminKey);
    }

    [Fact]
    public void Bicep_AdminKey_IsSecureAndInNoOutput()
    {
        foreach (var file in new[] { "infra/main.bicep", "infra/resources.bicep", "infra/modules/key-vault.bicep" })
        {
            var bicep = RepositoryFiles.Read(file);
            Assert.Matches(@"@secure\(\)\s*\n(@[^\n]*\n)*param adminKey string", bicep);
            Assert.DoesNotMatch(@"(?m)^output .*adminKey\b", bicep);
        }
    }

    [Fact]
    public void RolesBicep_AppMaySignUserDelegationSas_AndThePersonOnlyReads()
    {
        var bicep = RepositoryFiles.Read("infra/modules/roles.bicep");

        Assert.Matches(@"appStorageRoles = \[[^\]]*storageBlobDelegator", bicep);
        Assert.Matches(@"userStorageRoles = \[\s*storageBlobDataReader\s+storageQueueDataReader\s+storageTableDataReader\s*\]", bicep);
        Assert.Contains("'4633458b-17de-408a-b874-0445c86b69e6'", RepositoryFiles.Read("infra/modules/key-vault.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bicep_OnlyTheAppIsGrantedBlobWrite_SoTheIncomingFolderIsWrittenOnlyThroughItsSas()
    {
        // Storage Blob Data Owner and Contributor (and account Contributor, which can list keys, though shared keys are off).
        string[] blobWriters = ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "ba92f5b4-2d11-4ad0-b0a8-3f0a94d5df6d", "b24988ac-6180-42a0-ab88-20f7382dd24c", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"];
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).ToList();

        var granting = files.Where(f => blobWriters.Any(id => File.ReadAllText(f).Contains(id, StringComparison.OrdinalIgnoreCase))).Select(Path.GetFileName).ToList();

        Assert.Equal(["roles.bicep"], granting);
        var roles = RepositoryFiles.Read("infra/modules/roles.bicep");
        Assert.Contains("var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'", roles, StringComparison.Ordinal);
        Assert.Matches(@"appStorageRoles = \[\s*storageBlobDataOwner\b", roles);
        Assert.DoesNotMatch(@"userStorageRoles = \[[^\]]*storageBlobDataOwner", roles);
        Assert.Single(Regex.Matches(roles, @"roleId in appStorageRoles"));
        Assert.Matches(@"for roleId in appStorageRoles: \{[^}]*principalId: appPrincipalId", roles);
    }

    [Fact]
    public void FunctionAppBicep_HostStorage_IsIdentityBased()
    {
        var settings = AppSettingNames();

        Assert.DoesNotContain("AzureWebJobsStorage", settings);
        Assert.Contains("AzureWebJobsStorage__credential", settings);
        Assert.Contains("AzureWebJobsStorage__clientId", settings);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", settings);
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", settings);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", settings);
    }

    [Fact]
    public void FunctionAppBicep_DefinesEveryPercentSettingTheTriggersRead()
    {
        var settings = AppSettingNames();
        var referenced = FunctionsBuildOutput.Functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .SelectMany(b => b.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            .SelectMany(p => PercentSetting().Matches(p.Value.GetString()!))
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.Contains(name, settings));
    }

    [Fact]
    public void IngestSubscription_TargetsIngestReportOnIncomingBlobs()
    {
        var bicep = RepositoryFiles.Read("infra/modules/ingest-subscription.bicep");
        var blobFunction = Assert.Single(FunctionsBuildOutput.Functions, f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "blobTrigger"));

        Assert.Contains($"param functionName string = '{blobFunction.GetProperty("name").GetString()}'", bicep, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=", bicep, StringComparison.Ordinal);
        Assert.Contains($"param reportsContainerName string = '{Storage.ReportsContainer}'", bicep, StringComparison.Ordinal);
        Assert.Contains("subjectBeginsWith: '/blobServices/default/containers/${reportsContainerName}/blobs/incoming/'", bicep, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Storage.BlobCreated'", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProjectAsServiceApi()
    {
        var yaml = RepositoryFiles.Read("azure.yaml");

        Assert.Matches(@"(?m)^  api:\s*\n    project: \./src/Tthc\.Functions\s*\n    language: dotnet\s*\n    host: function", yaml);
    }

    [Fact]
    public void AzureYaml_Hooks_RunScriptsThatExist()
    {
        var scripts = HookScript().Matches(RepositoryFiles.Read("azure.yaml")).Select(m => m.Groups["path"].Value).ToList();

        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, path => Assert.True(File.Exists(RepositoryFiles.PathOf(path)), $"{path} is missing"));
    }

    [Fact]
    public void MainParameters_NameOnlyParametersOfMainBicep()
    {
        var declared = BicepParam().Matches(RepositoryFiles.Read("infra/main.bicep")).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        using var parameters = JsonDocument.Parse(RepositoryFiles.Read("infra/main.parameters.json"));
        var given = parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("environmentName", given);
        Assert.Contains("location", given);
        Assert.All(given, name => Assert.Contains(name, declared));
    }

    private static HashSet<string> AppSettingNames()
        => [.. AppSettingName().Matches(RepositoryFiles.Read("infra/modules/function-app.bicep")).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"name: '(?<name>[A-Za-z_][A-Za-z0-9_]*)'\s*\n\s*value:")]
    private static partial Regex AppSettingName();

    [GeneratedRegex(@"%(?<name>[^%]+)%")]
    private static partial Regex PercentSetting();

    [GeneratedRegex(@"(?m)^\s+run: \./(?<path>\S+)\s*$")]
    private static partial Regex HookScript();

    [GeneratedRegex(@"(?m)^param (?<name>\w+) ")]
    private static partial Regex BicepParam();
}
