using Tthc.Core.Indicators;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Reads what an indicator label means from the structure of the language rather than fixed phrases:
/// the subject noun (hồ sơ, PAKN, TTHC, dịch vụ công), the action (tiếp nhận, giải quyết, đang giải quyết,
/// trả lại…), the qualifiers (trực tuyến, trước hạn, quá hạn, cấp xã…) and, for rates, <c>tỷ lệ</c>. A label
/// that lacks the subject or action takes it from the sentence's head ("Tổng số hồ sơ đã giải quyết: N;
/// trong đó: trước hạn A, đúng hạn B"). Every catalog label classifies to its own code.
/// </summary>
public sealed class IndicatorLexicon
{
    private enum Domain
    {
        None,
        Dossiers,
        Feedback,
        Procedures,
        Services,
    }

    private enum Action
    {
        None,
        Receive,
        Resolve,
        Pending,
        Returned,
        Supplement,
        Rejected,
        Withdrawn,
        Publish,
    }

    private static readonly (string Phrase, Domain Domain)[] Nouns =
    [
        (" ho so ", Domain.Dossiers), (" hs ", Domain.Dossiers),
        (" pakn ", Domain.Feedback), (" phan anh ", Domain.Feedback), (" kien nghi ", Domain.Feedback),
        (" tthc ", Domain.Procedures), (" thu tuc ", Domain.Procedures),
        (" dich vu cong ", Domain.Services), (" dvc ", Domain.Services), (" dvctt ", Domain.Services),
    ];

    private static readonly string[] ProvinceParts =
    [
        " cap tinh ", " cap huyen ", " cap xa ", " cac so ", " so nganh ", " so ban nganh ", " so co quan ", " cac co quan ", " ubnd huyen ",
        " ubnd cap ", " xa phuong ", " huyen thanh pho ", " huyen thi xa ", " cac xa ", " cac huyen ", " mot cua huyen ", " mot cua cap ",
        " tai trung tam ", " tai bo phan ",
    ];

    private static readonly string[] DistrictParts =
    [
        " cap huyen ", " cap xa ", " cac xa ", " xa phuong ", " xa thi tran ", " ubnd cap xa ", " mot cua cap ", " tai bo phan ",
    ];

    /// <summary>The lexicon over the default catalog.</summary>
    public static IndicatorLexicon Default { get; } = new(IndicatorCatalog.Default);

    private readonly IndicatorCatalog catalog;

    /// <summary>Creates a lexicon for a catalog (codes the catalog lacks are never returned).</summary>
    public IndicatorLexicon(IndicatorCatalog catalog) => this.catalog = catalog;

    /// <summary>Whether folded label words carry any indicator vocabulary at all.</summary>
    public static bool HasVocabulary(string words)
    {
        var p = Pad(words);
        return Nouns.Any(n => p.Contains(n.Phrase, StringComparison.Ordinal))
            || Has(p, " tiep nhan ", " giai quyet ", " xu ly ", " ty le ", " han ", " truc tuyen ", " tra lai ", " bo sung ", " cong bo ", " ky truoc ", " chuyen qua ", " chuyen sang ", " bo chi so ", " tong so ");
    }

    /// <summary>Classifies raw label text (any spelling): used for catalog labels and spreadsheet rows.</summary>
    public LabelMatch ClassifyText(string label, UnitLevel? unitLevel = null) => Classify(OcrTokenizer.Words(label), null, unitLevel);

