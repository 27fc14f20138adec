using System.Text;
using Tthc.Core.Extraction;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class ReportParserTests
{
    public static TheoryData<string, int> SamplesAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var sample in SampleFiles.ReportNames)
            {
                foreach (var width in (int[])[45, 60, 100, 200])
                {
                    data.Add(sample, width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAndWidths))]
    public void Parse_SampleWrappedAtAnotherWidth_ReadsTheSameValues(string sample, int width)
    {
        var text = File.ReadAllText(Path.Combine(SampleFiles.Reports, sample));
        var original = CreateSut().Parse(new ReportFile(sample, Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        var rewrapped = CreateSut().Parse(new ReportFile(sample, Encoding.UTF8.GetBytes(Rewrap(text, width))), TestContext.Current.CancellationToken);

        Assert.Equal(Values(original), Values(rewrapped));
        Assert.Equal(original.Period?.Label, rewrapped.Period?.Label);
        Assert.Equal(original.Unit.Province, rewrapped.Unit.Province);

        static Dictionary<string, decimal> Values(ParsedReport r) => r.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value);
    }

    /// <summary>Joins each paragraph's wrapped lines (bullets, numbered items and headings kept apart) and wraps again.</summary>
    private static string Rewrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
        {
            var logical = new List<string>();
            foreach (var line in paragraph.Split('\n'))
            {
                var t = line.TrimStart();
                var starts = logical.Count == 0 || t.StartsWith('-') || t.StartsWith('+') || t.Contains('|', StringComparison.Ordinal)
                    || (t.Length > 1 && char.IsDigit(t[0]) && t[1] is '.' or ' ') || t.ToUpperInvariant() == t;
                if (starts)
                {
                    logical.Add(line);
                }
                else
                {
                    logical[^1] += " " + t;
                }
            }

            foreach (var line in logical)
            {
                var current = new StringBuilder();
                foreach (var word in line.Split(' '))
                {
                    if (current.Length > 0 && current.Length + word.Length + 1 > width)
                    {
                        sb.Append(current).Append('\n');
                        current.Clear();
                    }

                    current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
                }

                sb.Append(current).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
