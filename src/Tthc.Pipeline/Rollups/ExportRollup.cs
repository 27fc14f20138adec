using System.Text;
using Tthc.Core.Exports;
using Tthc.Core.Periods;

namespace Tthc.Pipeline.Rollups;

/// <summary>The consolidated statistics table as a file: XLSX, CSV, or the draft results paragraph as text.</summary>
public sealed class ExportRollup(RollupComputation computation, RollupCsvExport csv, RollupXlsxExport xlsx, RollupNarrative narrative)
{
    /// <summary>The formats <see cref="ExecuteAsync"/> writes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv", "txt"];

    /// <summary>Computes the rollup now and writes it in <paramref name="format"/>.</summary>
    public async Task<ExportedFile> ExecuteAsync(string province, ReportingPeriod period, string format, CancellationToken cancellationToken = default)
    {
        var rollup = (await computation.ComputeAsync(province, period, cancellationToken)).Rollup;
        var name = $"tong-hop-{province}-{period.Label}";
        return format switch
        {
            "csv" => new ExportedFile(name + ".csv", "text/csv; charset=utf-8", csv.ToBytes(rollup)),
            "txt" => new ExportedFile(name + ".txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(narrative.Compose(rollup))),
            _ => new ExportedFile(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ToBytes(rollup)),
        };
    }
}
