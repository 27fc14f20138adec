using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Core.Access;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Processing;

namespace Tthc.Pipeline.Tests.Processing;

/// <summary>Issue 13's memory budget: however many large files are delivered together, only a few are read at once.</summary>
public sealed class LargeFileBoundTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(16, 2, 2)] // every file is "large": two at a time
    [InlineData(1_000_000, 2, 6)] // no file is: all six together
    public async Task ExecuteAsync_SixFilesAtOnce_ReadsAtMostTheBoundOfLargeOnes(long largeFileBytes, int maxAtOnce, int expected)
    {
        var reader = new CountingReader(ReportParser.CreateDefault(IndicatorCatalogFile.ReadBuiltIn()), expected);
        await using var services = await PipelineServices.CreateAsync(new FakeTimeProvider(DateTimeOffset.UtcNow), configure: s => s
            .AddSingleton(new ReportParser([reader]))
            .Configure<WorkerOptions>(o => (o.LargeFileBytes, o.MaxLargeFilesAtOnce) = (largeFileBytes, maxAtOnce)));
        var ingest = services.GetRequiredService<IngestUpload>();
        var process = services.GetRequiredService<ProcessSubmission>();
        var ids = new List<string>();
        for (var i = 1; i <= 6; i++)
        {
            // Reports of a year before 2015: rejected after reading, so no two of them race for the same row (a write
            // conflict's retry would wait on the fake clock).
            var csv = string.Create(CultureInfo.InvariantCulture, $"unit,period,indicator,value\nhy-x,2014,dossiers.received,{i}\n");
            ids.Add((await ingest.ExecuteAsync(Caller.Admin, "hy-x", $"r{i}.csv", Encoding.UTF8.GetBytes(csv), Ct)).SubmissionId);
        }

        // A thread each (the in-memory stores answer at once, so each delivery runs on its thread up to the read).
        await Task.WhenAll(ids.Select(id => Task.Factory.StartNew(() => process.ExecuteAsync(new ParseRequest(id), 1, Ct).GetAwaiter().GetResult(), Ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Equal(expected, reader.MostAtOnce);
    }

    /// <summary>
    /// Reads with the real parser, once <paramref name="waitFor"/> reads are under way (or 3 s have passed), and counts how
    /// many overlap: a bound that let more through would show it.
    /// </summary>
    private sealed class CountingReader(ReportParser parser, int waitFor) : IReportReader
    {
        private int reading;
        private int most;

        public int MostAtOnce => Volatile.Read(ref most);

        public string Format => "csv";

        public bool CanRead(ReportFile file) => true;

        public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref reading);
            try
            {
                var until = DateTime.UtcNow.AddSeconds(3);
                while (Volatile.Read(ref reading) < waitFor && DateTime.UtcNow < until)
                {
                    Thread.Sleep(10);
                }

                // Then hold a while, counting: time enough for every other delivery to arrive if nothing holds it back.
                var holdUntil = DateTime.UtcNow.AddMilliseconds(300);
                do
                {
                    var now = Volatile.Read(ref reading);
                    int seen;
                    while ((seen = Volatile.Read(ref most)) < now && Interlocked.CompareExchange(ref most, now, seen) != seen)
                    {
                    }

                    Thread.Sleep(10);
                }
                while (DateTime.UtcNow < holdUntil);

                return parser.Parse(file, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref reading);
            }
        }
    }
}
