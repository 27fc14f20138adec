using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core;
using Tthc.Core.Extraction;
using Tthc.Core.Periods;
using Tthc.Core.Units;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Reads a submission's file, parses and validates it, and writes the unit's rows for the period in one
/// transaction; marks it accepted, or rejected with findings a person can read. Safe to run twice.
/// </summary>
public sealed partial class ProcessSubmission(
    ISubmissionStore submissions,
    IReportBlobStore blobs,
    IUnitRegistryStore registryStore,
    IIndicatorValueStore values,
    IUnitHistoryStore history,
    ReportParser parser,
    ReportValidator validator,
    RecordProcessingFailure recordFailure,
    PipelineResilience resilience,
    IOptions<WorkerOptions> workerOptions,
    TimeProvider time,
    ILogger<ProcessSubmission> logger)
{
    /// <summary>
    /// Processes one parse request. <paramref name="dequeueCount"/> is the delivery number: when the last
    /// allowed delivery fails, the reason is recorded on the submission before the fault propagates
    /// (the queue then moves the message to the poison queue).
    /// </summary>
    public async Task ExecuteAsync(ParseRequest request, long dequeueCount = 1, CancellationToken cancellationToken = default)
    {
        try
        {
            await ProcessAsync(request.SubmissionId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= workerOptions.Value.MaxDequeueCount)
        {
            await recordFailure.ExecuteAsync(request.SubmissionId, $"{ex.GetType().Name}: {ex.Message} (lần thử {dequeueCount}/{workerOptions.Value.MaxDequeueCount})", cancellationToken);
            throw;
        }
    }

    private async Task ProcessAsync(string submissionId, CancellationToken cancellationToken)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            LogUnknown(submissionId);
            return;
        }

        if (submission.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected)
        {
            return; // at-least-once delivery: already done
        }

        var content = await blobs.ReadAsync(submission.BlobName, cancellationToken)
            ?? throw new InvalidOperationException($"The archived file {submission.BlobName} of {submissionId} is missing.");
        var registry = await registryStore.GetAsync(cancellationToken);

        ParsedReport report;
        try
        {
            report = parser.Parse(new ReportFile(submission.FileName, content), cancellationToken);
        }
        catch (InputFormatException ex)
        {
            await RejectAsync(submission, null, [Finding.Error("file.readable", $"{ex.Message}", [], ex.Line)], cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parsing is pure: a fault here is a reader bug that retrying cannot fix. Record it for people, log it for us.
            LogReaderFault(ex, submissionId, submission.FileName);
            await RejectAsync(submission, null, [Finding.Error("file.readable", $"{submission.FileName}: lỗi khi đọc tệp, đã ghi nhận để xử lý / the file could not be read ({ex.GetType().Name}); the fault is logged.")], cancellationToken);
            return;
        }

        var period = report.Period;
        if (period is null)
        {
            await RejectAsync(submission, report, [Finding.Error("period.known", $"{submission.FileName}: không xác định được kỳ báo cáo / the report's period could not be determined.")], cancellationToken);
            return;
        }

        var unit = registry.Find(submission.UnitCode, period.End);
        var identity = CheckIdentity(submission, report, period, registry, unit);
        if (identity is not null || unit is null)
        {
            await RejectAsync(submission with { Period = period.Label }, report, [identity!], cancellationToken);
            return;
        }

        var earlier = (await history.GetAsync(unit.Code, cancellationToken))
            .Select(h => (Period: ReportingPeriod.TryParse(h.Key, out var p) ? p : null, h.Value))
            .Where(h => h.Period is not null && h.Period.Kind == period.Kind && h.Period.To < period.From)
            .OrderBy(h => h.Period!.To)
            .Select(h => h.Value)
            .ToList();
        var validated = validator.Validate(report, earlier);
        var parsed = submission with
        {
            Province = unit.Province,
            Period = period.Label,
            Format = report.Format,
            Findings = validated.Findings,
            Indicators = validated.Indicators,
        };

        if (validated.HasErrors)
        {
            await RejectAsync(parsed, validated, [], cancellationToken);
            return;
        }

        // No interim 'parsed' write: if we stop before 'accepted', redelivery redoes the whole step.
        var rows = new UnitRows(unit.Province, period.Label, unit.Code, unit.Name, unit.Level, submissionId, submission.UploadedAt, validated.Indicators);
        var outcome = await resilience.ConflictRetry.ExecuteAsync(ct => new ValueTask<ReplaceOutcome>(values.ReplaceUnitRowsAsync(rows, ct)), cancellationToken);

        if (outcome.Written)
        {
            var accepted = validated.Indicators.ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
            await resilience.ConflictRetry.ExecuteAsync(ct => new ValueTask(history.RecordAsync(unit.Code, period.Label, accepted, ct)), cancellationToken);
            if (outcome.PreviousSubmissionId is { } previous && previous != submissionId)
            {
                await submissions.MarkSupersededAsync(previous, submissionId, cancellationToken);
            }
        }

        await submissions.SaveAsync(
            parsed with
            {
                Status = SubmissionStatus.Accepted,
                ProcessedAt = time.GetUtcNow(),
                SupersededBy = outcome.Written ? null : outcome.PreviousSubmissionId,
            },
            cancellationToken);
        LogAccepted(submissionId, unit.Code, period.Label, validated.Indicators.Count);
    }

    private static Finding? CheckIdentity(Submission submission, ParsedReport report, ReportingPeriod period, UnitRegistry registry, UnitRecord? unit)
    {
        var file = submission.FileName;
        if (!registry.Contains(submission.UnitCode))
        {
            return Finding.Error("unit.registered", $"{file}: mã đơn vị '{submission.UnitCode}' không có trong danh mục đơn vị / unit code '{submission.UnitCode}' is not in the unit registry.");
        }

        if (unit is null)
        {
            return Finding.Error("unit.registered", $"{file}: đơn vị '{submission.UnitCode}' không tồn tại vào ngày {period.End:dd/MM/yyyy} (cuối kỳ {period.Label}) / the unit did not exist at the end of {period.Label}.");
        }

        if (report.Unit.Code is { Length: > 0 } statedCode && statedCode != unit.Code)
        {
            return Finding.Error("unit.matches-upload", $"{file}: báo cáo ghi đơn vị '{statedCode}' nhưng được gửi cho '{unit.Code}' / the report names unit '{statedCode}' but was uploaded for '{unit.Code}'.");
        }

        if (report.Unit.Province is { Length: > 0 } statedProvince && registry.Provinces.Match(statedProvince) is { } provinceCode
            && provinceCode != unit.Province && registry.Provinces.SuccessorOn(provinceCode, period.End) != unit.Province)
        {
            return Finding.Error("unit.matches-upload", $"{file}: báo cáo của tỉnh {statedProvince} nhưng đơn vị '{unit.Code}' thuộc '{unit.Province}' / the report names province {statedProvince}, the unit belongs to '{unit.Province}'.");
        }

        if (report.Unit.Name is { Length: > 0 } statedName)
        {
            var matches = registry.Match(statedName, period.End);
            if (matches.Count > 0 && matches.All(m => m.Code != unit.Code))
            {
                return Finding.Error("unit.matches-upload", $"{file}: báo cáo của \"{statedName}\" ({matches[0].Code}) nhưng được gửi cho '{unit.Code}' / the report is from another unit than the upload path names.");
            }
        }

        return null;
    }

    private async Task RejectAsync(Submission submission, ParsedReport? report, IReadOnlyList<Finding> extra, CancellationToken cancellationToken)
    {
        var findings = (report?.Findings ?? []).Concat(extra).ToList();
        await submissions.SaveAsync(
            submission with
            {
                Status = SubmissionStatus.Rejected,
                Format = report?.Format ?? submission.Format,
                Period = submission.Period ?? report?.Period?.Label,
                Findings = findings,
                Indicators = report?.Indicators ?? [],
                ProcessedAt = time.GetUtcNow(),
            },
            cancellationToken);
        LogRejected(submission.SubmissionId, submission.UnitCode, findings.Count(f => f.Severity == Severity.Error));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reader fault on {SubmissionId} ({FileName})")]
    private partial void LogReaderFault(Exception exception, string submissionId, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse request for unknown submission {SubmissionId} ignored")]
    private partial void LogUnknown(string submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted {SubmissionId} for {Unit} in {Period}: {Count} values")]
    private partial void LogAccepted(string submissionId, string unit, string period, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {SubmissionId} for {Unit}: {Errors} errors")]
    private partial void LogRejected(string submissionId, string unit, int errors);
}
