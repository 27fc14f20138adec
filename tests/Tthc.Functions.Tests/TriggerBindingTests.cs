using System.Text.Json;
using System.Text.RegularExpressions;
using Tthc.Pipeline;
using Tthc.Pipeline.Ports;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>The non-HTTP triggers name the queues, blobs and settings that Tthc.Storage and infra/ use.</summary>
public sealed partial class TriggerBindingTests
{
    private static readonly StorageOptions Storage = new();

    [Fact]
    public void Functions_OneSealedClassPerFile_NamedAsTheFunction()
    {
        Assert.All(FunctionSource.All, f =>
        {
            Assert.Equal(Path.GetFileNameWithoutExtension(f.FileName), f.ClassName);
            Assert.Equal(f.ClassName, f.FunctionName);
        });
    }

    [Fact]
    public void QueueTriggers_AreTheParseQueueAndItsPoisonQueue()
    {
        var queues = FunctionSource.All.Select(f => f.QueueName).OfType<string>().Order(StringComparer.Ordinal);

        Assert.Equal([Storage.ParseQueue, Storage.PoisonQueue], queues);
    }

    [Fact]
    public void BlobTrigger_WatchesIncomingThroughEventGrid()
    {
        var ingest = Assert.Single(FunctionSource.All, f => f.BlobPath is not null);

        Assert.Equal($"{Storage.ReportsContainer}/incoming/{{unitCode}}/{{fileName}}", ingest.BlobPath);
        Assert.True(ingest.BlobFromEventGrid);
        Assert.NotNull(IncomingBlob.FromName("incoming/hai-phong-khuc-thua-du/bao-cao.pdf"));
    }

    [Fact]
    public void TimerTrigger_ReadsRollupScheduleSetting()
    {
        var timer = Assert.Single(FunctionSource.All, f => f.TimerSchedule is not null);

        Assert.Equal("%RollupSchedule%", timer.TimerSchedule);
    }

    [Fact]
    public void RollupSchedule_SameDefaultInOptionsLocalSettingsAndBicep()
    {
        var expected = new RollupOptions().Schedule;
        using var local = JsonDocument.Parse(RepositoryFiles.Read("src/Tthc.Functions/local.settings.json.example"));
        var values = local.RootElement.GetProperty("Values");

        Assert.Equal("0 0 18 * * *", expected);
        Assert.Equal(expected, values.GetProperty("RollupSchedule").GetString());
        Assert.Equal(expected, values.GetProperty("Rollup__Schedule").GetString());
        Assert.Matches($"param rollupSchedule string = '{Regex.Escape(expected)}'", RepositoryFiles.Read("infra/main.bicep"));
    }

    [Fact]
    public void LocalSettingsExample_RunsAgainstTheEmulatorWithTheIsolatedWorker()
    {
        using var local = JsonDocument.Parse(RepositoryFiles.Read("src/Tthc.Functions/local.settings.json.example"));
        var values = local.RootElement.GetProperty("Values");

        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("Storage__ConnectionString").GetString());
    }
}
