using System.Text.RegularExpressions;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Application.Common.Words;

/// <summary>
/// The product's words (shared/PRODUCT.md "Words") for what the code calls by its own names, in one place:
/// every enum value and every audited field a person may read. Pages, exports and the audit trail ask here,
/// so "Ach" or "LegalAndBylaws" never reach a screen. Each word reads in the current language
/// (<see cref="Texts.Words"/>, Resources/Texts/Words.es.resx); the English is the key.
/// </summary>
public static partial class Glossary
{
    /// <summary>An enum value as people say it: the domain's own descriptions where it has them, else the name in words.</summary>
    public static string Label(Enum value) => Texts.Words.Translate(LabelInEnglish(value));

    /// <summary>The English of <see cref="Label"/> (the key of its translations).</summary>
    public static string LabelInEnglish(Enum value) => value switch
    {
        MembershipStatus s => s.Describe(),
        CoopKind k => k.Describe(),
        Region r => r.Describe(),
        RevenueBand b => b.Describe(),
        AssistanceCategory c => c.Describe(),
        AssistanceStatus s => s.Describe(),
        AssistanceEventKind k => k.Describe(),
        Billing b => b.Describe(),
        SlaThreshold t => t.Describe(),
        BillingFrequency f => f.Describe(),
        Skill s => s.Describe(),
        DevelopmentStage s => s.Describe(),
        DevelopingCoopKind k => k.Describe(),
        PaymentMethod m => MethodInEnglish(m),
        SlaState.OnTrack => "On track",
        SlaState.AtRisk => "Due soon",
        SlaState.Breached => "Overdue",
        MembershipTransition t => t.Verb(),
        InvoiceStatus.PartiallyPaid => "Partially paid",
        _ => Humanize(value.ToString()),
    };

    /// <summary>"ACH transfer", "Check", "Card", "Cash".</summary>
    public static string Method(PaymentMethod method) => Texts.Words.Translate(MethodInEnglish(method));

    private static string MethodInEnglish(PaymentMethod method) => method switch
    {
        PaymentMethod.Ach => "ACH transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cash => "Cash",
        _ => "Check",
    };

    /// <summary>The method inside a sentence ("Payment by ACH transfer", "by check"): the acronym keeps its capitals.</summary>
    public static string MethodInSentence(PaymentMethod method)
    {
        var said = Method(method);
        return said.StartsWith("ACH", StringComparison.Ordinal) ? said : char.ToLowerInvariant(said[0]) + said[1..];
    }

    /// <summary>Audited fields whose plain-words name is not just their name split into words.</summary>
    /// <summary>The audited fields with a name of their own, English (for the checks that each has a translation).</summary>
    public static IEnumerable<string> KnownFields => Fields.Values;

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["CooperativeId"] = "Co-op",
        ["GraduatedCooperativeId"] = "Member co-op it became",
        ["DevelopingCoopId"] = "Developing co-op",
        ["ProviderId"] = "Provider",
        ["MentorId"] = "Mentor",
        ["PolicyId"] = "Dues policy",
        ["RunId"] = "Invoice run",
        ["InvoiceId"] = "Invoice",
        ["TemplateId"] = "Milestone template",
        ["AssistanceRequestId"] = "Assistance request",
        ["PeriodKey"] = "Period",
        ["IssuedOn"] = "Issued",
        ["DueOn"] = "Due",
        ["TradeName"] = "Trade name (doing business as)",
        ["LegalName"] = "Legal name",
        ["WorkerOwners"] = "Worker-owners",
        ["IsWorkerOwner"] = "Worker-owner",
        ["Ein"] = "EIN",
        ["Url"] = "Web address",
        ["SlaDueAt"] = "SLA due",
        ["Rowversion"] = "Version",
    };

    /// <summary>An audited field's name in words: "ProviderId" → "Provider", "ContactEmail" → "Contact email".</summary>
    public static string Field(string name) => Texts.Words.Translate(FieldInEnglish(name));

    /// <summary>The English of <see cref="Field"/>.</summary>
    public static string FieldInEnglish(string name)
    {
        if (Fields.TryGetValue(name, out var known))
        {
            return known;
        }

        if (name.EndsWith("UserId", StringComparison.Ordinal) && name.Length > "UserId".Length)
        {
            return Humanize(name[..^"UserId".Length]);
        }

        return Humanize(name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name);
    }

    /// <summary>"LegalAndBylaws" → "Legal and bylaws", "UpdateCoop" → "Update co-op", "SlaState" → "SLA state".</summary>
    public static string Humanize(string name)
    {
        var words = WordStart().Replace(name, " $1").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return name;
        }

        var said = words.Select((w, i) => w switch
        {
            "Ach" or "ACH" => "ACH",
            "Sla" or "SLA" => "SLA",
            "Ein" => "EIN",
            "Pdf" => "PDF",
            "Csv" => "CSV",
            "Coop" => i == 0 ? "Co-op" : "co-op",
            "Coops" => i == 0 ? "Co-ops" : "co-ops",
            _ => i == 0 ? w : w.ToLowerInvariant(),
        });
        return string.Join(' ', said);
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
