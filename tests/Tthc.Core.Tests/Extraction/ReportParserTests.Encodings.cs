using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Text;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class ReportParserTests
{
    public static TheoryData<string, string> SamplesAndEncodings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in SampleFiles.ReportNames)
            {
                foreach (var variant in (string[])["nfd", "crlf", "utf16", "windows-1258", "capitals"])
                {
                    data.Add(sample, variant);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAndEncodings))]
    public void Parse_SampleInAnotherEncoding_ReadsTheSameValues(string sample, string variant)
    {
        var text = File.ReadAllText(Path.Combine(SampleFiles.Reports, sample));
        var bytes = variant switch
        {
            "nfd" => Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)),
            "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "windows-1258" => Windows1258.Encode(text),
            _ => Encoding.UTF8.GetBytes(text.ToUpperInvariant()),
        };

        var original = CreateSut().Parse(new ReportFile(sample, Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
        var other = CreateSut().Parse(new ReportFile(sample, bytes), TestContext.Current.CancellationToken);

        Assert.Equal(original.Indicators.Select(v => (v.Code, v.Value)), other.Indicators.Select(v => (v.Code, v.Value)));
        Assert.Equal(original.Period, other.Period);
    }
}
