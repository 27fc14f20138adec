using System.Text;
using Tthc.Core.Exports;
using Tthc.Core.Indicators;
using Tthc.Core.Tests.Support;
using Tthc.Core.Text;

namespace Tthc.Core.Tests.Exports;

public sealed class RollupCsvExportTests
{
    [Fact]
    public void ToBytes_AnyRollup_StartsWithUtf8Bom()
    {
        var bytes = CreateSut().ToBytes(TestRollups.HungYen());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Tổng số hồ sơ tiếp nhận", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ToBytes_ReadBack_GivesEveryValueWithItsLabelAndMethod()
    {
        var rollup = TestRollups.HungYen();

        var rows = ReadBack(CreateSut().ToBytes(rollup));

        Assert.Equal(RollupTable.Header, rows[0].Fields);
        var table = rows.Skip(1).TakeWhile(r => r.Fields[0] != "Tình hình báo cáo").ToList();
        Assert.Equal(rollup.Indicators.Count, table.Count);
        foreach (var (row, value) in table.Zip(rollup.Indicators))
        {
            var definition = TestCatalog.BuiltIn[value.Code];
            Assert.Equal(definition.Label, row.Fields[1]);
            Assert.Equal(value.Code, row.Fields[2]);
            Assert.True(VietnameseNumber.TryParse(row.Fields[4], definition.Kind, out var read));
            Assert.Equal(value.Value, read);
            Assert.Equal("4", row.Fields[6]);
        }
    }

    [Fact]
    public void ToBytes_Values_AreWrittenTheVietnameseWay()
    {
        var rows = ReadBack(CreateSut().ToBytes(TestRollups.HungYen()));

        Assert.Equal(["1", "Tổng số hồ sơ tiếp nhận", "dossiers.received", "Hồ sơ", "267.922", "Tổng", "4", ""], rows[1].Fields);
        var online = rows.Single(r => r.Fields.Count > 2 && r.Fields[2] == "rate.online_dossiers").Fields;
        Assert.Equal(["%", "90,32", "Tỷ lệ tính lại từ số liệu thành phần"], online.Skip(3).Take(3));
        var digitized = rows.Single(r => r.Fields.Count > 2 && r.Fields[2] == "rate.digitized_dossiers").Fields;
        Assert.Equal("98,9", digitized[4]);
        Assert.Equal("Trung bình", digitized[5]);
        Assert.Equal("trung bình có trọng số theo tổng hồ sơ tiếp nhận; thấp nhất 97,5, cao nhất 99,6", digitized[7]);
        Assert.Equal("PAKN", rows.Single(r => r.Fields.Count > 2 && r.Fields[2] == "feedback.received").Fields[3]);
        Assert.Equal("Thủ tục", rows.Single(r => r.Fields.Count > 2 && r.Fields[2] == "procedures.total").Fields[3]);
    }

    [Fact]
    public void ToBytes_Completeness_ListsCountsAndMissingUnitsByName()
    {
        var rows = ReadBack(CreateSut().ToBytes(TestRollups.HungYen()));

        Assert.Contains(rows, r => r.Fields.SequenceEqual(["Số đơn vị phải báo cáo", "7"]));
        Assert.Contains(rows, r => r.Fields.SequenceEqual(["Số đơn vị đã báo cáo", "4"]));
        Assert.Contains(rows, r => r.Fields.SequenceEqual(["Số đơn vị chưa báo cáo", "3"]));
        Assert.Contains(rows, r => r.Fields.SequenceEqual(["3", "Sở Nội vụ", "so-noi-vu", "Sở, ban, ngành", "Chưa báo cáo"]));
    }

    [Fact]
    public void ToBytes_HostileUnitNames_AreEscaped()
    {
        var rows = ReadBack(CreateSut().ToBytes(TestRollups.HungYen()));

        Assert.Contains(rows, r => r.Fields.Count > 1 && r.Fields[1] == "'=HYPERLINK(\"http://evil.example\",\"Xã A\")");
        Assert.Contains(rows, r => r.Fields.Count > 1 && r.Fields[1] == "'+cmd|' /C calc'!A0");
        Assert.DoesNotContain(rows.SelectMany(r => r.Fields), f => f.Length > 0 && f[0] is '=' or '+' or '-' or '@');
    }

    private static List<CsvText.Row> ReadBack(byte[] bytes) => [.. CsvText.Read(Encoding.UTF8.GetString(bytes))];

    private static RollupCsvExport CreateSut() => new(TestCatalog.BuiltIn);
}
