using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tthc.Core.Exports;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Core.Rollups;
using Tthc.Core.Validation;
using Tthc.Pipeline.Access;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Registry;
using Tthc.Pipeline.Review;
using Tthc.Pipeline.Rollups;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline;

/// <summary>Registers the domain services and use cases; every host (Functions, <c>serve</c>) calls this once.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ReviewPolicy"/> at the configured <c>Review:ConfidenceThreshold</c>: the one rule for values
    /// awaiting review, for the hosts and for <c>tthc parse</c> alike.
    /// </summary>
    public static IServiceCollection AddTthcReviewPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new ReviewPolicy(sp.GetRequiredService<IOptions<ReviewOptions>>().Value.ConfidenceThreshold));
        return services;
    }

    /// <summary>Adds the pipeline's use cases and options bound from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddTthcPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.SectionName)).ValidateDataAnnotations()
            .Configure(o => o.SweepSchedule = configuration[WorkerOptions.SweepScheduleSetting] ?? o.SweepSchedule)
            .Validate(o => o.SweepSchedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6, $"{WorkerOptions.SweepScheduleSetting} must be a six-field cron expression (UTC).")
            .Validate(o => o.SweepAfter > TimeSpan.Zero, "Worker:SweepAfter must be positive.")
            .Validate(o => o.VisibilityTimeout >= TimeSpan.FromSeconds(1) && o.VisibilityTimeout <= TimeSpan.FromDays(7), "Worker:VisibilityTimeout must be between 1 second and 7 days (Azure Queue Storage's range).")
            .ValidateOnStart();
        var rollup = configuration.GetSection(RollupOptions.SectionName);
        services.AddOptions<RollupOptions>().Bind(rollup)
            .Configure(o => o.Schedule = configuration[RollupOptions.ScheduleSetting] ?? o.Schedule)
            .Validate(_ => rollup[nameof(RollupOptions.Schedule)] is null, $"Rollup:Schedule is not a setting: set {RollupOptions.ScheduleSetting}, which the Functions timer binds too.")
            .Validate(o => o.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6, $"{RollupOptions.ScheduleSetting} must be a six-field cron expression (UTC).").ValidateOnStart();
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(o => o.UsableAdminKey is null || o.UsableAdminKey.Length >= 32, "Auth:AdminKey must be at least 32 characters (a random key; serve makes one when none is set).")
            .ValidateOnStart();
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddTthcReviewPolicy(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => IndicatorCatalogFile.ReadBuiltIn());
        // Scanned PDF pages are read by the ScannedPageReader a host registers (AddTthcOcr); without one they wait as needs-ocr.
        services.TryAddSingleton(sp => ReportParser.CreateDefault(
            sp.GetRequiredService<IndicatorCatalog>(),
            ExtractionLimits.Default,
            sp.GetService<ScannedPageReader>() ?? new ScannedPageReader(ExtractionLimits.Default)));
        services.TryAddSingleton(sp => ReportValidator.CreateDefault(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton(sp => new RollupCalculator(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton<PipelineResilience>();
        services.TryAddSingleton(sp => new RollupCrossCheck(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton(sp => new RollupCsvExport(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton(sp => new RollupXlsxExport(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton(sp => new RollupNarrative(sp.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton<RollupComputation>();
        services.TryAddSingleton<RollupDocuments>();
        services.TryAddSingleton<ExportRollup>();

        services.TryAddSingleton<IngestUpload>();
        services.TryAddSingleton<IssueUploadUrl>();
        services.TryAddSingleton<CheckReport>();
        services.TryAddSingleton<AcceptReport>();
        services.TryAddSingleton<ProcessSubmission>();
        services.TryAddSingleton<RecordProcessingFailure>();
        services.TryAddSingleton<SweepSubmissions>();
        services.TryAddSingleton<RetrySubmission>();
        services.TryAddSingleton<BuildRollup>();
        services.TryAddSingleton<BuildChangedRollups>();
        services.TryAddSingleton<GetRollup>();
        services.TryAddSingleton<GetRollupUnits>();
        services.TryAddSingleton<GetSubmission>();
        services.TryAddSingleton<GetSubmissionDocument>();
        services.TryAddSingleton<ListUnitSubmissions>();
        services.TryAddSingleton<ImportUnitRegistry>();
        services.TryAddSingleton<ReviewValue>();
        services.TryAddSingleton<AuthenticateCaller>();
        services.TryAddSingleton<CreateAccessKey>();
        services.TryAddSingleton<RevokeAccessKey>();
        services.TryAddSingleton<ListAccessKeys>();
        return services;
    }
}
