using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Impact;

/// <summary>
/// The few paragraphs staff write for a year's impact report (one per year, unique). The figures are never typed in:
/// only this story around them is. Edited by people, so it carries a concurrency token.
/// </summary>
public sealed class ImpactNarrative : Entity, IVersioned
{
    public const int MaxLength = 4000;

    private ImpactNarrative() { }

    public ImpactNarrative(int year, string text, Actor by, DateTimeOffset at)
    {
        Year = year;
        Edit(text, by, at);
    }

    public int Year { get; private set; }
    public string Text { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; set; }

    public void Edit(string text, Actor by, DateTimeOffset at)
    {
        var clean = (text ?? "").Trim();
        if (clean.Length > MaxLength)
        {
            throw DomainRuleException.Format("Keep the narrative to at most {0} characters.", MaxLength);
        }

        Text = clean;
        UpdatedBy = by.Name;
        UpdatedAt = at;
    }
}