    /// <summary>
    /// Classifies folded label words. <paramref name="family"/> is the code of the sentence's head, whose subject
    /// and action a short label ("đúng hạn: 40.890") inherits; <paramref name="unitLevel"/> tells which level
    /// qualifiers are parts of the unit.
    /// </summary>
    public LabelMatch Classify(string words, string? family, UnitLevel? unitLevel)
    {
        var p = Pad(words);
        var rateAt = p.IndexOf(" ty le ", StringComparison.Ordinal);
        var domain = rateAt < 0 ? FirstNoun(p) : FirstNoun(Pad(string.Join(' ', p[(rateAt + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4))));
        var inherited = false;
        var (familyDomain, familyAction) = Describe(family);

        if (rateAt >= 0)
        {
            return Result(RateCode(p, domain), p, unitLevel, inherited: false, countLike: false);
        }

        if (Has(p, " bo chi so ", " chi so phuc vu ", " 766 ") && !Has(p, " thang "))
        {
            return Result("index766.score", p, unitLevel, false, false);
        }

        if (Has(p, " dich vu cong ", " dvc ", " dvctt ") && Has(p, " toan trinh ", " mot phan ") && domain != Domain.Dossiers)
        {
            return Result(Has(p, " toan trinh ") ? "services.full_online" : "services.partial_online", p, unitLevel, false, false);
        }

        if (domain == Domain.None && family is not null && family.StartsWith("services.", StringComparison.Ordinal) && Has(p, " toan trinh ", " mot phan "))
        {
            // "… toàn trình: 950; một phần: 1.100".
            return Result(Has(p, " toan trinh ") ? "services.full_online" : "services.partial_online", p, unitLevel, true, false);
        }

        if (domain == Domain.None && familyDomain != Domain.None)
        {
            domain = familyDomain;
            inherited = true;
        }

        var action = ActionOf(p, domain);
        if (action == Action.None && domain == familyDomain && familyAction != Action.None)
        {
            action = familyAction;
            inherited = true;
        }

        var code = domain switch
        {
            Domain.Dossiers => DossierCode(p, action),
            Domain.Feedback => action switch
            {
                Action.Pending => "feedback.pending",
                Action.Resolve => "feedback.resolved",
                Action.Receive when !Has(p, " ky truoc ", " chuyen qua ", " chuyen sang ") => "feedback.received",
                _ => null,
            },
            Domain.Procedures => ProcedureCode(p, action),
            _ => null,
        };

        if (code is not null && inherited && code == family)
        {
            // The head's own code again with nothing of its own: a breakdown of unknown kind.
            return LabelMatch.None;
        }

        return Result(code, p, unitLevel, inherited, countLike: domain != Domain.Procedures);
    }

    private LabelMatch Result(string? code, string p, UnitLevel? unitLevel, bool inherited, bool countLike)
    {
        if (code is null || !catalog.TryGet(code, out _))
        {
            return LabelMatch.None;
        }

        var breakdown = IsSubUnit(p, unitLevel) && !code.StartsWith("procedures.", StringComparison.Ordinal);
        breakdown |= countLike && code.StartsWith("dossiers.", StringComparison.Ordinal) && Has(p, " toan trinh ", " mot phan ");
        return new LabelMatch(code, breakdown, inherited);
    }

    private static string? RateCode(string p, Domain subject)
    {
        if (subject is Domain.Procedures or Domain.Services or Domain.Feedback)
        {
            return null;
        }

        if (Has(p, " so hoa "))
        {
            return Has(p, " khai thac ", " su dung lai ", " tai su dung ") ? null : "rate.digitized_dossiers";
        }

        if (Has(p, " thanh toan "))
        {
            return "rate.online_payment";
        }

        if (Has(p, " hai long "))
        {
            return Has(p, " phan anh ", " kien nghi ", " pakn ") ? null : "rate.satisfaction";
        }

        if (Has(p, " dung han ", " truoc han "))
        {
            return "rate.resolved_in_time";
        }

        if (Has(p, " truc tuyen ") && subject == Domain.Dossiers)
        {
            return Has(p, " toan trinh ", " mot phan ") ? null : "rate.online_dossiers";
        }

        return null;
    }

    private static string? DossierCode(string p, Action action) => action switch
    {
        Action.Returned => "dossiers.returned",
        Action.Supplement => "dossiers.supplement_requested",
        Action.Rejected => "dossiers.rejected",
        Action.Withdrawn => "dossiers.withdrawn",
        Action.Pending => Has(p, " trong han ") ? "dossiers.pending_in_time" : Has(p, " qua han ") ? "dossiers.pending_overdue" : "dossiers.pending",
        Action.Receive => Has(p, " ky truoc ", " chuyen qua ", " chuyen sang ") ? "dossiers.carried_over"
            : Has(p, " truc tuyen ") && !Has(p, " truc tiep ") ? "dossiers.received_online"
            : Has(p, " truc tiep ", " buu chinh ") && !Has(p, " truc tuyen ") ? "dossiers.received_direct"
            : Has(p, " moi ") ? null // newly received only: the total includes those carried over
            : "dossiers.received",
        Action.Resolve => Has(p, " truoc han ") && Has(p, " dung han ") ? "dossiers.resolved_in_time"
            : Has(p, " truoc han ") ? "dossiers.resolved_early"
            : Has(p, " dung han ") ? "dossiers.resolved_on_time"
            : Has(p, " qua han ") ? "dossiers.resolved_late"
            : "dossiers.resolved",
        _ => null,
    };

    private static string? ProcedureCode(string p, Action action)
    {
        if (Has(p, " noi bo ", " don gian hoa ", " bai bo ", " sua doi ", " thay the ", " cat giam ", " nghia vu ", " khong phu thuoc "))
        {
            return null;
        }

        if (action == Action.Publish)
        {
            return "procedures.published";
        }

        // A level names the procedures' level when it qualifies them ("TTHC … cấp tỉnh", "cấp tỉnh 1.501 TTHC").
        var noun = Math.Max(p.IndexOf(" tthc ", StringComparison.Ordinal), p.IndexOf(" thu tuc ", StringComparison.Ordinal));
        var shortLabel = p.Count(c => c == ' ') <= 8;
        foreach (var (level, code) in (ReadOnlySpan<(string, string)>)[(" cap tinh ", "procedures.province_level"), (" cap huyen ", "procedures.district_level"), (" cap xa ", "procedures.commune_level")])
        {
            var at = p.IndexOf(level, StringComparison.Ordinal);
            if (at >= 0 && (shortLabel || (noun >= 0 && noun < at)))
            {
                return code;
            }
        }

        return Has(p, " tham quyen ", " toan tinh ", " toan huyen ", " toan xa ", " tong so tthc ", " tong so thu tuc ") ? "procedures.total" : null;
    }

    private static Action ActionOf(string p, Domain domain)
    {
        if (domain == Domain.Procedures)
        {
            return Has(p, " cong bo ") ? Action.Publish : Action.None;
        }

        if (Has(p, " tra lai "))
        {
            return Action.Returned;
        }

        if (Has(p, " bo sung "))
        {
            return Action.Supplement;
        }

        if (Has(p, " tu choi ", " khong giai quyet "))
        {
            return Action.Rejected;
        }

        if (Has(p, " rut "))
        {
            return Action.Withdrawn;
        }

        if (Has(p, " dang giai quyet ", " dang xu ly ", " chua giai quyet ", " dang giai ", " dang thu ly "))
        {
            return Action.Pending;
        }

        if (Has(p, " tiep nhan ", " nhan giai quyet ", " ky truoc ", " chuyen qua ", " chuyen sang ", " nop "))
        {
            return Action.Receive;
        }

        return Has(p, " giai quyet ", " xu ly ") ? Action.Resolve : Action.None;
    }

    private static (Domain Domain, Action Action) Describe(string? family) => family switch
    {
        null => (Domain.None, Action.None),
        "dossiers.received" or "dossiers.carried_over" or "dossiers.received_online" or "dossiers.received_direct" => (Domain.Dossiers, Action.Receive),
        "dossiers.pending" or "dossiers.pending_in_time" or "dossiers.pending_overdue" => (Domain.Dossiers, Action.Pending),
        "dossiers.returned" => (Domain.Dossiers, Action.Returned),
        "dossiers.supplement_requested" => (Domain.Dossiers, Action.Supplement),
        _ when family.StartsWith("dossiers.", StringComparison.Ordinal) => (Domain.Dossiers, Action.Resolve),
        "feedback.received" => (Domain.Feedback, Action.Receive),
        "feedback.resolved" => (Domain.Feedback, Action.Resolve),
        "feedback.pending" => (Domain.Feedback, Action.Pending),
        "procedures.published" => (Domain.Procedures, Action.Publish),
        _ when family.StartsWith("procedures.", StringComparison.Ordinal) => (Domain.Procedures, Action.None),
        _ => (Domain.None, Action.None),
    };

    private static Domain FirstNoun(string p)
    {
        var best = Domain.None;
        var bestAt = int.MaxValue;
        foreach (var (phrase, domain) in Nouns)
        {
            var at = p.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt)
            {
                best = domain;
                bestAt = at;
            }
        }

        return best;
    }

    private static bool IsSubUnit(string p, UnitLevel? level) => level switch
    {
        UnitLevel.Commune or UnitLevel.Department => false,
        UnitLevel.District => DistrictParts.Any(q => p.Contains(q, StringComparison.Ordinal)),
        _ => ProvinceParts.Any(q => p.Contains(q, StringComparison.Ordinal)),
    };

    private static string Pad(string words) => string.Concat(" ", words, " ");

    private static bool Has(string p, params ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (p.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
