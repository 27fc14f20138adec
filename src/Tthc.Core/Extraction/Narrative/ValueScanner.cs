using Tthc.Core.Indicators;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Walks a report sentence by sentence and reads label–number pairs: "Tổng số hồ sơ đã tiếp nhận: 267.922;
/// trong đó: …", "N hồ sơ đang giải quyết trong hạn", "(trước hạn và đúng hạn N; quá hạn M)". The first
/// value of a sentence is its head: later clauses inherit its subject and action, and a clause repeating the
/// head or its whole, or naming a level, sub-unit or system, is a breakdown and is not taken.
/// </summary>
internal sealed class ValueScanner(IndicatorCatalog catalog, IndicatorLexicon lexicon)
{
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
        "truc", "tuyen", "toan", "trinh", "mot", "tiep",
    };

    /// <summary>Reads every candidate value of a report.</summary>
    public List<ValueCandidate> Scan(TokenizedReport report, UnitLevel? unitLevel, CancellationToken cancellationToken)
    {
        var result = new List<ValueCandidate>();
        var state = new SentenceState();
        var breakdownBullet = '\0';
        var breakdownActive = false;
        var sentences = Sentences(report).ToList();
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            cancellationToken.ThrowIfCancellationRequested();
            if (breakdownActive && (sentence.Bullet == breakdownBullet || sentence.Bullet == '#'))
            {
                breakdownActive = false;
            }

            if (!sentence.ContinuesPrevious || sentence.IsTable)
            {
                state = new SentenceState();
            }

            // Prose without a single value (most of a report) needs no label work, unless the next sentence continues it.
            if (!HasValueNumber(report, sentence) && !(si + 1 < sentences.Count && sentences[si + 1].ContinuesPrevious))
            {
                continue;
            }

            var words = sentence.Start(report);
            state.Breakdown = (breakdownActive && sentence.Bullet != breakdownBullet)
                || words.StartsWith("tai ", StringComparison.Ordinal) && IsPlace(words)
                || words.StartsWith("tren he thong", StringComparison.Ordinal) || words.StartsWith("tren cong", StringComparison.Ordinal);
            var before = result.Count;
            ScanSentence(report, sentence, state, unitLevel, result);
            if (result.Count > before && EndsWithDetail(sentence.End(report)))
            {
                breakdownActive = true;
                breakdownBullet = sentence.Bullet;
            }
        }

        return result;
    }

    private static bool HasValueNumber(TokenizedReport report, Sentence sentence)
    {
        for (var k = sentence.From; k < sentence.To; k++)
        {
            if (report.Tokens[k].Kind == TextTokenKind.Number && IsValueNumber(report, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(string words)
    {
        var second = words.Split(' ', 3) is { Length: > 1 } parts ? parts[1] : string.Empty;
        return second is "trung" or "bo" or "cac" or "cong" or "he" or "ubnd" or "so" or "cap" or "xa" or "huyen" or "phong" or "van";
    }

    private static bool EndsWithDetail(string words)
        => words.EndsWith("cu the", StringComparison.Ordinal) || words.EndsWith("nhu sau", StringComparison.Ordinal) || words.EndsWith("chi tiet", StringComparison.Ordinal);

    private void ScanSentence(TokenizedReport report, Sentence sentence, SentenceState state, UnitLevel? unitLevel, List<ValueCandidate> result)
    {
        var tokens = report.Tokens;
        foreach (var segment in Segments(report, sentence))
        {
            var numbers = segment.Where(k => IsValueNumber(report, k)).ToList();
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
                string[] labels;
                if (lexicon.HasVocabulary(preceding))
                {
                    // "tỷ lệ 98,5% hồ sơ được giải quyết đúng hạn": when the words before say too little, the words after finish the label.
                    labels = [Join(preceding, unit), Join(whole, unit), Join(whole, unit, Words(tokens, segment, unitEnd, nextPos))];
                    consumedUntil = unitEnd;
                }
                else
                {
                    labels = [Join(preceding, unit, Words(tokens, segment, unitEnd, nextPos))];
                    consumedUntil = nextPos;
                }

                Accept(report, segment[pos], labels, state, unitLevel, result);
            }

            state.PendingLabel = null;
        }
    }

    private void Accept(TokenizedReport report, int tokenIndex, string[] labels, SentenceState state, UnitLevel? unitLevel, List<ValueCandidate> result)
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

        if (match.Code is null || match.IsBreakdown || state.Breakdown || !catalog.TryGet(match.Code, out var definition) || !Fits(match, percent, cellValue, score))
        {
            return;
        }

        if (!VietnameseNumber.TryParse(token.Text, definition.Kind, out var value) || !definition.IsInRange(value))
        {
            return;
        }

        var code = match.Code;
        if (state.HeadHasValue && code != state.Family && (label.Contains("he thong", StringComparison.Ordinal) || label.StartsWith("tren ", StringComparison.Ordinal)))
        {
            // After the head's value, a clause naming a system is that value's breakdown by system.
            return;
        }

        if (state.Family is not null)
        {
            if (code == state.Family && state.HeadHasValue)
            {
                return;
            }

            if (IsWholeOf(code, state.Family))
            {
                return;
            }
        }

        var lineIndex = LineIndexOf(report, tokenIndex);
        var info = report.Info[lineIndex];
        var confidence = 0.9;
        if (label.Contains("tong so", StringComparison.Ordinal))
        {
            confidence += 0.05;
        }

        if (match.Inherited || viaPending)
        {
            confidence -= 0.05;
        }

        if (info.IsAppendix)
        {
            confidence -= 0.2;
        }

        result.Add(new ValueCandidate(code, value, Math.Clamp(confidence, 0.1, 0.99), lineIndex));
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

    private static bool IsValueNumber(TokenizedReport report, int k)
        => report.ValueNumberCache[k] ??= ComputeIsValueNumber(report, k);

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
            if (NonValueFollowers.Contains(next) || NonValueFollowerPrefixes.Any(p => next.StartsWith(p, StringComparison.Ordinal))
                || (next == "tai" && second == "khoan") || (next == "so" && second == "ho" && k + 3 < tokens.Count && tokens[k + 3].Is("tich")))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineIndexOf(TokenizedReport report, int tokenIndex) => report.LineOf(tokenIndex);

    private string LastLabelPart(IReadOnlyList<TextToken> tokens, List<int> segment, int from, int to)
    {
        // "…hành chính: Tổng số PAKN đã tiếp nhận: 0": the label is the part after the last colon that says something.
        var parts = new List<string>();
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i == to || tokens[segment[i]].Kind == TextTokenKind.Colon)
            {
                parts.Add(Words(tokens, segment, start, i));
                start = i + 1;
            }
        }

        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (lexicon.HasVocabulary(parts[i]))
            {
                return parts[i];
            }
        }

        return Words(tokens, segment, from, to);
    }

    private static string Words(IReadOnlyList<TextToken> tokens, List<int> segment, int from, int to)
    {
        var words = new List<string>(Math.Max(0, to - from));
        for (var i = from; i < to && i < segment.Count; i++)
        {
            var t = tokens[segment[i]];
            if (t.Kind == TextTokenKind.Word)
            {
                words.Add(t.Text);
            }
        }

        return string.Join(' ', words);
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    private static IEnumerable<List<int>> Segments(TokenizedReport report, Sentence sentence)
    {
        var tokens = report.Tokens;
        var current = new List<int>();
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
                        yield return current;
                        current = [];
                    }

                    break;
                case TextTokenKind.Open:
                    var separates = ParenHasValue(report, k, sentence.To);
                    parenIsSeparator.Push(separates);
                    if (separates && current.Count > 0)
                    {
                        yield return current;
                        current = [];
                    }

                    break;
                case TextTokenKind.Close:
                    if ((parenIsSeparator.Count == 0 || parenIsSeparator.Pop()) && current.Count > 0)
                    {
                        yield return current;
                        current = [];
                    }

                    break;
                default:
                    current.Add(k);
                    break;
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static bool ParenHasValue(TokenizedReport report, int open, int end)
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
        for (var i = 0; i < report.Info.Count; i++)
        {
            var info = report.Info[i];
            var blank = info.TokenCount == 0;
            var startsNew = blank || info.IsTable || info.Bullet != '\0' || info.IsHeading
                || (i > 0 && (report.Info[i - 1].IsTable || report.Info[i - 1].IsHeading || IsNumberedTitle(report, i - 1) && StartsCapitalised(report.Lines[i].Text)));
            if (startsNew && from >= 0)
            {
                foreach (var s in SplitAtStops(tokens, from, info.FirstToken, bullet, isTable))
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
            }
        }

        if (from >= 0)
        {
            foreach (var s in SplitAtStops(tokens, from, tokens.Count, bullet, isTable))
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

    private static IEnumerable<Sentence> SplitAtStops(IReadOnlyList<TextToken> tokens, int from, int to, char bullet, bool isTable)
    {
        // A full stop ends a sentence; one that goes on with "Trong đó…", "Cụ thể…" keeps the head of the one before.
        var start = from;
        var continues = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TextTokenKind.Separator && tokens[k].Text == "." && k + 1 < to && tokens[k + 1].Kind == TextTokenKind.Word)
            {
                yield return new Sentence(start, k + 1, start == from ? bullet : '\0', isTable, start != from && continues);
                start = k + 1;
                var next = tokens[k + 1].Text;
                continues = next is "trong" or "cu" or "gom" or "bao";
            }
        }

        if (start < to)
        {
            yield return new Sentence(start, to, start == from ? bullet : '\0', isTable, start != from && continues);
        }
    }

    private sealed class SentenceState
    {
        public string? Family { get; set; }

        public bool HeadHasValue { get; set; }

        public string? PendingLabel { get; set; }

        public bool Breakdown { get; set; }
    }

    private readonly record struct Sentence(int From, int To, char Bullet, bool IsTable, bool ContinuesPrevious)
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
