using Tthc.Core.Units;

namespace Tthc.Core.Tests.Units;

public sealed class UnitRegistryCsvTests
{
    private const string Header = "code,name,level,province,parent,valid_from,valid_to,aliases\n";

    [Fact]
    public void Parse_ContractExample_ReadsEveryField()
    {
        var records = UnitRegistryCsv.Parse(
            "\uFEFF" + Header
            + "hai-phong,Thành phố Hải Phòng,province,hai-phong,,,,\"Hai Phong;TP Hai Phong\"\n"
            + "hai-phong-khuc-thua-du,Xã Khúc Thừa Dụ,commune,hai-phong,hai-phong,2025-07-01,,\n",
            "registry.csv");

        Assert.Equal(2, records.Count);
        Assert.Equal(["Hai Phong", "TP Hai Phong"], records[0].Aliases);
        Assert.Null(records[0].Parent);
        Assert.Equal(new UnitRecord("hai-phong-khuc-thua-du", "Xã Khúc Thừa Dụ", UnitLevel.Commune, "hai-phong", "hai-phong", new DateOnly(2025, 7, 1), null, []), records[1] with { Aliases = [] });
    }

    [Theory]
    [InlineData("xa-a,Xã A,village,hung-yen,,,,\n", "level 'village'")]
    [InlineData("Xa A,Xã A,commune,hung-yen,,,,\n", "unit code 'Xa A'")]
    [InlineData("xa-a,Xã A,commune,,,,,\n", "has no province")]
    [InlineData("xa-a,,commune,hung-yen,,,,\n", "has no name")]
    [InlineData("xa-a,Xã A,commune,Tỉnh Không Có,,,,\n", "province 'Tỉnh Không Có'")]
    [InlineData("xa-a,Xã A,commune,hung-yen,,01/07/2025,,\n", "date '01/07/2025'")]
    [InlineData("xa-a,Xã A,commune,hung-yen,,2025-07-01,2025-06-30,\n", "ends (2025-06-30) before it starts")]
    public void Parse_BadRow_NamesFileAndLine(string badRow, string reason)
    {
        var text = Header + "xa-b,Xã B,commune,hung-yen,hung-yen,,,\"B;\nXa B\"\n" + badRow;

        var ex = Assert.Throws<InputFormatException>(() => UnitRegistryCsv.Parse(text, "hung-yen-units.csv"));

        Assert.Equal("hung-yen-units.csv", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("hung-yen-units.csv, dòng/line 4: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderWithoutLevel_NamesLineOne()
    {
        var ex = Assert.Throws<InputFormatException>(() => UnitRegistryCsv.Parse("code,name,province\nxa-a,Xã A,hung-yen\n", "units.csv"));

        Assert.Equal(1, ex.Line);
        Assert.Contains("'level'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ProvinceWrittenByName_TakesItsCode()
    {
        var records = UnitRegistryCsv.Parse(Header + "xa-a,Xã A,commune,Hưng Yên,hung-yen,,,\n", "units.csv");

        Assert.Equal("hung-yen", Assert.Single(records).Province);
    }

    [Fact]
    public void Parse_EmptyFile_Throws() => Assert.Throws<InputFormatException>(() => UnitRegistryCsv.Parse(string.Empty, "units.csv"));

    [Fact]
    public void Parse_ReparentedUnitWithDisjointRows_ReadsBoth()
    {
        var records = UnitRegistryCsv.Parse(
            Header
            + "xa-dong-hung,Xã Đông Hưng,commune,thai-binh,thai-binh-huyen-dong-hung,,2025-06-30,\n"
            + "xa-dong-hung,Xã Đông Hưng,commune,hung-yen,hung-yen,2025-07-01,,\n",
            "units.csv");

        Assert.Equal(["thai-binh", "hung-yen"], records.Select(r => r.Province));
    }

    [Fact]
    public void Parse_OverlappingRowsOfOneUnit_NamesTheSecondRow()
    {
        var text = Header
            + "xa-dong-hung,Xã Đông Hưng,commune,thai-binh,thai-binh-huyen-dong-hung,,2025-06-30,\n"
            + "xa-khac,Xã Khác,commune,hung-yen,hung-yen,,,\n"
            + "xa-dong-hung,Xã Đông Hưng,commune,hung-yen,hung-yen,2025-06-01,,\n";

        var ex = Assert.Throws<InputFormatException>(() => UnitRegistryCsv.Parse(text, "units.csv"));

        Assert.Equal(4, ex.Line);
        Assert.Contains("line 2", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadRows_NamesEveryOne_FirstLineFirst()
    {
        var text = Header
            + "xa-a,Xã A,commune,hung-yen,hung-yen,,,\n"
            + "Xa B,Xã B,commune,hung-yen,hung-yen,,,\n"
            + "xa-c,Xã C,hamlet,hung-yen,hung-yen,,,\n"
            + "xa-d,,commune,hung-yen,hung-yen,,,\n";

        var ex = Assert.Throws<InputFormatException>(() => UnitRegistryCsv.Parse(text, "units.csv"));

        Assert.Equal(3, ex.Line);
        var lines = ex.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("units.csv, dòng/line 3: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("dòng/line 4: cấp 'hamlet' không phải", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("dòng/line 5: đơn vị 'xa-d' thiếu tên", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenParse_GivesSameRecords()
    {
        UnitRecord[] records =
        [
            new("xa-a", "Xã A, \"cũ\"", UnitLevel.Commune, "hung-yen", "hung-yen", new DateOnly(2025, 7, 1), null, ["Xa A", "A"]),
            new("so-b", "Sở B", UnitLevel.Department, "hung-yen", "hung-yen", null, new DateOnly(2025, 6, 30), []),
        ];

        var read = UnitRegistryCsv.Parse(UnitRegistryCsv.Write(records), "units.csv");

        Assert.Equal(records.Select(r => r with { Aliases = [] }), read.Select(r => r with { Aliases = [] }));
        Assert.Equal(records.Select(r => r.Aliases), read.Select(r => r.Aliases));
    }
}
