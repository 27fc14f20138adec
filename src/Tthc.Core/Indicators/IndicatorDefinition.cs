namespace Tthc.Core.Indicators;

/// <summary>
/// One entry of the indicator catalog: everything the system knows about an indicator, declared once in
/// <c>catalog.json</c> (see README.md beside it); readers, validation, rollups and exports derive from it.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>dossiers.received</c>.</param>
/// <param name="Label">Vietnamese label as reports write it.</param>
/// <param name="EnglishLabel">English label for findings and logs.</param>
/// <param name="Kind">Count, rate or score: decides how a written value is read.</param>
/// <param name="Unit">Unit of measure as a sentence writes it: <c>hồ sơ</c>, <c>thủ tục</c>, <c>PAKN</c>, <c>%</c>, <c>điểm</c>.</param>
/// <param name="Bounds">The values it may take.</param>
/// <param name="Rollup">How units' values roll up into the province's.</param>
/// <param name="Sums">The identities it is the total of (its parts), hard and soft.</param>
/// <param name="Reading">How the narrative reader recognises it.</param>
/// <param name="Draft">How the drafted results paragraphs name it.</param>
public sealed record IndicatorDefinition(
    string Code,
    string Label,
    string EnglishLabel,
    IndicatorKind Kind,
    string Unit,
    IndicatorBounds Bounds,
    RollupRule Rollup,
    IReadOnlyList<Identity> Sums,
    IndicatorReading Reading,
    IndicatorDraft Draft)
{
    /// <summary>The words for it in a drafted sentence.</summary>
    public string Phrase => Draft.Phrase ?? Label;

    /// <summary>Đơn vị tính as a table heading writes it: the unit with a capital (<c>Hồ sơ</c>, <c>PAKN</c>, <c>%</c>).</summary>
    public string UnitHeading => Unit.Length == 0 ? Unit : char.ToUpperInvariant(Unit[0]) + Unit[1..];

    /// <summary>Whether a value is within <see cref="Bounds"/>.</summary>
    public bool IsInRange(decimal value) => Bounds.Contains(value);

    /// <summary>A value written the Vietnamese way with its unit: <c>267.922 hồ sơ</c>, <c>98,9%</c>, <c>85,5 điểm</c>.</summary>
    public string WithUnit(decimal value)
        => Unit == "%" ? VietnameseNumber.Format(value, Kind) + "%" : $"{VietnameseNumber.Format(value, Kind)} {Unit}".TrimEnd();

    /// <summary>Stands in for a code the catalog does not know (shown as is, read as a count).</summary>
    public static IndicatorDefinition Unknown(string code)
        => new(code, code, code, IndicatorKind.Count, string.Empty, new IndicatorBounds(0, decimal.MaxValue, Whole: false), RollupRule.Sum, [], IndicatorReading.None, new IndicatorDraft());
}
