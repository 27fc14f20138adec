using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Indicators;

/// <summary>
/// Reads the catalog's data file (<c>catalog.json</c>, embedded; README.md beside it describes its fields). An
/// unknown field, code, subject or action is an error naming it, so a typo in the data never passes silently.
/// </summary>
public static class IndicatorCatalogFile
{
    /// <summary>The built-in file's name.</summary>
    public const string BuiltInName = "catalog.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The built-in catalog of DOMAIN.md. Hosts call this once and register the result.</summary>
    public static IndicatorCatalog ReadBuiltIn()
    {
        using var stream = typeof(IndicatorCatalogFile).Assembly.GetManifestResourceStream(BuiltInName)
            ?? throw new InvalidOperationException($"The embedded {BuiltInName} is missing from Tthc.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), BuiltInName);
    }

    /// <summary>The text of the built-in file (a test adds an indicator to it and parses the result).</summary>
    public static string ReadBuiltInText()
    {
        using var stream = typeof(IndicatorCatalogFile).Assembly.GetManifestResourceStream(BuiltInName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses a catalog file; throws <see cref="InputFormatException"/> naming the file and the problem.</summary>
    public static IndicatorCatalog Parse(string json, string fileName = BuiltInName)
    {
        CatalogFile file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(json, Options) ?? throw new InputFormatException(fileName, null, "tệp rỗng / empty file.");
        }
        catch (JsonException ex)
        {
            throw new InputFormatException(fileName, (int?)ex.LineNumber + 1, $"{ex.Message}");
        }

        var reading = new ReadingVocabulary(
            file.Reading.RateWords,
            file.Reading.Vocabulary,
            file.Reading.SubUnits.ToDictionary(kv => Level(kv.Key, fileName), kv => kv.Value),
            [.. file.Reading.Actions.Select(a => new LabelAction(a.Name, a.Phrases, a.ContinuesAs))],
            [.. file.Reading.Subjects.Select(s => new LabelSubject(s.Name, s.Nouns, s.Actions ?? [], s.BreakdownWhen ?? [], s.NotWhen ?? [], s.LevelsAreOwn))],
            file.Reading.SetAside is { } c
                ? new SetAsideCues(c.HedgedBefore ?? [], c.RoundedAfter ?? [], c.ChangeBefore ?? [], c.OtherPeriod ?? [], c.Target ?? [], c.NotCatalogBefore ?? [], c.NotCatalog ?? [], c.ScopeOpeners ?? [], c.WholeMarkers ?? [])
                : SetAsideCues.None);
        var periods = file.Periods is { } p ? new PeriodBounds(p.FirstYear, p.YearsAhead) : PeriodBounds.Default;
        return new IndicatorCatalog([.. file.Indicators.Select(i => Definition(i, file.Kinds, fileName))], reading, periods);
    }

    private static IndicatorDefinition Definition(IndicatorEntry e, IReadOnlyDictionary<string, BoundsEntry> kinds, string fileName)
    {
        var kind = e.Kind switch
        {
            "count" => IndicatorKind.Count,
            "rate" => IndicatorKind.Rate,
            "score" => IndicatorKind.Score,
            _ => throw new InputFormatException(fileName, null, $"{e.Code}: loại '{e.Kind}' không có (count, rate, score) / unknown kind."),
        };
        var bounds = e.Bounds ?? (kinds.TryGetValue(e.Kind, out var b) ? b : throw new InputFormatException(fileName, null, $"{e.Code}: thiếu giới hạn / no bounds for kind '{e.Kind}'."));
        var sums = (e.Sums ?? []).Select(s =>
        {
            var terms = s.Parts.Select(p => Term(p, e.Code, fileName)).ToList();
            var severity = s.Severity is null or "error" ? Severity.Error : s.Severity == "warning" ? Severity.Warning
                : throw new InputFormatException(fileName, null, $"{e.Code}: mức '{s.Severity}' không có (error, warning) / unknown severity.");
            return new Identity(s.Rule ?? Identity.NameOf(e.Code, terms), e.Code, terms, severity);
        }).ToList();
        var rollup = e.Rollup.Method switch
        {
            "sum" => RollupRule.Sum,
            "ratio" => new RollupRule(RollupMethod.Ratio, Terms(e.Rollup.Numerator, e.Code, fileName), Terms(e.Rollup.Denominator, e.Code, fileName), Basis: e.Rollup.Basis),
            "mean" => new RollupRule(RollupMethod.Mean, [], [], e.Rollup.Weight),
            "none" => new RollupRule(RollupMethod.None, [], []),
            _ => throw new InputFormatException(fileName, null, $"{e.Code}: cách tổng hợp '{e.Rollup.Method}' không có (sum, ratio, mean, none) / unknown rollup method."),
        };
        var families = (e.Read?.Families ?? []).Select(f => new LabelFamily(
            e.Code, f.Rate, f.Subject, f.SubjectOptional, f.Action, f.All ?? [], f.Without ?? [], f.NotWhen ?? [], f.NotSubject, f.AfterNoun, f.Rank, f.MayRepeatHead, f.Explicit, f.Weak)).ToList();
        return new IndicatorDefinition(
            e.Code,
            e.Label,
            e.English,
            kind,
            e.Unit,
            new IndicatorBounds(bounds.Min, bounds.Max, bounds.Whole),
            rollup,
            sums,
            new IndicatorReading(e.Read?.Head ?? false, families, e.Read?.ReadAfterParts ?? false),
            new IndicatorDraft(e.Draft?.Paragraph, e.Draft?.Phrase));
    }

    private static List<IdentityTerm> Terms(IReadOnlyList<JsonElement>? terms, string code, string fileName)
        => [.. (terms ?? []).Select(t => Term(t, code, fileName))];

    private static IdentityTerm Term(JsonElement term, string code, string fileName)
    {
        if (term.ValueKind == JsonValueKind.String)
        {
            return new IdentityTerm(term.GetString()!);
        }

        var entry = term.Deserialize<TermEntry>(Options) ?? throw new InputFormatException(fileName, null, $"{code}: thành phần rỗng / empty term.");
        var from = entry.OptionalFrom is null ? (DateOnly?)null
            : DateOnly.TryParseExact(entry.OptionalFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new InputFormatException(fileName, null, $"{code}: ngày '{entry.OptionalFrom}' không hợp lệ / optionalFrom must be yyyy-MM-dd.");
        return new IdentityTerm(entry.Code, entry.Instead, entry.Optional, from);
    }

    private static UnitLevel Level(string name, string fileName)
        => UnitLevels.TryParse(name, out var level) ? level : throw new InputFormatException(fileName, null, $"cấp '{name}' không có / unknown level '{name}' in reading.subUnits.");

    private sealed record CatalogFile(
        [property: JsonPropertyName("$comment")] string? Comment,
        IReadOnlyDictionary<string, BoundsEntry> Kinds,
        PeriodsEntry? Periods,
        ReadingEntry Reading,
        IReadOnlyList<IndicatorEntry> Indicators);

    private sealed record PeriodsEntry(int FirstYear, int YearsAhead);

    private sealed record BoundsEntry(decimal Min, decimal Max, bool Whole);

    private sealed record ReadingEntry(
        IReadOnlyList<string> RateWords,
        IReadOnlyList<string> Vocabulary,
        IReadOnlyDictionary<string, IReadOnlyList<string>> SubUnits,
        IReadOnlyList<ActionEntry> Actions,
        IReadOnlyList<SubjectEntry> Subjects,
        SetAsideEntry? SetAside);

    private sealed record SetAsideEntry(
        IReadOnlyList<string>? HedgedBefore,
        IReadOnlyList<string>? RoundedAfter,
        IReadOnlyList<string>? ChangeBefore,
        IReadOnlyList<string>? OtherPeriod,
        IReadOnlyList<string>? Target,
        IReadOnlyList<string>? NotCatalogBefore,
        IReadOnlyList<string>? NotCatalog,
        IReadOnlyList<string>? ScopeOpeners,
        IReadOnlyList<string>? WholeMarkers);

    private sealed record ActionEntry(string Name, IReadOnlyList<string> Phrases, string? ContinuesAs);

    private sealed record SubjectEntry(string Name, IReadOnlyList<string> Nouns, IReadOnlyList<string>? Actions, IReadOnlyList<string>? BreakdownWhen, IReadOnlyList<string>? NotWhen, bool LevelsAreOwn);

    private sealed record IndicatorEntry(
        string Code,
        string Label,
        string English,
        string Kind,
        string Unit,
        BoundsEntry? Bounds,
        RollupEntry Rollup,
        IReadOnlyList<SumEntry>? Sums,
        DraftEntry? Draft,
        ReadEntry? Read);

    private sealed record RollupEntry(string Method, IReadOnlyList<JsonElement>? Numerator, IReadOnlyList<JsonElement>? Denominator, string? Weight, string? Basis);

    private sealed record SumEntry(IReadOnlyList<JsonElement> Parts, string? Severity, string? Rule);

    private sealed record TermEntry(string Code, IReadOnlyList<string>? Instead, bool Optional, string? OptionalFrom);

    private sealed record DraftEntry(int? Paragraph, string? Phrase);

    private sealed record ReadEntry(bool Head, IReadOnlyList<FamilyEntry>? Families, bool ReadAfterParts);

    private sealed record FamilyEntry(
        bool Rate,
        string? Subject,
        bool SubjectOptional,
        string? Action,
        IReadOnlyList<IReadOnlyList<string>>? All,
        IReadOnlyList<string>? Without,
        IReadOnlyList<string>? NotWhen,
        string? NotSubject,
        bool AfterNoun,
        int Rank,
        bool MayRepeatHead,
        bool Explicit,
        bool Weak);
}
