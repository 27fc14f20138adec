using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Walks a report sentence by sentence and reads label–number pairs: "Tổng số hồ sơ đã tiếp nhận: 267.922;
/// trong đó: …", "N hồ sơ đang giải quyết trong hạn", "(trước hạn và đúng hạn N; quá hạn M)". The first
/// value of a sentence is its head: later clauses inherit its subject and action, and a clause repeating the
/// head or its whole, or naming a level, sub-unit or system, is a breakdown and is not taken.
/// </summary>
internal sealed partial class ValueScanner
{
    private readonly IndicatorCatalog catalog;
    private readonly IndicatorLexicon lexicon;
    private readonly ContextCues cues;
    private readonly Dictionary<string, string> shareRates;

    /// <summary>Creates a scanner for a catalog: its lexicon, its set-aside cues and the rates that are shares of one count.</summary>
    public ValueScanner(IndicatorCatalog catalog, IndicatorLexicon lexicon)
    {
        this.catalog = catalog;
        this.lexicon = lexicon;
        cues = new ContextCues(catalog.Reading);

        // "N hồ sơ …, chiếm X%": the share attached to a count is the rate whose ratio has that count alone above the line.
        shareRates = new(StringComparer.Ordinal);
        foreach (var d in catalog.All.Where(d => d.Kind == IndicatorKind.Rate && d.Rollup.Method == RollupMethod.Ratio && d.Rollup.Numerator.Count == 1))
        {
            shareRates.TryAdd(d.Rollup.Numerator[0].Code, d.Code);
        }
    }

    private static readonly HashSet<string> NonValueFollowers = new(StringComparer.Ordinal)
    {
        "xa", "du", "co", "to", "ky", "ban", "cap", "tinh", "dai", "chu", "lan", "bac", "gio", "nam", "ngay", "thang", "quy",
        "huyen", "phuong", "don", "van", "diem", "nhom", "tuan", "phut", "buoc", "khu", "phong", "thon", "to",
    };

    private static readonly string[] NonValueFollowerPrefixes =
    [
        "nhie", "quye", "hoi", "nghi", "bien", "cong", "truong", "quay", "linh", "nguoi", "doanh", "trieu", "dong", "tiet", "thanh",
        "chi", "lop", "cuoc", "trang", "may", "muc", "chuyen", "ke", "giay",
    ];

