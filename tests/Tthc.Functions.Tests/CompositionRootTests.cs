using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>The app's services as the worker builds them: every function and its dependencies resolve, and the triggers read the options' settings.</summary>
public sealed partial class CompositionRootTests
{
    public static TheoryData<string> FunctionClasses =>
        [.. typeof(IngestReport).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void FunctionClass_ResolvesFromTheHostServices(string className)
    {
        using var host = CompositionRoot.Build();
        using var scope = host.Services.CreateScope();

        // The worker activates a function class per invocation from the invocation's scope, as here.
        var function = ActivatorUtilities.CreateInstance(scope.ServiceProvider, typeof(IngestReport).Assembly.GetType($"Tthc.Functions.{className}")!);

        Assert.Equal(className, function.GetType().Name);
    }

    [Fact]
    public void ProblemMiddleware_ResolvesFromTheHostServices()
    {
        using var host = CompositionRoot.Build();

        Assert.NotNull(ActivatorUtilities.CreateInstance<ApiProblemMiddleware>(host.Services));
    }

    [Fact]
    public void TriggerSettings_ResolveToTheNamesTheAppUses()
    {
        using var host = CompositionRoot.Build(("ReportsContainer", "uploads-x"), ("ParseQueue", "parse-x"), ("RollupSchedule", "0 30 19 * * *"));
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var rollup = host.Services.GetRequiredService<IOptions<RollupOptions>>().Value;

        // The Functions host resolves %Name% from the same app settings the worker's configuration holds.
        string Resolve(string expression) => PercentSetting().Replace(expression, m => configuration[m.Groups["name"].Value] ?? throw new InvalidOperationException($"{m.Value} is not set"));

        Assert.Equal($"{storage.ReportsContainer}/incoming/{{unitCode}}/{{fileName}}", Resolve(FunctionsBuildOutput.Trigger(nameof(IngestReport)).GetProperty("path").GetString()!));
        Assert.Equal(storage.ParseQueue, Resolve(FunctionsBuildOutput.Trigger(nameof(ParseReport)).GetProperty("queueName").GetString()!));
        Assert.Equal(storage.PoisonQueue, Resolve(FunctionsBuildOutput.Trigger(nameof(RecordParseFailure)).GetProperty("queueName").GetString()!));
        Assert.Equal(rollup.Schedule, Resolve(FunctionsBuildOutput.Trigger(nameof(NightlyRollup)).GetProperty("schedule").GetString()!));
        Assert.Equal("uploads-x", storage.ReportsContainer);
        Assert.Equal("0 30 19 * * *", rollup.Schedule);
    }

    [Fact]
    public void ScheduleInTheRollupSection_IsRefused()
    {
        // One schedule setting: Rollup:Schedule would be read by the options but not by the timer.
        using var host = CompositionRoot.Build(("Rollup:Schedule", "0 30 19 * * *"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RollupOptions>>().Value);
        Assert.Contains(RollupOptions.ScheduleSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseQueueInTheStorageSection_IsRefused()
    {
        using var host = CompositionRoot.Build(("Storage:ParseQueue", "other"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains(StorageOptions.ParseQueueSetting, error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"%(?<name>[^%]+)%")]
    private static partial Regex PercentSetting();
}
