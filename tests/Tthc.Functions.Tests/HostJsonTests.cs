using System.Globalization;
using System.Text.Json;
using Tthc.Pipeline;

namespace Tthc.Functions.Tests;

/// <summary>host.json's queue policy is the one <c>serve</c>'s worker applies (<see cref="WorkerOptions"/> defaults).</summary>
public sealed class HostJsonTests
{
    private static readonly WorkerOptions Worker = new();

    [Fact]
    public void Version_Is2()
    {
        Assert.Equal("2.0", Host().GetProperty("version").GetString());
    }

    [Fact]
    public void Queues_MaxDequeueCount_MatchesWorkerOptions()
    {
        Assert.Equal(Worker.MaxDequeueCount, Queues().GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void Queues_VisibilityTimeout_MatchesWorkerOptions()
    {
        Assert.Equal(Worker.VisibilityTimeout, TimeSpanOf(Queues().GetProperty("visibilityTimeout")));
    }

    [Fact]
    public void Queues_BatchSize_MatchesWorkerOptions()
    {
        Assert.Equal(Worker.BatchSize, Queues().GetProperty("batchSize").GetInt32());
    }

    [Fact]
    public void Queues_MaxPollingInterval_MatchesWorkerOptions()
    {
        Assert.Equal(Worker.MaxPollingInterval, TimeSpanOf(Queues().GetProperty("maxPollingInterval")));
    }

    [Fact]
    public void Queues_MessageEncoding_IsBase64AsTthcStorageSends()
    {
        // Tthc.Storage's StorageClients sends parse requests Base64-encoded; the trigger must decode the same way.
        Assert.Equal("base64", Queues().GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void FunctionTimeout_IsSet()
    {
        Assert.True(TimeSpanOf(Host().GetProperty("functionTimeout")) > TimeSpan.Zero);
    }

    private static JsonElement Host()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.Read("host.json"));
        return document.RootElement.Clone();
    }

    private static JsonElement Queues() => Host().GetProperty("extensions").GetProperty("queues");

    // host.json takes either "hh:mm:ss" or, for maxPollingInterval, milliseconds.
    private static TimeSpan TimeSpanOf(JsonElement value)
        => value.ValueKind == JsonValueKind.Number
            ? TimeSpan.FromMilliseconds(value.GetDouble())
            : TimeSpan.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