    private static readonly HashSet<string> NonValuePredecessors = new(StringComparer.Ordinal)
    {
        "nam", "ngay", "thang", "quy", "doan", "khoan", "dieu", "muc", "lan", "thu", "hang", "top", "nhom", "loai", "khoa", "phu", "luc", "bieu",
    };

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "ho", "so", "hs", "tthc", "thu", "tuc", "pakn", "phan", "anh", "kien", "nghi", "dich", "vu", "cong", "dvc", "dvctt",
        "truc", "tuyen", "toan", "trinh", "mot", "tiep", "bo",
    };

    /// <summary>Reads every candidate value of a report, and every number it sets aside with why.</summary>
    public ScanResult Scan(TokenizedReport report, UnitLevel? unitLevel, ReportingPeriod? period, CancellationToken cancellationToken)
    {
        var result = new ScanResult([], []);
        var state = new SentenceState();
        var breakdownBullet = '\0';
        var breakdownActive = false;
        var sentences = Sentences(report).ToList();
        var scopes = sentences.Select(s => ScopeOf(report, s, unitLevel)).ToList();

        // A unit's own one-stop body is a part of it when the text also gives the parts of the level below ("Trung tâm
        // … huyện đã tiếp nhận …; tại bộ phận một cửa cấp xã …"): the two are a level breakdown of an unstated whole.
        var ownBodyIsPart = unitLevel is not UnitLevel.Department && scopes.Any(c => c == SentenceScope.SubLevel);
        var partOpen = NotValueReason.Hedged;
        var inPart = false;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            cancellationToken.ThrowIfCancellationRequested();
            if (breakdownActive && (sentence.Bullet == breakdownBullet || sentence.Bullet == '#'))
            {
                breakdownActive = false;
            }

            if (sentence.StartsParagraph)
            {
                inPart = false;
            }

            switch (scopes[si])
            {
                case SentenceScope.Whole:
                    inPart = false;
                    break;
                case SentenceScope.SubLevel or SentenceScope.OtherPart:
                    inPart = true;
                    partOpen = scopes[si] == SentenceScope.SubLevel ? NotValueReason.Breakdown : NotValueReason.SubUnit;
                    break;
                case SentenceScope.OwnBody when ownBodyIsPart:
                    inPart = true;
                    partOpen = NotValueReason.Breakdown;
                    break;
            }

            if (!sentence.ContinuesPrevious || sentence.IsTable)
            {
                state = new SentenceState();
            }

            state.Sentence = si;

            // Prose without a single value (most of a report) needs no label work, unless the next sentence continues it
            // or it states a zero ("không có hồ sơ quá hạn").
            if (!HasValueNumber(report, sentence) && !(si + 1 < sentences.Count && sentences[si + 1].ContinuesPrevious) && !HasZero(report, sentence))
            {
                RecordStrayNumbers(report, sentence, result);
                continue;
            }

            var words = sentence.Start(report);
            state.Breakdown = (breakdownActive && sentence.Bullet != breakdownBullet)
                || words.StartsWith("tai ", StringComparison.Ordinal) && IsPlace(words) && scopes[si] != SentenceScope.OwnBody
                || words.StartsWith("tren he thong", StringComparison.Ordinal) || words.StartsWith("tren cong", StringComparison.Ordinal);
            state.Part = inPart ? partOpen : null;
            var before = result.Values.Count;
            ScanSentence(report, sentence, state, unitLevel, period, result);
            if (result.Values.Count > before && EndsWithDetail(sentence.End(report)))
            {
                breakdownActive = true;
                breakdownBullet = sentence.Bullet;
            }
        }

        return result;
    }

    private bool HasValueNumber(TokenizedReport report, Sentence sentence)
    {
        for (var k = sentence.From; k < sentence.To; k++)
        {
            if (IsValueNumber(report, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasValueNumber(TokenizedReport report, List<int> segment)
    {
        foreach (var k in segment)
        {
            if (IsValueNumber(report, k))
            {
                return true;
            }
        }

        return false;
    }

    private List<int> ValueNumbers(TokenizedReport report, List<int> segment)
    {
        var numbers = new List<int>();
        foreach (var k in segment)
        {
            if (IsValueNumber(report, k))
            {
                numbers.Add(k);
            }
        }

        return numbers;
    }

    private static bool HasZero(TokenizedReport report, Sentence sentence)
    {
        for (var k = sentence.From; k + 1 < sentence.To; k++)
        {
            if (report.Tokens[k].Is("khong") && report.Tokens[k + 1].Is("co"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(string words)
    {
        var second = words.Split(' ', 3) is { Length: > 1 } parts ? parts[1] : string.Empty;
        return second is "trung" or "bo" or "cac" or "cong" or "he" or "ubnd" or "so" or "cap" or "xa" or "huyen" or "phong" or "van" or "khoi" or "chi";
    }

    private static bool EndsWithDetail(string words)
        => words.EndsWith("cu the", StringComparison.Ordinal) || words.EndsWith("nhu sau", StringComparison.Ordinal) || words.EndsWith("chi tiet", StringComparison.Ordinal);

    private void ScanSentence(TokenizedReport report, Sentence sentence, SentenceState state, UnitLevel? unitLevel, ReportingPeriod? period, ScanResult result)
    {
        var tokens = report.Tokens;
        var segments = Segments(report, sentence).ToList();
        for (var si = 0; si < segments.Count; si++)
        {
            var segment = segments[si];
            RecordStrayNumbers(report, segment, result);
            var numbers = ValueNumbers(report, segment);
            if (numbers.Count == 0)
            {
                var words = Words(tokens, segment, 0, segment.Count);
                if (lexicon.HasVocabulary(words))
                {
                    state.PendingLabel = words;
                    if (state.Family is null)
                    {
                        var head = lexicon.Classify(words, null, unitLevel);
                        if (head.Code is not null && !head.IsBreakdown)
                        {
                            state.Family = head.Code;
                            state.HeadHasValue = false;
                        }
                    }

                    ReadZero(report, segment, words, state, unitLevel, result);
                }

                continue;
            }

            var consumedUntil = 0;
            for (var n = 0; n < numbers.Count; n++)
            {
                var pos = segment.IndexOf(numbers[n]);
                var nextPos = n + 1 < numbers.Count ? segment.IndexOf(numbers[n + 1]) : segment.Count;
                var unitEnd = pos + 1;
                while (unitEnd < nextPos && tokens[segment[unitEnd]].Kind == TextTokenKind.Word && UnitWords.Contains(tokens[segment[unitEnd]].Text) && unitEnd - pos <= 6)
                {
                    unitEnd++;
                }

                var preceding = LastLabelPart(tokens, segment, consumedUntil, pos);
                var whole = Words(tokens, segment, consumedUntil, pos);
                var unit = Words(tokens, segment, pos + 1, unitEnd);
                var after = UntilShare(Words(tokens, segment, unitEnd, nextPos));
                string[] labels;
                if (lexicon.HasVocabulary(preceding))
                {
                    // "tỷ lệ 98,5% hồ sơ được giải quyết đúng hạn": when the words before say too little, the words after finish the label.
                    labels = [Join(preceding, unit), Join(whole, unit), Join(whole, unit, after)];
                    consumedUntil = unitEnd;
                }
                else
                {
                    labels = [Join(preceding, unit, after)];
                    consumedUntil = nextPos;
                }

                // A label may go on in the next clause when that clause has no number of its own ("97,7% hồ sơ có thu phí, lệ phí được thanh toán trực tuyến").
                var next = n + 1 == numbers.Count && si + 1 < segments.Count && !HasValueNumber(report, segments[si + 1])
                    ? Words(tokens, segments[si + 1], 0, segments[si + 1].Count)
                    : string.Empty;
                // A percent opening its clause, or one of "tổng số hồ sơ" ("số hóa đối với 70,91% tổng số hồ sơ"), may be a rate written before its label.
                var rateFirst = !lexicon.HasVocabulary(preceding) || DossiersFirst(Join(unit, after));
                var context = new NumberContext(segment, pos, Join(whole, unit, after), next, preceding, rateFirst);
                Accept(report, segment[pos], labels, context, state, unitLevel, period, result);
            }

            state.PendingLabel = null;
        }
    }

    private void Accept(TokenizedReport report, int tokenIndex, string[] labels, NumberContext context, SentenceState state, UnitLevel? unitLevel, ReportingPeriod? period, ScanResult result)
    {
        var tokens = report.Tokens;
        var token = tokens[tokenIndex];
        var percent = IsPercent(report, tokenIndex);
        var cellValue = !percent && IsLastNumberOfCellRow(report, tokenIndex);
        var score = tokenIndex + 1 < tokens.Count && (tokens[tokenIndex + 1].Text == "/100" || tokens[tokenIndex + 1].Is("diem"));
        var label = labels[0];
        var match = lexicon.Classify(label, state.Family, unitLevel);
        for (var i = 1; i < labels.Length && !Fits(match, percent, cellValue, score); i++)
        {
            // "Tiếp nhận hồ sơ: tổng số 1.250": the words after the colon alone say too little.
            var fuller = lexicon.Classify(labels[i], state.Family, unitLevel);
            if (labels[i] != label && Fits(fuller, percent, cellValue, score))
            {
                (match, label) = (fuller, labels[i]);
            }
        }

        var viaPending = false;
        if (!Fits(match, percent, cellValue, score) && state.PendingLabel is not null)
        {
            // "Tỷ lệ số hóa hồ sơ, kết quả TTHC toàn tỉnh đạt 98,9%": the label began in an earlier clause.
            var withPending = lexicon.Classify(state.PendingLabel + " " + label, state.Family, unitLevel);
            if (withPending.Code is not null)
            {
                match = withPending;
                viaPending = true;
            }
        }

        var implied = false;
        if (!Fits(match, percent, cellValue, score) && percent && context.RateFirst)
        {
            // "97,7% hồ sơ … được thanh toán trực tuyến", "100% giải quyết trước hạn": a rate written before its label.
            var asRate = lexicon.ClassifyImpliedRate(label, unitLevel);
            if (asRate.Code is null && context.Next.Length > 0)
            {
                asRate = lexicon.ClassifyImpliedRate(Join(label, context.Next), unitLevel);
            }

            if (asRate.Code is not null)
            {
                match = asRate;
                implied = true;
            }
        }

        var share = false;
        if (!Fits(match, percent, cellValue, score) && percent && state.LastCount is { } last && cues.IsShareLabel(context.Before))
        {
            // "13.529 hồ sơ, chiếm tỷ lệ 86,5%": the share attached to a count; a rate only when the count is that rate's numerator.
            share = true;
            if (!shareRates.TryGetValue(last.Code, out var rate) || last.Why is not null)
            {
                SetAside(result, tokenIndex, last.Why ?? NotValueReason.Breakdown, shareRates.GetValueOrDefault(last.Code));
                return;
            }

            match = new LabelMatch(rate, false, true);
        }

        if (match.Code is null || !catalog.TryGet(match.Code, out var definition) || !Fits(match, percent, cellValue, score))
        {
            SetAside(result, tokenIndex, cues.WhyNot(report, tokenIndex, context.Segment[0], context.Words, period) ?? NotValueReason.NotCatalog, null);
            return;
        }

        var code = match.Code;
        void Skip(NotValueReason why)
        {
            SetAside(result, tokenIndex, why, code);
            state.LastCount = definition.Kind == IndicatorKind.Count ? new LastCount(code, why) : null;
        }

        if (match.IsBreakdown || state.Breakdown)
        {
            Skip(NotValueReason.Breakdown);
            return;
        }

        if (!VietnameseNumber.TryParse(ValueText(token), definition.Kind, out var value) || !definition.IsInRange(value))
        {
            Skip(NotValueReason.NotCatalog);
            return;
        }

        if (state.HeadHasValue && code != state.Family && (label.Contains("he thong", StringComparison.Ordinal) || label.StartsWith("tren ", StringComparison.Ordinal)))
        {
            // After the head's value, a clause naming a system is that value's breakdown by system.
            Skip(NotValueReason.Breakdown);
            return;
        }

        if (state.Family is not null)
        {
            if (code == state.Family && state.HeadHasValue)
            {
                Skip(NotValueReason.Breakdown);
                return;
            }

            if (IsWholeOf(code, state.Family))
            {
                Skip(NotValueReason.Repeated);
                return;
            }
        }

        // The label names an indicator: it heads what follows even when the number itself is set aside (a hedged total
        // still gives "trong đó: trước hạn N" its action).
        var why = state.Part ?? cues.WhyNot(report, tokenIndex, context.Segment[0], context.Words, period)
            ?? (cues.TargetIn(label) ? NotValueReason.Target : cues.NotCatalogIn(label) ? NotValueReason.NotCatalog : null);
        var lineIndex = LineIndexOf(report, tokenIndex);
        if (why is { } reason)
        {
            SetAside(result, tokenIndex, reason, code);
        }
        else
        {
            var info = report.Info[lineIndex];
            var confidence = 0.9;
            if (label.Contains("tong so", StringComparison.Ordinal))
            {
                confidence += 0.05;
            }

            if (match.Inherited || viaPending || implied || share)
            {
                confidence -= 0.05;
            }

            if (info.IsAppendix)
            {
                confidence -= 0.2;
            }

            if (unitLevel is null)
            {
                confidence -= 0.05;
            }

            if (report.IsWrittenNumber(tokenIndex) || token.Text.Contains('/', StringComparison.Ordinal))
            {
                confidence -= 0.1;
            }

            result.Values.Add(new ValueCandidate(code, value, Math.Clamp(confidence, 0.1, 0.99), lineIndex, tokenIndex, state.Sentence));
        }

        state.LastCount = definition.Kind == IndicatorKind.Count ? new LastCount(code, why) : null;
        if (state.Family is null)
        {
            state.Family = code;
        }

        if (code == state.Family)
        {
            state.HeadHasValue = true;
        }
        else if (IsWhole(code))
        {
            // "Tiếp nhận: 3.120; đã giải quyết: 3.000 (đúng hạn 2.990, quá hạn 10)": a new whole heads what follows.
            state.Family = code;
            state.HeadHasValue = true;
        }

        state.PendingLabel = null;
    }

    private void ReadZero(TokenizedReport report, List<int> segment, string words, SentenceState state, UnitLevel? unitLevel, ScanResult result)
    {
        // "không có hồ sơ quá hạn": a count stated as none.
        var at = (" " + words + " ").IndexOf(" khong co ", StringComparison.Ordinal);
        if (at < 0 || state.Breakdown || state.Part is not null)
        {
            return;
        }

        var label = words[Math.Min(words.Length, at + "khong co ".Length)..];
        var match = lexicon.Classify(label, state.Family, unitLevel);
        if (match.Code is null || match.IsBreakdown || !catalog.TryGet(match.Code, out var definition) || definition.Kind != IndicatorKind.Count || cues.TargetIn(label))
        {
            return;
        }

        var lineIndex = LineIndexOf(report, segment[0]);
        result.Values.Add(new ValueCandidate(match.Code, 0, 0.85, lineIndex, segment[0], state.Sentence));
    }

    private void RecordStrayNumbers(TokenizedReport report, Sentence sentence, ScanResult result)
    {
        for (var k = sentence.From; k < sentence.To; k++)
        {
            RecordStray(report, k, result);
        }
    }

    private void RecordStrayNumbers(TokenizedReport report, List<int> segment, ScanResult result)
    {
        foreach (var k in segment)
        {
            RecordStray(report, k, result);
        }
    }

    private void RecordStray(TokenizedReport report, int k, ScanResult result)
    {
        // Document, level, place and rank numbers ("Nghị định 118", "mức độ 3, 4", "Phường 1", "xếp thứ 2"): seen, and set aside as such.
        if (report.Tokens[k].Kind == TextTokenKind.Number && (report.StrayCache[k] ??= cues.IsStray(report.Tokens, k)) && result.Strays.Add(k))
        {
            result.SetAside.Add(new SetAsideNumber(k, NotValueReason.NotCatalog, null));
        }
    }

    private static void SetAside(ScanResult result, int tokenIndex, NotValueReason why, string? code)
        => result.SetAside.Add(new SetAsideNumber(tokenIndex, why, code));

    private static string ValueText(TextToken token)
    {
        // "1.456/1.625 hồ sơ": the part of a fraction is the value its label names.
        var slash = token.Text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? token.Text[..slash] : token.Text;
    }

    private bool Fits(LabelMatch match, bool percent, bool cellValue, bool score)
        => match.Code is not null && catalog.TryGet(match.Code, out var definition) && definition.Kind switch
        {
            IndicatorKind.Count => !percent && !score,
            IndicatorKind.Rate => percent || cellValue,
            _ => score,
        };

    // A whole read mid-sentence heads what follows: the catalog marks which indicators do.
    private bool IsWhole(string code) => catalog.TryGet(code, out var d) && d.Reading.Head;

    // A whole after its own part ("trước hạn 1.000, … tổng số đã giải quyết") is the sentence's, not new: the catalog's parts.
    private bool IsWholeOf(string code, string part) => catalog.IsPartOf(part, code) && !catalog[code].Reading.ReadAfterParts;

    private static bool IsLastNumberOfCellRow(TokenizedReport report, int k)
    {
        // A form row "Tỷ lệ số hóa hồ sơ | 98,9": the value column of a real table needs no percent sign.
        var info = report.Info[LineIndexOf(report, k)];
        if (!info.IsCellRow || !VietnameseNumber.TryParse(report.Tokens[k].Text, IndicatorKind.Rate, out var v) || v > 100)
        {
            return false;
        }

        for (var j = k + 1; j < info.FirstToken + info.TokenCount; j++)
        {
            if (report.Tokens[j].Kind is TextTokenKind.Number or TextTokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPercent(TokenizedReport report, int k)
    {
        var tokens = report.Tokens;
        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TextTokenKind.Percent)
        {
            return true;
        }

        // A unit-of-measure column: "… | % | 98,9".
        if (!report.Info[LineIndexOf(report, k)].IsTable)
        {
            return false;
        }

        for (var j = k - 1; j >= Math.Max(0, k - 2); j--)
        {
            if (tokens[j].Kind == TextTokenKind.Percent && tokens[j].Line == tokens[k].Line)
            {
                return true;
            }

            if (tokens[j].Kind is not TextTokenKind.Separator)
            {
                break;
            }
        }

        return false;
    }

    private bool IsValueNumber(TokenizedReport report, int k)
        => report.ValueNumberCache[k] ??= (ComputeIsValueNumber(report, k) && !(report.StrayCache[k] ??= cues.IsStray(report.Tokens, k)))
            || IsFraction(report.Tokens, k);

    private static bool IsFraction(IReadOnlyList<TextToken> tokens, int k)
    {
        // "5.656/5.656 hồ sơ", "1.456/1.625": a part and its total (not a date, a document number or a score out of 100).
        var t = tokens[k];
        if (t.Kind != TextTokenKind.Slashed || t.Text.Split('/') is not [var a, var b] || a.Length == 0 || b.Length == 0
            || !VietnameseNumber.TryParse(a, IndicatorKind.Count, out var part) || !VietnameseNumber.TryParse(b, IndicatorKind.Count, out var total) || part > total)
        {
            return false;
        }

        var unitAfter = k + 1 < tokens.Count && tokens[k + 1].Kind == TextTokenKind.Word && tokens[k + 1].Text is "ho" or "hs" or "bo" or "pakn" or "tthc";
        var dateBefore = k > 0 && tokens[k - 1].Kind == TextTokenKind.Word && tokens[k - 1].Text is "ngay" or "tu" or "den" or "thang" or "quy" or "nam" or "so" or "hang" or "thu";
        return !dateBefore && ((unitAfter && (b.Contains('.', StringComparison.Ordinal) || total > 31)) || (a.Contains('.', StringComparison.Ordinal) && b.Contains('.', StringComparison.Ordinal)));
    }

    private static bool ComputeIsValueNumber(TokenizedReport report, int k)
    {
        var tokens = report.Tokens;
        var t = tokens[k];
        if (t.Kind != TextTokenKind.Number)
        {
            return false;
        }

        if (t.Text.Length == 4 && !t.Text.Contains('.', StringComparison.Ordinal) && !t.Text.Contains(',', StringComparison.Ordinal)
            && t.Text.StartsWith("20", StringComparison.Ordinal) && (k + 1 >= tokens.Count || tokens[k + 1].Kind != TextTokenKind.Word || tokens[k + 1].Text is not ("ho" or "tthc" or "pakn")))
        {
            return false; // a year
        }

        var line = LineIndexOf(report, k);
        if (report.Info[line].StartsNumbered && report.Info[line].FirstToken == k)
        {
            return false;
        }

        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TextTokenKind.Slashed && tokens[k + 1].Text != "/100")
        {
            return false;
        }

        if (k > 0 && tokens[k - 1].Kind == TextTokenKind.Word && NonValuePredecessors.Contains(tokens[k - 1].Text))
        {
            return false;
        }

        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TextTokenKind.Word)
        {
            // "63 Quyết định", "12 nhiệm vụ", "2.034.961 dữ liệu", "1.298.474 tài khoản", "12.791 sổ hộ tịch": not indicator values.
            var next = tokens[k + 1].Text;
            var second = k + 2 < tokens.Count && tokens[k + 2].Kind == TextTokenKind.Word ? tokens[k + 2].Text : string.Empty;
            if (next == "truong" && second == "hop" && DossiersBefore(tokens, k))
            {
                return true; // "hồ sơ nộp trực tiếp chỉ 135 trường hợp": cases of dossiers.
            }

            if (NonValueFollowers.Contains(next) || NonValueFollowerPrefixes.Any(p => next.StartsWith(p, StringComparison.Ordinal))
                || (next == "tai" && second == "khoan") || (next == "so" && second == "ho" && k + 3 < tokens.Count && tokens[k + 3].Is("tich")))
            {
                return false;
            }
        }

        return true;
    }

    private static string UntilShare(string words)
    {
        // "5.656/5.656 hồ sơ chiếm tỷ lệ 100%": the words of the share that follows are not the count's label.
        var padded = " " + words + " ";
        var cut = padded.Length;
        foreach (var share in (string[])[" chiem ", " ty le ", " ti le "])
        {
            var at = padded.IndexOf(share, StringComparison.Ordinal);
            cut = at >= 0 ? Math.Min(cut, at) : cut;
        }

        return padded[..cut].Trim();
    }

    private static bool DossiersFirst(string words)
        => (" " + words).StartsWith(" ho so", StringComparison.Ordinal) || (" " + words).StartsWith(" so ho so", StringComparison.Ordinal)
            || (" " + words).StartsWith(" tong so ho so", StringComparison.Ordinal);

    private static bool DossiersBefore(IReadOnlyList<TextToken> tokens, int k)
    {
        for (var j = k - 1; j >= Math.Max(1, k - 6); j--)
        {
            if (tokens[j].Kind != TextTokenKind.Word)
            {
                return false;
            }

            if (tokens[j].Is("so") && tokens[j - 1].Is("ho"))
            {
                return true;
            }
        }

        return false;
    }

    private static int LineIndexOf(TokenizedReport report, int tokenIndex) => report.LineOf(tokenIndex);

    private string LastLabelPart(IReadOnlyList<TextToken> tokens, List<int> segment, int from, int to)
    {
        // "…hành chính: Tổng số PAKN đã tiếp nhận: 0": the label is the part after the last colon that says something.
        // The parts are read from the last one back, so the earlier ones are joined only when the later say nothing.
        var end = to;
        for (var i = to - 1; i >= from - 1; i--)
        {
            if (i < from || tokens[segment[i]].Kind == TextTokenKind.Colon)
            {
                var part = Words(tokens, segment, i + 1, end);
                if (lexicon.HasVocabulary(part))
                {
                    return part;
                }

                end = i;
            }
        }

        return Words(tokens, segment, from, to);
    }

    private static string Words(IReadOnlyList<TextToken> tokens, List<int> segment, int from, int to)
    {
        var sb = Builder ??= new System.Text.StringBuilder(256);
        sb.Clear();
        var count = 0;
        for (var i = from; i < to && i < segment.Count; i++)
        {
            var t = tokens[segment[i]];
            if (t.Kind == TextTokenKind.Word)
            {
                (count++ > 0 ? sb.Append(' ') : sb).Append(t.Text);
            }
        }

        return count == 0 ? string.Empty : sb.ToString();
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : string.Concat(a, " ", b);

    private static string Join(string a, string b, string c) => Join(Join(a, b), c);

    private IEnumerable<List<int>> Segments(TokenizedReport report, Sentence sentence)
    {
        // A clause's token indices are gathered in one buffer and copied out at their final size.
        var tokens = report.Tokens;
        var current = new List<int>(Math.Min(sentence.To - sentence.From, 256));
        var parenIsSeparator = new Stack<bool>();
        for (var k = sentence.From; k < sentence.To; k++)
        {
            var t = tokens[k];
            switch (t.Kind)
            {
                case TextTokenKind.Separator when sentence.IsTable && t.Text == "|":
                    // Cells of a row read as one clause: "Tổng số hồ sơ tiếp nhận | Hồ sơ | 5.859".
                    break;
                case TextTokenKind.Separator:
                    if (current.Count > 0)
                    {
                        yield return [.. current];
                        current.Clear();
                    }

                    break;
                case TextTokenKind.Open:
                    var separates = ParenHasValue(report, k, sentence.To);
                    parenIsSeparator.Push(separates);
                    if (separates && current.Count > 0)
                    {
                        yield return [.. current];
                        current.Clear();
                    }

                    break;
                case TextTokenKind.Close:
                    if ((parenIsSeparator.Count == 0 || parenIsSeparator.Pop()) && current.Count > 0)
                    {
                        yield return [.. current];
                        current.Clear();
                    }

                    break;
                default:
                    current.Add(k);
                    break;
            }
        }

        if (current.Count > 0)
        {
            yield return [.. current];
        }
    }

    private bool ParenHasValue(TokenizedReport report, int open, int end)
    {
        for (var k = open + 1; k < end && k < open + 80; k++)
        {
            var kind = report.Tokens[k].Kind;
            if (kind is TextTokenKind.Close or TextTokenKind.Open)
            {
                return false;
            }

            if (IsValueNumber(report, k))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Sentence> Sentences(TokenizedReport report)
    {
        var tokens = report.Tokens;
        var from = -1;
        var bullet = '\0';
        var isTable = false;
        var paragraph = true;
        for (var i = 0; i < report.Info.Count; i++)
        {
            var info = report.Info[i];
            var blank = info.TokenCount == 0;
            var startsNew = blank || info.IsTable || info.Bullet != '\0' || info.IsHeading
                || (i > 0 && (report.Info[i - 1].IsTable || report.Info[i - 1].IsHeading || IsNumberedTitle(report, i - 1) && StartsCapitalised(report.Lines[i].Text)));
            if (startsNew && from >= 0)
            {
                foreach (var s in SplitAtStops(tokens, from, info.FirstToken, bullet, isTable, paragraph))
                {
                    yield return s;
                }

                from = -1;
            }

            if (!blank && from < 0)
            {
                from = info.FirstToken;
                bullet = info.Bullet;
                isTable = info.IsTable;
                paragraph = blank || i == 0 || report.Info[i - 1].TokenCount == 0 || report.Info[i - 1].IsHeading || info.Bullet != '\0' || info.IsHeading || info.IsTable;
            }

            if (blank)
            {
                paragraph = true;
            }
        }

        if (from >= 0)
        {
            foreach (var s in SplitAtStops(tokens, from, tokens.Count, bullet, isTable, paragraph))
            {
                yield return s;
            }
        }
    }

    private static bool IsNumberedTitle(TokenizedReport report, int line)
    {
        // "2. Kết quả tiếp nhận hồ sơ" (no value, no colon) titles what follows; it is not the label of the next line's number.
        var info = report.Info[line];
        if (info.Bullet != '#' || info.TokenCount > 20)
        {
            return false;
        }

        for (var k = info.FirstToken + 1; k < info.FirstToken + info.TokenCount; k++)
        {
            if (report.Tokens[k].Kind is TextTokenKind.Number or TextTokenKind.Colon)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsCapitalised(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static IEnumerable<Sentence> SplitAtStops(IReadOnlyList<TextToken> tokens, int from, int to, char bullet, bool isTable, bool paragraph)
    {
        // A full stop ends a sentence; one that goes on with "Trong đó…", "Cụ thể…" keeps the head of the one before.
        var start = from;
        var continues = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TextTokenKind.Separator && tokens[k].Text == "." && k + 1 < to && tokens[k + 1].Kind == TextTokenKind.Word)
            {
                yield return new Sentence(start, k + 1, start == from ? bullet : '\0', isTable, start != from && continues, start == from && paragraph);
                start = k + 1;
                var next = tokens[k + 1].Text;
                continues = next is "trong" or "cu" or "gom" or "bao";
            }
        }

        if (start < to)
        {
            yield return new Sentence(start, to, start == from ? bullet : '\0', isTable, start != from && continues, start == from && paragraph);
        }
    }

    private sealed class SentenceState
    {
        public int Sentence { get; set; }

        public NotValueReason? Part { get; set; }

        public LastCount? LastCount { get; set; }

        public string? Family { get; set; }

        public bool HeadHasValue { get; set; }

        public string? PendingLabel { get; set; }

        public bool Breakdown { get; set; }
    }

    private sealed record LastCount(string Code, NotValueReason? Why);

    private readonly record struct NumberContext(List<int> Segment, int Pos, string Words, string Next, string Before, bool RateFirst);

    private readonly record struct Sentence(int From, int To, char Bullet, bool IsTable, bool ContinuesPrevious, bool StartsParagraph)
    {
        /// <summary>The first words (for "Tại …", "Trên hệ thống …").</summary>
        public string Start(TokenizedReport report)
        {
            var words = new List<string>(4);
            for (var k = From; k < To && words.Count < 4; k++)
            {
                if (report.Tokens[k].Kind == TextTokenKind.Word)
                {
                    words.Add(report.Tokens[k].Text);
                }
            }

            return string.Join(' ', words);
        }

        /// <summary>The last words (for "… cụ thể:").</summary>
        public string End(TokenizedReport report)
        {
            var words = new List<string>(3);
            for (var k = To - 1; k >= From && words.Count < 3; k--)
            {
                if (report.Tokens[k].Kind == TextTokenKind.Word)
                {
                    words.Insert(0, report.Tokens[k].Text);
                }
                else if (report.Tokens[k].Kind is not (TextTokenKind.Colon or TextTokenKind.Separator))
                {
                    break;
                }
            }

            return string.Join(' ', words);
        }
    }
}
