using System.Reflection;

namespace Tthc.Functions.Tests;

/// <summary>What the Functions package carries: the files the host needs, and no local-hosting code.</summary>
public sealed class PackageContentsTests
{
    [Fact]
    public void Output_HoldsWhatTheHostReads()
    {
        Assert.All(
            new[] { "functions.metadata", "worker.config.json", "extensions.json", "host.json", "Tthc.Functions.dll" },
            file => Assert.True(File.Exists(Path.Combine(FunctionsBuildOutput.Folder, file)), $"{file} is missing"));
    }

    [Fact]
    public void WorkerConfig_StartsTheAppAssembly()
    {
        var description = FunctionsBuildOutput.ReadJson("worker.config.json").GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("Tthc.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
    }

    [Fact]
    public void ExtensionsJson_LoadsTheBlobAndQueueExtensions()
    {
        // Timer and HTTP triggers are built into the host; blobs and queues come from these WebJobs extensions.
        var types = FunctionsBuildOutput.ReadJson("extensions.json").GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetProperty("typeName").GetString()!)
            .ToList();

        Assert.Contains(types, t => t.StartsWith("Microsoft.Azure.WebJobs.Extensions.Storage.AzureStorageBlobsWebJobsStartup,", StringComparison.Ordinal));
        Assert.Contains(types, t => t.StartsWith("Microsoft.Azure.WebJobs.Extensions.Storage.AzureStorageQueuesWebJobsStartup,", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_HasNoLocalHostingAssembly()
    {
        Assert.False(File.Exists(Path.Combine(FunctionsBuildOutput.Folder, "Tthc.LocalHosting.dll")));
        Assert.DoesNotContain("Tthc.LocalHosting", File.ReadAllText(Path.Combine(FunctionsBuildOutput.Folder, "Tthc.Functions.deps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedAssemblies_HaveNoLocalHostOrEmulatorType()
    {
        var shipped = Directory.GetFiles(FunctionsBuildOutput.Folder, "Tthc.*.dll").Select(Path.GetFileNameWithoutExtension).ToList();
        var types = shipped.SelectMany(name => Assembly.Load(name!).GetTypes()).Select(t => t.Name).ToList();

        Assert.Contains("Tthc.Storage", shipped);
        Assert.DoesNotContain("AzuriteEmulator", types);
        Assert.DoesNotContain("LocalHost", types);
        Assert.DoesNotContain("ParseQueueWorker", types);
    }
}
